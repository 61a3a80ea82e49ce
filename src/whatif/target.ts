/**
 * `whatif --target YYYY-MM`: the smallest extra amount a month, in whole yuan, that makes the plan
 * debt-free by that month. Paying more never makes a plan later (a property the tests hold), so
 * the amounts that reach the month are all those from some amount up: a binary search finds it in
 * about 30 plans, the last amount that misses the month one yuan below it.
 */
import { planDebtsOf, startMonthOf } from '../audit';
import type { CalendarDate, CalendarMonth } from '../dates';
import { yuanToFen } from '../money';
import { planRepayment } from '../plan';
import type { Profile } from '../profile/schema';
import type { PlanSettings } from './changes';

export interface TargetResult {
  month: CalendarMonth;
  /** The extra amount a month on top of the side's own budget, in fen (whole yuan); null when no amount up to the cap does. */
  extraFen: number | null;
  /** The most that was tried: the whole income to debt (income − the side's budget, as extra), in fen. */
  capFen: number;
}

const YUAN = 100;

export function extraForTarget(profile: Profile, asOf: CalendarDate, settings: PlanSettings, month: CalendarMonth): TargetResult {
  // The plans audit/planFor makes, without the schedule nobody reads here.
  const debts = planDebtsOf(profile, settings);
  const incomeFen = yuanToFen(profile.income.monthly);
  const planWith = (yuan: number) =>
    planRepayment(debts, incomeFen, {
      share: settings.share,
      strategy: settings.strategy,
      extraFen: settings.extraFen + yuan * YUAN,
      startMonth: startMonthOf(asOf),
      includeSchedule: false,
    });
  const reaches = (yuan: number): boolean => {
    const plan = planWith(yuan);
    return plan.payable && (plan.debtFreeBy === null || plan.debtFreeBy <= month);
  };
  // The cap: the whole income to debt (never below 0).
  const base = planWith(0);
  const capYuan = Math.max(0, Math.floor((incomeFen - base.monthlyBudgetFen) / YUAN));
  const capFen = capYuan * YUAN;
  if (base.payable && (base.debtFreeBy === null || base.debtFreeBy <= month)) return { month, extraFen: 0, capFen };
  if (!reaches(capYuan)) return { month, extraFen: null, capFen };
  // reaches(lo) is false, reaches(hi) is true; they close in until they are one yuan apart.
  let lo = 0;
  let hi = capYuan;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return { month, extraFen: hi * YUAN, capFen };
}
