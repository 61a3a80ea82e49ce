/**
 * The choices a what-if compares (issue 18): each change, as the command line and a scenario file
 * give it, in the domain's units (money in fen, rates as decimals). Pure data and the order in
 * which a set of changes is applied.
 */
import type { PlanAdjustments } from '../audit';
import type { Strategy } from '../plan/types';

export type Change =
  /** A one-off repayment now, from `assets.liquid` when the profile gives it. */
  | { kind: 'pay'; debt: string; amountFen: number }
  /** More to debt every month, on top of the share. */
  | { kind: 'extra'; amountFen: number }
  /** Another share of income to debt. */
  | { kind: 'share'; share: number }
  /** Another monthly income. */
  | { kind: 'income'; amountFen: number }
  /** Another monthly spending (the recent months the rules read). */
  | { kind: 'spend'; amountFen: number }
  /** Close a credit line: its limit leaves utilisation. */
  | { kind: 'close'; line: string }
  /** Replace debts by one equal-instalment loan: a new lender and a hard inquiry now; the fee counts in its true APR. */
  | { kind: 'refinance'; debts: string[]; apr: number; months: number; feeFen: number }
  /** Another payoff order for the extra money. */
  | { kind: 'strategy'; strategy: Strategy };

export type ChangeKind = Change['kind'];

/**
 * The order changes are applied in, whatever order they were given in: what the money is (income,
 * spending, the budget), then what is done with it now (repayments, then closing lines, then
 * refinancing what is left). So `--pay A=5000 --refinance A,B=…` refinances what the repayment
 * left of A, and closing a line sees the repayments first.
 */
export const CHANGE_ORDER: readonly ChangeKind[] = ['income', 'spend', 'share', 'strategy', 'extra', 'pay', 'close', 'refinance'];

/** Kinds that set one value: given twice in one set, they contradict each other. */
export const SINGLE_KINDS: ReadonlySet<ChangeKind> = new Set(['income', 'spend', 'share', 'strategy', 'extra']);

/** The plan's settings a change may move, beside the profile: the share, the order, and what a profile cannot hold. */
export interface PlanSettings extends PlanAdjustments {
  share: number;
  strategy: Strategy;
  /** Money beyond the share, a month, in fen. */
  extraFen: number;
}

/** The indices of `changes` in the order they are applied (stable within a kind). */
export function applicationOrder(changes: readonly Change[]): number[] {
  return changes.map((_, index) => index).sort((a, b) => CHANGE_ORDER.indexOf(changes[a]!.kind) - CHANGE_ORDER.indexOf(changes[b]!.kind) || a - b);
}
