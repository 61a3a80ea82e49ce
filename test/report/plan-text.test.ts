/**
 * Issue 21, "the plan explains itself" and "plans that income cannot carry say so first": what the
 * plan's part of the report says, in the views a person reads (table, markdown, the plan command),
 * and the keys behind it in the JSON report.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, macroFor, type LoadedSnapshot } from '../../src/cli/load';
import type { Lang } from '../../src/i18n/lang';
import { parseProfileText } from '../../src/profile/load';
import type { Profile } from '../../src/profile/schema';
import { reportFor } from '../../src/report/assemble';
import { renderMarkdown } from '../../src/report/markdown';
import { renderPlanTable } from '../../src/report/plan-view';
import { reportSchema, type Report } from '../../src/report/schema';
import { planSummary } from '../../src/report/summary';
import { renderTable } from '../../src/report/table';
import { ROOT } from '../cli/run';

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

function report(profile: Profile, lang: Lang = 'en', share = 0.2): Report {
  const r = reportFor({
    profile,
    source: 'p.yaml',
    asOf: profile.as_of ?? '2026-11-01',
    lang,
    macro: macroFor(profile, snapshot),
    share,
    strategy: 'recovery',
    includePlan: true,
    toolVersion: '0.0.0-test',
  });
  const parsed = reportSchema.safeParse(r);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return r;
}

const sample = (name: string) => parseProfileText(readFileSync(`${ROOT}/profiles/${name}.yaml`, 'utf8'), `${name}.yaml`, 'en');
const table = (r: Report) => renderTable(r, { color: false, width: 400 });
const loan = { name: '借呗', kind: 'online_loan', balance: 10_000, apr: 0.18, repayment: 'equal_installment', months_left: 12 } as const;

describe('a plan whose required payments exceed income', () => {
  it('says first that it cannot be paid from income, by how much, and makes the debt-free month conditional (en)', async () => {
    // distressed.yaml: income ¥6,500; the first month needs ¥7,627.30 (117.34 %); 2027-05 needs ¥36,754.02.
    const r = report(await sample('distressed'));
    expect(r.plan!.incomeShortfall).toEqual({ firstMonth: 1127.3, largest: 30254.02, largestMonth: '2027-05', months: 6 });
    const summary = planSummary(r.plan!, 'en');
    expect(summary.alert).toMatch(
      /^NOT PAYABLE FROM INCOME: the first month's required payments of ¥7,627\.30 are 117\.34% of the income of ¥6,500\.00, ¥1,127\.30 more than comes in\. 6 months fall short, the most by ¥30,254\.02 in 2027-05\./,
    );
    expect(summary.lines).toContain('Debt-free in 19 months, by 2028-06 — only if up to ¥30,254.02 a month beyond income can be found (6 months fall short)');
    expect(summary.lines.some((line) => /^Debt-free in 19 months, by 2028-06$/.test(line))).toBe(false);
    // The alert comes before any line of the plan, in the table and in markdown.
    const text = table(r);
    expect(text.indexOf('NOT PAYABLE FROM INCOME')).toBeLessThan(text.indexOf('Debt-free in'));
    expect(renderMarkdown(r)).toContain('> **NOT PAYABLE FROM INCOME:');
  });

  it('says the same in Chinese', async () => {
    const summary = planSummary(report(await sample('distressed'), 'zh').plan!, 'zh');
    expect(summary.alert).toMatch(/^靠收入无法按计划还款：首月必还金额 7,627\.30元，占月收入 6,500\.00元 的 117\.34%，比收入多 1,127\.30元。/);
    expect(summary.lines).toContain('19 个月后还清，即 2028-06——前提是每月能在收入之外另筹最多 30,254.02元（共 6 个月入不敷出）');
  });

  it('names the month when only a later one (a balloon) exceeds income', async () => {
    // business-owner.yaml: the first month is covered (¥10,048.05 of ¥15,000); 2027-10 needs ¥108,465.17.
    const summary = planSummary(report(await sample('business-owner')).plan!, 'en');
    expect(summary.alert).toMatch(/^NOT PAYABLE FROM INCOME: in 2027-10 the required payments of ¥108,465\.17 are ¥93,465\.17 more than the income of ¥15,000\.00\./);
  });

  it('reads correctly in English with no income at all: no "∞ of income", no "below 50 % by never"', () => {
    const r = report({ version: 1, as_of: '2026-11-01', income: { monthly: 0 }, debts: [loan] });
    const text = table(r);
    expect(text).toContain('NOT PAYABLE FROM INCOME: there is no income, and the first month alone requires ¥916.80.');
    expect(text).toContain('Debt-to-income: no ratio without income');
    expect(text).not.toMatch(/∞|by never|Living budget ¥-/);
    expect(text).toContain('Living budget none (the required payments are ¥916.80 more than the income)');
  });
});

describe('the plan explains itself', () => {
  it('shows the actual split in its heading', async () => {
    const profile = await sample('healthy');
    expect(table(report(profile))).toContain('Repayment plan (20/80)');
    expect(table(report(profile, 'en', 0.6))).toContain('Repayment plan (60/40)');
    expect(renderMarkdown(report(profile, 'zh', 0.125))).toContain('## 还款计划（12.5/87.5）');
    expect(renderPlanTable(report(profile, 'en', 0.6).plan!, 'en', { color: false, width: 100 })).toMatch(/^Repayment plan \(60\/40\)/);
  });

  it('explains the strategy in one line', async () => {
    const lines = planSummary(report(await sample('healthy')).plan!, 'en').lines;
    expect(lines[0]).toBe(
      'Strategy: recovery — extra money goes first to debts marked overdue, then to the smallest online loans until at most 2 online lenders are left, then to the highest rate',
    );
  });

  it('says why the three strategies give the same plan, with units in the comparison', async () => {
    const r = report(await sample('turnover-late'));
    // Required payments take the whole budget until 2027-09; all three come out the same.
    expect(r.plan!.extraFrom).toBe('2027-09');
    const text = table(r);
    expect(text).toContain('All three strategies come out the same here: there is money beyond the required payments only from 2027-09, and each order sends it to the same debts.');
    expect(text).toContain('Months to debt-free');
    expect(renderPlanTable(r.plan!, 'en', { color: false, width: 200 })).toContain('- recovery: 13 months · Total interest ¥3,247.33');
    // No month with extra money at all: a loan whose instalment is the whole budget.
    const tight = report({ version: 1, as_of: '2026-11-01', income: { monthly: 4_584 }, debts: [loan, { ...loan, name: '微粒贷' }] });
    expect(tight.plan!.extraFrom).toBeNull();
    expect(planSummary(tight.plan!, 'en').comparisonNote).toBe(
      'All three strategies give the same plan: no month has money beyond the required payments, so there is never extra money for a strategy to place.',
    );
    // When the strategies differ, nothing is said.
    expect(planSummary(report(await sample('healthy')).plan!, 'en').comparisonNote).toBeNull();
  });

  it('with no debt (`debts: []`): no strategy, no milestones, no comparison of zeros', () => {
    const r = report({ version: 1, as_of: '2026-11-01', income: { monthly: 8_000 }, debts: [] });
    const text = table(r);
    const plan = text.slice(text.indexOf('Repayment plan'));
    expect(plan).toContain('No debt to repay.');
    expect(plan).not.toMatch(/Strategy|Debt-to-income|Total interest|comparison/);
    expect(renderMarkdown(r)).not.toContain('Strategy comparison');
  });
});

describe('not evaluated, with the reason', () => {
  it('says how many months a rule needs and has, in the JSON and in every view', () => {
    const history = ['2026-08', '2026-09', '2026-10'].map((month) => ({ month, amount: 5_000 }));
    const profile: Profile = { version: 1, as_of: '2026-11-01', income: { monthly: 10_000 }, debts: [], spending: { history } };
    const r = report(profile);
    expect(r.notEvaluated.find((n) => n.ruleId === 'spending/spike')).toEqual({
      ruleId: 'spending/spike',
      area: 'spending',
      missing: ['spending.history'],
      reason: { kind: 'too_short', needs: 6, has: 3, unit: 'months' },
      detail: 'needs 6 months, has 3',
    });
    expect(table(r)).toContain('- spending/spike: spending.history (needs 6 months, has 3)');
    expect(renderMarkdown(r)).toContain('- `spending/spike`: `spending.history` (needs 6 months, has 3)');
    expect(report(profile, 'zh').notEvaluated.find((n) => n.ruleId === 'spending/spike')?.detail).toBe('需要 6 个月的记录，现有 3 个月');
  });
});

describe('the score says how it is computed', () => {
  it('names its method and weights, and tells a current overdue apart from high findings', async () => {
    const distressed = report(await sample('distressed'));
    const turnover = report(await sample('turnover-late'));
    expect(distressed.score).toMatchObject({ method: 'areas-v2', weights: { credit: 0.4, debt: 0.35, spending: 0.15, macro: 0.1 } });
    expect(distressed.score.note).toContain('40/20/8/3');
    // distressed has a current overdue (critical): at most 39. turnover-late has high findings only.
    expect(distressed.score.value).toBeLessThanOrEqual(39);
    expect(turnover.score.value).toBeGreaterThan(distressed.score.value);
    expect(turnover.score.value).toBeGreaterThan(0);
  });
});
