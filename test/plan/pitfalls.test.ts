/** The bugs other payoff planners shipped (domain-facts G, "Correctness pitfalls seen in real bugs"), one block each. */
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_MONTHS, planRepayment, type PlanDebt, type PlanOptions, type PlanResult } from '../../src/plan';

function debt(over: Partial<PlanDebt> & Pick<PlanDebt, 'name'>): PlanDebt {
  return { kind: 'online_loan', lender: over.name, balanceFen: 0, apr: 0, repayment: 'revolving', overdue: false, ...over };
}
const avalanche: PlanOptions = { share: 0.2, strategy: 'avalanche', startMonth: '2026-12' };

/** Every number in the result, with its path. */
function numbers(value: unknown, path = 'plan'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  }
  return [];
}
function expectFiniteFen(result: PlanResult): void {
  for (const [path, n] of numbers(result)) {
    if (path.endsWith('.share') || path.endsWith('.requiredShare')) expect(Number.isFinite(n), path).toBe(true);
    // What the plan leaves for living is negative when the required payments exceed the income.
    else if (path === 'plan.livingBudgetFen') expect(Number.isSafeInteger(n), `${path} = ${n}`).toBe(true);
    else expect(Number.isSafeInteger(n) && n >= 0, `${path} = ${n}`).toBe(true);
  }
}

describe('G1: minimums pooled and dumped on the priority debt', () => {
  // P: 1,000 yuan at 12 % interest-first → required 1,000 fen; Q: revolving 2,000 yuan at 0 % → 20,000;
  // R: 1,200 yuan over 12 months at 0 % → 10,000. Required 31,000; income 2,000 yuan → B = 40,000; extra 9,000.
  const debts = [
    debt({ name: 'P', balanceFen: 100_000, apr: 0.12, repayment: 'interest_first', monthsLeft: 12 }),
    debt({ name: 'Q', kind: 'credit_card', balanceFen: 200_000 }),
    debt({ name: 'R', kind: 'installment', balanceFen: 120_000, repayment: 'equal_installment', monthsLeft: 12 }),
  ];
  it('pays every debt its own required payment and only the surplus to the target', () => {
    const month = planRepayment(debts, 200_000, avalanche).schedule[0]!;
    expect(month.requiredFen).toEqual({ P: 1_000, Q: 20_000, R: 10_000 });
    // target P (highest apr) gets 1,000 + 9,000; Q and R exactly their own
    expect(month.paymentsFen).toEqual({ P: 10_000, Q: 20_000, R: 10_000 });
  });
});

describe('G2: interest charged twice when a target is paid off mid-month', () => {
  // S: 100 yuan at 12 % → 100 fen interest; T: 5,000 yuan at 12 % → 5,000. Required 5,100 (interest-first).
  // Income 2,500 yuan → B = 50,000; extra 44,900. Same apr: the smaller balance, S, is the target.
  const debts = [
    debt({ name: 'S', balanceFen: 10_000, apr: 0.12, repayment: 'interest_first', monthsLeft: 12 }),
    debt({ name: 'T', balanceFen: 500_000, apr: 0.12, repayment: 'interest_first', monthsLeft: 12 }),
  ];
  const result = planRepayment(debts, 250_000, avalanche);
  it('accrues once, clears the target with one month’s interest and passes the rest on in the same month', () => {
    const [first, second] = result.schedule;
    // S is cleared with 10,000 + 100 (no second accrual); 44,900 − 10,000 = 34,900 goes on to T.
    expect(first?.interestFen).toEqual({ S: 100, T: 5_000 });
    expect(first?.paymentsFen).toEqual({ S: 10_100, T: 39_900 });
    // T: 500,000 + 5,000 − 39,900 = 465,100; the whole budget was used: 10,100 + 39,900 = 50,000
    expect(first?.balancesFen).toEqual({ S: 0, T: 465_100 });
    // month 2 accrues on the closing balance only: 465,100 × 0.01 = 4,651
    expect(second?.interestFen).toEqual({ T: 4_651 });
  });
});

