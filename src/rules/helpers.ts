/**
 * Small pure helpers the rules share: windows, statistics, comparisons that floating point cannot
 * tip over, and message values. One place for each, so two rules never count a window differently.
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import { addDays, addMonths, addMonthsToMonth, inLastMonths, MAX_MONTH, monthIndex, monthOf } from '../dates';
import type { PhraseValue } from '../i18n/template';
import { fenToYuan } from '../money';
import { fenOf } from '../plan/effects';
import type { PlanMonth, PlanResult } from '../plan/types';
import type { Debt } from '../profile/schema';
import { SEVERITIES, type Severity } from '../findings';
import type { NotEvaluatedOutcome } from './types';

/* ---------------------------------------------------------------- numbers */

/**
 * Snaps a computed ratio or rate to 1e-9, so an artefact such as 0.0009999999999999974
 * (0.0345 − 0.0335) or 0.36500000000000005 (0.001 × 365) never decides which side of a line it is.
 */
export function snap(x: number): number {
  return roundTo(x, 1e9);
}

/** A ratio for `evidence`: 4 decimals, enough for a percentage with 2. */
export function ratio4(x: number): number {
  return roundTo(x, 1e4);
}

/**
 * `x` rounded to 1/`scale`. A number so large that `x × scale` overflows has no such decimals to
 * round (above 2^53 a double holds no fraction): it stays as it is, finite, where the product would
 * have made it Infinity (a true APR over a quoted rate of 5e-323, say).
 */
function roundTo(x: number, scale: number): number {
  const scaled = x * scale;
  return Number.isFinite(scaled) ? Math.round(scaled) / scale : x;
}

/** `part ÷ whole`, snapped; Infinity when the whole is 0 and the part is not (e.g. payments on zero income). */
export function ratioOf(part: number, whole: number): number {
  if (whole === 0) return part === 0 ? 0 : Number.POSITIVE_INFINITY;
  return snap(part / whole);
}

