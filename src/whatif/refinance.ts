/**
 * The loan a refinance takes out: equal instalments over `months` at `apr`, its fee taken out of
 * the loan (so the borrower borrows the balances plus the fee, and receives the balances). The
 * fee is counted in the loan's true APR: the rate at which the balances received are worth the
 * instalments paid (PBOC Announcement [2021] No. 3: the annualised rate a lender must disclose).
 */
import { annuityPaymentFen } from '../plan/payments';

export interface RefinanceTerms {
  /** The monthly instalment of the new loan, in fen. */
  instalmentFen: number;
  /** The annual rate the plan and the rules see: `apr` without a fee, higher with one. */
  trueApr: number;
}

export function refinanceTerms(principalFen: number, feeFen: number, apr: number, months: number): RefinanceTerms {
  const instalmentFen = annuityPaymentFen(principalFen + feeFen, apr, months);
  if (feeFen === 0) return { instalmentFen, trueApr: apr };
  return { instalmentFen, trueApr: 12 * monthlyIrr(principalFen, instalmentFen, months) };
}

/**
 * The monthly rate i at which `months` payments of `paymentFen` at each month's end are worth
 * `advanceFen` today. The present value falls as i rises, so the root is bracketed and bisected
 * to the precision of a double (about 60 steps; no derivative, so it cannot diverge).
 *
 * Seam: the true-APR solver of the fee instalments (issue 19) answers the same question for any
 * schedule; once it is in src/plan this function becomes a call to it.
 */
export function monthlyIrr(advanceFen: number, paymentFen: number, months: number): number {
  const excess = (i: number) => (i === 0 ? paymentFen * months : (paymentFen * (1 - (1 + i) ** -months)) / i) - advanceFen;
  if (excess(0) <= 0) return 0;
  let lo = 0;
  let hi = 1;
  while (excess(hi) > 0) {
    lo = hi;
    hi *= 2;
  }
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
}
