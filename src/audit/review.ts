/**
 * The review month (docs/roadmap.md; source B6): the first month-end evaluation, within 36 months,
 * at which no finding of severity medium or above is left in the credit and debt areas, if the plan
 * is followed and nothing new happens — the first of the platforms' periodic re-evaluations that
 * would see no such signal. An estimate, never a promise.
 *
 * `check` names it without projecting 36 months: each blocking finding says when it stops blocking
 * (its clearsBy, or belowMediumBy when it falls to low first), so the latest of those is the first
 * month every one of them is gone. One evaluation of that month (src/projection) confirms nothing
 * else blocks it then — a finding that only starts later, such as an overdue the plan settles, which
 * then counts in the 24-month record — and if something does, the same reading from there finds the
 * next candidate. A profile with nothing blocking now, or with a blocker the plan never clears,
 * needs no projection at all. `limit-audit roadmap` evaluates every month instead; a test holds the
 * two equal on every sample profile and on generated ones.
 */
import { addMonthsToMonth, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import { SEVERITIES } from '../findings';
import { evaluateMonth, projectionHorizon, type ProjectionInput } from '../projection';
import { rules as registry } from '../rules/index';
import type { Finding } from '../rules/types';
import { REVIEW_HORIZON_MONTHS } from '../timeline';


/** What the review month reads of a finding. */
type Reviewed = Pick<Finding, 'ruleId' | 'area' | 'severity' | 'clearsBy' | 'belowMediumBy'>;

/** Rules whose finding is the symptom a re-evaluation acts on: they never block it (types.ts, RuleTimeline). */
const SYMPTOMS = new Set(registry.filter((rule) => rule.timeline?.symptom === true).map((rule) => rule.id));

/** Whether a finding holds back the review month: credit or debt, medium or above, not a symptom. */
export function blocksReview(finding: Pick<Finding, 'ruleId' | 'area' | 'severity'>): boolean {
  return (
    (finding.area === 'credit' || finding.area === 'debt') &&
    SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf('medium') &&
    !SYMPTOMS.has(finding.ruleId)
  );
}

/** Whether a finding is one the plan cannot clear and the roadmap lists apart: the macro area, or a symptom. */
export function listedApart(finding: Pick<Finding, 'ruleId' | 'area'>): boolean {
  return finding.area === 'macro' || SYMPTOMS.has(finding.ruleId);
}

/**
 * The projection month (counted from the audit month) at which a blocking finding evaluated at
 * month `at` no longer blocks: a date is seen by the first month-end on or after it, a plan month
 * by its own evaluation — never before the month after `at`. Undefined when the plan never gets there.
 */
export function unblockedAt(finding: Pick<Finding, 'clearsBy' | 'belowMediumBy'>, asOf: CalendarDate, at: number): number | undefined {
  const base = monthIndex(monthOf(asOf));
  const months = [finding.belowMediumBy, finding.clearsBy]
    .filter((when): when is string => when !== undefined)
    .map((when) => Math.max(monthIndex(when.slice(0, 7)) - base, at + 1));
  return months.length === 0 ? undefined : Math.min(...months);
}

/** The month named by projection month `months`. */
function monthAt(asOf: CalendarDate, months: number): CalendarMonth {
  return addMonthsToMonth(monthOf(asOf), months);
}

/**
 * The review month of an audit whose findings are `findings` (projection month 0), within
 * `horizon` months: null when a blocking finding is not cleared by then, or never.
 */
export function reviewMonthOf(input: ProjectionInput, findings: readonly Reviewed[], horizon = REVIEW_HORIZON_MONTHS): CalendarMonth | null {
  const last = projectionHorizon(input.asOf, horizon);
  let at = 0;
  let current: readonly Reviewed[] = findings;
  for (;;) {
    const blocking = current.filter(blocksReview);
    if (blocking.length === 0) return monthAt(input.asOf, at);
    let next = at;
    for (const finding of blocking) {
      const months = unblockedAt(finding, input.asOf, at);
      if (months === undefined) return null;
      next = Math.max(next, months);
    }
    if (next > last) return null;
    at = next;
    current = evaluateMonth(input, at).findings;
  }
}
