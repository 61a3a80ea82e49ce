/** Plain-text lines the roadmap's table and markdown views both show (one wording, two layouts). */
import { formatList, formatRate } from '../i18n/format';
import { reportText } from '../i18n/report';
import { roadmapText } from '../i18n/roadmap';
import type { RoadmapJson } from './roadmap-schema';
import { reviewLine } from './summary';

type Month = RoadmapJson['timeline'][number];

export interface RoadmapHead {
  header: string;
  review: string;
  /** With no review month: what still holds it back. */
  blockers: string[];
}

export function roadmapHead(doc: RoadmapJson): RoadmapHead {
  const t = roadmapText(doc.lang);
  const r = reportText(doc.lang);
  return {
    header: t.header(doc.asOf, r.strategy[doc.strategy], formatRate(doc.share, doc.lang), doc.months),
    review: reviewLine(doc.reviewMonth, doc.asOf, doc.lang, { horizon: doc.months }),
    blockers: doc.review.blockers.map((b) => t.blocker(r.severity[b.severity], b.title, b.ruleId, b.clearsBy)),
  };
}

/** What happens in a month, one line each: changes, payoffs, milestones, actions, the review mark. */
export function monthLines(month: Month, lang: RoadmapJson['lang']): string[] {
  const t = roadmapText(lang);
  const lines = month.changes.map((change) => change.text);
  if (month.paidOff.length > 0) lines.push(t.paidOff(formatList(month.paidOff, lang)));
  for (const milestone of month.milestones) lines.push(t.milestone[milestone]);
  for (const action of month.actions) lines.push(t.action(action.title, action.recommendation));
  if (month.review) lines.push(t.reviewMark);
  return lines;
}

/** The months in which something happens (the others are left out of the views). */
export function eventfulMonths(doc: RoadmapJson): Month[] {
  return doc.timeline.filter((month) => monthLines(month, doc.lang).length > 0);
}

/** An action of the audit itself, with its severity. */
export function actionLine(action: RoadmapJson['start']['actions'][number], lang: RoadmapJson['lang']): string {
  const r = reportText(lang);
  return `${r.severity[action.severity]} ${action.title}${r.colon}${action.recommendation}`;
}

/** A finding the plan cannot clear, and why. */
export function apartLine(finding: RoadmapJson['apart']['findings'][number], lang: RoadmapJson['lang']): string {
  const t = roadmapText(lang);
  const r = reportText(lang);
  return `${r.severity[finding.severity]} ${finding.title} (${finding.ruleId}; ${t.apartWhy[finding.why]})${r.colon}${finding.message} ${finding.recommendation}`;
}
