/**
 * The roadmap (docs/roadmap.md): the audit projected month by month, up to 36 months, assuming the
 * plan is followed and nothing new happens. The plan is made once (by the audit); each month is
 * projected and every rule is run on it (src/projection), and consecutive months are compared:
 * which finding clears or eases and why, which appears, which debt is paid off, which milestone is
 * reached, what to do from then on, and the review month (src/audit/review.ts). Knows no rule by
 * name: why a finding clears is read off the rule's declared windows (its `timeline`) and the plan.
 * Pure; money in fen, months YYYY-MM.
 */
import { monthIndex, type CalendarDate, type CalendarMonth } from '../dates';
import { blocksReview, listedApart } from '../audit/review';
import { SEVERITIES, type Area, type Severity } from '../findings';
import { countOnlineLenders, toPlanDebts } from '../plan';
import type { Profile } from '../profile/schema';
import { evaluateMonth, projectionHorizon, type ProjectedMonth, type ProjectionInput } from '../projection';
import { windowExit } from '../rules/helpers';
import type { HealthScore } from '../rules/score';
import { renderOutcome, type CheckedFinding } from '../rules/engine';
import type { NotEvaluated } from '../rules/types';
import type { Lang } from '../i18n/lang';
import { REVIEW_HORIZON_MONTHS, type MilestoneKind, type WindowedList } from '../timeline';

export interface RoadmapInput extends ProjectionInput {
  /** The language of the texts the roadmap names (titles, messages, recommendations). */
  lang: Lang;
  /** Months to project, 1 to 36 (fewer when the calendar ends first). */
  months: number;
}

/** A finding as the roadmap names it. */
export interface FindingRef {
  ruleId: string;
  messageId: string;
  area: Area;
  severity: Severity;
  title: string;
  clearsBy?: string;
  /** It holds back the review month (src/audit/review.ts). */
  blocksReview: boolean;
}

/** Why a finding cleared or eased in a month. */
export type Reason =
  /** `count` entries of `list`, dated in the months `from` to `to`, left the rule's `window`-month window. */
  | { kind: 'window'; list: WindowedList; window: number; from: CalendarMonth; to: CalendarMonth; count: number }
  /** The plan paid these debts off this month. */
  | { kind: 'paid_off'; debts: string[] }
  /** The plan's payments and the months passing moved the figures under the rule's lines. */
  | { kind: 'plan' };

export interface Change {
  kind: 'cleared' | 'eased' | 'appeared' | 'worsened';
  /** The finding after the change (for `cleared`: as it was before). */
  finding: FindingRef;
  /** The severity before (eased, worsened, cleared). */
  from?: Severity;
  /** What the finding says now (appeared, worsened). */
  message?: string;
  /** Why (cleared, eased). */
  reasons?: Reason[];
}

export { MILESTONES, type MilestoneKind } from '../timeline';

/** What to do from a month on: a finding's recommendation. */
export interface Action {
  ruleId: string;
  messageId: string;
  severity: Severity;
  title: string;
  recommendation: string;
}

export interface RoadmapMonth {
  /** 1 … the horizon: the audit month plus this. */
  months: number;
  month: CalendarMonth;
  /** The date evaluated: the month's last day. */
  date: CalendarDate;
  score: HealthScore;
  changes: Change[];
  paidOff: string[];
  milestones: MilestoneKind[];
  /** Recommendations of the findings that appeared or worsened this month. */
  actions: Action[];
  /** The findings that hold back the review month at the month's end. */
  blocking: FindingRef[];
  /** This is the review month. */
  review: boolean;
}

export interface Roadmap {
  asOf: CalendarDate;
  /** Months projected (the horizon asked for, or fewer when the calendar ends first). */
  months: number;
  /** The first month with nothing blocking (the audit month itself when nothing blocks now), or null. */
  reviewMonth: CalendarMonth | null;
  /** The audit itself (projection month 0). */
  start: { score: HealthScore; findings: FindingRef[]; blocking: FindingRef[]; actions: Action[] };
  timeline: RoadmapMonth[];
  /** With no review month: what still blocks it at the horizon. */
  blockers: FindingRef[];
  /** What following the plan cannot clear: the macro area's findings, symptoms, and rules without data. */
  apart: { findings: (FindingRef & { message: string; recommendation: string })[]; notEvaluated: NotEvaluated[] };
}

