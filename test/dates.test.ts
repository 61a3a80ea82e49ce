import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addMonthsToMonth,
  dayNumber,
  daysBetween,
  daysInMonth,
  inLastMonths,
  isCalendarDate,
  isCalendarMonth,
  isDateInRange,
  MAX_DATE,
  MAX_MONTH,
  MIN_DATE,
  monthFromIndex,
  monthIndex,
} from '../src/dates';

describe('calendar dates', () => {
  it('accepts real dates, leap days included, and rejects impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarMonth('2026-12')).toBe(true);
    expect(isCalendarMonth('2026-00')).toBe(false);
  });
  it('keeps to one range, 1900-01-01 … 2999-12-31, for a profile’s dates, --as-of and the plan', () => {
    expect([MIN_DATE, MAX_DATE, MAX_MONTH]).toEqual(['1900-01-01', '2999-12-31', '2999-12']);
    for (const date of ['1900-01-01', '2026-11-01', '2999-12-31', '2000-02-29']) expect(isDateInRange(date), date).toBe(true);
    // 9999-06-01 once gave plan months such as 10001-01; 0100-01-01 an internal error
    for (const date of ['1899-12-31', '3000-01-01', '9999-06-01', '0100-01-01', '2026-02-30', '2026-1-01', '']) expect(isDateInRange(date), date).toBe(false);
  });
  it('adds months clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-01', -24)).toBe('2024-11-01');
    expect(addMonthsToMonth('2026-12', 1)).toBe('2027-01');
    expect(addMonthsToMonth('2027-01', -1)).toBe('2026-12');
  });
  it('counts days across a DST-free calendar', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
  it('windows count back from the audit date, excluding its start', () => {
    expect(inLastMonths('2026-08-02', '2026-11-01', 3)).toBe(true);
    expect(inLastMonths('2026-08-01', '2026-11-01', 3)).toBe(false);
    expect(inLastMonths('2026-11-02', '2026-11-01', 3)).toBe(false);
  });
});

/**
 * src/dates.ts reads dates digit by digit for speed; these are the plain definitions it replaced
 * (a regular expression and Date.UTC), and the two must agree everywhere.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const reference = {
  daysInMonth: (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate(),
  isCalendarDate(text: string): boolean {
    const m = DATE_RE.exec(text);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= reference.daysInMonth(year, month);
  },
  isCalendarMonth(text: string): boolean {
    const m = MONTH_RE.exec(text);
    return m !== null && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  },
  addMonths(date: string, months: number): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const index = y * 12 + (m - 1) + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = Math.min(d, reference.daysInMonth(year, month));
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  },
  dayNumber(date: string): number {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  },
  monthIndex: (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1,
};

describe('the digit-by-digit date reading agrees with the Date-based definitions', () => {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  it('on every day from 1900 to 3000, and every month', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(3000, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const date = iso(day);
      if (!isCalendarDate(date) || dayNumber(date) !== day) expect.fail(`${date}: ${isCalendarDate(date)} ${dayNumber(date)} ≠ ${day}`);
      if (date.endsWith('-01')) {
        const month = date.slice(0, 7);
        if (!isCalendarMonth(month) || monthIndex(month) !== reference.monthIndex(month) || monthFromIndex(monthIndex(month)) !== month) expect.fail(month);
        for (let y = 0; y <= 99; y += 33) expect(daysInMonth(y, Number(date.slice(5, 7)))).toBe(reference.daysInMonth(y, Number(date.slice(5, 7))));
      }
    }
  });
  it('on dates, months and shifts drawn at random, malformed text included', () => {
    const digit = fc.constantFrom(...'0123456789');
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.tuple(fc.array(digit, { minLength: 3, maxLength: 5 }), fc.array(digit, { minLength: 1, maxLength: 3 }), fc.array(digit, { minLength: 1, maxLength: 3 })).map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`),
      fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 })).map(([y, m]) => `${y.join('')}-${m.join('')}`),
      fc.constantFrom('２０２６-01-01', '2026-01-01\n', ' 2026-01', '2026/01/01', '2026-0a-01', '0000-02-29', '1900-02-29', '2000-02-29'),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(isCalendarDate(value)).toBe(reference.isCalendarDate(value));
        expect(isCalendarMonth(value)).toBe(reference.isCalendarMonth(value));
      }),
      { numRuns: 5000 },
    );
    const date = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map(iso);
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), (value, months) => {
        expect(addMonths(value, months)).toBe(reference.addMonths(value, months));
        expect(addMonthsToMonth(value.slice(0, 7), months)).toBe(reference.addMonths(`${value.slice(0, 7)}-01`, months).slice(0, 7));
      }),
      { numRuns: 5000 },
    );
  });
  it('still refuses what is not a date or a month where one is required', () => {
    expect(() => dayNumber('2026-1-01')).toThrow(RangeError);
    expect(() => addMonths('20260101', 1)).toThrow(RangeError);
    expect(() => monthIndex('2026-1')).toThrow(RangeError);
  });
});
