/**
 * The true cost of borrowing (source E; PBOC Announcement [2021] No. 3, source C4): the monthly
 * internal rate of return i of a loan's cash flows — the money received, less any up-front fee, at
 * the start; each payment at the end of its month — with APR = 12·i, the annualised rate lenders
 * must disclose, and EAR = (1 + i)^12 − 1, the rate compounded.
 *
 * One solver for everything that asks: the profile's debts (the plan ranks a fee instalment by it,
 * the rules judge every debt by it, the report shows it) and the `apr` calculator. It is cheap and
 * only runs for a debt that has a fee: a debt priced by interest alone costs exactly its rate.
 *
 * Pure, integer fen for money; schedules are made by the planner's own payment functions
 * (payments.ts), so the calculator, the contract of a profile's debt and the plan agree to the fen.
 */
import { yuanToFen } from '../money';
import type { Debt } from '../profile/schema';
import { annualRate, monthlyToAnnualRate } from '../profile/values';
import { levelPaymentFen, monthCostFen, periodFeeFen, requiredPaymentFen } from './payments';

/** How a loan is repaid: the profile's kinds other than revolving. */
export const LOAN_METHODS = ['equal_installment', 'equal_principal', 'interest_first', 'fee_installment'] as const;
export type LoanMethod = (typeof LOAN_METHODS)[number];

/** A loan's contract, from its start. */
export interface LoanTerms {
  /** The amount borrowed (the principal the payments repay), in fen. */
  principalFen: number;
  /** The number of monthly payments, ≥ 1. */
  periods: number;
  method: LoanMethod;
  /** The annual interest rate, for every method but fee_installment (0 there). */
  apr: number;
  /** fee_installment: the fee per period on the principal (0.006 = 0.6 %); 0 for the others. */
  feeRate: number;
  /** A fee deducted at disbursal or paid at the start (砍头息, 服务费), in fen: the borrower receives principal − fee. */
  upfrontFeeFen: number;
}

/** One month of a schedule, in fen. */
export interface LoanMonth {
  /** 1 = the first payment, one month after the money was received. */
  month: number;
  paymentFen: number;
  /** The part of the payment that repays principal. */
  principalFen: number;
  /** The month's interest, or a fee instalment's fee. */
  costFen: number;
  /** The principal still owed after the payment. */
  balanceFen: number;
}

export interface TrueRate {
  /** The monthly IRR i, as a decimal. */
  monthlyRate: number;
  /** 12 · i: the annualised rate (APR) as lenders must disclose it. */
  apr: number;
  /** (1 + i)^12 − 1: the effective annual rate. */
  ear: number;
}

/** The rate of a monthly rate: APR 12·i and EAR (1 + i)^12 − 1 (expm1/log1p: exact for small i). */
export function trueRateOf(monthlyRate: number): TrueRate {
  return { monthlyRate, apr: 12 * monthlyRate, ear: Math.expm1(12 * Math.log1p(monthlyRate)) };
}

/**
 * The monthly internal rate of return of a loan: the i at which the payments, discounted at i a
 * month, are worth exactly what was received, `advance = Σ payments[k] / (1 + i)^(k+1)`.
 *
 * With money received once and paid back after, that present value falls strictly as i rises, so
 * there is exactly one root, above −1; it is bracketed and bisected to the last bits a double
 * holds — no derivative, so no divergence, no NaN, whatever the figures. Exactly 0 when the payments
 * add up to what was received (a zero-cost loan); negative when they add up to less.
 * Throws RangeError for input that describes no loan: an advance that is not positive and finite,
 * a payment that is negative or not finite, or no payment at all.
 */
export function monthlyIrr(advance: number, payments: readonly number[]): number {
  if (!(Number.isFinite(advance) && advance > 0)) throw new RangeError(`the amount received must be positive and finite, got ${advance}`);
  let total = 0;
  for (const payment of payments) {
    if (!(Number.isFinite(payment) && payment >= 0)) throw new RangeError(`payments must be finite and ≥ 0, got ${payment}`);
    total += payment;
  }
  if (!(total > 0)) throw new RangeError('a loan needs at least one payment above 0');
  if (total === advance) return 0;
  /** Present value of the payments at i, less the advance (Horner's scheme in v = 1 / (1 + i)). */
  const excess = (i: number): number => {
    const v = 1 / (1 + i);
    let value = 0;
    for (let k = payments.length - 1; k >= 0; k--) value = value * v + payments[k]!;
    return value * v - advance;
  };
  // The bracket: excess(lo) > 0 > excess(hi). Paying back more than received puts the root above 0
  // (hi doubles until it is past it); less puts it between −1 and 0 (lo halves its way towards −1,
  // where the present value of any payment grows without bound).
  let lo: number;
  let hi: number;
  if (total > advance) {
    lo = 0;
    hi = 1;
    while (excess(hi) > 0) {
      lo = hi;
      hi *= 2;
    }
  } else {
    hi = 0;
    lo = -0.5;
    while (excess(lo) <= 0) {
      hi = lo;
      lo = -1 + (1 + lo) / 2;
    }
  }
  // Bisection until the bracket is as narrow as the doubles around the root allow (≈ 60 steps).
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi || hi - lo <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi)) || hi - lo < 1e-20) return mid;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
}

/**
 * A loan's payments month by month, from its start, as the planner would require them
 * (payments.ts): the annuity, the principal slice plus interest, the interest then the principal,
 * or a fee instalment's principal slice plus its fee — each rounded half-up to the fen, with the
 * whole remainder due in the last month.
 */
