/**
 * A loan offer as a borrower meets it, before signing: an amount, a number of months and one
 * price — a fee per period, a monthly, daily or yearly rate, or just the monthly payment — with
 * perhaps an up-front fee. Its schedule and its true cost come from apr.ts, the same solver the
 * audit uses. Pure; only the `apr` command loads it (a bundle of its own, build.mjs).
 */
import { roundHalfUp } from '../money';
import { dailyToAnnualRate, monthlyToAnnualRate } from '../profile/values';
import { costOfPayments, loanCost, loanSchedule, monthlyIrr, type LoanCost, type LoanMethod, type LoanMonth } from './apr';

/** The price of an offer, as it is quoted. */
export type Price =
  | { basis: 'fee_rate' | 'monthly_rate' | 'daily_rate' | 'apr'; rate: number }
  /** Only the payment is known: the same amount every month (for interest_first: the interest, and the principal with the last). */
  | { basis: 'payment'; paymentFen: number };

export interface LoanOffer {
  amountFen: number;
  months: number;
  method: LoanMethod;
  price: Price;
  upfrontFeeFen: number;
}

export interface LoanQuote extends LoanCost {
  /**
   * What the quoted figure suggests a year: 12 × a fee or a monthly rate, 365 × a daily rate, the
   * APR itself, or for a payment the flat rate people work out, (payments − amount) ÷ amount ÷ years.
   */
  quotedApr: number;
  schedule: LoanMonth[];
}

/**
 * The quote of a consistent offer: fee_rate only with fee_installment, a payment not with
 * equal_principal, payments adding up to at least what is received (the CLI refuses the rest).
 */
export function quoteLoan(offer: LoanOffer): LoanQuote {
  const { amountFen, months, method, price, upfrontFeeFen } = offer;
  if (price.basis === 'payment') {
    const payments = Array.from({ length: months }, (_, i) => price.paymentFen + (method === 'interest_first' && i === months - 1 ? amountFen : 0));
    const schedule = scheduleOfPayments(amountFen, payments);
    const cost = costOfPayments(amountFen - upfrontFeeFen, payments);
    return { ...cost, quotedApr: ((cost.totalPaidFen - amountFen) / amountFen) * (12 / months), schedule };
  }
  const feeRate = price.basis === 'fee_rate' ? price.rate : 0;
  const apr = price.basis === 'apr' ? price.rate : price.basis === 'daily_rate' ? dailyToAnnualRate(price.rate) : price.basis === 'monthly_rate' ? monthlyToAnnualRate(price.rate) : 0;
  const terms = { principalFen: amountFen, periods: months, method, apr, feeRate, upfrontFeeFen };
  const schedule = loanSchedule(terms);
  return { ...loanCost(terms, schedule), quotedApr: price.basis === 'fee_rate' ? monthlyToAnnualRate(feeRate) : apr, schedule };
}

/**
 * Level payments split as a lender's statement would: interest at the loan's own rate (the IRR
 * of the payments against the amount lent, before any up-front fee) on what is owed, the rest
 * principal, and the last payment closing the balance.
 */
function scheduleOfPayments(amountFen: number, payments: readonly number[]): LoanMonth[] {
  const rate = monthlyIrr(amountFen, payments);
  let balanceFen = amountFen;
  return payments.map((paymentFen, i) => {
    const last = i === payments.length - 1;
    const costFen = last ? paymentFen - balanceFen : roundHalfUp(balanceFen * rate);
    const principalFen = paymentFen - costFen;
    balanceFen -= principalFen;
    return { month: i + 1, paymentFen, principalFen, costFen, balanceFen };
  });
}
