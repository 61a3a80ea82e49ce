/** The plan's summary figures: budget, feasibility, months, order, milestones, edge cases, bad input. */
import { describe, expect, it } from 'vitest';
import { planRepayment, splitIncome, type PlanDebt, type PlanOptions } from '../../src/plan';

function debt(over: Partial<PlanDebt> & Pick<PlanDebt, 'name'>): PlanDebt {
  return { kind: 'online_loan', lender: over.name, balanceFen: 0, apr: 0, repayment: 'revolving', overdue: false, ...over };
}
const avalanche: PlanOptions = { share: 0.2, strategy: 'avalanche', startMonth: '2026-12' };

describe('the 20/80 split', () => {
  it('rounds B half-up and leaves the rest for living', () => {
    // 0.2 × 1,234,567 = 246,913.4 → 246,913; living 1,234,567 − 246,913 = 987,654
    expect(splitIncome(1_234_567, 0.2)).toEqual({ monthlyBudgetFen: 246_913, livingBudgetFen: 987_654 });
    // 0.2 × 1,234,565 = 246,913 exactly; 0.3 × 5 = 1.5 → 2
    expect(splitIncome(5, 0.3)).toEqual({ monthlyBudgetFen: 2, livingBudgetFen: 3 });
    const result = planRepayment([], 1_234_567, avalanche);
    expect([result.monthlyBudgetFen, result.livingBudgetFen]).toEqual([246_913, 987_654]);
  });

  it('is feasible when the first month’s required payments are exactly the share', () => {
    // 2,400 / 12,000 = 0.2 ≤ 0.2
    const loan = debt({ name: 'a', balanceFen: 240_000, repayment: 'equal_installment', monthsLeft: 1 });
    expect(planRepayment([loan], 1_200_000, avalanche).feasible).toBe(true);
    // one fen more: 240,001 / 1,200,000 > 0.2
    const over = debt({ name: 'a', balanceFen: 240_001, repayment: 'equal_installment', monthsLeft: 1 });
    const result = planRepayment([over], 1_200_000, avalanche);
    expect(result.feasible).toBe(false);
    expect(result.requiredShare).toBeCloseTo(0.2000008, 7);
  });

  it('uses a larger share as extra money', () => {
    // 10,000 yuan interest-free revolving (required 10 % = 100,000), income 10,000 yuan, share 0.5 → B = 500,000
    const result = planRepayment([debt({ name: 'a', balanceFen: 1_000_000 })], 1_000_000, { ...avalanche, share: 0.5 });
    expect(result.schedule.map((m) => m.paymentsFen['a'])).toEqual([500_000, 500_000]);
    expect(result.months).toBe(2);
  });
});

describe('with nothing to plan', () => {
  it('is payable at once when there is no debt', () => {
    const result = planRepayment([], 1_000_000, avalanche);
    expect(result).toMatchObject({
      payable: true,
      months: 0,
      debtFreeBy: null,
      feasible: true,
      requiredShare: 0,
      firstMonthRequiredFen: 0,
      totalInterestFen: 0,
      totalPaidFen: 0,
      remainingFen: 0,
      order: [],
      schedule: [],
      warnings: [],
      // nothing to pay: every line is already met in the first plan month
      milestones: { dtiBelow50: '2026-12', dtiBelow36: '2026-12', dtiBelow20: '2026-12' },
      lendersAtMost2By: '2026-12',
    });
  });

  it('has no ratio and no milestones with no income, and is still feasible with nothing required', () => {
    const result = planRepayment([], 0, avalanche);
    expect(result.requiredShare).toBeNull();
    expect(result.feasible).toBe(true);
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });

  it('treats a debt with a zero balance as settled: shown at 0, never in the payoff order', () => {
    const result = planRepayment(
      [debt({ name: 'zero', balanceFen: 0 }), debt({ name: 'live', balanceFen: 1_000, repayment: 'equal_installment', monthsLeft: 1 })],
      100_000,
      avalanche,
    );
    expect(result.order).toEqual([{ debt: 'live', paidOffMonth: '2026-12' }]);
    expect(result.schedule[0]?.balancesFen).toEqual({ zero: 0, live: 0 });
    expect(result.schedule[0]?.requiredFen).toEqual({ live: 1_000 });
  });
});

