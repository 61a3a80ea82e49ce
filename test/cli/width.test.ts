/**
 * Issue 21: every view fits the terminal. Every sample profile, in both languages, at 60, 80, 100
 * and 120 columns: `check`, `plan`, `roadmap` and `whatif` as tables and `rules` (the list and one rule) print no line
 * wider than COLUMNS, Chinese counted as two columns. The one exception is a link, which is never
 * broken (README, "Width"): a line that is nothing but a URL.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-layout';
import { inBatches, runCliAsync } from './run';

const SAMPLES = readdirSync('profiles').filter((file) => file.endsWith('.yaml'));
const WIDTHS = [60, 80, 100, 120];
const LINK = /^ *https?:\/\/\S+$/;

const views: string[][] = [
  // One run renders every sample's report (a run per sample would only repeat the start-up).
  ['check', ...SAMPLES.map((sample) => `profiles/${sample}`), '--fail-on', 'never'],
  ...SAMPLES.map((sample) => ['plan', `profiles/${sample}`]),
  ...SAMPLES.map((sample) => ['roadmap', `profiles/${sample}`]),
  ['rules'],
  ['rules', 'debt/dti-high'],
  ['rules', 'credit/inquiries-frequent'],
  // Five scenarios side by side are more than any of these widths: several tables, the baseline in each.
  ['whatif', 'profiles/turnover-late.yaml', '--scenario', 'test/fixtures/whatif/turnover.yaml', '--target', '2027-08', '--extra', '800'],
];

describe('every view fits COLUMNS', () => {
  it(`every sample's check, plan and roadmap, and rules, × zh/en × ${WIDTHS.join('/')} columns: no line wider than the terminal`, async () => {
    const runs = WIDTHS.flatMap((width) => (['en', 'zh'] as const).flatMap((lang) => views.map((args) => ({ width, lang, args }))));
    const results = await inBatches(
      runs.map(({ width, lang, args }) => () => runCliAsync([...args, '--lang', lang], { env: { COLUMNS: String(width) } })),
      2,
    );
    const tooWide: string[] = [];
    results.forEach((result, i) => {
      const { width, lang, args } = runs[i]!;
      expect(result.code, `${args.join(' ')} --lang ${lang}: ${result.stderr}`).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
      for (const line of result.stdout.split('\n')) {
        if (displayWidth(line) > width && !LINK.test(line)) tooWide.push(`${args.join(' ')} --lang ${lang} at ${width}: ${displayWidth(line)} "${line}"`);
      }
    });
    expect(tooWide).toEqual([]);
  }, 300_000);

  it('the plan schedule keeps every month and every debt when it is split to fit', async () => {
    const [narrow, wide] = await Promise.all([
      runCliAsync(['plan', 'profiles/business-owner.yaml', '--lang', 'zh'], { env: { COLUMNS: '60' } }),
      runCliAsync(['plan', 'profiles/business-owner.yaml', '--json']),
    ]);
    const plan = JSON.parse(wide.stdout) as { schedule: { month: string }[]; order: { debt: string }[] };
    const lines = narrow.stdout.split('\n');
    const heads = lines.filter((line) => line.startsWith('│ 月份'));
    // More than one table, each a row per month, with no separator lines between the months.
    expect(heads.length).toBeGreaterThan(1);
    for (const month of plan.schedule.map((m) => m.month)) expect(lines.filter((line) => line.startsWith(`│ ${month} `))).toHaveLength(heads.length);
    expect(lines.filter((line) => line.startsWith('├'))).toHaveLength(heads.length);
    // Every debt heads a column, whole (no name is split), and the totals come once.
    for (const { debt } of plan.order) expect(heads.filter((head) => head.includes(` ${debt} `))).toHaveLength(1);
    expect(heads.filter((head) => head.includes('当月还款') && head.includes('剩余'))).toHaveLength(1);
  });

  it('every help page fits 60 columns in both languages, commands never broken', async () => {
    const pages = ['', 'check', 'plan', 'roadmap', 'whatif', 'rules', 'init', 'schema', 'interview', 'import'].flatMap((command) =>
      (['en', 'zh'] as const).map((lang) => [...(command ? [command] : []), '--help', '--lang', lang]),
    );
    const results = await inBatches(pages.map((args) => () => runCliAsync(args, { env: { COLUMNS: '60' } })), 2);
    for (const [i, result] of results.entries()) {
      expect(result.code).toBe(0);
      for (const line of result.stdout.split('\n')) expect(displayWidth(line), `${pages[i]!.join(' ')}: "${line}"`).toBeLessThanOrEqual(60);
    }
    // An example too wide for its description keeps its command whole and the description under it.
    expect(results[0]!.stdout).toContain('  $ limit-audit interview --save my.yaml\n      answer questions instead of writing YAML');
  });

  it('below 60 columns the views still fit from 40 (they do their best: lists instead of tables)', async () => {
    const runs = [
      ['check', 'profiles/distressed.yaml', '--fail-on', 'never', '--lang', 'zh'],
      ['plan', 'profiles/business-owner.yaml', '--lang', 'zh'],
      ['check', 'profiles/environment.yaml', '--lang', 'en'],
      ['rules', '--lang', 'en'],
    ];
    const results = await inBatches(runs.map((args) => () => runCliAsync(args, { env: { COLUMNS: '40' } })), 2);
    for (const [i, result] of results.entries()) {
      for (const line of result.stdout.split('\n')) expect(displayWidth(line), `${runs[i]!.join(' ')}: "${line}"`).toBeLessThanOrEqual(40);
    }
  });
});
