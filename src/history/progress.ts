/**
 * Comparing audits over time (`limit-audit progress`): pure, over snapshots (schema.ts) in date
 * order. Money is compared in fen and reported in yuan, as the snapshots hold it.
 *
 * "On track" (ON_TRACK): a balance within 1 % of what the plan expected, or within ¥100, whichever
 * is larger; below that band is ahead, above it behind. What a plan "expected for this month" is its
 * projected closing balance for the month of the latest audit date — the balance a profile dated in
 * that month shows once the month's payment is made, as the plan of that audit starts from it. For an
 * audit of the same month, the expectation is that audit's own balance.
 */
import { addMonths, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import type { Lang } from '../i18n/lang';
import { fenToYuan, roundHalfUp, yuanToFen } from '../money';
import type { Grade } from '../rules/score';
import { SEVERITIES, type Severity } from '../findings';
import { noNameInCommon, snapshotNames } from './digest';
import { PROJECTION_MONTHS } from './format';
import type { Skipped } from './lines';
import type { PlanComparison, ProgressJson, Streak } from './progress-schema';
import type { Snapshot } from './schema';

export const ON_TRACK = { ratio: 0.01, minimumFen: 10_000 } as const;

/**
 * What progress keeps of every audit: its timeline row, the credit events the streaks count, its
 * names. Only the audits compared in full — the first, the previous and the latest — are read whole
 * (`Point.snapshot`): a history of thousands of snapshots is not all kept in memory.
 */
export interface Summary {
  asOf: CalendarDate;
  score: number;
  grade: Grade;
  findings: Record<Severity, number>;
  totalDebt: number;
  dti: number | null;
  months: number | null;
  debtFreeBy: CalendarMonth | null;
  credit: Snapshot['credit'];
  /** The names digest, and the debt and credit-line names it was taken of (worked out only when two digests differ). */
  names: { digest: string; list(): string[] };
}

/**
 * `whole`: how to get the snapshot again when its names are needed (a recorded one is not kept:
 * read.ts). Nothing of `snapshot` itself is kept — not even its credit object — so a history's
 * parsed lines are garbage as soon as they are summarized (kept, they cost the engine more than
 * parsing them: every collection copies what is still alive).
 */
export function summarize(snapshot: Snapshot, whole?: () => Snapshot): Summary {
  const { overdues, lastOverdue, inquiries, lastInquiry } = snapshot.credit;
  return {
    asOf: snapshot.asOf,
    score: snapshot.score.value,
    grade: snapshot.score.grade,
    findings: severityCounts(snapshot),
    totalDebt: snapshot.totals.debt,
    dti: snapshot.totals.dti,
    months: snapshot.plan.months,
    debtFreeBy: snapshot.plan.debtFreeBy,
    credit: { overdues, lastOverdue, inquiries, lastInquiry },
    names: summaryNames(snapshot.digest.names, whole ?? constant(snapshot)),
  };
}

/** Kept apart from summarize so that the closures made there hold only what they name. */
const constant = (snapshot: Snapshot) => () => snapshot;

/** A summary's names: the digest, and the names themselves from the whole snapshot when asked. */
export function summaryNames(digest: string, whole: () => Snapshot): Summary['names'] {
  return { digest, list: () => snapshotNames(whole()) };
}

/** One audit in the progress view: a recorded snapshot, or the profile audited now. */
export interface Point {
  summary: Summary;
  recorded: boolean;
  /** The whole snapshot (read again from its line for a recorded one). */
  snapshot(): Snapshot;
}

export function pointOf(snapshot: Snapshot, recorded: boolean): Point {
  return { summary: summarize(snapshot), recorded, snapshot: () => snapshot };
}

/** Oldest audit first. */
export function byDate(a: Pick<Point, 'summary'>, b: Pick<Point, 'summary'>): number {
  return a.summary.asOf < b.summary.asOf ? -1 : a.summary.asOf > b.summary.asOf ? 1 : 0;
}

export interface ProgressInput {
  /** Oldest first, one per date. */
  points: Point[];
  skipped: Skipped[];
  history: string;
  profile: string | null;
  lang: Lang;
  toolVersion: string;
}

export function progressOf(input: ProgressInput): ProgressJson {
  const { points } = input;
  const enough = points.length >= 2;
  const summaries = points.map((point) => point.summary);
  const now = enough ? points.at(-1)!.snapshot() : undefined;
  const first = enough ? points[0]!.snapshot() : undefined;
  const previous = enough ? points.at(-2)!.snapshot() : undefined;
  return {
    progressVersion: 1,
    tool: { name: 'limit-audit', version: input.toolVersion },
    history: input.history,
    profile: input.profile,
    lang: input.lang,
    tolerance: { ratio: ON_TRACK.ratio, minimum: fenToYuan(ON_TRACK.minimumFen) },
    skipped: input.skipped.map(skippedToJson),
    enough,
    timeline: points.map(timelineEntry),
    changes: enough ? changesBetween(previous!, now!) : null,
    debts: enough ? now!.debts.map((debt) => ({ name: debt.name, balance: debt.balance, first: compareWith(first!, now!, debt), previous: compareWith(previous!, now!, debt) })) : [],
    debtFree: enough ? debtFreeMoves(first!, previous!, now!) : null,
    streaks: { overdue: streak(summaries, 'overdues', 'lastOverdue'), inquiry: streak(summaries, 'inquiries', 'lastInquiry') },
    otherProfile: otherProfileBreaks(summaries),
  };
}

function skippedToJson({ line, reason }: Skipped): ProgressJson['skipped'][number] {
  switch (reason.kind) {
    case 'newer_version':
      return { line, reason: reason.kind, version: reason.version };
    case 'invalid':
      return { line, reason: reason.kind, field: reason.field };
    case 'duplicate_date':
      return { line, reason: reason.kind, keptLine: reason.keptLine };
    default:
      return { line, reason: reason.kind };
  }
}

function timelineEntry({ summary, recorded }: Point): ProgressJson['timeline'][number] {
  const { asOf, score, grade, findings, totalDebt, dti, months, debtFreeBy } = summary;
  return { asOf, recorded, score, grade, findings, totalDebt, dti, months, debtFreeBy };
}

function severityCounts(snapshot: Snapshot): Record<Severity, number> {
  const counts = noFindings();
  for (const finding of snapshot.findings) counts[finding.severity] += 1;
  return counts;
}

/** Findings by severity, none yet: the timeline's counts, in this order. */
export function noFindings(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

/**
 * Findings are matched by rule id; a rule with two findings (debt/high-interest can give two)
 * counts at its worst severity.
 */
function worstById(snapshot: Snapshot): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of snapshot.findings) {
    const seen = worst.get(finding.id);
    if (seen === undefined || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(seen)) worst.set(finding.id, finding.severity);
  }
  return worst;
}

