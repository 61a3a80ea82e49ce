/**
 * `limit-audit whatif` end to end through the built binary (issue 18): the side-by-side table in
 * both languages, the JSON valid against `schema whatif`, markdown, scenario files, --target, the
 * audit options that apply, and every bad change refused in one line with nothing on stdout.
 */
import Ajv2020 from 'ajv/dist/2020';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema';
import type { WhatifJson } from '../../src/report/whatif-schema';
import { runCli } from './run';
import { tempDir } from '../temp';

const PROFILE = 'profiles/turnover-late.yaml';
const SCENARIOS = 'test/fixtures/whatif/turnover.yaml';

const validate = (() => {
  const schema = JSON.parse(runCli(['schema', 'whatif']).stdout);
  return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
})();

function whatif(args: string[], env?: Record<string, string>): WhatifJson {
  const result = runCli(['whatif', PROFILE, ...args, '--json'], { env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout) as WhatifJson;
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  return json;
}

/** Refused: exit 2, exactly one line on stderr per problem, nothing on stdout. */
function refused(args: string[], lang: 'en' | 'zh' = 'en'): string[] {
  const result = runCli(['whatif', ...args], { env: { LIMIT_AUDIT_LANG: lang } });
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
  return result.stderr.trimEnd().split('\n');
}

function file(name: string, text: string): string {
  const path = join(tempDir('limit-audit-whatif-'), name);
  writeFileSync(path, text);
  return path;
}

describe('limit-audit whatif', () => {
  it('prints the baseline beside the changed profile, then what the changes do', () => {
    const result = runCli(['whatif', PROFILE, '--pay', '借呗=1000', '--extra', '800', '--target', '2027-10'], { env: { COLUMNS: '120' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    for (const text of ['Baseline', 'With the changes', 'Score now', 'Score in 3 months', 'Score in 12 months', 'Findings: critical · high · medium · low', 'Months to debt-free', 'Debt-free by', 'Total interest', 'Review month', 'Extra a month to be debt-free by 2027-10']) {
      expect(out).toContain(text);
    }
    expect(out).toContain('What “With the changes” does');
    expect(out).toContain('Changes: pay ¥1,000.00 off 借呗 now; ¥800.00 more a month to debt');
    // ¥1,500 of savings less ¥1,000 leave a thin buffer: spending/thin-buffer's own figures say so.
    expect(out).toMatch(/after the repayment your savings of ¥500\.00 cover .* spending\/thin-buffer asks for 3 months/);
    expect(out).toContain('To be debt-free by 2027-10');
  });

  it('in Chinese', () => {
    const out = runCli(['whatif', PROFILE, '--close', '花呗', '--lang', 'zh']).stdout;
    for (const text of ['假如——', '基线', '改动后', '当前健康分', '还清所需月数', '“改动后”的效果', '注销 花呗']) expect(out).toContain(text);
    expect(out).not.toMatch(/Baseline|Score now/);
  });

  it('--json: the baseline is `check`’s report, figures under the report’s names; the scenario and its effect', () => {
    const json = whatif(['--pay', '借呗=1000']);
    const report = JSON.parse(runCli(['check', PROFILE, '--json', '--fail-on', 'never']).stdout) as Report;
    const { baseline } = json;
    expect(baseline.findings).toEqual(report.findings);
    expect(baseline.score).toEqual({ value: report.score.value, grade: report.score.grade, byArea: report.score.byArea });
    for (const key of ['months', 'debtFreeBy', 'totalInterest', 'totalPaid', 'requiredShare', 'firstMonthRequired', 'monthlyBudget', 'feasible', 'payable'] as const) {
      expect(baseline.plan[key], key).toEqual(report.plan![key]);
    }
    expect(baseline.outlook.map((point) => point.months)).toEqual([3, 6, 12]);
    expect(json.scenarios).toHaveLength(1);
    const [scenario] = json.scenarios;
    expect(scenario!.changes).toEqual([{ kind: 'pay', debt: '借呗', amount: 1000, text: 'pay ¥1,000.00 off 借呗 now' }]);
    expect(scenario!.effect.interestSaved).toBe(Math.round((baseline.plan.totalInterest - scenario!.plan.totalInterest) * 100) / 100);
    expect(scenario!.effect.interestSaved).toBeGreaterThan(0);
    expect(scenario!.notes.map((note) => note.kind)).toEqual(['thin_buffer']);
  });

  it('says how the review month moves: sooner, later, the same, or now', () => {
    // Four online lenders: debt/multi-lender (medium) holds the review month back until the plan has
    // paid off all but two of them; paying the smallest off now brings it forward, a smaller share puts it back.
    const profile = file(
      'lenders.yaml',
      `version: 1
as_of: 2026-11-01
income: { monthly: 12000 }
debts:
${['借呗', '京东金条', '美团借钱', '360借条'].map((name, i) => `  - { name: ${name}, kind: online_loan, balance: ${6000 - 1000 * i}, apr: 0.18, repayment: equal_installment, months_left: 12 }`).join('\n')}
`,
    );
    const run = (...args: string[]) => {
      const result = runCli(['whatif', profile, ...args, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as WhatifJson;
      return [json.baseline.reviewMonth, json.scenarios[0]?.reviewMonth, json.scenarios[0]?.effect.reviewMonthsSooner];
    };
    expect(run('--pay', '360借条=3000')).toEqual(['2027-05', '2027-02', 3]);
    expect(run('--share', '0.1')).toEqual(['2027-05', '2027-11', -6]);
    expect(run('--income', '12000')).toEqual(['2027-05', '2027-05', 0]);
    const table = (args: string[], lang: string) => runCli(['whatif', profile, ...args, '--lang', lang], { env: { COLUMNS: '120' } }).stdout;
    expect(table(['--pay', '360借条=3000'], 'en')).toContain('review month 3 months sooner (2027-02)');
    expect(table(['--share', '0.1'], 'zh')).toContain('复评月份推迟 6 个月（2027-11）');
    expect(table(['--income', '12000'], 'en')).toContain('the same score; the same review month');
  });

  it('with no change: the baseline alone', () => {
    const json = whatif([]);
    expect(json.scenarios).toEqual([]);
    expect(json.baseline.target).toBeNull();
  });

  it('refinancing two online loans: one lender fewer, a hard inquiry, the fee in the true APR', () => {
    const json = whatif(['--refinance', '京东金条,美团借钱=0.06,24,300']);
    const scenario = json.scenarios[0]!;
    expect(scenario.effect.cleared.map((shift) => shift.ruleId)).toContain('debt/multi-lender');
    const note = scenario.notes.find((n) => n.kind === 'refinance')!;
    expect(note.message).toMatch(/true APR of 8\.\d+%/);
    expect(scenario.changes[0]).toMatchObject({ kind: 'refinance', debts: ['京东金条', '美团借钱'], apr: 0.06, months: 24, fee: 300 });
  });

  it('--scenario: every scenario of the file in one table, in the file’s order, with --target for each', () => {
    const json = whatif(['--scenario', SCENARIOS, '--target', '2027-08']);
    expect(json.scenarios.map((s) => s.name)).toEqual(['repay Jiebei from savings', '800 more a month', 'close Huabei', 'consolidate at a bank', 'spend less, avalanche']);
    for (const side of [json.baseline, ...json.scenarios]) expect(side.target?.month).toBe('2027-08');
    const more = json.scenarios[1]!;
    // ¥800 more a month brings the amount still needed down by ¥800 (the same plan otherwise).
    expect(json.baseline.target!.extra! - more.target!.extra!).toBe(800);
    const table = runCli(['whatif', PROFILE, '--scenario', SCENARIOS], { env: { COLUMNS: '80' } }).stdout;
    // Five scenarios do not fit 80 columns side by side: several tables, the baseline in each.
    expect(table.match(/│ +Baseline │/g)!.length).toBeGreaterThan(1);
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('command-line changes and a scenario file together: the command line’s scenario first', () => {
    const json = whatif(['--extra', '100', '--scenario', SCENARIOS]);
    expect(json.scenarios.map((s) => s.name)).toEqual(['With the changes', 'repay Jiebei from savings', '800 more a month', 'close Huabei', 'consolidate at a bank', 'spend less, avalanche']);
  });

  it('--target: the least amount, or the statement that no amount up to the income does', () => {
    const reachable = whatif(['--target', '2027-06']).baseline.target!;
    expect(reachable.extra).toBeGreaterThan(0);
    const tooSoon = runCli(['whatif', 'profiles/distressed.yaml', '--target', '2026-12']);
    expect(tooSoon.code).toBe(0);
    expect(tooSoon.stdout).toMatch(/no extra amount up to the income does it/);
  });

  it('markdown', () => {
    const out = runCli(['whatif', PROFILE, '--extra', '800', '--format', 'markdown']).stdout;
    expect(out).toMatch(/^# What if — profiles\/turnover-late\.yaml/);
    expect(out).toContain('|  | Baseline | With the changes |');
    expect(out).toContain('## What “With the changes” does');
  });

  it('takes check’s options that apply: --as-of, --config, --macro', () => {
    const asOf = whatif(['--as-of', '2027-03-01']);
    expect(asOf.asOf).toBe('2027-03-01');
    const config = file('config.yaml', 'rules:\n  spending/thin-buffer: off\n');
    const json = whatif(['--config', config, '--pay', '借呗=1000']);
    expect(json.baseline.findings.map((f) => f.ruleId)).not.toContain('spending/thin-buffer');
    expect(json.scenarios[0]!.notes).toEqual([]);
    const macro = whatif(['--macro', 'src/macro/snapshot.yaml']);
    expect(macro.macroSnapshot.source).toBe('src/macro/snapshot.yaml');
  });

  it('schema whatif is a JSON Schema of the document', () => {
    const schema = JSON.parse(runCli(['schema', 'whatif']).stdout);
    expect(schema.$id).toBe('limit-audit/whatif.schema.json');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'tool', 'source', 'asOf', 'lang', 'macroSnapshot', 'baseline', 'scenarios']);
  });
});

describe('bad changes: exit 2, one line each, nothing on stdout', () => {
  it.each([
    [['--pay', '借被=100'], '--pay 借被=100: no debt named “借被” in the profile (did you mean 借呗?)'],
    [['--pay', 'nothing=100'], '--pay nothing=100: no debt named “nothing” in the profile (its debts: 借呗, 京东金条, 美团借钱, 花呗, 广发银行信用卡)'],
    [['--pay', '借呗=99999'], '--pay 借呗=99999: ¥99,999.00 is more than the balance of 借呗, ¥11,500.00'],
    [['--pay', '借呗=-5'], '--pay 借呗=-5: expected a value > 0, found -5'],
    [['--pay', '借呗'], '--pay 借呗: expected NAME=AMOUNT'],
    [['--extra', '-800'], '--extra -800: expected a value ≥ 0, found -800'],
    [['--extra', '1,000'], '--extra 1,000: expected a number, found "1,000" — write numbers plainly, e.g. 12000 (not "12,000" or "1.2万")'],
    [['--income', '12.345'], '--income 12.345: expected an amount in yuan with at most 2 decimals, found 12.345'],
    [['--share', '30'], '--share 30: expected a share with 0 < share ≤ 1, e.g. 0.3, found 30'],
    [['--strategy', 'avalance'], '--strategy avalance: expected one of recovery | avalanche | snowball, found "avalance" (did you mean avalanche?)'],
    [['--close', '花贝'], '--close 花贝: no credit line named “花贝” in the profile (did you mean 花呗?)'],
    [['--refinance', '借呗,美团借前=0.06,24'], '--refinance 借呗,美团借前=0.06,24: no debt named “美团借前” in the profile (did you mean 美团借钱?)'],
    [['--refinance', '借呗=6,24'], '--refinance 借呗=6,24: expected a rate between 0 and 1 (a decimal: 0.1825 = 18.25 %), found 6 (did you mean 0.06?)'],
    [['--refinance', '借呗=0.06,700'], '--refinance 借呗=0.06,700: expected a whole number of months from 1 to 600, found 700'],
    [['--refinance', '借呗=0.06,1,20000'], '--refinance 借呗=0.06,1,20000: with this fee the loan’s true APR is 2103.39%, above 100 % a year'],
    [['--extra', '1', '--extra', '2'], '--extra 2: --extra is given twice; give it once'],
    [['--target', '2026-11'], '--target 2026-11: the month must be after the audit month, 2026-11'],
    [['--target', '2027-13'], '--target 2027-13: expected a month YYYY-MM, found "2027-13"'],
  ])('%j', (args, line) => {
    expect(refused([PROFILE, ...args])).toEqual([line]);
  });

  it('several bad changes: one line each', () => {
    expect(refused([PROFILE, '--pay', '借被=100', '--close', '花贝'])).toEqual([
      '--pay 借被=100: no debt named “借被” in the profile (did you mean 借呗?)',
      '--close 花贝: no credit line named “花贝” in the profile (did you mean 花呗?)',
    ]);
  });

  it('in Chinese', () => {
    expect(refused([PROFILE, '--pay', '借被=100'], 'zh')).toEqual(['--pay 借被=100：档案中没有名为“借被”的债务（是否想写 借呗？）']);
    expect(refused([PROFILE, '--pay', '借呗=99999'], 'zh')).toEqual(['--pay 借呗=99999：99,999.00元 超过了 借呗 的余额 11,500.00元']);
    expect(refused([PROFILE, '--extra', '-1'], 'zh')).toEqual(['--extra -1：应 ≥ 0，实际为 -1']);
    expect(refused([PROFILE, '--refinance', '借呗=6,24'], 'zh')).toEqual(['--refinance 借呗=6,24：利率应在 0 到 1 之间（小数：0.1825 即 18.25%），实际为 6（是否想写 0.06？）']);
  });

  it('a scenario file is validated like a profile: every problem located, with "did you mean"', () => {
    const path = file(
      'scenarios.yaml',
      [
        'scenarios:',
        '  - name: a',
        '    changes:',
        '      - pay: { debt: 借被, amount: 1000 }',
        '  - name: a',
        '    changes:',
        '      - refinance: { debts: [京东金条, 美团借前], apr: 0.06, months: 24 }',
        '      - close: 花贝',
        '',
      ].join('\n'),
    );
    expect(refused([PROFILE, '--scenario', path])).toEqual([
      `${path}:4:22 scenarios[0].changes[0].pay.debt: no debt named “借被” in the profile (did you mean 借呗?)`,
      `${path}:5:11 scenarios[1].name: another scenario is already named “a”; scenario names must be unique`,
      `${path}:7:36 scenarios[1].changes[0].refinance.debts[1]: no debt named “美团借前” in the profile (did you mean 美团借钱?)`,
      `${path}:8:16 scenarios[1].changes[1].close: no credit line named “花贝” in the profile (did you mean 花呗?)`,
    ]);
  });

  it('a scenario file’s form: types, ranges and keys, located', () => {
    const path = file('scenarios.yaml', ['scenarios:', '  - name: a', '    changes:', '      - extra: -5', '      - refinance: { debts: [借呗], apr: 6, months: 24 }', '      - clos: 花呗', ''].join('\n'));
    expect(refused([PROFILE, '--scenario', path])).toEqual([
      `${path}:4:16 scenarios[0].changes[0].extra: expected a value ≥ 0, found -5`,
      `${path}:5:40 scenarios[0].changes[1].refinance.apr: expected a rate between 0 and 1 (a decimal: 0.1825 = 18.25 %), found 6 (did you mean 0.06?)`,
      `${path}:6:9 scenarios[0].changes[2].clos: unknown key \`clos\` (did you mean \`close\`?)`,
    ]);
    expect(refused([PROFILE, '--scenario', file('empty.yaml', '# nothing\n')])).toEqual([
      expect.stringMatching(/empty\.yaml: the file is empty; a scenario file lists `scenarios:`/),
    ]);
    expect(refused([PROFILE, '--scenario', '/no/such/file.yaml'])).toHaveLength(1);
  });
});
