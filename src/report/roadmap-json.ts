/**
 * The roadmap document (roadmap-schema.ts) made of the roadmap's domain results (src/roadmap): each
 * change said in one sentence of the document's language. The table and markdown views render what
 * this makes.
 */
import { formatList } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { reportText } from '../i18n/report';
import { roadmapText } from '../i18n/roadmap';
import type { Strategy } from '../plan/types';
import type { Change, FindingRef, Reason, Roadmap } from '../roadmap';

import { notEvaluatedToJson } from './assemble';
import { documentHeader, type DocumentContext } from './header';
import type { RoadmapChangeJson, RoadmapFindingJson, RoadmapJson } from './roadmap-schema';

export interface RoadmapContext extends DocumentContext {
  strategy: Strategy;
  share: number;
}

export function roadmapToJson(roadmap: Roadmap, context: RoadmapContext): RoadmapJson {
  const { lang } = context;
  const t = roadmapText(lang);
  return {
    ...documentHeader(context),
    strategy: context.strategy,
    share: context.share,
    months: roadmap.months,
    reviewMonth: roadmap.reviewMonth,
    review: { note: t.reviewNote, blockers: roadmap.blockers.map(refJson) },
    start: {
      date: context.asOf,
      score: { value: roadmap.start.score.value, grade: roadmap.start.score.grade },
      findings: roadmap.start.findings.map(refJson),
      actions: roadmap.start.actions,
    },
    timeline: roadmap.timeline.map((month) => ({
      month: month.month,
      date: month.date,
      score: { value: month.score.value, grade: month.score.grade },
      review: month.review,
      changes: month.changes.map((change) => changeJson(change, lang)),
      paidOff: month.paidOff,
      milestones: month.milestones,
      actions: month.actions,
      blocking: month.blocking.map(refJson),
    })),
    apart: {
      findings: roadmap.apart.findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        area: f.area,
        severity: f.severity,
        title: f.title,
        message: f.message,
        recommendation: f.recommendation,
        why: f.area === 'macro' ? 'macro' : 'symptom',
      })),
      notEvaluated: notEvaluatedToJson(roadmap.apart.notEvaluated, context.lang),
    },
  };
}

function refJson(ref: FindingRef): RoadmapFindingJson {
  return { ...ref };
}

function changeJson(change: Change, lang: Lang): RoadmapChangeJson {
  const t = roadmapText(lang);
  const severity = reportText(lang).severity;
  const { finding } = change;
  const reasons = change.reasons?.map((reason) => ({ ...reason, text: reasonText(reason, lang) }));
  let text: string;
  switch (change.kind) {
    case 'cleared':
      text = t.change.cleared(finding.title);
      break;
    case 'eased':
      text = t.change.eased(finding.title, severity[change.from!], severity[finding.severity]);
      break;
    case 'appeared':
      text = `${t.change.appeared(finding.title, severity[finding.severity])}${t.because(change.message!)}`;
      break;
    case 'worsened':
      text = `${t.change.worsened(finding.title, severity[change.from!], severity[finding.severity])}${t.because(change.message!)}`;
      break;
  }
  if (reasons !== undefined && reasons.length > 0) text += t.because(reasons.map((r) => r.text).join(t.reasonSeparator));
  return {
    kind: change.kind,
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    area: finding.area,
    title: finding.title,
    severity: finding.severity,
    ...(change.from !== undefined ? { from: change.from } : {}),
    ...(change.message !== undefined ? { message: change.message } : {}),
    ...(reasons !== undefined ? { reasons } : {}),
    text,
  };
}

function reasonText(reason: Reason, lang: Lang): string {
  const t = roadmapText(lang);
  switch (reason.kind) {
    case 'window':
      return t.window(reason.count, reason.list, reason.from === reason.to ? reason.from : t.monthRange(reason.from, reason.to), reason.window);
    case 'paid_off':
      return t.paidOffReason(formatList(reason.debts, lang));
    case 'plan':
      return t.planReason;
  }
}
