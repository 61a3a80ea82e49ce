import { describe, expect, it } from 'vitest';
import incomeVolatile from '../../src/rules/spending/income-volatile';
import largePurchases from '../../src/rules/spending/large-purchases';
import lenderTransfers from '../../src/rules/spending/lender-transfers';
import overBudget from '../../src/rules/spending/over-budget';
import spike from '../../src/rules/spending/spike';
import thinBuffer from '../../src/rules/spending/thin-buffer';
import type { Profile } from '../../src/profile/schema';
import { audit, plan, profile, severityOf } from './helpers';

type Spending = NonNullable<Profile['spending']>;

/** The last three months before the 2026-11-01 audit, each at `amount`. */
const lastThree = (amount: number) => ['2026-08', '2026-09', '2026-10'].map((month) => ({ month, amount }));
const spending = (s: Spending, rest: Partial<Profile> = {}) => profile({ spending: s, ...rest });
/** A plan whose first month requires `fen` in all. */
const requiring = (fen: number) => plan({ firstMonthRequiredFen: fen });

describe('spending/over-budget', () => {
  it('is not evaluated without spending history in the last 3 months', () => {
    expect(audit(overBudget, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['spending.history']);
    // 2026-07 is before the 3-month window of a 2026-11-01 audit.
    expect(audit(overBudget, { profile: spending({ history: [{ month: '2026-07', amount: 5000 }] }) }).notEvaluated[0]?.missing).toEqual([
      'spending.history',
    ]);
  });

  it.each([
    [8_000, 'none'],
    [8_000.01, 'medium'],
  ])('rates mean spending of ¥%s on ¥10,000 income (no debt) as %s', (amount, expected) => {
    expect(severityOf(overBudget, { profile: spending({ history: lastThree(amount) }), plan: requiring(0) })).toBe(expected);
  });

  it('raises high when spending plus required payments exceed income, not when they equal it', () => {
    const history = lastThree(8_000);
    expect(severityOf(overBudget, { profile: spending({ history }), plan: requiring(200_000) })).toBe('none');
    const finding = audit(overBudget, { profile: spending({ history }), plan: requiring(200_001) }).only();
    expect(finding.severity).toBe('high');
    expect(finding.message).toBe(
      'Spending of ¥8,000.00 a month (mean of the last 3 months) plus required debt payments of ¥2,000.01 comes to ¥10,000.01, more than your income of ¥10,000.00.',
    );
    expect(finding.recommendation).toContain('short by ¥0.01 every month');
  });

  it('averages the latest 3 months only, and none after the audit month', () => {
    const history = [
      { month: '2026-05', amount: 20_000 },
      { month: '2026-08', amount: 6_000 },
      { month: '2026-09', amount: 9_000 },
      { month: '2026-10', amount: 9_000 },
      { month: '2026-12', amount: 30_000 },
    ];
    // (6,000 + 9,000 + 9,000) / 3 = 8,000: exactly the budget.
    expect(severityOf(overBudget, { profile: spending({ history }), plan: requiring(0) })).toBe('none');
  });

  it('measures against what the plan leaves for living when that is less: over the plan, not "fits"', () => {
    // A 30 % share of ¥10,000 leaves ¥7,000: ¥7,500 of spending is over it, though under the 80 % line.
    const share30 = plan({ share: 0.3, monthlyBudgetFen: 300_000, livingBudgetFen: 700_000 });
    const finding = audit(overBudget, { profile: spending({ history: lastThree(7_500) }), plan: share30 }).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toBe(
      'Spending of ¥7,500.00 a month (mean of the last 3 months) is more than the ¥7,000.00 the plan leaves for living once it pays ¥3,000.00 a month towards debt, out of your income of ¥10,000.00.',
    );
    expect(finding.evidence).toMatchObject({ livingBudget: 7000, livingBudgetFrom: 'plan' });
    expect(severityOf(overBudget, { profile: spending({ history: lastThree(7_000) }), plan: share30 })).toBe('none');
  });

  it('says why it is not evaluated when the history has no month in the last 3', () => {
    const result = audit(overBudget, { profile: spending({ history: [{ month: '2026-07', amount: 5000 }] }) });
    expect(result.notEvaluated[0]?.reason).toEqual({ kind: 'too_short', needs: 1, has: 0, unit: 'months', withinMonths: 3 });
  });

  it('states the budget it compares against', () => {
    const finding = audit(overBudget, { profile: spending({ history: lastThree(9_000) }), plan: requiring(0) }).only();
    expect(finding.message).toBe('Spending of ¥9,000.00 a month (mean of the last 3 months) is 90% of your income of ¥10,000.00, above the living budget of 80% (¥8,000.00).');
  });
});

describe('spending/large-purchases', () => {
  const purchases = (list: { date: string; amount: number }[]) => ({ profile: spending({ large_purchases: list }) });

  it('is not evaluated without the list; an empty list is data', () => {
    expect(audit(largePurchases, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['spending.large_purchases']);
    expect(severityOf(largePurchases, purchases([]))).toBe('none');
  });

  it.each([
    [1, 'none'],
    [2, 'medium'],
    [3, 'medium'],
    [4, 'high'],
  ])('rates %i purchases of half a month\'s income in 3 months as %s', (count, expected) => {
    const list = ['2026-10-20', '2026-10-01', '2026-09-10', '2026-08-15'].slice(0, count).map((date) => ({ date, amount: 5_000 }));
    expect(severityOf(largePurchases, purchases(list))).toBe(expected);
  });

  it('counts only purchases of at least 50 % of income inside the 3-month window', () => {
    expect(severityOf(largePurchases, purchases([{ date: '2026-10-20', amount: 5_000 }, { date: '2026-10-21', amount: 4_999.99 }]))).toBe('none');
    expect(severityOf(largePurchases, purchases([{ date: '2026-10-20', amount: 5_000 }, { date: '2026-08-01', amount: 9_000 }]))).toBe('none');
    const finding = audit(largePurchases, { profile: spending({ large_purchases: [{ date: '2026-08-02', amount: 9_000, note: '手机' }, { date: '2026-10-20', amount: 5_000 }] }) }).only();
    expect(finding.message).toBe(
      '2 purchases of at least 50% of monthly income (¥5,000.00) in the last 3 months: 2026-08-02 手机 ¥9,000.00, 2026-10-20 ¥5,000.00; the line is 2.',
    );
  });
});

describe('spending/spike', () => {
  const months = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  const history = (amounts: number[]) => ({ profile: spending({ history: amounts.map((amount, i) => ({ month: months[months.length - amounts.length + i]!, amount })) }) });

  it('says how many months it needs and has, when the history is too short', () => {
    expect(audit(spike, history([5_000, 5_000, 9_000])).notEvaluated[0]).toEqual({
      ruleId: 'spending/spike',
      area: 'spending',
      missing: ['spending.history'],
      reason: { kind: 'too_short', needs: 6, has: 3, unit: 'months' },
    });
    // No history at all: missing, with no reason to give.
    expect(audit(spike, { profile: profile() }).notEvaluated[0]?.reason).toBeUndefined();
  });

  it('needs 6 months of history', () => {
    expect(audit(spike, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['spending.history']);
    expect(audit(spike, history([5_000, 5_000, 5_000, 5_000, 9_000])).notEvaluated[0]?.missing).toEqual(['spending.history']);
    expect(audit(spike, history([5_000, 5_000, 5_000, 5_000, 5_000, 9_000])).notEvaluated).toEqual([]);
  });

  it('raises medium above the mean + 2 σ of the months before, not at it', () => {
    // Before: 4,000 / 6,000 alternating → mean 5,000, σ 1,000: line 7,000 (median line 7,500).
    const before = [4_000, 6_000, 4_000, 6_000, 4_000, 6_000];
    expect(severityOf(spike, history([...before, 7_000]))).toBe('none');
    const finding = audit(spike, history([...before, 7_000.01])).only();
    expect(finding.severity).toBe('medium');
    expect(finding.evidence).toMatchObject({ aboveSigmaLine: true, aboveMedianLine: false });
  });

  it('raises medium above 1.5 × the median, not at it; a flat history alone does not make a spike', () => {
    const flat = [5_000, 5_000, 5_000, 5_000, 5_000];
    expect(severityOf(spike, history([...flat, 5_001]))).toBe('none');
    expect(severityOf(spike, history([...flat, 7_500]))).toBe('none');
    const finding = audit(spike, history([...flat, 7_500.01])).only();
    expect(finding.message).toBe(
      'Spending in 2026-10 was ¥7,500.01, 1.5 × the median of the 5 months before (¥5,000.00; mean ¥5,000.00). The lines are mean + 2 σ (¥5,000.00) and 1.5 × the median (¥7,500.00).',
    );
  });
});

describe('spending/income-volatile', () => {
  const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  const income = (amounts: number[]) => ({
    profile: profile({ income: { monthly: 10_000, history: amounts.map((amount, i) => ({ month: months[i]!, amount })) } }),
  });

  it('needs 3 months of income history', () => {
    expect(audit(incomeVolatile, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['income.history']);
    expect(audit(incomeVolatile, income([10_000, 10_000])).notEvaluated[0]?.missing).toEqual(['income.history']);
  });

  it.each([
    // Alternating m(1 − c), m(1 + c) has a coefficient of variation of exactly c.
    [[7_001, 12_999, 7_001, 12_999], 'none'],
    [[7_000, 13_000, 7_000, 13_000], 'medium'],
    [[5_001, 14_999, 5_001, 14_999], 'medium'],
    [[5_000, 15_000, 5_000, 15_000], 'high'],
  ])('rates income %j as %s', (amounts, expected) => {
    expect(severityOf(incomeVolatile, income(amounts))).toBe(expected);
  });

  it('raises medium when the latest month is under 70 % of the months before, not at 70 %', () => {
    expect(severityOf(incomeVolatile, income([10_000, 10_000, 7_000]))).toBe('none');
    const finding = audit(incomeVolatile, income([10_000, 10_000, 6_999.99])).only();
    expect(finding.severity).toBe('medium');
    // Mean 9,000, deviations 1,000 / 1,000 / −2,000 → σ = √2,000,000 ≈ 1,414.2 → variation 15.71 %.
    expect(finding.message).toBe('Income in 2026-07 was ¥6,999.99, 70% of the mean of the months before (¥10,000.00); the line is 70%. Variation over 3 months: 15.71%.');
  });
});

describe('spending/lender-transfers', () => {
  it('is not evaluated without the count', () => {
    expect(audit(lenderTransfers, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['spending.lender_transfers_per_month']);
  });

  it.each([
    [3, 'none'],
    [4, 'medium'],
    [7, 'medium'],
    [8, 'high'],
  ])('rates %i transfers a month as %s', (count, expected) => {
    expect(severityOf(lenderTransfers, { profile: spending({ lender_transfers_per_month: count }) })).toBe(expected);
  });
});

describe('spending/thin-buffer', () => {
  // Spending ¥6,000 a month + required payments ¥2,000 = outgoings ¥8,000.
  const buffer = (liquid: number) => ({ profile: spending({ history: lastThree(6_000) }, { assets: { liquid } }), plan: requiring(200_000) });

  it('is not evaluated without liquid assets', () => {
    expect(audit(thinBuffer, { profile: spending({ history: lastThree(6_000) }) }).notEvaluated[0]?.missing).toEqual(['assets.liquid']);
  });

  it.each([
    [7_999.99, 'medium'],
    [8_000, 'low'],
    [23_999.99, 'low'],
    [24_000, 'none'],
  ])('rates ¥%s against ¥8,000 a month as %s', (liquid, expected) => {
    expect(severityOf(thinBuffer, buffer(liquid))).toBe(expected);
  });

  it('says how many months it covers and what to save', () => {
    const finding = audit(thinBuffer, buffer(8_000)).only();
    expect(finding.message).toBe(
      'Liquid savings of ¥8,000.00 cover 1 month of outgoings at ¥8,000.00 a month (mean spending of the last 3 months plus required payments); the line is 3 months.',
    );
    // Target 3 × 8,000 = 24,000; (24,000 − 8,000) / 12 = 1,333.34 a month (rounded up).
    expect(finding.recommendation).toContain('Build the buffer to ¥24,000.00 (3 months of outgoings): set aside ¥1,333.34 a month');
  });

  it('takes income as the monthly outgoings when spending history is missing', () => {
    const noHistory = { profile: profile({ assets: { liquid: 9_999.99 } }), plan: requiring(200_000) };
    const finding = audit(thinBuffer, noHistory).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toContain('at ¥10,000.00 a month (no spending history, so taken as income)');
  });

  it('advises no saving from a living budget in deficit: closing the gap comes first', () => {
    // The plan leaves ¥8,000 for living; spending is ¥9,000: ¥1,000 a month short (spending/over-budget's gap).
    const deficit = { profile: spending({ history: lastThree(9_000) }, { assets: { liquid: 1_000 } }), plan: requiring(0) };
    const finding = audit(thinBuffer, deficit).only();
    expect(finding.recommendation).toMatch(/^First close the monthly gap: spending is ¥1,000\.00 a month above what the plan leaves for living \(see spending\/over-budget\)/);
    expect(finding.recommendation).not.toMatch(/set aside/);
    expect(finding.evidence.livingSurplus).toBe(-1000);
    expect(audit(thinBuffer, deficit).zh[0]!.recommendation).toMatch(/^先补上每月缺口：支出比计划留给生活的金额每月多出1,000\.00元/);
  });

  it('saves what the living budget leaves, over more months, when that is less than the 12-month pace', () => {
    // Spending ¥7,900 of the ¥8,000 left: ¥100 a month. Target 3 × 7,900 = 23,700; 22,700 / 100 = 227 months.
    const slow = { profile: spending({ history: lastThree(7_900) }, { assets: { liquid: 1_000 } }), plan: requiring(0) };
    expect(audit(thinBuffer, slow).only().recommendation).toContain('your spending leaves ¥100.00 a month of what the plan gives to living; set that aside and you get there in about 227 months');
    // Spending all of it: nothing to set aside until spending is cut.
    const none = { profile: spending({ history: lastThree(8_000) }, { assets: { liquid: 1_000 } }), plan: requiring(0) };
    expect(audit(thinBuffer, none).only().recommendation).toMatch(/^Spending takes all of what the plan leaves for living, so nothing is left to save/);
  });

  it('raises nothing with no outgoings at all', () => {
    expect(severityOf(thinBuffer, { profile: profile({ income: { monthly: 0 }, assets: { liquid: 0 } }), plan: requiring(0) })).toBe('none');
  });
});
