/**
 * Hand-checked figures for each repayment kind (product.md, "The repayment plan", steps 2–3).
 * Each plan is set up so that no extra money exists (B ≤ required), so the schedule is the
 * contract's own: the arithmetic in the comments is all there is.
 */
import { describe, expect, it } from 'vitest';
import {
  annuityPaymentFen,
  dtiPaymentFen,
  firstMonthRequiredFen,
  planRepayment,
  revolvingMinimumFen,
  type PlanDebt,
  type PlanMonth,
  type PlanResult,
} from '../../src/plan';

function debt(over: Partial<PlanDebt> & Pick<PlanDebt, 'name'>): PlanDebt {
  return { kind: 'online_loan', lender: over.name, balanceFen: 0, apr: 0, repayment: 'revolving', overdue: false, ...over };
}

function plan(debts: PlanDebt[], incomeFen: number): PlanResult {
  return planRepayment(debts, incomeFen, { share: 0.2, strategy: 'avalanche', startMonth: '2026-12' });
}

type Field = 'paymentsFen' | 'interestFen' | 'balancesFen' | 'requiredFen';
function column(result: PlanResult, name: string, field: Field): (number | undefined)[] {
  return result.schedule.map((month: PlanMonth) => month[field][name]);
}

describe('equal_installment (等额本息)', () => {
  // 12,000 yuan at 12 % a year over 12 months: r = 0.12 / 12 = 1 % a month.
  // A = P·r / (1 − (1 + r)^−n) = 1,200,000 × 0.01 / (1 − 1.01^−12) = 12,000 / 0.1125508 = 106,618.79 → 106,619 fen.
  // Income 5,330.95 yuan: B = 0.2 × 533,095 = 106,619, exactly the instalment, so there is no extra.
  const loan = debt({ name: '借呗', balanceFen: 1_200_000, apr: 0.12, repayment: 'equal_installment', monthsLeft: 12 });
  const result = plan([loan], 533_095);

  it('pays the annuity, interest first, and only the remainder in the last month', () => {
    expect(annuityPaymentFen(1_200_000, 0.12, 12)).toBe(106_619);
    expect(result.monthlyBudgetFen).toBe(106_619);
    expect(result.requiredShare).toBe(0.2);
    expect(result.feasible).toBe(true);
    // month 1: interest 1,200,000 × 0.12 / 12 = 12,000; principal 106,619 − 12,000 = 94,619; balance 1,105,381
    // month 2: interest 1,105,381 × 0.01 = 11,053.81 → 11,054; balance 1,105,381 + 11,054 − 106,619 = 1,009,816
    expect(column(result, '借呗', 'interestFen').slice(0, 2)).toEqual([12_000, 11_054]);
    expect(column(result, '借呗', 'balancesFen').slice(0, 2)).toEqual([1_105_381, 1_009_816]);
    // month 12: opening 105,558, interest 1,055.58 → 1,056; what is owed, 106,614, is below A: that is the payment.
    expect(column(result, '借呗', 'paymentsFen')).toEqual([...Array<number>(11).fill(106_619), 106_614]);
    expect(result.schedule[11]?.interestFen['借呗']).toBe(1_056);
    expect(result.schedule[11]?.balancesFen['借呗']).toBe(0);
  });

  it('adds up: 11 × 106,619 + 106,614 = 1,279,423 paid, of which 79,423 interest', () => {
    expect(result.months).toBe(12);
    expect(result.debtFreeBy).toBe('2027-11');
    expect(result.totalPaidFen).toBe(1_279_423);
    expect(result.totalInterestFen).toBe(79_423);
    expect(result.warnings).toEqual([]);
  });

  it('spreads the principal evenly at 0 %, the remainder taking the odd fen', () => {
    // 1,000 yuan over 3 months at 0 %: 100,000 / 3 = 33,333.33 → 33,333; the last month owes 33,334.
    expect(annuityPaymentFen(100_000, 0, 3)).toBe(33_333);
    const interestFree = plan([debt({ name: '分期', kind: 'installment', balanceFen: 100_000, repayment: 'equal_installment', monthsLeft: 3 })], 0);
    expect(column(interestFree, '分期', 'paymentsFen')).toEqual([33_333, 33_333, 33_334]);
    expect(interestFree.totalInterestFen).toBe(0);
  });
});

