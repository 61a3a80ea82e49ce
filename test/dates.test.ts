import { describe, expect, it } from 'vitest';
import { addMonths, addMonthsToMonth, daysBetween, inLastMonths, isCalendarDate, isCalendarMonth } from '../src/dates';

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
