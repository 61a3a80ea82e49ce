/**
 * `limit-audit roadmap` through the built binary (issue 17, section 3): its views in both
 * languages, the JSON document against `limit-audit schema roadmap`, --months and its bounds,
 * check's options where they apply, and the review month `check` prints agreeing with it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-layout';
import { runCli } from './run';
import { tempDir } from '../temp';

const SAMPLES = ['healthy', 'turnover-late', 'business-owner', 'distressed', 'freelancer', 'environment'];

describe('roadmap --json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(runCli(['schema', 'roadmap']).stdout));

  it.each(SAMPLES)('profiles/%s.yaml validates against `limit-audit schema roadmap` in both languages, and names check’s review month', (sample) => {
    const check = JSON.parse(runCli(['check', `profiles/${sample}.yaml`, '--json', '--fail-on', 'never']).stdout);
    for (const lang of ['en', 'zh']) {
      const result = runCli(['roadmap', `profiles/${sample}.yaml`, '--json', '--lang', lang]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      const doc = JSON.parse(result.stdout);
      expect(validate(doc) ? [] : validate.errors).toEqual([]);
      expect(doc.lang).toBe(lang);
      expect(doc.months).toBe(36);
      expect(doc.timeline).toHaveLength(36);
      expect(doc.reviewMonth).toBe(check.reviewMonth);
    }
  });

  it('reads --months, --as-of, --strategy and --share as check does', () => {
    const doc = JSON.parse(runCli(['roadmap', 'profiles/turnover-late.yaml', '--json', '--months', '12', '--as-of', '2026-12-15', '--strategy', 'snowball', '--share', '0.3']).stdout);
    expect(doc).toMatchObject({ asOf: '2026-12-15', months: 12, strategy: 'snowball', share: 0.3 });
    expect(doc.timeline.map((m: { month: string }) => m.month)).toEqual(
      ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12'],
    );
    expect(doc.timeline[0].date).toBe('2027-01-31');
    // The 24-month overdue record holds the review month back beyond 12 months: none within them.
    expect(doc.reviewMonth).toBe(null);
    expect(doc.review.blockers.map((b: { ruleId: string }) => b.ruleId)).toEqual(['credit/overdue-history']);
  });

  it('takes --config: a rule turned off neither blocks the review month nor shows', () => {
    const dir = tempDir('la-roadmap-');
    const config = join(dir, 'rules.yaml');
    writeFileSync(config, 'rules:\n  credit/overdue-history: off\n');
    const doc = JSON.parse(runCli(['roadmap', 'profiles/turnover-late.yaml', '--json', '--config', config]).stdout);
    // Without the 24-month overdue record, the last blocker is debt-to-income, under 36 % from 2027-06.
    expect(doc.reviewMonth).toBe('2027-06');
    expect(JSON.stringify(doc)).not.toContain('credit/overdue-history');
  });

  it('is ndjson as one line', () => {
    const result = runCli(['roadmap', 'profiles/healthy.yaml', '--format', 'ndjson']);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout).reviewMonth).toBe('2026-11');
  });
});

describe('roadmap --months', () => {
  for (const value of ['0', '37', '-1', '1.5', 'abc', '12x', '']) {
    it(`refuses ${JSON.stringify(value)}: exit 2, the reason on the first line of stderr, nothing on stdout`, () => {
      const result = runCli(['roadmap', 'profiles/healthy.yaml', '--months', value]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const [first] = result.stderr.split('\n');
      expect(first).toBe(`error: option '--months <n>' argument '${value}' is invalid. expected a whole number of months from 1 to 36`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }
  it('says why in Chinese with --lang zh', () => {
    const result = runCli(['roadmap', 'profiles/healthy.yaml', '--months', '40', '--lang', 'zh']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('错误：选项 --months <n> 的取值 "40" 无效（应为 1 到 36 的整数月数）。');
  });
  it('accepts 1 and 36', () => {
    expect(JSON.parse(runCli(['roadmap', 'profiles/healthy.yaml', '--json', '--months', '1']).stdout).timeline).toHaveLength(1);
    expect(JSON.parse(runCli(['roadmap', 'profiles/healthy.yaml', '--json', '--months', '36']).stdout).timeline).toHaveLength(36);
  });
});

describe('roadmap input', () => {
  it('a folder or a missing file is exit 2 in one line', () => {
    for (const arg of ['profiles', 'nope.yaml']) {
      const result = runCli(['roadmap', arg]);
      expect(result.code, arg).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
  it('reads standard input', () => {
    const result = runCli(['roadmap', '-', '--json'], { input: 'version: 1\nas_of: 2026-11-01\nincome: {monthly: 8000}\ndebts: []\n' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: '<stdin>', reviewMonth: '2026-11' });
  });
  it('ends with the calendar: a profile dated in 2999-12 has no month to project', () => {
    const doc = JSON.parse(runCli(['roadmap', 'profiles/healthy.yaml', '--json', '--as-of', '2999-12-31']).stdout);
    expect(doc).toMatchObject({ months: 0, timeline: [] });
  });
});

describe('roadmap views (colour off, 100 columns)', () => {
  for (const lang of ['en', 'zh']) {
    it(`turnover-late as a table in ${lang}`, async () => {
      const result = runCli(['roadmap', 'profiles/turnover-late.yaml', '--lang', lang]);
      expect(result.code).toBe(0);
      await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/roadmap-turnover-late.${lang}.table.txt`);
    });
    it(`turnover-late as markdown in ${lang}`, async () => {
      const result = runCli(['roadmap', 'profiles/turnover-late.yaml', '--lang', lang, '--format', 'markdown']);
      expect(result.code).toBe(0);
      await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/roadmap-turnover-late.${lang}.md`);
    });
  }
  it('keeps every table line within the width, Chinese counted as two columns', () => {
    for (const width of ['60', '80', '140']) {
      for (const lang of ['en', 'zh']) {
        const out = runCli(['roadmap', 'profiles/distressed.yaml', '--lang', lang], { env: { COLUMNS: width } }).stdout;
        for (const line of out.split('\n')) expect(displayWidth(line), `${lang}@${width}: ${line}`).toBeLessThanOrEqual(Number(width));
      }
    }
  });
  it('says there is no review month within the horizon, and what holds it back', () => {
    const out = runCli(['roadmap', 'profiles/distressed.yaml']).stdout;
    expect(out).toContain('Review month (estimate): none within 36 months');
    expect(out).toMatch(/Low Sesame score \(credit\/sesame-low\) — following the plan does not clear it/);
  });
});

describe('check prints the review month in one line after the score', () => {
  it('in the table and in markdown, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const table = runCli(['check', 'profiles/healthy.yaml', '--lang', lang]).stdout.split('\n');
      const score = table.findIndex((line) => line.startsWith(lang === 'en' ? 'Limit health score' : '额度健康分'));
      expect(table[score + 1]).toBe(lang === 'en' ? 'Review month (estimate): 2026-11, now — no credit or debt finding of medium or above' : '预计复评月份（估计）：2026-11，即现在——没有"中"及以上的信用或负债问题');
      const md = runCli(['check', 'profiles/healthy.yaml', '--lang', lang, '--format', 'markdown']).stdout.split('\n');
      const mdScore = md.findIndex((line) => line.startsWith(lang === 'en' ? '- **Limit health score' : '- **额度健康分'));
      expect(md[mdScore + 1]).toMatch(lang === 'en' ? /^- Review month \(estimate\): 2026-11, now/ : /^- 预计复评月份（估计）：2026-11，即现在/);
    }
  });
});
