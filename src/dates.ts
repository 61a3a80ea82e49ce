/**
 * Calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as plain strings.
 * Arithmetic goes through day numbers computed with Date.UTC, so no time zone can shift a day.
 */

export type CalendarDate = string;
export type CalendarMonth = string;

/**
 * The range of dates limit-audit accepts and names, the same for a profile's dates, `--as-of` and
 * every month a plan prints: 1900-01-01 … 2999-12-31. A year outside it is a typo (9999, 0100), and
 * keeping every year at four digits keeps every month `YYYY-MM`.
 */
export const MIN_DATE: CalendarDate = '1900-01-01';
export const MAX_DATE: CalendarDate = '2999-12-31';
export const MAX_MONTH: CalendarMonth = '2999-12';

/*
 * Dates and months are read digit by digit rather than with a regular expression and a Date: these
 * few functions run thousands of times per profile (every window of every rule, every plan month),
 * and reading in place makes no garbage. test/dates.test.ts holds them equal to the Date-based
 * definitions on every day from 1900 to 3000 and on malformed text.
 */

/** The number the ASCII digits text[from, to) spell, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** YYYY-MM-DD as year × 10000 + month × 100 + day (digits only, no range check), or -1. */
function readDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
}

/** YYYY-MM as year × 100 + month (digits only, no range check), or -1. */
function readMonth(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  return year < 0 || month < 0 ? -1 : year * 100 + month;
}

/** Days in `month` (1–12) of `year`, as Date.UTC counts them (which reads years 0–99 as 1900–1999). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** True for a real calendar date such as 2024-02-29; false for 2026-02-30 or 2026-13-01. */
export function isCalendarDate(text: string): boolean {
  const date = readDate(text);
  if (date < 0) return false;
  const year = Math.floor(date / 10_000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar date inside MIN_DATE … MAX_DATE: what a profile's dates and `--as-of` must be. */
export function isDateInRange(text: string): boolean {
  return isCalendarDate(text) && text <= MAX_DATE;
}

export function isCalendarMonth(text: string): boolean {
  const value = readMonth(text);
  if (value < 0) return false;
  const month = value % 100;
  return Math.floor(value / 100) >= 1900 && month >= 1 && month <= 12;
}

function dateOrThrow(date: CalendarDate): number {
  const value = readDate(date);
  if (value < 0) throw new RangeError(`not a calendar date: ${date}`);
  return value;
}

/** Days since 1970-01-01 (UTC arithmetic, so calendar days only). */
export function dayNumber(date: CalendarDate): number {
  const value = dateOrThrow(date);
  return Date.UTC(Math.floor(value / 10_000), (Math.floor(value / 100) % 100) - 1, value % 100) / 86_400_000;
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
  const value = dateOrThrow(date);
  const index = Math.floor(value / 10_000) * 12 + (Math.floor(value / 100) % 100) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(value % 100, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function monthOf(date: CalendarDate): CalendarMonth {
  return date.slice(0, 7);
}

/** A month as a running index (year × 12 + month − 1), for differences and ordering. */
export function monthIndex(month: CalendarMonth): number {
  const value = readMonth(month);
  if (value < 0) throw new RangeError(`not a calendar month: ${month}`);
  return Math.floor(value / 100) * 12 + (value % 100) - 1;
}

/** Month names by index, made once each: a plan names up to 600 months, for each strategy. */
const monthNames = new Map<number, CalendarMonth>();

export function monthFromIndex(index: number): CalendarMonth {
  let name = monthNames.get(index);
  if (name === undefined) {
    name = `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
    // Bounded: every month named lies in 1900–2999 (MIN_DATE … MAX_DATE), 13,200 names at most.
    if (monthNames.size < 20_000) monthNames.set(index, name);
  }
  return name;
}

export function addMonthsToMonth(month: CalendarMonth, months: number): CalendarMonth {
  return monthFromIndex(monthIndex(month) + months);
}

/** The last day of a month: 2024-02 → 2024-02-29. */
export function lastDayOf(month: CalendarMonth): CalendarDate {
  const index = monthIndex(month);
  return `${month}-${pad(daysInMonth(Math.floor(index / 12), (index % 12) + 1), 2)}`;
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