export function loanSchedule(terms: LoanTerms): LoanMonth[] {
  const debt = {
    repayment: terms.method,
    apr: terms.method === 'fee_installment' ? 0 : terms.apr,
    monthsLeft: terms.periods,
    balanceFen: terms.principalFen,
    ...(terms.method === 'fee_installment' ? { installment: { originalFen: terms.principalFen, periods: terms.periods, feeRate: terms.feeRate } } : {}),
  };
  const levelFen = levelPaymentFen(debt);
  const feeFen = periodFeeFen(debt);
  const months: LoanMonth[] = [];
  let balanceFen = terms.principalFen;
  for (let month = 1; month <= terms.periods && balanceFen > 0; month++) {
    const openingFen = balanceFen;
    const costFen = monthCostFen(debt, openingFen, feeFen);
    const paymentFen = requiredPaymentFen(debt, levelFen, month, openingFen, costFen);
    balanceFen = openingFen + costFen - paymentFen;
    months.push({ month, paymentFen, principalFen: openingFen - balanceFen, costFen, balanceFen });
  }
  return months;
}

/** A loan's true rate with what it costs in all. */
export interface LoanCost extends TrueRate {
  /** What the borrower receives: the principal less the up-front fee. */
  receivedFen: number;
  totalPaidFen: number;
  /** Everything paid beyond what was received: interest, fees and the up-front fee. */
  totalCostFen: number;
}

/** The true rate of payments made for `receivedFen`, with the totals. */
export function costOfPayments(receivedFen: number, paymentsFen: readonly number[]): LoanCost {
  let totalPaidFen = 0;
  for (const payment of paymentsFen) totalPaidFen += payment;
  return { ...trueRateOf(monthlyIrr(receivedFen, paymentsFen)), receivedFen, totalPaidFen, totalCostFen: totalPaidFen - receivedFen };
}

/** The true rate of a loan's contract: its schedule's payments against the principal less the up-front fee. */
export function loanCost(terms: LoanTerms, schedule: readonly LoanMonth[] = loanSchedule(terms)): LoanCost {
  return costOfPayments(terms.principalFen - terms.upfrontFeeFen, schedule.map((m) => m.paymentFen));
}

/** How the profile quotes a debt's price: the key that holds it. */
export const QUOTED_BASES = ['apr', 'daily_rate', 'fee_rate'] as const;
export type QuotedBasis = (typeof QUOTED_BASES)[number];

/** A profile debt's price as quoted and as it truly is. */
export interface DebtRate extends TrueRate {
  /** The figure as the profile gives it: `apr`, `daily_rate` or `fee_rate`. */
  quotedRate: number;
  quotedBasis: QuotedBasis;
  /** What the quoted figure suggests a year: apr as given, daily_rate × 365, or 12 × fee_rate. */
  quotedApr: number;
}

/** When a fee instalment's principal is 0 (a paid-off debt kept for the record): the rate of the same terms on ¥10,000. */
const NOMINAL_PRINCIPAL_FEN = 1_000_000;

const rates = new WeakMap<Debt, DebtRate>();

/**
 * The true rate of a profile debt (computed once per debt object). A fee instalment, or a loan
 * with an up-front fee, gets the IRR of its contract from the start: `original_principal` (else the
 * balance) over `periods` (else `months_left`), as loanSchedule repays it, against the principal less
 * `upfront_fee`. Any other debt costs exactly its quoted rate (apr, or daily_rate × 365), a month
 * at a time: i = apr / 12.
 */
export function debtRate(debt: Debt): DebtRate {
  let rate = rates.get(debt);
  if (rate === undefined) {
    rate = computeDebtRate(debt);
    rates.set(debt, rate);
  }
  return rate;
}

function computeDebtRate(debt: Debt): DebtRate {
  const upfrontFeeFen = yuanToFen(debt.upfront_fee ?? 0);
  if (debt.repayment === 'fee_installment') {
    const feeRate = debt.fee_rate ?? 0;
    const quoted = { quotedRate: feeRate, quotedBasis: 'fee_rate' as const, quotedApr: monthlyToAnnualRate(feeRate) };
    return { ...quoted, ...contractRate(debt, 'fee_installment', 0, feeRate, upfrontFeeFen) };
  }
  const apr = annualRate(debt);
  const quoted =
    debt.daily_rate !== undefined
      ? { quotedRate: debt.daily_rate, quotedBasis: 'daily_rate' as const, quotedApr: apr }
      : { quotedRate: apr, quotedBasis: 'apr' as const, quotedApr: apr };
  if (debt.repayment === 'revolving' || upfrontFeeFen === 0) {
    // Interest alone: i = apr / 12 exactly, and 12·i is the apr itself (no rounding on the way).
    return { ...quoted, ...trueRateOf(apr / 12), apr };
  }
  return { ...quoted, ...contractRate(debt, debt.repayment, apr, 0, upfrontFeeFen) };
}

function contractRate(debt: Debt, method: LoanMethod, apr: number, feeRate: number, upfrontFeeFen: number): TrueRate {
  let principalFen = yuanToFen(debt.original_principal ?? debt.balance);
  let feeFen = upfrontFeeFen;
  if (principalFen <= 0) {
    principalFen = NOMINAL_PRINCIPAL_FEN;
    feeFen = 0;
  }
  const periods = debt.periods ?? debt.months_left ?? 1;
  const { monthlyRate } = loanCost({ principalFen, periods, method, apr, feeRate, upfrontFeeFen: feeFen });
  return trueRateOf(monthlyRate);
}

/** A rate rounded for the JSON edge: 8 decimals (a millionth of a percentage point). */
export function rate8(rate: number): number {
  return Math.round(rate * 1e8) / 1e8;
}