describe('with no income', () => {
  it('still ends, on the contract’s own schedule, with a finite result', () => {
    const result = planRepayment([debt({ name: 'a', balanceFen: 300_000, apr: 0.12, repayment: 'equal_principal', monthsLeft: 3 })], 0, avalanche);
    expect(result.monthlyBudgetFen).toBe(0);
    expect(result.requiredShare).toBeNull();
    expect(result.feasible).toBe(false);
    expect(result.months).toBe(3);
    // interest 3,000 + 2,000 + 1,000
    expect(result.totalInterestFen).toBe(6_000);
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });
});

describe('the payoff order', () => {
  it('lists debts as they are cleared, same-month ones in strategy order, and unpaid ones last with null', () => {
    // stuck: a 1,000-month annuity whose payment equals its interest (see pitfalls G3), never cleared with B = 0
    const result = planRepayment(
      [
        debt({ name: 'stuck', balanceFen: 1_000_000, apr: 0.12, repayment: 'equal_installment', monthsLeft: 1_000 }),
        debt({ name: 'late', balanceFen: 20_000, repayment: 'equal_installment', monthsLeft: 2 }),
        debt({ name: 'low', balanceFen: 10_000, apr: 0.01, repayment: 'equal_installment', monthsLeft: 1 }),
        debt({ name: 'high', balanceFen: 10_000, apr: 0.02, repayment: 'equal_installment', monthsLeft: 1 }),
      ],
      0,
      avalanche,
    );
    expect(result.order).toEqual([
      { debt: 'high', paidOffMonth: '2026-12' },
      { debt: 'low', paidOffMonth: '2026-12' },
      { debt: 'late', paidOffMonth: '2027-01' },
      { debt: 'stuck', paidOffMonth: null },
    ]);
  });
});

describe('milestones', () => {
  it('marks the first month the DTI payments fall under 50 %, 36 % and 20 % of income', () => {
    // interest-free: X 6,000 yuan over 2 months (300,000 a month), Y 10,000 over 4 (250,000). Income 10,000 yuan.
    // DTI: months 1–2 550,000 / 1,000,000 = 55 %; months 3–4 25 %; nothing is owed from month 5.
    const result = planRepayment(
      [
        debt({ name: 'X', balanceFen: 600_000, repayment: 'equal_installment', monthsLeft: 2 }),
        debt({ name: 'Y', balanceFen: 1_000_000, repayment: 'equal_installment', monthsLeft: 4 }),
      ],
      1_000_000,
      avalanche,
    );
    expect(result.schedule.map((m) => m.dtiPaymentsFen)).toEqual([550_000, 550_000, 250_000, 250_000]);
    expect(result.debtFreeBy).toBe('2027-03');
    // under 50 % and 36 % in month 3; under 20 % only once everything is paid, the month after
    expect(result.milestones).toEqual({ dtiBelow50: '2027-02', dtiBelow36: '2027-02', dtiBelow20: '2027-04' });
  });

  it('is strict: exactly 50 % is not below 50 %', () => {
    const result = planRepayment([debt({ name: 'a', balanceFen: 1_000_000, repayment: 'equal_installment', monthsLeft: 2 })], 1_000_000, avalanche);
    // 500,000 / 1,000,000 = 0.5 in both months
    expect(result.milestones.dtiBelow50).toBe('2027-02');
  });

  it('counts the months until at most 2 online lenders hold a balance', () => {
    // three online lenders, interest-free loans of 1, 2 and 3 months: lenders at month ends 2, 1, 0
    const loans = [1, 2, 3].map((months) => debt({ name: `L${months}`, balanceFen: 30_000, repayment: 'equal_installment', monthsLeft: months }));
    const result = planRepayment(loans, 0, avalanche);
    expect(result.schedule.map((m) => m.onlineLenders)).toEqual([2, 1, 0]);
    expect(result.lendersAtMost2By).toBe('2026-12');
  });

  it('counts lenders, not loans', () => {
    // 借呗 holds three loans, 微粒贷 one: 2 lenders from the start, although 4 loans stay open for 2 months
    const loans = [
      ...[1, 2, 3].map((i) => debt({ name: `借呗${i}`, lender: '借呗', balanceFen: 20_000, repayment: 'equal_installment', monthsLeft: 2 })),
      debt({ name: '微粒贷', balanceFen: 30_000, repayment: 'equal_installment', monthsLeft: 3 }),
    ];
    const result = planRepayment(loans, 0, avalanche);
    expect(result.schedule.map((m) => m.onlineLenders)).toEqual([2, 1, 0]);
    expect(result.lendersAtMost2By).toBe('2026-12');
  });

  it('stays null when the plan never gets there', () => {
    const stuck = ['A', 'B', 'C'].map((lender) =>
      debt({ name: lender, balanceFen: 1_000_000, apr: 0.12, repayment: 'interest_first', monthsLeft: 700 }),
    );
    const result = planRepayment(stuck, 0, avalanche);
    expect(result.payable).toBe(false);
    expect(result.lendersAtMost2By).toBeNull();
    expect(result.milestones).toEqual({ dtiBelow50: null, dtiBelow36: null, dtiBelow20: null });
  });
});