/** A ratio as evidence: 4 decimals, or null when it is infinite (JSON has no Infinity). */
export function ratioEvidence(x: number): number | null {
  return Number.isFinite(x) ? ratio4(x) : null;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Population standard deviation: the months given are the whole series being described. */
export function stdDev(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

export const yuan = fenToYuan;

/* ---------------------------------------------------------------- windows */

/**
 * The last window start computed for each window length: rules ask for the same few windows
 * thousands of times per run, and a run (or a roadmap month) asks them for one audit date at a time.
 */
const windowStarts = new Map<number, { asOf: CalendarDate; start: CalendarDate }>();

/**
 * Dates inside the last `months` months to `asOf` (dates after the audit date never count): exactly
 * `inLastMonths` (a test holds them equal), with the window's start computed once per audit date
 * instead of once per event.
 */
export function inWindow(date: CalendarDate, asOf: CalendarDate, months: number): boolean {
  let last = windowStarts.get(months);
  if (last === undefined || last.asOf !== asOf) {
    if (windowStarts.size > 64) windowStarts.clear();
    last = { asOf, start: addMonths(asOf, -months) };
    windowStarts.set(months, last);
  }
  return date > last.start && date <= asOf;
}

/**
 * The first day on which `date` is no longer inside a `months`-month window, if nothing new
 * happens: the day it "ages out". Usually `date + months`; one or two days later when month-end
 * clamping (2024-02-29 + 24 months = 2026-02-28) would leave it inside for a little longer.
 */
export function windowExit(date: CalendarDate, months: number): CalendarDate {
  const key = `${date}|${months}`;
  let day = windowExits.get(key);
  if (day === undefined) {
    day = addMonths(date, months);
    while (inLastMonths(date, day, months)) day = addDays(day, 1);
    if (windowExits.size > 4096) windowExits.clear();
    windowExits.set(key, day);
  }
  return day;
}

/** Exit days by `date|months`: the roadmap asks for the same events' exits every month it projects. */
const windowExits = new Map<string, CalendarDate>();

/**
 * The date a count of dated events in a `months`-month window falls below `line` if no new event
 * happens: the day the line-th most recent one ages out. Undefined when the count is already below.
 */
export function windowClearsBy(dates: readonly CalendarDate[], months: number, line: number): CalendarDate | undefined {
  if (line < 1 || dates.length < line) return undefined;
  const newestFirst = [...dates].sort().reverse();
  return windowExit(newestFirst[line - 1]!, months);
}

/**
 * When a finding that counts dated events in windows is gone, as the roadmap's month-end
 * evaluations see it (docs/roadmap.md): nothing new happens, so the rule's inputs change only on
 * `changes` (the days events leave a window, or are settled). The first month whose end finds the
 * rule quiet (`firesAt` false, evaluated as if the audit date were that day) is the month it
 * clears; the date given is the earliest change in that month from which it stays quiet to the
 * month's end. Exact for rules whose count only falls, and for those that may stop and start
 * again (a median gap), which a "last event leaves" date would get wrong. Undefined when the rule
 * still fires after the last change (or there is none).
 */
export function clearsOnMonthEnds(asOf: CalendarDate, changes: readonly CalendarDate[], firesAt: (date: CalendarDate) => boolean): CalendarDate | undefined {
  const firstMonth = monthIndex(monthOf(asOf)) + 1;
  const byMonth = new Map<number, CalendarDate[]>();
  for (const date of [...new Set(changes)].filter((d) => d > asOf).sort()) {
    const month = Math.max(monthIndex(monthOf(date)), firstMonth);
    const group = byMonth.get(month);
    if (group) group.push(date);
    else byMonth.set(month, [date]);
  }
  for (const group of byMonth.values()) {
    if (firesAt(group.at(-1)!)) continue;
    let from = group.at(-1)!;
    for (let i = group.length - 2; i >= 0 && !firesAt(group[i]!); i--) from = group[i]!;
    return from;
  }
  return undefined;
}

/* ---------------------------------------------------------------- the plan over time */

/**
 * The first plan month at whose end `clear` holds of the balances (a month's `balancesFen`): the
 * month a finding that reads balances is gone. Undefined when no month of the plan gets there.
 */
export function firstMonthWhere(plan: Pick<PlanResult, 'schedule'>, clear: (month: PlanMonth) => boolean): CalendarMonth | undefined {
  return plan.schedule.find(clear)?.month;
}

/**
 * The first plan month whose payments pass `clear`: the month a finding that reads a month's
 * payments is gone. When every month's payments fail and the plan pays everything off, the month
 * after its last payment (nothing is paid from then on); undefined when that would fall past the
 * calendar's end or the plan never pays off.
 */
export function firstPaymentMonthWhere(plan: Pick<PlanResult, 'schedule' | 'payable'>, clear: (month: PlanMonth) => boolean): CalendarMonth | undefined {
  const found = plan.schedule.find(clear)?.month;
  if (found !== undefined || !plan.payable || plan.schedule.length === 0) return found;
  const last = plan.schedule.at(-1)!.month;
  return last < MAX_MONTH ? addMonthsToMonth(last, 1) : undefined;
}

/** The plan month at whose end every one of `names` has no balance left (undefined: never, in the plan). */
export function allPaidOffBy(plan: Pick<PlanResult, 'schedule'>, names: readonly string[]): CalendarMonth | undefined {
  return firstMonthWhere(plan, (month) => names.every((name) => fenOf(month.balancesFen, name) === 0));
}

// Monthly series (one definition of "the last 3 months", shared with the planner's living-budget check).
export { monthsInWindow, monthsUpTo, recentMean } from '../series';

/* ---------------------------------------------------------------- severities */

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The more severe of two (critical beats high …); undefined counts as nothing. */
export function worse(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return severityRank(a) <= severityRank(b) ? a : b;
}

/* ---------------------------------------------------------------- outcomes */

export function missing(...paths: string[]): NotEvaluatedOutcome {
  return { missing: paths };
}

/** `path` is there but holds `has` of the `needs` items the rule needs (months, or scores within a window). */
export function tooShort(path: string, needs: number, has: number, unit: 'months' | 'scores' = 'months', withinMonths?: number): NotEvaluatedOutcome {
  return { missing: [path], reason: { kind: 'too_short', needs, has, unit, ...(withinMonths !== undefined ? { withinMonths } : {}) } };
}

/* ---------------------------------------------------------------- debts */

/** Distinct lenders are counted by `lender`, else the debt's name (as the planner counts them). */
export function lenderOf(debt: Pick<Debt, 'lender' | 'name'>): string {
  return debt.lender ?? debt.name;
}

/** The institution a debt is owed to, as 多头借贷 counts it (借呗 and 花呗 are one: src/profile/lenders.ts). */
export { debtLender } from '../profile/lenders';

/* ---------------------------------------------------------------- message values */

/** "借呗 ¥18,000.00" / "借呗 18,000.00元": a name and an amount, for a list (the shared phrase `name_value`). */
export function nameAndMoney(name: string, amountFen: number): PhraseValue {
  return { phrase: 'name_value', data: { name, value: { fen: amountFen } } };
}

/**
 * The end of a message built on these dated events: that `n` of their dates are estimates (the
 * questionnaire spread a count over its window, `estimated: true`), or nothing.
 */
export function datesNote(events: readonly { estimated?: boolean | undefined }[]): PhraseValue {
  const count = events.filter((event) => event.estimated === true).length;
  return count > 0 ? { phrase: 'dates_estimated', data: { count } } : { phrase: 'dates_given' };
}

/** "借呗 24%", the same in both languages. */
export function nameAndRate(name: string, rate: number): PhraseValue {
  return { phrase: 'name_value', data: { name, value: { rate } } };
}
