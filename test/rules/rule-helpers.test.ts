import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, inLastMonths } from '../../src/dates';
import { inWindow, median, monthsInWindow, monthsUpTo, ratio4, ratioEvidence, ratioOf, recentMean, snap, stdDev, windowClearsBy, windowExit } from '../../src/rules/helpers';

const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('1990-01-01', n));

describe('rule helpers', () => {
  it('counts a window exactly as inLastMonths does', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 60 }), (date, asOf, months) => {
        expect(inWindow(date, asOf, months)).toBe(inLastMonths(date, asOf, months));
      }),
      { numRuns: 2_000 },
    );
  });

  it('ages a date out on the first day it is outside its window, never earlier or later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (date, months) => {
        const exit = windowExit(date, months);
        expect(inLastMonths(date, exit, months)).toBe(false);
        expect(inLastMonths(date, addDays(exit, -1), months)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    expect(windowExit('2026-08-15', 24)).toBe('2028-08-15');
    expect(windowExit('2024-02-29', 24)).toBe('2026-03-01');
    expect(windowExit('2026-03-31', 1)).toBe('2026-05-01');
  });

  it('finds when a count falls below its line: the line-th newest leaves', () => {
    const dates = ['2026-10-25', '2026-09-01', '2026-10-01', '2026-08-10'];
    expect(windowClearsBy(dates, 3, 4)).toBe('2026-11-10');
    expect(windowClearsBy(dates, 3, 2)).toBe('2027-01-01');
    expect(windowClearsBy(dates, 3, 5)).toBeUndefined();
  });

  it('reads a monthly series up to the audit month, once per month (the later entry wins)', () => {
    const series = [
      { month: '2026-10', amount: 1 },
      { month: '2026-07', amount: 2 },
      { month: '2026-10', amount: 3 },
      { month: '2026-12', amount: 4 },
    ];
    expect(monthsUpTo(series, '2026-11-01')).toEqual([{ month: '2026-07', amount: 2 }, { month: '2026-10', amount: 3 }]);
    // The last 3 months of a 2026-11-01 audit are 2026-08 … 2026-11.
    expect(monthsInWindow(series, '2026-11-01', 3)).toEqual([{ month: '2026-10', amount: 3 }]);
  });

  it('averages the latest months in fen, rounding half up', () => {
    const series = [{ month: '2026-08', amount: 0.01 }, { month: '2026-09', amount: 0.02 }];
    // (1 + 2) / 2 = 1.5 fen → 2.
    expect(recentMean(series, '2026-11-01', 3)).toEqual({ meanFen: 2, months: ['2026-08', '2026-09'] });
    expect(recentMean([{ month: '2026-07', amount: 5 }], '2026-11-01', 3)).toBeUndefined();
  });

  it('computes medians, population deviations and safe ratios', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(stdDev([4_000, 6_000, 4_000, 6_000])).toBe(1_000);
    expect(ratioOf(0, 0)).toBe(0);
    expect(ratioOf(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(snap(0.0345 - 0.0335)).toBe(0.001);
    // A finite number too large to scale stays finite (found by the audit property test: a true APR
    // over a quoted rate of 5e-323 gave an evidence ratio of Infinity, which JSON cannot hold).
    expect(ratio4(1e305)).toBe(1e305);
    expect(ratioEvidence(0.3 / 3e-308)).toBe(0.3 / 3e-308);
    expect(ratioEvidence(Number.POSITIVE_INFINITY)).toBeNull();
    expect(snap(1e300)).toBe(1e300);
    expect(ratio4(-1e305)).toBe(-1e305);
    expect(ratio4(1.23456)).toBe(1.2346);
    expect(snap(0.001 * 365)).toBe(0.365);
  });
});
