/**
 * The true-rate solver (src/plan/apr.ts): the published table (source E), hand-checked cases of
 * every repayment method, its robustness, and an independent oracle — @formulajs/formulajs's
 * RATE and IRR, Excel's functions — on more than 5,000 generated loans.
 */
import { IRR, RATE } from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debtRate, LOAN_METHODS, loanCost, loanSchedule, monthlyIrr, trueRateOf, type LoanMethod, type LoanTerms } from '../../src/plan/apr';
import type { Debt } from '../../src/profile/schema';

const terms = (over: Partial<LoanTerms>): LoanTerms => ({
  principalFen: 1_000_000,
  periods: 12,
  method: 'equal_installment',
  apr: 0,
  feeRate: 0,
  upfrontFeeFen: 0,
  ...over,
});

/** A rate as a percentage with 2 decimals, as the table prints it. */
const pct = (rate: number) => (rate * 100).toFixed(2);

describe('the fee-instalment table (source E)', () => {
  // n, fee per period, nominal 12f, IRR APR, EAR, ratio — as published.
  it.each([
    [3, 0.0075, '9.00', '13.45', '14.31', '1.49'],
    [6, 0.0075, '9.00', '15.27', '16.38', '1.70'],
    [12, 0.006, '7.20', '13.03', '13.84', '1.81'],
    [12, 0.0075, '9.00', '16.22', '17.48', '1.80'],
    [24, 0.006, '7.20', '13.27', '14.10', '1.84'],
    [36, 0.005, '6.00', '11.08', '11.66', '1.85'],
  ])('%i instalments at a fee of %s a period (nominal, APR, EAR, ratio as published)', (periods, feeRate, nominal, apr, ear, ratio) => {
    const cost = loanCost(terms({ method: 'fee_installment', periods, feeRate }));
    expect(pct(12 * feeRate)).toBe(nominal);
    expect(pct(cost.apr)).toBe(apr);
    expect(pct(cost.ear)).toBe(ear);
    expect((cost.apr / (12 * feeRate)).toFixed(2)).toBe(ratio);
  });

  it('the closed form 12f × 2n/(n+1) overstates, as the table notes (1.85 × against 1.81 × at 12)', () => {
    const cost = loanCost(terms({ method: 'fee_installment', feeRate: 0.006 }));
    expect(0.072 * (24 / 13)).toBeGreaterThan(cost.apr);
  });
});

describe('hand-checked cases of every method', () => {
  it('one period: ¥1,000 at a 1 % fee, ¥1,010 a month later, is exactly 1 % a month: APR 12 %, EAR 12.68 %', () => {
    const cost = loanCost(terms({ principalFen: 100_000, periods: 1, method: 'fee_installment', feeRate: 0.01 }));
    expect(cost.totalPaidFen).toBe(101_000);
    expect(cost.monthlyRate).toBeCloseTo(0.01, 12);
    expect(cost.apr).toBeCloseTo(0.12, 12);
    expect(cost.ear).toBeCloseTo(1.01 ** 12 - 1, 12); // 0.126825…
  });

  it('fee_installment: ¥12,000 in 12 at 0.6 % pays ¥1,072 a month, ¥864 in fees', () => {
    const schedule = loanSchedule(terms({ principalFen: 1_200_000, method: 'fee_installment', feeRate: 0.006 }));
    expect(schedule.map((m) => m.paymentFen)).toEqual(Array(12).fill(107_200));
    expect(schedule.map((m) => m.costFen)).toEqual(Array(12).fill(7_200));
    expect(schedule.at(-1)!.balanceFen).toBe(0);
  });

  it('fee_installment: the principal slice is rounded to the fen and the last period settles the remainder', () => {
    // ¥10,000 in 12: 833.33 a period, 833.37 in the last; a fee of 60.00 every period.
    const schedule = loanSchedule(terms({ method: 'fee_installment', feeRate: 0.006 }));
    expect(schedule.slice(0, 11).every((m) => m.principalFen === 83_333 && m.costFen === 6_000)).toBe(true);
    expect(schedule[11]).toEqual({ month: 12, paymentFen: 89_337, principalFen: 83_337, costFen: 6_000, balanceFen: 0 });
  });

  it('interest_first (先息后本) is the one case where the monthly rate × 12 is the true APR', () => {
    const schedule = loanSchedule(terms({ method: 'interest_first', apr: 0.12 }));
    expect(schedule.map((m) => m.paymentFen)).toEqual([...Array(11).fill(10_000), 1_010_000]);
    expect(loanCost(terms({ method: 'interest_first', apr: 0.12 })).apr).toBeCloseTo(0.12, 12);
  });

  it('equal_principal (等额本金): total interest P·r·(n+1)/2 = ¥780 on ¥12,000 at 1 % a month, APR 12 %', () => {
    const t = terms({ principalFen: 1_200_000, method: 'equal_principal', apr: 0.12 });
    const schedule = loanSchedule(t);
    expect(schedule.map((m) => m.paymentFen)).toEqual([112_000, 111_000, 110_000, 109_000, 108_000, 107_000, 106_000, 105_000, 104_000, 103_000, 102_000, 101_000]);
    expect(loanCost(t).totalCostFen).toBe(78_000);
    expect(loanCost(t).apr).toBeCloseTo(0.12, 12);
  });

  it('equal_installment (等额本息): ¥10,000 at 12 % over 12 is ¥888.49 a month (P·r / (1 − (1+r)^−n)), APR 12.00 %', () => {
    const t = terms({ method: 'equal_installment', apr: 0.12 });
    const schedule = loanSchedule(t);
    expect(schedule.slice(0, 11).every((m) => m.paymentFen === 88_849)).toBe(true);
    expect(pct(loanCost(t).apr)).toBe('12.00');
  });

  it('an up-front fee: ¥10,000 at 0 % for one month with ¥100 taken at the start is 100 / 9,900 a month', () => {
    const cost = loanCost(terms({ periods: 1, upfrontFeeFen: 10_000 }));
    expect(cost.receivedFen).toBe(990_000);
    expect(cost.totalCostFen).toBe(10_000);
    expect(cost.monthlyRate).toBeCloseTo(100 / 9_900, 12);
  });

  it('two payments: 100 = 60v + 60v² gives v = (−60 + √27,600) / 120, i ≈ 13.07 % a month', () => {
    const v = (-60 + Math.sqrt(60 * 60 + 4 * 60 * 100)) / 120;
    expect(monthlyIrr(100, [60, 60])).toBeCloseTo(1 / v - 1, 12);
  });

  it('a zero-cost loan is exactly 0 %, whatever its method', () => {
    for (const method of ['equal_installment', 'equal_principal', 'interest_first', 'fee_installment'] as LoanMethod[]) {
      const cost = loanCost(terms({ method }));
      expect(cost.monthlyRate).toBe(0);
      expect(cost.apr).toBe(0);
      expect(cost.ear).toBe(0);
      expect(cost.totalCostFen).toBe(0);
    }
  });
});

