/**
 * The loan a refinance takes out: equal instalments over `months` at `apr`, its fee taken out of
 * the loan (so the borrower borrows the balances plus the fee, and receives the balances). The
 * fee is counted in the loan's true APR: the rate at which the balances received are worth the
 * instalments paid (PBOC Announcement [2021] No. 3: the annualised rate a lender must disclose),
 * worked out by the one solver every true APR comes from (src/plan/apr.ts) on the planner's own
 * schedule of the loan.
 */
import { loanCost, loanSchedule, type LoanTerms } from '../plan/apr';

export interface RefinanceTerms {
  /** The monthly instalment of the new loan, in fen. */
  instalmentFen: number;
  /** The annual rate the plan and the rules see: `apr` without a fee, higher with one. */
  trueApr: number;
}

export function refinanceTerms(principalFen: number, feeFen: number, apr: number, months: number): RefinanceTerms {
  const terms: LoanTerms = { principalFen: principalFen + feeFen, periods: months, method: 'equal_installment', apr, feeRate: 0, upfrontFeeFen: feeFen };
  const schedule = loanSchedule(terms);
  const instalmentFen = schedule[0]?.paymentFen ?? 0;
  return { instalmentFen, trueApr: feeFen === 0 ? apr : loanCost(terms, schedule).apr };
}
