/**
 * The words of the progress view (`limit-audit progress`), one wording for both layouts: the table
 * (progress-table.ts) and the markdown (progress-markdown.ts). Lays out the finished document only.
 */
import { formatList, formatMoney, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { progressText } from '../i18n/progress';
import { reportText } from '../i18n/report';
import { yuanToFen } from '../money';
import type { PlanComparison, ProgressJson } from '../history/progress-schema';

export function yuanText(yuan: number, lang: Lang): string {
  return formatMoney(yuanToFen(yuan), lang);
}

/**
 * Rows of the timeline a person reads: the first audit and the latest ones, TIMELINE_ROWS in all
 * (a history of years of audits would scroll for pages); the JSON keeps every audit.
 */
export const TIMELINE_ROWS = 24;

/**
 * The timeline's columns, a row per audit shown, how many between the first and the latest are not
 * shown, and the note for an audit marked `*` (not recorded).
 */
export function timelineTable(doc: ProgressJson): { head: string[]; rows: string[][]; hidden: number; note: string | null } {
  const t = progressText(doc.lang);
  const hidden = Math.max(0, doc.timeline.length - TIMELINE_ROWS);
  const shown = hidden === 0 ? doc.timeline : [doc.timeline[0]!, ...doc.timeline.slice(hidden + 1)];
  return {
    hidden,
    note: shown.some((point) => !point.recorded) ? t.notRecorded : null,
    head: [t.colDate, t.colScore, t.colFindings, t.colDebt, t.colDti, t.colMonths, t.colDebtFree],
    rows: shown.map((point) => [
      point.recorded ? point.asOf : `${point.asOf}*`,
      `${point.score} ${point.grade}`,
      [point.findings.critical, point.findings.high, point.findings.medium, point.findings.low, point.findings.info].join('/'),
      yuanText(point.totalDebt, doc.lang),
      point.dti === null ? t.noIncome : formatRate(point.dti, doc.lang),
      point.months === null ? t.never : String(point.months),
      point.debtFreeBy ?? t.never,
    ]),
  };
}

/** What changed since the previous audit, as bullet lines (empty list: nothing changed). */
export function changeLines(doc: ProgressJson): { heading: string; lines: string[]; note: string | null } | null {
  const changes = doc.changes;
  if (changes === null) return null;
  const t = progressText(doc.lang);
  const r = reportText(doc.lang);
  const c = r.colon;
  const lines: string[] = [];
  const list = (items: string[]) => formatList(items, doc.lang);
  const { findings, debts, limits } = changes;
  if (findings.resolved.length > 0) lines.push(`${t.resolved}${c}${list(findings.resolved.map((f) => `${f.id} (${r.severity[f.severity]})`))}`);
  if (findings.new.length > 0) lines.push(`${t.newFindings}${c}${list(findings.new.map((f) => `${f.id} (${r.severity[f.severity]})`))}`);
  if (findings.severityChanged.length > 0) {
    lines.push(`${t.severityChanged}${c}${list(findings.severityChanged.map((f) => `${f.id} ${r.severity[f.from]} → ${r.severity[f.to]}`))}`);
  }
  if (debts.paidOff.length > 0) lines.push(`${t.paidOff}${c}${list(debts.paidOff)}`);
  if (debts.added.length > 0) lines.push(`${t.added}${c}${list(debts.added)}`);
  for (const gone of debts.gone) lines.push(t.gone(gone.name, yuanText(gone.balance, doc.lang)));
  if (limits.length > 0) {
    const items = limits.map((limit) => {
      if (limit.from === null) return t.lineNew(limit.name, yuanText(limit.to!, doc.lang));
      if (limit.to === null) return t.lineGone(limit.name, yuanText(limit.from, doc.lang));
      return t.limitChanged(limit.name, yuanText(limit.from, doc.lang), yuanText(limit.to, doc.lang));
    });
    lines.push(`${t.limits}${c}${list(items)}`);
  }
  if (lines.length === 0) lines.push(t.noChanges);
  return { heading: t.changes(changes.from, changes.to), lines, note: debts.gone.length > 0 ? t.goneNote : null };
}

/** One comparison in words: "ahead by ¥500.00 (plan ¥8,500.00)". */
export function comparisonText(comparison: PlanComparison, lang: Lang): string {
  const t = progressText(lang);
  if (comparison.unavailable !== null) return t.unavailable[comparison.unavailable];
  return t.status[comparison.status!](yuanText(Math.abs(comparison.difference!), lang), yuanText(comparison.expected!, lang));
}

/**
 * Each debt against the first and the previous audits' plans; one column when those are the same
 * audit (two audits in all). Null with fewer than two audits or no debt.
 */
export function debtsTable(doc: ProgressJson): { heading: string; head: string[]; rows: string[][] } | null {
  const first = doc.debts[0];
  if (first === undefined) return null;
  const t = progressText(doc.lang);
  const both = first.first.asOf !== first.previous.asOf;
  return {
    heading: t.againstPlan(first.first.month),
    head: [t.colName, t.colBalance, t.colFirst(first.first.asOf), ...(both ? [t.colPrevious(first.previous.asOf)] : [])],
    rows: doc.debts.map((debt) => [
      debt.name,
      yuanText(debt.balance, doc.lang),
      comparisonText(debt.first, doc.lang),
      ...(both ? [comparisonText(debt.previous, doc.lang)] : []),
    ]),
  };
}

/** How far the debt-free month moved, in one line. */
export function debtFreeLine(doc: ProgressJson): string | null {
  const moves = doc.debtFree;
  if (moves === null) return null;
  const t = progressText(doc.lang);
  const part = (months: number | null, label: string, month: string | null) => (months === null ? t.movedUnknown(label, month) : t.moved(months, label, month!));
  const parts = [part(moves.sinceFirst, t.firstLabel, moves.first)];
  if (doc.timeline.length > 2) parts.push(part(moves.sincePrevious, t.previousLabel, moves.previous));
  return `${t.debtFreeNow(moves.now)}${reportText(doc.lang).colon}${parts.join(t.clauseSeparator)}`;
}

export function streakLines(doc: ProgressJson): string[] {
  const t = progressText(doc.lang);
  return (['overdue', 'inquiry'] as const).map((kind) => {
    const streak = doc.streaks[kind];
    return streak === null ? t.streakUnknown[kind] : t.streak[kind](streak.months, streak.since, streak.sinceFirstAudit);
  });
}

/** The closing notes: the on-track band, skipped lines, a history that mixes profiles. */
export function noteLines(doc: ProgressJson): string[] {
  const t = progressText(doc.lang);
  const notes: string[] = [];
  for (const mixed of doc.otherProfile) notes.push(t.otherProfileLine(mixed.from, mixed.to));
  if (doc.skipped.length > 0) notes.push(t.skippedCount(doc.skipped.length));
  if (doc.enough && doc.debts.length > 0) notes.push(t.tolerance(formatRate(doc.tolerance.ratio, doc.lang), yuanText(doc.tolerance.minimum, doc.lang)));
  return notes;
}

export function titleLine(doc: ProgressJson): string {
  const t = progressText(doc.lang);
  return t.heading(doc.profile ?? doc.history, doc.timeline.length);
}
