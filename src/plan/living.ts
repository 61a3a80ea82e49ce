/**
 * The 80 % side of the 20/80 split (product.md step 1): does recent spending fit the living budget?
 */
import { monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import { roundHalfUp, yuanToFen } from '../money';
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
 * Mean spending of the latest (at most) 3 months of `spending.history` (yuan, as in the profile)
 * up to and including the month of `asOf`, against the plan's living budget (income − B, taken
 * from the plan so the two can never disagree). Entries after `asOf` are ignored: an audit "as of"
 * a date must not read what happened later. When a month is listed twice the later entry wins
 * (a correction); months with no entry are not invented — the mean is over the months given.
 */
export function livingBudgetCheck(
  profile: Pick<Profile, 'spending'>,
  plan: Pick<PlanResult, 'livingBudgetFen'>,
  asOf: CalendarDate,
): LivingBudgetCheck {
  const { livingBudgetFen } = plan;
  const asOfMonth = monthOf(asOf);
  const byMonth = new Map<CalendarMonth, number>();
  for (const entry of profile.spending?.history ?? []) {
    if (entry.month <= asOfMonth) byMonth.set(entry.month, yuanToFen(entry.amount));
  }
  const recentMonths = [...byMonth.keys()].sort().slice(-RECENT_SPENDING_MONTHS);
  if (recentMonths.length === 0) return { livingBudgetFen, recentSpendingFen: null, monthsUsed: 0, fits: null };
  let totalFen = 0;
  for (const month of recentMonths) totalFen += byMonth.get(month) ?? 0;
  const recentSpendingFen = roundHalfUp(totalFen / recentMonths.length);
  return { livingBudgetFen, recentSpendingFen, monthsUsed: recentMonths.length, fits: recentSpendingFen <= livingBudgetFen };
}