describe('G3: the horizon cap reported as success', () => {
  // A 1,000-month annuity on 10,000 yuan at 12 %: A = 1,000,000 × 0.01 / (1 − 1.01^−1000) = 10,000.48 → 10,000,
  // exactly the first month's interest. With no income there is no extra: the balance never moves.
  const loan = debt({ name: '长贷', kind: 'other', balanceFen: 1_000_000, apr: 0.12, repayment: 'equal_installment', monthsLeft: 1_000 });
  const result = planRepayment([loan], 0, avalanche);
  it('stops at 600 months as not payable, with the balance left and no debt-free month', () => {
    expect(result.schedule).toHaveLength(MAX_PLAN_MONTHS);
    expect(result.payable).toBe(false);
    expect(result.months).toBeNull();
    expect(result.debtFreeBy).toBeNull();
    expect(result.remainingFen).toBe(1_000_000);
    expect(result.order).toEqual([{ debt: '长贷', paidOffMonth: null }]);
    // month 600 counted from 2026-12 is 2076-11
    expect(result.warnings.filter((w) => w.kind === 'horizon_reached')).toEqual([{ kind: 'horizon_reached', month: '2076-11', remainingFen: 1_000_000, horizon: 'months' }]);
  });
});

describe('G4: NaN when there is no extra money', () => {
  it('keeps every figure a finite whole number of fen with no income at all', () => {
    const result = planRepayment([debt({ name: '花呗', balanceFen: 123_456, apr: 0.1825 })], 0, avalanche);
    expect(result.requiredShare).toBeNull();
    expect(result.feasible).toBe(false);
    expectFiniteFen(result);
  });

  it('keeps them finite when the budget is exactly the required payment', () => {
    // 1,000 yuan interest-free over 10 months: required 10,000; income 500 yuan → B = 10,000; extra 0.
    const result = planRepayment([debt({ name: '分期', balanceFen: 100_000, repayment: 'equal_installment', monthsLeft: 10 })], 50_000, avalanche);
    expect(result.months).toBe(10);
    expect(result.feasible).toBe(true);
    expectFiniteFen(result);
  });

  it('treats a revolving debt without min_payment as minimum 0, not undefined', () => {
    const result = planRepayment([debt({ name: 'card', kind: 'credit_card', balanceFen: 99_999, apr: 0.2 })], 300_000, avalanche);
    expect(result.payable).toBe(true);
    expectFiniteFen(result);
  });
});

describe('G5: a revolving-style minimum applied to an amortised loan', () => {
  it('asks a mortgage for its annuity, not a share of the balance', () => {
    // 1,000,000 yuan over 30 years at 3.95 %: the familiar 4,745.37 yuan a month.
    // A "10 % of balance" minimum would ask for 100,000 yuan; "2 %" for 20,000.
    const mortgage = debt({ name: '房贷', kind: 'mortgage', balanceFen: 100_000_000, apr: 0.0395, repayment: 'equal_installment', monthsLeft: 360 });
    const result = planRepayment([mortgage], 2_000_000, avalanche);
    expect(result.firstMonthRequiredFen).toBe(474_537);
    // 474,537 / 2,000,000 = 23.7 % of income: infeasible at 20 %, but nowhere near 10 % of the balance
    expect(result.requiredShare).toBeCloseTo(0.2372685, 6);
  });

  it('asks an equal-principal loan for its slice plus interest', () => {
    // 360,000 yuan over 360 months at 4.8 %: 100,000 fen principal + 36,000,000 × 0.004 = 144,000 interest
    const loan = debt({ name: '贷款', kind: 'mortgage', balanceFen: 36_000_000, apr: 0.048, repayment: 'equal_principal', monthsLeft: 360 });
    expect(planRepayment([loan], 2_000_000, avalanche).firstMonthRequiredFen).toBe(244_000);
  });
});

