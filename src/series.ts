/**
 * Monthly series of a profile (income.history, spending.history): one reading of "the last N months"
 * for the rules and the planner's living-budget check. Pure.
 */
import { monthFromIndex, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from './dates';
import { roundHalfUp, yuanToFen } from './money';

/**
 * Items of a monthly series up to the audit month, oldest first (later months are not counted).
 * A month given twice counts once, the later entry winning.
 */
export function monthsUpTo<T extends { month: CalendarMonth }>(items: readonly T[], asOf: CalendarDate): readonly T[] {
  const last = monthOf(asOf);
  const known = upTo.get(items);
  if (known !== undefined && known.last === last) return known.result as readonly T[];
  if (inOrderUpTo(items, last)) return items;
  const byMonth = new Map<CalendarMonth, T>();
  for (const item of items) if (item.month <= last) byMonth.set(item.month, item);
  const result = [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  upTo.set(items, { last, result });
  return result;
}

/** Whether a series is already what monthsUpTo makes of it: months strictly increasing, none after `last`. */
function inOrderUpTo(items: readonly { month: CalendarMonth }[], last: CalendarMonth): boolean {
  for (let i = 0; i < items.length; i++) {
    const month = items[i]!.month;
    if (month > last || (i > 0 && month <= items[i - 1]!.month)) return false;
  }
  return true;
}

/**
 * The last answer for each series: several rules read one series for one audit month (spending
 * history: over-budget, thin-buffer, spike), and the roadmap asks again every month it projects.
 * Keyed by the series itself, so a series nobody holds any more is forgotten with it.
 */
const upTo = new WeakMap<readonly object[], { last: CalendarMonth; result: readonly object[] }>();

/**
 * Items of a monthly series whose month overlaps the last `months` months to `asOf`: from the
 * month `months` before the audit month through the audit month. On 2026-11-01 the last 3 months
 * are 2026-08 … 2026-11, oldest first.
 */
export function monthsInWindow<T extends { month: CalendarMonth }>(items: readonly T[], asOf: CalendarDate, months: number): T[] {
  // Months compare as text (YYYY-MM): the first month named once, not every item's read.
  const first = monthFromIndex(monthIndex(monthOf(asOf)) - months);
  return monthsUpTo(items, asOf).filter((item) => item.month >= first);
}

/**
 * Mean monthly amount (fen, rounded half up) of the latest `count` recorded months within the window
 * from `count` months before the audit month through the audit month ("mean spending of the last
 * 3 months": on 2026-11-01 the latest 3 of 2026-08 … 2026-11 — the audit month is usually not over,
 * so a history that ends with last month still gives 3 months); undefined when none is recorded.
 */
export function recentMean(
  items: readonly { month: CalendarMonth; amount: number }[],
  asOf: CalendarDate,
  count: number,
): { meanFen: number; months: CalendarMonth[] } | undefined {
  const recent = monthsInWindow(items, asOf, count).slice(-count);
  if (recent.length === 0) return undefined;
  const totalFen = recent.reduce((sum, item) => sum + yuanToFen(item.amount), 0);
  return { meanFen: roundHalfUp(totalFen / recent.length), months: recent.map((item) => item.month) };
}