describe('equal_principal (等额本金)', () => {
  // 12,000 yuan at 12 % over 12 months: principal slice 1,200,000 / 12 = 100,000 fen a month,
  // plus interest on the opening balance: 12,000, 11,000, … 1,000.
  // Income 5,050 yuan: B = 101,000, the smallest payment, so no month has extra.
  const loan = debt({ name: '车贷', kind: 'auto', balanceFen: 1_200_000, apr: 0.12, repayment: 'equal_principal', monthsLeft: 12 });
  const result = plan([loan], 505_000);

  it('pays the principal slice plus this month’s interest', () => {
    expect(column(result, '车贷', 'interestFen')).toEqual([12_000, 11_000, 10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000]);
    expect(column(result, '车贷', 'paymentsFen')).toEqual([112_000, 111_000, 110_000, 109_000, 108_000, 107_000, 106_000, 105_000, 104_000, 103_000, 102_000, 101_000]);
    expect(column(result, '车贷', 'balancesFen').slice(0, 2)).toEqual([1_100_000, 1_000_000]);
  });

  it('totals P·r·(n+1)/2 = 1,200,000 × 0.01 × 13 / 2 = 78,000 interest (domain-facts E)', () => {
    expect(result.totalInterestFen).toBe(78_000);
    expect(result.totalPaidFen).toBe(1_278_000);
    expect(result.months).toBe(12);
  });

  it('is infeasible at 20 % (112,000 / 505,000 = 22.2 %) and lists every later month above B', () => {
    expect(result.feasible).toBe(false);
    expect(result.requiredShare).toBeCloseTo(112_000 / 505_000, 12);
    // months 2–11 owe 111,000 … 102,000 > 101,000; month 12 owes exactly 101,000, not above B.
    expect(result.warnings).toHaveLength(10);
    expect(result.warnings[0]).toEqual({ kind: 'required_exceeds_budget', month: '2027-01', requiredFen: 111_000, budgetFen: 101_000 });
    expect(result.warnings[9]).toEqual({ kind: 'required_exceeds_budget', month: '2027-10', requiredFen: 102_000, budgetFen: 101_000 });
  });
});

describe('interest_first (先息后本)', () => {
  // 10,000 yuan at a daily 0.05 % → apr 0.0005 × 365 = 0.1825, 6 months.
  // Interest 1,000,000 × 0.1825 / 12 = 15,208.33 → 15,208 a month; month 6 owes 1,000,000 + 15,208.
  // Income 760.40 yuan: B = 0.2 × 76,040 = 15,208, exactly the interest.
  const loan = debt({ name: '微粒贷', balanceFen: 1_000_000, apr: 0.1825, repayment: 'interest_first', monthsLeft: 6 });
  const result = plan([loan], 76_040);

  it('pays the interest, then the whole principal in month months_left', () => {
    expect(column(result, '微粒贷', 'paymentsFen')).toEqual([15_208, 15_208, 15_208, 15_208, 15_208, 1_015_208]);
    expect(column(result, '微粒贷', 'balancesFen')).toEqual([1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 0]);
    // P·r·n = 6 × 15,208 = 91,248 (domain-facts E, with the monthly rounding)
    expect(result.totalInterestFen).toBe(91_248);
    expect(result.feasible).toBe(true);
  });

  it('warns about the balloon month with its month and amount', () => {
    expect(result.warnings).toEqual([{ kind: 'required_exceeds_budget', month: '2027-05', requiredFen: 1_015_208, budgetFen: 15_208 }]);
  });
});

describe('revolving', () => {
  it('requires 10 % of the opening balance when no higher minimum is set', () => {
    // 5,000 yuan at 18.25 %, no income (B = 0, so no extra):
    // month 1: interest 500,000 × 0.1825 / 12 = 7,604.17 → 7,604; required 50,000; balance 457,604
    // month 2: interest 457,604 × 0.1825 / 12 = 6,959.21 → 6,959; required 45,760.4 → 45,760; balance 418,803
    // month 3: interest 418,803 × 0.1825 / 12 = 6,369.30 → 6,369; required 41,880.3 → 41,880; balance 383,292
    const result = plan([debt({ name: '花呗', balanceFen: 500_000, apr: 0.1825 })], 0);
    expect(column(result, '花呗', 'interestFen').slice(0, 3)).toEqual([7_604, 6_959, 6_369]);
    expect(column(result, '花呗', 'requiredFen').slice(0, 3)).toEqual([50_000, 45_760, 41_880]);
    expect(column(result, '花呗', 'balancesFen').slice(0, 3)).toEqual([457_604, 418_803, 383_292]);
  });

  it('rounds the 10 % half-up to the fen', () => {
    // 45 fen / 10 = 4.5 → 5; 44 fen → 4.4 → 4
    expect(revolvingMinimumFen(45, undefined)).toBe(5);
    expect(revolvingMinimumFen(44, undefined)).toBe(4);
  });

  it('uses min_payment when it is higher, and never more than what is owed', () => {
    // 500 yuan with a 100-yuan minimum: max(10,000, 5,000) = 10,000
    expect(firstMonthRequiredFen(debt({ name: 'a', balanceFen: 50_000, apr: 0.1825, minPaymentFen: 10_000 }))).toBe(10_000);
    // 80 yuan with a 100-yuan minimum: interest 8,000 × 0.1825 / 12 = 121.67 → 122; owed 8,122 < 10,000
    const small = debt({ name: 'b', balanceFen: 8_000, apr: 0.1825, minPaymentFen: 10_000 });
    expect(firstMonthRequiredFen(small)).toBe(8_122);
    const result = plan([small], 0);
    expect(result.months).toBe(1);
    expect(result.totalPaidFen).toBe(8_122);
  });
});