describe('G6: negative amortisation', () => {
  // A revolving debt at 0.5 % a day: apr 1.825, interest 1,000,000 × 1.825 / 12 = 152,083.33 → 152,083 a month,
  // while the 10 % minimum is 100,000: the balance grows unless extra money covers the difference.
  const loan = debt({ name: '高息贷', balanceFen: 1_000_000, apr: 1.825 });

  it('flags the debt and stops at once when nothing can ever cover the interest', () => {
    const result = planRepayment([loan], 0, avalanche);
    expect(result.warnings).toEqual([{ kind: 'interest_not_covered', debt: '高息贷', month: '2026-12', interestFen: 152_083, paymentFen: 100_000 }]);
    expect(result.payable).toBe(false);
    expect(result.months).toBeNull();
    expect(result.debtFreeBy).toBeNull();
    // 1,000,000 + 152,083 − 100,000: one month shown, not 600 months of growth
    expect(result.remainingFen).toBe(1_052_083);
    expect(result.schedule).toHaveLength(1);
  });

  it('stops once the debt’s own minimum swallows the whole budget', () => {
    // B = 0.2 × 600,000 = 120,000 pays 120,000 a month at first, still below the interest: the balance grows
    // until its 10 % minimum reaches B, after which no extra can ever come.
    const result = planRepayment([loan], 600_000, avalanche);
    const balances = result.schedule.map((m) => m.balancesFen['高息贷']!);
    expect(balances[0]).toBe(1_032_083); // 1,000,000 + 152,083 − 120,000
    for (let i = 1; i < balances.length; i++) expect(balances[i]!).toBeGreaterThan(balances[i - 1]!);
    const warning = result.warnings.find((w) => w.kind === 'interest_not_covered');
    expect(warning).toMatchObject({ debt: '高息贷', month: result.schedule.at(-1)?.month });
    expect(result.payable).toBe(false);
  });

  it('is payable, with no warning, when the budget does cover it', () => {
    const result = planRepayment([loan], 10_000_000, avalanche);
    expect(result.payable).toBe(true);
    expect(result.months).toBe(1);
    expect(result.warnings).toEqual([]);
  });
});

describe('G7: a budget below the sum of the minimums', () => {
  // Two interest-free instalment loans: 3,000 yuan over 2 months (150,000 a month) and 4,000 yuan over 4 (100,000).
  // Income 5,000 yuan → B = 100,000 against 250,000 required: requiredShare 0.5.
  const debts = [
    debt({ name: 'X', kind: 'installment', balanceFen: 300_000, repayment: 'equal_installment', monthsLeft: 2 }),
    debt({ name: 'Y', kind: 'installment', balanceFen: 400_000, repayment: 'equal_installment', monthsLeft: 4 }),
  ];
  const result = planRepayment(debts, 500_000, avalanche);
  it('says the plan is infeasible and runs at the required payments, every debt getting its own', () => {
    expect(result.feasible).toBe(false);
    expect(result.requiredShare).toBe(0.5);
    expect(result.firstMonthRequiredFen).toBe(250_000);
    expect(result.schedule.map((m) => m.paymentsFen)).toEqual([{ X: 150_000, Y: 100_000 }, { X: 150_000, Y: 100_000 }, { Y: 100_000 }, { Y: 100_000 }]);
    expect(result.payable).toBe(true);
    expect(result.months).toBe(4);
    // month 2 still owes 250,000 > B; months 3–4 owe exactly B
    expect(result.warnings).toEqual([{ kind: 'required_exceeds_budget', month: '2027-01', requiredFen: 250_000, budgetFen: 100_000 }]);
  });
});

describe('an annuity at a rate too small to move 1 + r (a denormal, as a generated profile can hold)', () => {
  it('spreads the principal evenly instead of making the whole balance due in month 1', () => {
    // 3.5e-323 / 12 is not 0, but 1 + it is 1: the annuity formula divided by 0 (an infinite instalment).
    const loan = debt({ name: 'L', balanceFen: 900_000, apr: 3.5e-323, repayment: 'equal_installment', monthsLeft: 9 });
    const result = planRepayment([loan], 0, avalanche);
    expect(result.firstMonthRequiredFen).toBe(100_000);
    expect(result.months).toBe(9);
    expectFiniteFen(result);
  });
});