function changesBetween(before: Snapshot, after: Snapshot): NonNullable<ProgressJson['changes']> {
  const was = worstById(before);
  const is = worstById(after);
  const findings: NonNullable<ProgressJson['changes']>['findings'] = { resolved: [], new: [], severityChanged: [] };
  for (const [id, severity] of was) {
    const now = is.get(id);
    if (now === undefined) findings.resolved.push({ id, severity });
    else if (now !== severity) findings.severityChanged.push({ id, from: severity, to: now });
  }
  for (const [id, severity] of is) if (!was.has(id)) findings.new.push({ id, severity });

  const oldDebts = new Map(before.debts.map((debt) => [debt.name, debt]));
  const newDebts = new Map(after.debts.map((debt) => [debt.name, debt]));
  const debts: NonNullable<ProgressJson['changes']>['debts'] = { paidOff: [], added: [], gone: [] };
  for (const debt of after.debts) {
    const old = oldDebts.get(debt.name);
    if (old === undefined) debts.added.push(debt.name);
    else if (debt.balance === 0 && old.balance > 0) debts.paidOff.push(debt.name);
  }
  for (const debt of before.debts) if (!newDebts.has(debt.name)) debts.gone.push({ name: debt.name, balance: debt.balance });

  const oldLimits = new Map(before.lines.map((line) => [line.name, line.limit]));
  const newLimits = new Map(after.lines.map((line) => [line.name, line.limit]));
  const limits: NonNullable<ProgressJson['changes']>['limits'] = [];
  for (const [name, to] of newLimits) {
    const from = oldLimits.get(name);
    if (from !== to) limits.push({ name, from: from ?? null, to });
  }
  for (const [name, from] of oldLimits) if (!newLimits.has(name)) limits.push({ name, from, to: null });

  return { from: before.asOf, to: after.asOf, findings, debts, limits };
}

