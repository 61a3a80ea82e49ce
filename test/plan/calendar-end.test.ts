/**
 * The plan never names a month past the last one limit-audit accepts (dates.ts: MAX_MONTH, 2999-12).
 * A plan that would run past it stops there, not payable, and says so; it does not print 3000-01,
 * or 10001-01 as it once did for --as-of 9999-06-01.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MONTH } from '../../src/dates';
import { compareStrategies, planRepayment, type PlanOptions } from '../../src/plan';
import { debt, monthsNamed } from './helpers';
const options = (startMonth: string): PlanOptions => ({ share: 0.2, strategy: 'recovery', startMonth });

describe('a plan that would run past 2999-12', () => {
  // 4,000 yuan interest-free over 40 months: 10,000 fen a month. Income 500 yuan → B = 10,000: no extra money,
  // so it needs all 40 months, and only 2999-06 … 2999-12 (7 of them) exist.
  const loan = debt({ name: '分期', balanceFen: 400_000, repayment: 'equal_principal', monthsLeft: 40 });
  const result = planRepayment([loan], 50_000, options('2999-06'));

  it('stops at 2999-12, not payable, with the balance left', () => {
    expect(result.schedule.map((m) => m.month)).toEqual(['2999-06', '2999-07', '2999-08', '2999-09', '2999-10', '2999-11', '2999-12']);
    expect(result).toMatchObject({ payable: false, months: null, debtFreeBy: null, remainingFen: 330_000, order: [{ debt: '分期', paidOffMonth: null }] });
  });

  it('says why: the horizon is the calendar’s end, not the 600 months', () => {
    expect(result.warnings).toEqual([{ kind: 'horizon_reached', month: '2999-12', remainingFen: 330_000, horizon: 'calendar' }]);
  });

  it('names no month past 2999-12 anywhere, the strategy comparison included', () => {
    // DTI 10,000 / 50,000 = 20 %: under 50 % and 36 % from the first month; never under 20 %.
    expect(result.milestones).toEqual({ dtiBelow50: '2999-06', dtiBelow36: '2999-06', dtiBelow20: null });
    expect(monthsNamed(result).every((month) => month <= MAX_MONTH)).toBe(true);
    const comparison = compareStrategies([loan], 50_000, { share: 0.2, startMonth: '2999-06' });
    expect(comparison.map((c) => [c.payable, c.months, c.lendersAtMost2By])).toEqual([
      [false, null, '2999-06'],
      [false, null, '2999-06'],
      [false, null, '2999-06'],
    ]);
  });
});

describe('an audit on the calendar’s last day (as_of 2999-12-31: the plan would start in 3000-01)', () => {
  const loan = debt({ name: '分期', balanceFen: 400_000, repayment: 'equal_principal', monthsLeft: 40 });

  it('plans no month, is not payable, and says so at the audit month', () => {
    const result = planRepayment([loan], 50_000, options('3000-01'));
    expect(result.schedule).toEqual([]);
    expect(result).toMatchObject({ payable: false, months: null, debtFreeBy: null, remainingFen: 400_000, totalPaidFen: 0 });
    expect(result.warnings).toEqual([{ kind: 'horizon_reached', month: '2999-12', remainingFen: 400_000, horizon: 'calendar' }]);
    expect(result.lendersAtMost2By).toBeNull();
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });

  it('still gives the first month’s required payments, which feasibility and the rules read', () => {
    const result = planRepayment([loan, debt({ name: 'card', kind: 'credit_card', balanceFen: 100_000 })], 100_000, options('3000-01'));
    // 400,000 / 40 = 10,000; the card counts for DTI at 10 % of its balance, its required payment is 10 % too
    expect(result).toMatchObject({ firstMonthRequiredFen: 20_000, firstMonthDtiPaymentsFen: 20_000, feasible: true, requiredShare: 0.2 });
  });

  it('with no debt is simply debt-free, naming no month', () => {
    const result = planRepayment([], 100_000, options('3000-01'));
    expect(result).toMatchObject({ payable: true, months: 0, debtFreeBy: null, warnings: [], lendersAtMost2By: null });
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });

  it('refuses a first month later than that, as it refuses any month that is not YYYY-MM', () => {
    expect(() => planRepayment([], 100_000, options('3000-02'))).toThrow(RangeError);
    expect(() => planRepayment([], 100_000, options('10001-01'))).toThrow(RangeError);
  });
});

describe('a plan paid off in 2999-12 exactly', () => {
  it('names its debt-free month, but no milestone in 3000-01', () => {
    // one last instalment of 1,000 yuan on an income of 1,000 yuan: DTI 100 % in its only month, so the lines
    // are first met the month after — 3000-01, which the plan cannot name.
    const result = planRepayment([debt({ name: 'last', balanceFen: 100_000, repayment: 'equal_installment', monthsLeft: 1 })], 100_000, options('2999-12'));
    expect(result).toMatchObject({ payable: true, months: 1, debtFreeBy: '2999-12', warnings: [] });
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });
});
