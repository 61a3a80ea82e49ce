/**
 * The contract between the 20/80 planner (src/plan), the rules (src/rules) and the report
 * (src/report). All money is integer fen; months are `YYYY-MM`.
 * Fields may be added; renaming one means changing every consumer.
 */
import type { CalendarMonth } from '../dates';
import type { DebtKind, RepaymentKind } from '../profile/schema';

export const STRATEGIES = ['recovery', 'avalanche', 'snowball'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The plan's horizon (product.md, step 6); shorter when the calendar (dates.ts, MAX_MONTH) ends first. */
export const MAX_PLAN_MONTHS = 600;

export interface PlanOptions {
  /** Share of net monthly income for debt repayment, 0 < share ≤ 1 (default 0.2). */
  share: number;
  strategy: Strategy;
  /**
   * The first month of the plan: the month after `as_of`. At most the month after MAX_MONTH
   * (dates.ts), which leaves no month to plan.
   */
  startMonth: CalendarMonth;
  /**
   * false skips building `PlanResult.schedule` (left empty); every other figure is the same.
   * Default true. compareStrategies uses it: three full schedules of 600 months × many debts
   * would be built only to be thrown away.
   */
  includeSchedule?: boolean;
  /**
   * Money beyond the share put to debt every month, in fen (`whatif --extra`): the budget is
   * B + extraFen and the living side income − B − extraFen. Default 0.
   */
  extraFen?: number;
}

/** A debt as the planner sees it (built from a profile debt by `toPlanDebts`). */
export interface PlanDebt {
  name: string;
  kind: DebtKind;
  /** `lender`, or the debt's name when no lender is given (distinct online lenders are counted by it). */
  lender: string;
  balanceFen: number;
  /**
   * Annual rate as a decimal; `daily_rate × 365` when the profile gives a daily rate; a fee
   * instalment's true APR (see `installment`).
   */
  apr: number;
  repayment: RepaymentKind;
  /** Required for every kind but `revolving`. */
  monthsLeft?: number;
  /** Revolving only; the required payment is max(minPaymentFen, 10 % of the opening balance). */
  minPaymentFen?: number;
  /**
   * Amortised kinds: the contract's instalment (equal_installment) or principal slice
   * (equal_principal) when it is not the one the balance and monthsLeft give — kept after a one-off
   * repayment (`whatif --pay`), which shortens the loan as extra money does, rather than lowering
   * the payment. Default: levelPaymentFen's.
   */
  levelFen?: number;
  /**
   * fee_installment (分期手续费) only: the contract's original principal, its number of periods and
   * the fee per period on the original principal. Each month costs the fixed fee
   * round_half_up(originalFen × feeRate) instead of interest on the balance (the balance is the
   * principal still owed), and the required payment is the principal slice
   * round_half_up(originalFen / periods) plus that fee. `apr` is then the true APR (the IRR of the
   * contract, src/plan/apr.ts), which only ranks the debt for the strategies.
   */
  installment?: { originalFen: number; periods: number; feeRate: number };
  overdue: boolean;
}

export interface PlanMonth {
  month: CalendarMonth;
  /** Required payment of each debt open at the start of the month (product.md step 3). */
  requiredFen: Record<string, number>;
  /** What each debt actually received this month (required + any extra). */
  paymentsFen: Record<string, number>;
  /** Interest accrued this month on each open debt's opening balance (a fee instalment: its fee). */
  interestFen: Record<string, number>;
  /** Closing balance of every debt (0 once paid off). */
  balancesFen: Record<string, number>;
  /**
   * Debt payments as Chinese lenders count them for debt-to-income (domain-facts A7): the month's
   * required payments, with credit cards at 10 % of their opening balance.
   */
  dtiPaymentsFen: number;
  /** Distinct lenders of `online_loan` debts still holding a balance at the end of the month. */
  onlineLenders: number;
}

export type PlanWarning =
  /** A month (after the first) whose required payments exceed the budget B, e.g. a 先息后本 balloon. */
  | { kind: 'required_exceeds_budget'; month: CalendarMonth; requiredFen: number; budgetFen: number }
  /** A debt whose payments never cover its interest: it needs renegotiation, never "debt-free". */
  | { kind: 'interest_not_covered'; debt: string; month: CalendarMonth; interestFen: number; paymentFen: number }
  /**
   * The plan reached its horizon with a balance left: MAX_PLAN_MONTHS (`horizon: 'months'`), or the
   * calendar's last month, MAX_MONTH in dates.ts (`horizon: 'calendar'`; `month` is then the last
   * month planned, or the audit month itself when the calendar leaves no month to plan).
   */
  | { kind: 'horizon_reached'; month: CalendarMonth; remainingFen: number; horizon: 'months' | 'calendar' };

export interface PlanResult {
  strategy: Strategy;
  share: number;
  incomeFen: number;
  /** The extra money a month on top of the share (PlanOptions.extraFen; 0 unless a what-if adds it). */
  extraFen: number;
  /** B = round_half_up(share × income), plus extraFen. */
  monthlyBudgetFen: number;
  /**
   * What the plan leaves for living costs and saving in its first month: income − B, or, when the
   * first month's required payments are more than B (an infeasible plan pays them), income − those
   * payments; negative when they are more than the income itself (or B, with extra money, is).
   */
  livingBudgetFen: number;
  /** Sum of the first month's required payments. */
  firstMonthRequiredFen: number;
  /**
   * The first month's payments as Chinese lenders count them for debt-to-income (credit cards at
   * 10 % of the balance, domain-facts A7): what `debt/dti-high` divides by income. Kept here
   * because the schedule may be skipped.
   */
  firstMonthDtiPaymentsFen: number;
  /** Sum of all balances at plan start: totalPaidFen + remainingFen = startBalanceFen + totalInterestFen. */
  startBalanceFen: number;
  /** firstMonthRequiredFen ÷ income; null when income is 0 (no finite ratio exists). */
  requiredShare: number | null;
  /**
   * firstMonthRequiredFen ≤ monthlyBudgetFen, fen against fen (product.md step 4): a budget that
   * covers the payment exactly is feasible. With zero income: no required payments at all.
   */
  feasible: boolean;
  warnings: PlanWarning[];
  /** Every balance reached 0 within the horizon (MAX_PLAN_MONTHS, or the calendar's end). */
  payable: boolean;
  /** Months until debt-free (0 with no debt); null when not payable. */
  months: number | null;
  /** The month the last balance reaches 0; null when not payable or when there is no debt. */
  debtFreeBy: CalendarMonth | null;
  totalInterestFen: number;
  totalPaidFen: number;
  /** Balance left at the end of the simulation (0 when payable). */
  remainingFen: number;
  /**
   * Debts in the order they are paid off; unpaid ones last (in input order) with paidOffMonth null.
   * Debts paid off in the same month appear as the money cleared them: those their own required
   * payments cleared first (clearedByRequiredOrder), then the targets of the extra money in the
   * strategy's order. A debt with a zero balance at plan start is not in the list: the plan pays
   * nothing off there.
   */
  order: { debt: string; paidOffMonth: CalendarMonth | null }[];
  milestones: {
    /**
     * First plan month whose DTI payments ÷ income is below 50 %, 36 %, 20 %. When a payable plan
     * has no such month (the last instalment itself is above the line), the month after the
     * debt-free month: from then on there are no payments at all. null with zero income, when
     * the line is never crossed, or when that month would fall past the calendar's end.
     */
    dtiBelow50: CalendarMonth | null;
    dtiBelow36: CalendarMonth | null;
    dtiBelow20: CalendarMonth | null;
  };
  /**
   * First plan month at whose end at most 2 distinct online lenders hold a balance; the first plan
   * month when there are at most 2 at the start already; null when the plan never gets there
   * (or has no month to plan at all, the calendar having ended).
   */
  lendersAtMost2By: CalendarMonth | null;
  /**
   * Whether any month had money beyond the required payments to place. When none had, the
   * strategy never chose anything: every strategy gives these same figures (compareStrategies).
   */
  placedExtra: boolean;
  /** The first month with money beyond the required payments (placedExtra); null when there is none. */
  extraFrom: CalendarMonth | null;
  /** One entry per simulated month; empty when there is no debt or `includeSchedule` is false. */
  schedule: PlanMonth[];
}

export interface StrategyComparison {
  strategy: Strategy;
  payable: boolean;
  months: number | null;
  totalInterestFen: number;
  lendersAtMost2By: CalendarMonth | null;
}
