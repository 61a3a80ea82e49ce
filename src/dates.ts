/**
 * Calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as plain strings.
 * Arithmetic goes through day numbers computed with Date.UTC, so no time zone can shift a day.
 */

export type CalendarDate = string;
export type CalendarMonth = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date such as 2024-02-29; false for 2026-02-30 or 2026-13-01. */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isCalendarMonth(text: string): boolean {
  const m = MONTH_RE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1900 && month >= 1 && month <= 12;
}

function parts(date: CalendarDate): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01 (UTC arithmetic, so calendar days only). */
export function dayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function fromDayNumber(days: number): CalendarDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's end: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function monthOf(date: CalendarDate): CalendarMonth {
  return date.slice(0, 7);
}

/** A month as a running index (year × 12 + month − 1), for differences and ordering. */
export function monthIndex(month: CalendarMonth): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new RangeError(`not a calendar month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): CalendarMonth {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

export function addMonthsToMonth(month: CalendarMonth, months: number): CalendarMonth {
  return monthFromIndex(monthIndex(month) + months);
}

/**
 * Whether `date` falls in the window of the last `months` calendar months ending on `asOf`:
 * after `asOf − months` and not after `asOf`. "Last 3 months" on 2026-11-01 is 2026-08-02 … 2026-11-01.
 */
export function inLastMonths(date: CalendarDate, asOf: CalendarDate, months: number): boolean {
  return date > addMonths(asOf, -months) && date <= asOf;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
