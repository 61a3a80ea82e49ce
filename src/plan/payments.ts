/**
 * One debt, one month: interest (or a fee instalment's fee), the contractual required payment (product.md, "The repayment
 * plan", steps 2–3) and what a Chinese lender counts for debt-to-income (domain-facts A7).
 * All integer fen; every rounding goes through roundHalfUp so the plan and its tests agree to the fen.
 */
import { roundHalfUp } from '../money';
import type { PlanDebt } from './types';

/** Interest for one month on the opening balance: round_half_up(balance × apr / 12) (product.md step 2). */
export function monthlyInterestFen(openingFen: number, apr: number): number {
  // Written exactly as the spec's formula so float artefacts match the hand-checked figures.
  return roundHalfUp((openingFen * apr) / 12);
}

/**
 * The level monthly payment of an annuity (等额本息) over `months` at `apr / 12`, rounded half-up:
 * A = P·r / (1 − (1 + r)^−n) — the same value as P·r(1+r)^n / ((1+r)^n − 1) (domain-facts E), in
 * a form that cannot overflow to Infinity/Infinity for long terms. r = 0 (or too small to change
 * 1 + r) has no annuity formula: the principal is simply spread evenly.
 */
export function annuityPaymentFen(principalFen: number, apr: number, months: number): number {
  const monthlyRate = apr / 12;
  // A rate too small to move 1 + r (a denormal) has no annuity either: (1 + r)^−n is 1, and the
  // formula divides by 0 — an infinite instalment that would make the whole balance due at once.
  if (monthlyRate === 0 || 1 + monthlyRate === 1) return roundHalfUp(principalFen / months);
  return roundHalfUp((principalFen * monthlyRate) / (1 - (1 + monthlyRate) ** -months));
}

/** A fee instalment's fee for one period, round_half_up(original × fee_rate); 0 for every other debt. */
export function periodFeeFen(debt: Pick<PlanDebt, 'installment'>): number {
  const terms = debt.installment;
  return terms === undefined ? 0 : roundHalfUp(terms.originalFen * terms.feeRate);
}

/**
 * What one month of a debt costs: interest on the opening balance (product.md step 2), or, for a
 * fee instalment, its fixed fee per period (`feeFen`, from periodFeeFen): no interest accrues on a
 * fee instalment's balance, the fee is its whole cost.
 */
export function monthCostFen(debt: Pick<PlanDebt, 'repayment' | 'apr'>, openingFen: number, feeFen: number): number {
  return debt.repayment === 'fee_installment' ? feeFen : monthlyInterestFen(openingFen, debt.apr);
}

/**
 * The fixed part of an amortised debt's payment, set once from the balance at plan start: the
 * annuity for equal_installment, the principal slice for equal_principal, the contract's
 * principal slice (original ÷ periods) for fee_installment, 0 for the others.
 * The plan does not re-amortise after extra payments: the contract keeps its instalment, so extra
 * money shortens the loan instead of lowering the payment. A debt that says what its level is
 * (`levelFen`, kept after a one-off repayment) has that one.
 */
export function levelPaymentFen(debt: Pick<PlanDebt, 'repayment' | 'monthsLeft' | 'balanceFen' | 'apr' | 'installment' | 'levelFen'>): number {
  if (debt.levelFen !== undefined) return debt.levelFen;
  const months = debt.monthsLeft ?? 1;
  switch (debt.repayment) {
    case 'equal_installment':
      return annuityPaymentFen(debt.balanceFen, debt.apr, months);
    case 'equal_principal':
      return roundHalfUp(debt.balanceFen / months);
    case 'fee_installment':
      return debt.installment === undefined ? roundHalfUp(debt.balanceFen / months) : roundHalfUp(debt.installment.originalFen / debt.installment.periods);
    case 'interest_first':
    case 'revolving':
      return 0;
  }
}

/** Revolving minimum when no higher `min_payment` is set: 10 % of the opening balance (product.md step 3). */
export function revolvingMinimumFen(openingFen: number, minPaymentFen: number | undefined): number {
  // Division by 10 rather than × 0.1: the quotient of two exact numbers is correctly rounded,
  // so 45 fen gives exactly 4.5 and rounds up, as the spec's half-up rule expects.
  return Math.max(minPaymentFen ?? 0, roundHalfUp(openingFen / 10));
}

/**
 * The required payment of one open debt in plan month `monthNumber` (1 = the first plan month),
 * product.md step 3. `levelFen` comes from levelPaymentFen. Never more than what is owed
 * (opening balance + this month's interest); for the amortised kinds the whole remainder is due
 * from month `monthsLeft` on, so a debt that overruns its term is closed, not left to drift.
 */
export function requiredPaymentFen(
  debt: Pick<PlanDebt, 'repayment' | 'monthsLeft' | 'minPaymentFen'>,
  levelFen: number,
  monthNumber: number,
  openingFen: number,
  interestFen: number,
): number {
  const remainderFen = openingFen + interestFen;
  if (debt.repayment === 'revolving') {
    return Math.min(revolvingMinimumFen(openingFen, debt.minPaymentFen), remainderFen);
  }
  if (monthNumber >= (debt.monthsLeft ?? 1)) return remainderFen;
  switch (debt.repayment) {
    case 'equal_installment':
      return Math.min(levelFen, remainderFen);
    case 'equal_principal':
    case 'fee_installment':
      // A fee instalment: the principal slice plus the period's fee (interestFen holds the fee).
      return Math.min(levelFen + interestFen, remainderFen);
    case 'interest_first':
      return interestFen;
  }
}

/** The required payment of a debt in the first plan month (what rules such as debt/installment-burden read). */
export function firstMonthRequiredFen(debt: PlanDebt): number {
  if (debt.balanceFen <= 0) return 0;
  return requiredPaymentFen(debt, levelPaymentFen(debt), 1, debt.balanceFen, monthCostFen(debt, debt.balanceFen, periodFeeFen(debt)));
}

/**
 * One debt's monthly payment as Chinese lenders count it for debt-to-income (domain-facts A7):
 * a credit card at 10 % of its balance (the "used limit"), whatever its statement minimum is;
 * every other debt at its required payment.
 */
export function dtiPaymentFen(debt: Pick<PlanDebt, 'kind'>, openingFen: number, requiredFen: number): number {
  return debt.kind === 'credit_card' ? roundHalfUp(openingFen / 10) : requiredFen;
}