describe('the solver is robust', () => {
  it('repaying less than received is a negative rate, not an error', () => {
    expect(monthlyIrr(100, [40, 40])).toBeLessThan(0);
    expect(monthlyIrr(100, [40, 40])).toBeCloseTo(IRR([-100, 40, 40]) as number, 8);
  });

  it('refuses what is no loan, instead of returning NaN', () => {
    expect(() => monthlyIrr(0, [10])).toThrow(RangeError);
    expect(() => monthlyIrr(Number.NaN, [10])).toThrow(RangeError);
    expect(() => monthlyIrr(100, [])).toThrow(RangeError);
    expect(() => monthlyIrr(100, [0, 0])).toThrow(RangeError);
    expect(() => monthlyIrr(100, [50, -1])).toThrow(RangeError);
    expect(() => monthlyIrr(100, [50, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('finds a finite root that zeroes the present value for any payments, extreme ones included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e12 })), { minLength: 1, maxLength: 600 }).filter((p) => p.some((x) => x > 0)),
        (advance, payments) => {
          const i = monthlyIrr(advance, payments);
          expect(Number.isFinite(i)).toBe(true);
          expect(i).toBeGreaterThan(-1);
          // The bracket is as narrow as doubles allow: a step either way changes the sign (or the value is exactly 0).
          // Present value less the advance: positive below the root, negative above it.
          const pv = (r: number) => payments.reduce((sum, p, k) => sum + p / (1 + r) ** (k + 1), 0) - advance;
          const step = Math.abs(i) * 1e-7;
          if (i - step > -0.9 && Math.abs(i) > 1e-9 && i < 1e6) {
            expect(pv(i - step)).toBeGreaterThanOrEqual(0);
            expect(pv(i + step)).toBeLessThanOrEqual(0);
          }
          const total = payments.reduce((a, b) => a + b, 0);
          expect(Math.sign(i)).toBe(Math.sign(total - advance));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the EAR of a monthly rate is (1 + i)^12 − 1, and the APR 12 i', () => {
    expect(trueRateOf(0.01)).toEqual({ monthlyRate: 0.01, apr: 0.12, ear: expect.closeTo(0.12682503013196977, 14) });
  });
});

describe('against an independent oracle (formulajs RATE and IRR)', () => {
  /** 0.01 percentage point of APR, the precision promised, as a tolerance on the APR. */
  const TOLERANCE = 0.0001;
  let compared = 0;

  /** A loan: principal ¥100–¥1,000,000, 1–360 periods, an up-front fee of up to 10 %. */
  const base = fc.record({
    principalFen: fc.integer({ min: 10_000, max: 100_000_000 }),
    periods: fc.integer({ min: 1, max: 360 }),
    upfrontPermille: fc.integer({ min: 0, max: 100 }),
  });
  const upfrontOf = (principalFen: number, permille: number) => Math.floor((principalFen * permille) / 1000);
  /**
   * The oracle's Newton iteration starts here rather than at its default 10 % a month, from which it
   * diverges on short, dear loans: the average-balance estimate, cost ÷ received ÷ ((n + 1) / 2)
   * (source E's closed form), independent of the solver under test.
   */
  const startingGuess = (receivedFen: number, paidFen: number, periods: number) => (paidFen - receivedFen) / receivedFen / ((periods + 1) / 2);

  it('level payments: our IRR is RATE(n, −payment, received)', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 100 }), ({ principalFen, periods, upfrontPermille }, markupPercent) => {
        // A payment from the principal ÷ n (zero cost) to twice it.
        const paymentFen = Math.ceil((principalFen / periods) * (1 + markupPercent / 100));
        const received = principalFen - upfrontOf(principalFen, upfrontPermille);
        const ours = monthlyIrr(received, Array(periods).fill(paymentFen));
        const oracle = RATE(periods, -paymentFen / 100, received / 100, 0, 0, startingGuess(received, paymentFen * periods, periods)) as number;
        expect(typeof oracle).toBe('number');
        expect(Math.abs(12 * ours - 12 * oracle)).toBeLessThan(TOLERANCE);
        compared++;
      }),
      { numRuns: 2000, seed: 19 },
    );
  });

  it('every method, fees 0–5 % a period and interest 0–36 % a year, up-front fees: our IRR is IRR(cash flows)', () => {
    fc.assert(
      fc.property(
        base,
        fc.constantFrom(...LOAN_METHODS),
        fc.integer({ min: 0, max: 500 }), // fee, basis points a period
        fc.integer({ min: 0, max: 3600 }), // interest, basis points a year
        ({ principalFen, periods, upfrontPermille }, method, feeBp, aprBp) => {
          const t = terms({ principalFen, periods, method, feeRate: feeBp / 10_000, apr: aprBp / 10_000, upfrontFeeFen: upfrontOf(principalFen, upfrontPermille) });
          const cost = loanCost(t);
          const flows = [-cost.receivedFen / 100, ...loanSchedule(t).map((m) => m.paymentFen / 100)];
          const oracle = cost.totalCostFen === 0 ? 0 : (IRR(flows, startingGuess(cost.receivedFen, cost.totalPaidFen, periods)) as number);
          expect(typeof oracle).toBe('number');
          expect(Math.abs(cost.apr - 12 * oracle)).toBeLessThan(TOLERANCE);
          compared++;
        },
      ),
      { numRuns: 3200, seed: 1903 },
    );
  });

  it('compared at least 5,000 cases', () => {
    expect(compared).toBeGreaterThanOrEqual(5000);
  });
});