export function buildRoadmap(input: RoadmapInput): Roadmap {
  const { lang } = input;
  const ref = (finding: CheckedFinding) => refOf(finding, lang);
  const horizon = projectionHorizon(input.asOf, Math.min(input.months, REVIEW_HORIZON_MONTHS));
  const start = evaluateMonth(input, 0);
  const startMonth = start.month;
  const initialLenders = countOnlineLenders(toPlanDebts(input.profile.debts));
  const paidOff = paidOffByMonth(input.plan.order);
  const milestones = milestonesByMonth(input, initialLenders);

  let reviewMonth: CalendarMonth | null = start.findings.some(blocksReview) ? null : startMonth;
  const timeline: RoadmapMonth[] = [];
  let previous: ProjectedMonth = start;
  for (let months = 1; months <= horizon; months++) {
    const current = evaluateMonth(input, months);
    const changes = compare(previous, current, paidOff.get(current.month) ?? [], lang);
    const blocking = current.findings.filter(blocksReview);
    const review = reviewMonth === null && blocking.length === 0;
    if (review) reviewMonth = current.month;
    timeline.push({
      months,
      month: current.month,
      date: current.date,
      score: current.score,
      changes,
      paidOff: paidOff.get(current.month) ?? [],
      milestones: milestones.get(current.month) ?? [],
      actions: changes.filter((c) => c.kind === 'appeared' || c.kind === 'worsened').flatMap((c) => actionOf(current.findings, c.finding, lang)),
      blocking: blocking.map(ref),
      review,
    });
    previous = current;
  }
  return {
    asOf: input.asOf,
    months: horizon,
    reviewMonth,
    start: {
      score: start.score,
      findings: open(start.findings).map(ref),
      blocking: start.findings.filter(blocksReview).map(ref),
      actions: open(start.findings).flatMap((finding) => actionOf(start.findings, ref(finding), lang)),
    },
    timeline,
    blockers: reviewMonth === null ? previous.findings.filter(blocksReview).map(ref) : [],
    apart: {
      findings: start.findings.filter(listedApart).map((f) => {
        const { message, recommendation } = renderOutcome(f.rule, f.outcome, lang);
        return { ...ref(f), message, recommendation };
      }),
      notEvaluated: start.notEvaluated,
    },
  };
}

/** The findings the month-by-month view follows: all but the macro area's and the symptoms. */
function open(findings: readonly CheckedFinding[]): CheckedFinding[] {
  return findings.filter((finding) => !listedApart(finding));
}

function refOf(finding: CheckedFinding, lang: Lang): FindingRef {
  const ref: FindingRef = {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    area: finding.area,
    severity: finding.severity,
    title: finding.rule.text[lang].title,
    blocksReview: blocksReview(finding),
  };
  if (finding.clearsBy !== undefined) ref.clearsBy = finding.clearsBy;
  return ref;
}

/** A finding's recommendation as an action; none for information only. */
function actionOf(findings: readonly CheckedFinding[], ref: FindingRef, lang: Lang): Action[] {
  const finding = findings.find((f) => f.ruleId === ref.ruleId && f.messageId === ref.messageId);
  if (finding === undefined || finding.severity === 'info') return [];
  const { title, recommendation } = renderOutcome(finding.rule, finding.outcome, lang);
  return [{ ruleId: finding.ruleId, messageId: finding.messageId, severity: finding.severity, title, recommendation }];
}

/**
 * The findings of two consecutive months, paired: a rule with one finding in each month is the same
 * finding (its message may change, e.g. from one window to another); a rule with several is paired
 * by message id. What changed, and why.
 */
function compare(previous: ProjectedMonth, current: ProjectedMonth, paidOff: readonly string[], lang: Lang): Change[] {
  const changes: Change[] = [];
  const before = open(previous.findings);
  const after = open(current.findings);
  const message = (f: CheckedFinding) => renderOutcome(f.rule, f.outcome, lang).message;
  for (const [a, b] of pairs(before, after)) {
    const rank = (f: CheckedFinding) => SEVERITIES.indexOf(f.severity);
    if (b === undefined) changes.push({ kind: 'cleared', finding: refOf(a!, lang), from: a!.severity, reasons: reasonsFor(a!, previous, current, paidOff) });
    else if (a === undefined) changes.push({ kind: 'appeared', finding: refOf(b, lang), message: message(b) });
    else if (rank(b) > rank(a)) changes.push({ kind: 'eased', finding: refOf(b, lang), from: a.severity, reasons: reasonsFor(a, previous, current, paidOff) });
    else if (rank(b) < rank(a)) changes.push({ kind: 'worsened', finding: refOf(b, lang), from: a.severity, message: message(b) });
  }
  return changes;
}

/**
 * Findings of two months paired: by rule, or by rule and message id for a rule that reports
 * several problems apart (its timeline's `several`).
 */
