/**
 * Where a side of the comparison is headed if its plan is followed: its score 3, 6 and 12 months
 * on. Read off the projection of issue 17 (src/projection: the profile, the plan and the rules run
 * month by month), the very months `roadmap` shows; the side's review month is the audit's own
 * (src/audit/review.ts, through runAudit), so `whatif` and `roadmap` can never disagree.
 *
 * Seam: this module is the only place in src/whatif that reaches the projection.
 */
import { addMonthsToMonth, MAX_MONTH, monthOf, type CalendarMonth } from '../dates';
import { evaluateMonth, projectionHorizon, type ProjectionInput } from '../projection';
import type { HealthScore } from '../rules/score';

/** The months ahead the comparison shows a score for (issue 18). */
export const OUTLOOK_MONTHS = [3, 6, 12] as const;

/** An audit as the projection takes it: the plan is the one the audit made. */
export type OutlookInput = ProjectionInput;

export interface OutlookPoint {
  months: number;
  /** null past the calendar's end (dates.ts, MAX_MONTH). */
  month: CalendarMonth | null;
  /** The projected month's score, as `roadmap` shows it; null past the calendar's end. */
  score: HealthScore | null;
}

/** The score `months` ahead for each of OUTLOOK_MONTHS: the projection's month-end evaluation. */
export function outlookOf(input: OutlookInput, months: readonly number[] = OUTLOOK_MONTHS): OutlookPoint[] {
  return months.map((m) => {
    const month = addMonthsToMonth(monthOf(input.asOf), m);
    // The calendar ends with 2999-12: a month past it is neither named nor projected.
    if (month > MAX_MONTH || projectionHorizon(input.asOf, m) < m) return { months: m, month: null, score: null };
    return { months: m, month, score: evaluateMonth(input, m).score };
  });
}
