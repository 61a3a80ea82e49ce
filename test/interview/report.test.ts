/**
 * The promise of `--save`: the saved file passes `limit-audit check` and gives the same report as
 * the session did. Runs the real audit (src/cli/check.ts) on both.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { runInterviewCommand, type InterviewCommandOptions } from '../../src/cli/interview';
import type { Lang } from '../../src/i18n/lang';
import { COMMAND_OPTIONS, scripted, terminalContext, type Step } from './scripted';
import { EVERYTHING, GO_ON, INCOME, NO_DEBTS, SKIP_REST } from './steps';
import { tempDir } from '../temp';

const context = (lang: Lang) => terminalContext({ lang, columns: 100 });

let dir: string;
beforeEach(() => {
  dir = tempDir('limit-audit-report-');
});

async function sessionThenCheck(steps: Step[], lang: Lang, format: InterviewCommandOptions['format'], file = 'profile.yaml') {
  const path = join(dir, file);
  const opts: InterviewCommandOptions = { ...COMMAND_OPTIONS, format };
  const session = context(lang);
  // Enter at "record this audit in the history?" and at "show the roadmap now?" (asked under a table only): no.
  const after: Step[] = format === 'table' ? [['record.offer', ''], ['roadmap.offer', '']] : [['record.offer', '']];
  const script = scripted([...steps, ...after], lang);
  const sessionCode = await runInterviewCommand({ ...opts, save: path }, session.ctx, { prompter: script.prompter });
  expect(script.remaining()).toEqual([]);
  const later = context(lang);
  const checkCode = await runCheck([path], opts, later.ctx);
  return { sessionCode, checkCode, session: session.out.join(''), check: later.out.join('') };
}

describe('a profile saved by the questionnaire', () => {
  it('gives `check` the same JSON report as the session printed', async () => {
    const result = await sessionThenCheck([...EVERYTHING, ...GO_ON], 'en', 'json');
    expect(result.checkCode).toBe(result.sessionCode);
    expect(JSON.parse(result.check)).toStrictEqual(JSON.parse(result.session));
  });

  it('gives the same table, in Chinese too', async () => {
    const result = await sessionThenCheck([...EVERYTHING, ...GO_ON], 'zh', 'table');
    expect(result.check).toBe(result.session);
    expect(result.session.length).toBeGreaterThan(0);
  });

  it('lists the rules of skipped sections as not evaluated, never as passed', async () => {
    const result = await sessionThenCheck([...INCOME, ...NO_DEBTS, ...SKIP_REST, ...GO_ON], 'en', 'json');
    const report = JSON.parse(result.session) as { notEvaluated: { ruleId: string; missing: string[] }[]; findings: { ruleId: string }[] };
    const missing = report.notEvaluated.flatMap((entry) => entry.missing);
    for (const field of ['credit.inquiries', 'credit.overdues', 'credit_lines', 'spending.history', 'assets.liquid', 'employment.sector', 'macro.platform_contraction']) {
      expect(missing).toContain(field);
    }
    expect(JSON.parse(result.check)).toStrictEqual(report);
  });

  it('marks a rate taken as "not sure" as an estimate in the report, in JSON and in the table, the same after check', async () => {
    const notSure: Step[] = [
      ...INCOME,
      ['debts.more', true],
      ['debts.product', 'huabei'],
      ['debts.name', ''],
      ['debts.lender', ''],
      ['debts.rate_kind', 'unknown'],
      ['debts.balance', '3000'],
      ['debts.repayment', ''],
      ['debts.min_payment', ''],
      ['debts.purpose', ''],
      ['debts.overdue', ''],
      ['debts.more', false],
      ...SKIP_REST,
      ...GO_ON,
    ];
    const json = await sessionThenCheck(notSure, 'en', 'json');
    const report = JSON.parse(json.session) as { debts: { name: string; quotedRate: number; rateEstimated?: boolean }[] };
    expect(report.debts).toMatchObject([{ name: '花呗', quotedRate: 0.0005, rateEstimated: true }]);
    expect(JSON.parse(json.check)).toStrictEqual(report);
    const table = await sessionThenCheck(notSure, 'en', 'table', 'en.yaml');
    expect(table.session).toContain("0.05% a day (18.25% a year), estimated: the product's typical rate,");
    const zh = await sessionThenCheck(notSure, 'zh', 'table', 'zh.yaml');
    expect(zh.session.replace(/[\s│]+/g, '')).toContain('日利率0.05%（年化18.25%），估计值：该产品的典型利率');
  });
});
