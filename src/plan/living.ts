/**
 * The 80 % side of the 20/80 split (product.md step 1): does recent spending fit the living budget?
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import { recentMean } from '../series';
import type { Profile } from '../profile/schema';
import type { PlanResult } from './types';

/** How many recent months of spending are averaged (rules.md, spending/over-budget: "the last 3 months"). */
export const RECENT_SPENDING_MONTHS = 3;

export interface LivingBudgetCheck {
  /** What the plan leaves for living costs and saving (PlanResult.livingBudgetFen; may be negative). */
  livingBudgetFen: number;
  /** Mean monthly spending over the months used, rounded half-up; null without spending history. */
  recentSpendingFen: number | null;
  /** How many months the mean is over: 0 to 3 (fewer when the history is shorter). */
  monthsUsed: number;
  /** recentSpendingFen ≤ livingBudgetFen; null without spending history. */
  fits: boolean | null;
}

/**
 * Mean spending of the last 3 months of `spending.history` up to the audit date, read exactly as the
 * spending rules read it (src/series.ts: the latest 3 recorded months from 3 months before the audit
 * month through it; a month listed twice counts once, the later entry winning), against what the
 * plan leaves for living (taken from the plan, as spending/over-budget takes it, so the two agree:
 * income minus what the plan actually pays, which is more than B when the plan is not feasible).
 */
export function livingBudgetCheck(
  profile: Pick<Profile, 'spending'>,
  plan: Pick<PlanResult, 'livingBudgetFen'>,
  asOf: CalendarDate,
): LivingBudgetCheck {
  const { livingBudgetFen } = plan;
  const recent = recentMean(profile.spending?.history ?? [], asOf, RECENT_SPENDING_MONTHS);
  if (recent === undefined) return { livingBudgetFen, recentSpendingFen: null, monthsUsed: 0, fits: null };
  return { livingBudgetFen, recentSpendingFen: recent.meanFen, monthsUsed: recent.months.length, fits: recent.meanFen <= livingBudgetFen };
}

/** Months whose required payments are more than the whole income: the plan cannot be paid from income. */
export interface IncomeShortfall {
  /** Required payments − income in the first month (0 when the first month is covered). */
  firstMonthFen: number;
  /** The largest gap of any month, and the first month it occurs in. */
  largestFen: number;
  largestMonth: CalendarMonth;
  /** How many months have a gap. */
  months: number;
}

/**
 * Where the plan's required payments are more than the income (not only more than B): null when
 * every month is covered. Read from the first month's figures and the plan's `required_exceeds_budget`
 * warnings, which list every later month above B — and so every month above the income.
 */
export function incomeShortfall(
  plan: Pick<PlanResult, 'incomeFen' | 'firstMonthRequiredFen' | 'warnings'>,
  firstMonth: CalendarMonth,
): IncomeShortfall | null {
  const gaps: { month: CalendarMonth; fen: number }[] = [{ month: firstMonth, fen: plan.firstMonthRequiredFen - plan.incomeFen }];
  for (const warning of plan.warnings) {
    if (warning.kind === 'required_exceeds_budget') gaps.push({ month: warning.month, fen: warning.requiredFen - plan.incomeFen });
  }
  const short = gaps.filter((gap) => gap.fen > 0);
  if (short.length === 0) return null;
  const largest = short.reduce((max, gap) => (gap.fen > max.fen ? gap : max));
  return { firstMonthFen: Math.max(0, gaps[0]!.fen), largestFen: largest.fen, largestMonth: largest.month, months: short.length };
}