describe('fee_installment (分期手续费)', () => {
  // 花呗 instalment: ¥5,040 in 6 periods at 0.75 % a period, 5 periods and ¥4,200 left.
  // Principal slice 504,000 / 6 = 84,000 fen; fee 504,000 × 0.0075 = 3,780 fen a period, on the
  // original amount whatever the balance; no interest on the balance. Payment 87,780.
  const instalment = debt({
    name: '花呗分期',
    kind: 'installment',
    balanceFen: 420_000,
    apr: 0.1527,
    repayment: 'fee_installment',
    monthsLeft: 5,
    installment: { originalFen: 504_000, periods: 6, feeRate: 0.0075 },
  });

  it('requires the principal slice plus the fixed fee, and charges the fee as the month\'s cost', () => {
    expect(firstMonthRequiredFen(instalment)).toBe(87_780);
    // Income 4,389 yuan: B = 87,780, exactly the payment, so no extra money.
    const result = plan([instalment], 438_900);
    expect(column(result, '花呗分期', 'paymentsFen')).toEqual(Array(5).fill(87_780));
    expect(column(result, '花呗分期', 'interestFen')).toEqual(Array(5).fill(3_780));
    expect(column(result, '花呗分期', 'balancesFen')).toEqual([336_000, 252_000, 168_000, 84_000, 0]);
    expect(result.totalInterestFen).toBe(5 * 3_780);
    expect(result.months).toBe(5);
  });

  it('settles a balance the slices do not fit in the last month (the whole remainder plus its fee)', () => {
    const odd = { ...instalment, balanceFen: 420_010 };
    const result = plan([odd], 438_900);
    expect(column(result, '花呗分期', 'paymentsFen')).toEqual([87_780, 87_780, 87_780, 87_780, 84_010 + 3_780]);
  });

  it('stops charging the fee once extra money clears the balance early', () => {
    // A budget of ¥3,000 a month: 87,780 required and 212,220 extra. Month 1 leaves 420,000 − 84,000
    // − 212,220 = 123,780; month 2 owes 123,780 + 3,780 and is paid off. Two fees, not five.
    const result = plan([instalment], 1_500_000);
    expect(result.months).toBe(2);
    expect(result.totalInterestFen).toBe(2 * 3_780);
  });

  it('is ranked by its true APR against interest-bearing debts (avalanche)', () => {
    // 12 periods at 1.5 % a period: 18 % a year quoted, a true APR of about 32 %, above a 24 % loan.
    const dear = debt({ name: 'dear', balanceFen: 100_000, apr: 0.32, repayment: 'fee_installment', monthsLeft: 12, installment: { originalFen: 100_000, periods: 12, feeRate: 0.015 } });
    const loan = debt({ name: 'loan', balanceFen: 100_000, apr: 0.24, repayment: 'equal_installment', monthsLeft: 12 });
    const result = plan([loan, dear], 1_000_000);
    expect(result.order.map((o) => o.debt)).toEqual(['dear', 'loan']);
  });

  it('is refused without its contract terms (a silent NaN in a plan is worse than a loud error)', () => {
    expect(() => plan([{ ...instalment, installment: undefined }], 0)).toThrow(RangeError);
    expect(() => plan([{ ...instalment, installment: { originalFen: 504_000, periods: 0, feeRate: 0.0075 } }], 0)).toThrow(RangeError);
    expect(() => plan([{ ...instalment, installment: { originalFen: 504_000, periods: 6, feeRate: Number.NaN } }], 0)).toThrow(RangeError);
  });
});

describe('debt-to-income payments (domain-facts A7)', () => {
  it('counts a credit card at 10 % of its balance whatever its minimum, other debts at their required payment', () => {
    expect(dtiPaymentFen({ kind: 'credit_card' }, 1_000_000, 300_000)).toBe(100_000);
    expect(dtiPaymentFen({ kind: 'online_loan' }, 1_000_000, 300_000)).toBe(300_000);
    // A card with a 3,000-yuan minimum on 10,000 yuan: it must be paid 300,000 fen, DTI counts 100,000.
    const card = debt({ name: '信用卡', kind: 'credit_card', balanceFen: 1_000_000, minPaymentFen: 300_000 });
    const result = plan([card], 1_000_000);
    expect(result.firstMonthRequiredFen).toBe(300_000);
    expect(result.firstMonthDtiPaymentsFen).toBe(100_000);
    expect(result.schedule[0]?.dtiPaymentsFen).toBe(100_000);
  });
});