describe("a profile debt's true rate", () => {
  const debt = (over: Partial<Debt>): Debt => ({ name: 'x', kind: 'online_loan', balance: 10_000, repayment: 'equal_installment', months_left: 12, ...over });

  it('interest alone: exactly the quoted rate, a daily one × 365', () => {
    expect(debtRate(debt({ apr: 0.1825 }))).toMatchObject({ quotedBasis: 'apr', quotedRate: 0.1825, quotedApr: 0.1825, apr: 0.1825 });
    expect(debtRate(debt({ daily_rate: 0.0005 }))).toMatchObject({ quotedBasis: 'daily_rate', quotedRate: 0.0005, quotedApr: 0.1825, apr: 0.1825 });
    expect(debtRate(debt({ apr: 0.18, repayment: 'revolving', months_left: undefined })).apr).toBe(0.18);
    expect(debtRate(debt({ apr: 0.1825 })).ear).toBeCloseTo((1 + 0.1825 / 12) ** 12 - 1, 14);
  });

  it('a fee instalment: the IRR of its contract from the start (original principal, periods), not of what is left', () => {
    const rate = debtRate(
      debt({ kind: 'installment', repayment: 'fee_installment', balance: 4200, original_principal: 5040, periods: 6, months_left: 5, fee_rate: 0.0075 }),
    );
    expect(rate).toMatchObject({ quotedBasis: 'fee_rate', quotedRate: 0.0075, quotedApr: 0.09 });
    expect(pct(rate.apr)).toBe('15.27');
    expect(pct(rate.ear)).toBe('16.38');
  });

  it('an up-front fee on an amortised loan raises its rate; without original_principal and periods the loan is taken as new', () => {
    const withTerms = debtRate(debt({ apr: 0.12, upfront_fee: 500, original_principal: 10_000, periods: 12 }));
    const asNew = debtRate(debt({ apr: 0.12, upfront_fee: 500 }));
    expect(withTerms.quotedApr).toBe(0.12);
    expect(withTerms.apr).toBeGreaterThan(0.2);
    expect(asNew.apr).toBe(withTerms.apr);
    // The same fee over a longer contract costs less a year.
    expect(debtRate(debt({ apr: 0.12, upfront_fee: 500, original_principal: 20_000, periods: 24 })).apr).toBeLessThan(withTerms.apr);
  });

  it('a paid-off fee instalment with no principal left still has the rate of its terms', () => {
    const rate = debtRate(debt({ repayment: 'fee_installment', balance: 0, original_principal: 0, periods: 12, months_left: 1, fee_rate: 0.006 }));
    expect(pct(rate.apr)).toBe('13.03');
  });

  it('is worked out once per debt', () => {
    const d = debt({ repayment: 'fee_installment', original_principal: 10_000, periods: 12, fee_rate: 0.006 });
    expect(debtRate(d)).toBe(debtRate(d));
  });
});