export function pairs<F extends Pick<CheckedFinding, 'rule' | 'ruleId' | 'messageId'>>(before: readonly F[], after: readonly F[]): [F | undefined, F | undefined][] {
  const out: [F | undefined, F | undefined][] = [];
  const rules = new Map([...before, ...after].map((f) => [f.ruleId, f.rule]));
  for (const [ruleId, rule] of rules) {
    const a = before.filter((f) => f.ruleId === ruleId);
    const b = after.filter((f) => f.ruleId === ruleId);
    if (rule.timeline?.several !== true) {
      out.push([a[0], b[0]]);
      continue;
    }
    for (const messageId of new Set([...a, ...b].map((f) => f.messageId))) {
      out.push([a.find((f) => f.messageId === messageId), b.find((f) => f.messageId === messageId)]);
    }
  }
  return out;
}

/**
 * Why a finding cleared or eased between two months: the entries of its windowed lists that left
 * a window in between (as the rule declares them), the debts the plan paid off that month (for a
 * rule that reads debts or lines), or else the plan's payments and the months passing.
 */
function reasonsFor(finding: CheckedFinding, previous: ProjectedMonth, current: ProjectedMonth, paidOff: readonly string[]): Reason[] {
  const { rule } = finding;
  const reasons: Reason[] = [];
  for (const [list, windows] of Object.entries(rule.timeline?.windows ?? {}) as [WindowedList, readonly number[]][]) {
    for (const window of windows) reasons.push(...leavingWindow(previous.profile, list, window, previous, current));
  }
  const readsDebts = finding.area === 'debt' || rule.needs.some((path) => path.startsWith('debts') || path.startsWith('credit_lines'));
  if (readsDebts && paidOff.length > 0) reasons.push({ kind: 'paid_off', debts: [...paidOff] });
  return reasons.length > 0 ? reasons : [{ kind: 'plan' }];
}

/** The entries of `list` that leave a `window`-month window between the two months' dates, with the months they are dated in. */
function leavingWindow(profile: Profile, list: WindowedList, window: number, previous: ProjectedMonth, current: ProjectedMonth): Reason[] {
  const months: CalendarMonth[] = [];
  const add = (month: CalendarMonth) => months.push(month);
  if (list === 'credit.sesame_history') {
    // A monthly point counts while its month is within `window` months of the month evaluated.
    for (const point of profile.credit?.sesame_history ?? []) {
      const leaves = monthIndex(point.month) + window + 1;
      if (leaves > monthIndex(previous.month) && leaves <= monthIndex(current.month) && point.month <= previous.month) add(point.month);
    }
  } else {
    for (const date of datesOf(profile, list)) {
      if (date > previous.date) continue;
      const leaves = windowExit(date, window);
      if (leaves > previous.date && leaves <= current.date) add(date.slice(0, 7));
    }
  }
  if (months.length === 0) return [];
  months.sort();
  return [{ kind: 'window', list, window, from: months[0]!, to: months.at(-1)!, count: months.length }];
}

function datesOf(profile: Profile, list: Exclude<WindowedList, 'credit.sesame_history'>): string[] {
  switch (list) {
    case 'credit.inquiries':
      return (profile.credit?.inquiries ?? []).map((i) => i.date);
    case 'credit.draws':
      return (profile.credit?.draws ?? []).map((d) => d.date);
    case 'credit.overdues':
      return (profile.credit?.overdues ?? []).filter((o) => o.settled).map((o) => o.date);
    case 'spending.large_purchases':
      return (profile.spending?.large_purchases ?? []).map((p) => p.date);
  }
}

function paidOffByMonth(order: readonly { debt: string; paidOffMonth: CalendarMonth | null }[]): Map<CalendarMonth, string[]> {
  const byMonth = new Map<CalendarMonth, string[]>();
  for (const { debt, paidOffMonth } of order) {
    if (paidOffMonth === null) continue;
    byMonth.set(paidOffMonth, [...(byMonth.get(paidOffMonth) ?? []), debt]);
  }
  return byMonth;
}

/** The plan's milestones by the month they are reached; one already reached at the start is no milestone. */
function milestonesByMonth(input: RoadmapInput, initialLenders: number): Map<CalendarMonth, MilestoneKind[]> {
  const { plan } = input;
  const startMonth = plan.schedule[0]?.month;
  const reached: [MilestoneKind, CalendarMonth | null][] = [
    ['dti_below_50', plan.milestones.dtiBelow50],
    ['dti_below_36', plan.milestones.dtiBelow36],
    ['dti_below_20', plan.milestones.dtiBelow20],
    ['online_lenders_at_most_2', initialLenders > 2 ? plan.lendersAtMost2By : null],
    ['debt_free', plan.months !== null && plan.months > 0 ? plan.debtFreeBy : null],
  ];
  const byMonth = new Map<CalendarMonth, MilestoneKind[]>();
  for (const [kind, month] of reached) {
    if (month === null || (kind.startsWith('dti') && month === startMonth)) continue;
    byMonth.set(month, [...(byMonth.get(month) ?? []), kind]);
  }
  return byMonth;
}