/** A debt of the latest audit against what `earlier`'s plan expected for the latest audit's month. */
export function compareWith(earlier: Snapshot, now: Snapshot, debt: Snapshot['debts'][number]): PlanComparison {
  const month = monthOf(now.asOf);
  const base = { asOf: earlier.asOf, month };
  const expected = expectedFen(earlier, debt.name, month);
  if (typeof expected === 'string') return { ...base, expected: null, difference: null, status: null, unavailable: expected };
  const differenceFen = yuanToFen(debt.balance) - expected;
  return { ...base, expected: fenToYuan(expected), difference: fenToYuan(differenceFen), status: statusOf(differenceFen, expected), unavailable: null };
}

/** What `snapshot`'s plan expected `name`'s balance to be at the end of `month`. */
export function expectedFen(snapshot: Snapshot, name: string, month: CalendarMonth): number | 'not_in_audit' | 'beyond_projection' {
  const debt = snapshot.debts.find((d) => d.name === name);
  if (debt === undefined) return 'not_in_audit';
  const index = monthIndex(month) - monthIndex(snapshot.projection.from);
  if (index < 0) return yuanToFen(debt.balance);
  const series = snapshot.projection.balances[name] ?? [];
  if (index < series.length) return yuanToFen(series[index]!);
  // A projection shorter than its 24 months ended because the plan did: every balance was 0.
  if (series.length < PROJECTION_MONTHS && snapshot.plan.payable) return 0;
  return 'beyond_projection';
}

/** ahead / on track / behind for balance − expected, with the ON_TRACK band. */
export function statusOf(differenceFen: number, expectedFen: number): PlanComparison['status'] {
  const band = Math.max(roundHalfUp(expectedFen * ON_TRACK.ratio), ON_TRACK.minimumFen);
  if (Math.abs(differenceFen) <= band) return 'on_track';
  return differenceFen < 0 ? 'ahead' : 'behind';
}

function debtFreeMoves(first: Snapshot, previous: Snapshot, now: Snapshot): NonNullable<ProgressJson['debtFree']> {
  const moved = (from: string | null, to: string | null) => (from === null || to === null ? null : monthIndex(to) - monthIndex(from));
  return {
    now: now.plan.debtFreeBy,
    first: first.plan.debtFreeBy,
    previous: previous.plan.debtFreeBy,
    sinceFirst: moved(first.plan.debtFreeBy, now.plan.debtFreeBy),
    sincePrevious: moved(previous.plan.debtFreeBy, now.plan.debtFreeBy),
  };
}

/**
 * Months without a new event of a kind: from the latest such event any audit listed (up to the
 * latest audit date) to the latest audit date. With none listed ever, from the first audit that
 * knew the list — "at least". Null when the latest audit's profile leaves the list out.
 */
export function streak(snapshots: readonly Pick<Summary, 'asOf' | 'credit'>[], countKey: 'overdues' | 'inquiries', lastKey: 'lastOverdue' | 'lastInquiry'): Streak | null {
  const now = snapshots.at(-1);
  if (now === undefined || now.credit[countKey] === null) return null;
  let last: CalendarDate | null = null;
  let firstKnown: CalendarDate | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.credit[countKey] !== null && firstKnown === null) firstKnown = snapshot.asOf;
    const date = snapshot.credit[lastKey];
    if (date !== null && date <= now.asOf && (last === null || date > last)) last = date;
  }
  const since = last ?? firstKnown!;
  return { months: wholeMonths(since, now.asOf), since, sinceFirstAudit: last === null };
}

/** Whole calendar months from `from` to `to` (0 when `to` is within a month of `from`). */
export function wholeMonths(from: CalendarDate, to: CalendarDate): number {
  let months = Math.max(0, monthIndex(monthOf(to)) - monthIndex(monthOf(from)));
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}

/** Consecutive audits whose debt and credit-line names share nothing: two profiles in one history. */
export function otherProfileBreaks(summaries: readonly Pick<Summary, 'asOf' | 'names'>[]): { from: CalendarDate; to: CalendarDate }[] {
  const breaks: { from: CalendarDate; to: CalendarDate }[] = [];
  for (let i = 1; i < summaries.length; i++) {
    const a = summaries[i - 1]!;
    const b = summaries[i]!;
    if (a.names.digest !== b.names.digest && noNameInCommon(a.names.list(), b.names.list())) breaks.push({ from: a.asOf, to: b.asOf });
  }
  return breaks;
}