describe('the schedule', () => {
  it('can be skipped without changing any other figure', () => {
    const debts = [
      debt({ name: 'a', balanceFen: 500_000, apr: 0.18 }),
      debt({ name: 'b', balanceFen: 900_000, apr: 0.1, repayment: 'equal_principal', monthsLeft: 12 }),
    ];
    const full = planRepayment(debts, 800_000, avalanche);
    const lean = planRepayment(debts, 800_000, { ...avalanche, includeSchedule: false });
    expect(full.schedule.length).toBe(full.months);
    expect(lean).toEqual({ ...full, schedule: [] });
  });

  it('keys records by debt name, even a name such as __proto__', () => {
    const result = planRepayment([debt({ name: '__proto__', balanceFen: 1_000, repayment: 'equal_installment', monthsLeft: 1 })], 0, avalanche);
    const month = result.schedule[0]!;
    expect(Object.keys(month.paymentsFen)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(month.paymentsFen)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(month.paymentsFen))).toEqual(JSON.parse('{"__proto__":1000}'));
  });

  it('builds the same records for a profile with very many debts', () => {
    // past 100 debts the records are built key by key instead of from a template (planner.ts)
    const many = Array.from({ length: 120 }, (_, i) =>
      debt({ name: i === 0 ? '__proto__' : `d${i}`, balanceFen: 1_000 + i, repayment: 'equal_installment', monthsLeft: 1 + (i % 3) }),
    );
    const month = planRepayment(many, 0, avalanche).schedule[0]!;
    expect(Object.getPrototypeOf(month.balancesFen)).toBe(Object.prototype);
    expect(Object.keys(month.balancesFen)).toEqual(many.map((d) => d.name));
    expect(Object.keys(month.paymentsFen)).toHaveLength(120);
    expect(month.paymentsFen['__proto__']).toBe(1_000);
    // d119: 1,119 fen interest-free over 1 + 119 mod 3 = 3 months → 373 a month
    expect(month.paymentsFen['d119']).toBe(373);
  });
});

describe('bad input', () => {
  const ok = debt({ name: 'a', balanceFen: 100 });
  it.each([
    ['a NaN share', [ok], 100, { ...avalanche, share: Number.NaN }],
    ['a share of 0', [ok], 100, { ...avalanche, share: 0 }],
    ['a share above 1', [ok], 100, { ...avalanche, share: 1.5 }],
    ['fractional income', [ok], 100.5, avalanche],
    ['negative income', [ok], -1, avalanche],
    ['a bad start month', [ok], 100, { ...avalanche, startMonth: '2026-13' }],
    ['a negative balance', [debt({ name: 'a', balanceFen: -1 })], 100, avalanche],
    ['a NaN rate', [debt({ name: 'a', balanceFen: 1, apr: Number.NaN })], 100, avalanche],
    ['an amortised loan without monthsLeft', [debt({ name: 'a', balanceFen: 1, repayment: 'equal_principal' })], 100, avalanche],
    ['two debts with one name', [ok, ok], 100, avalanche],
  ] as const)('rejects %s', (_label, debts, incomeFen, options) => {
    expect(() => planRepayment(debts, incomeFen, options)).toThrow(RangeError);
  });
});

describe('feasibility compares fen with fen (product.md step 4)', () => {
  it('is feasible when B, rounded half-up, covers the required payment exactly', () => {
    // income 3,333.33 yuan: B = round_half_up(0.2 × 333,333 = 66,666.6) = 66,667 — exactly the required
    // payment, although 66,667 / 333,333 = 0.2000006 > 0.2.
    const loan = debt({ name: 'a', balanceFen: 66_667, repayment: 'equal_installment', monthsLeft: 1 });
    const result = planRepayment([loan], 333_333, avalanche);
    expect(result.monthlyBudgetFen).toBe(66_667);
    expect(result.feasible).toBe(true);
    expect(result.requiredShare).toBeGreaterThan(0.2);
    // one fen more is not
    const over = debt({ name: 'a', balanceFen: 66_668, repayment: 'equal_installment', monthsLeft: 1 });
    expect(planRepayment([over], 333_333, avalanche).feasible).toBe(false);
  });
});
