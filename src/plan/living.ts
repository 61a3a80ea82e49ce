/**
 * The 80 % side of the 20/80 split (product.md step 1): does recent spending fit the living budget?
 */
import type { CalendarDate } from '../dates';
import { recentMean } from '../series';
import type { Profile } from '../profile/schema';
import type { PlanResult } from './types';

/** How many recent months of spending are averaged (rules.md, spending/over-budget: "the last 3 months"). */
export const RECENT_SPENDING_MONTHS = 3;

export interface LivingBudgetCheck {
  /** income − B: what the split leaves for living costs and saving. */
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
 * month through it; a month listed twice counts once, the later entry winning), against the plan's
 * living budget (income − B, taken from the plan so the two can never disagree).
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
