/**
 * The projection (src/projection) as properties: projecting 0 months is the identity; a projected
 * profile is a valid profile dated the last day of its month; balances never rise while the plan
 * is followed; a finding that counts events in windows never comes back without a new event; and
 * the plan the rules read in month k is the plan from month k on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/audit';
import { lastDayOf } from '../../src/dates';
import { profileSchema, type Profile } from '../../src/profile/schema';
import { continuePlan, evaluateMonth, projectedMonth, projectionHorizon, projectProfile } from '../../src/projection';
import { macroFor } from '../../src/cli/load';
import { annualRate } from '../../src/profile/values';
import { yuanToFen } from '../../src/money';
import { asOfArb, profileArb } from '../reliability/arbitraries';
import { nearProfileArb, snapshot } from './helpers';

/** A revolving debt above 120 % a year can outgrow its 10 % minimum (src/plan/planner.ts): the plan says so, and its balance may rise. */
const mayGrow = (debt: Profile['debts'][number]) => debt.repayment === 'revolving' && annualRate(debt) > 1.2;

describe('projectProfile', () => {
  it('is the identity for 0 months', () => {
    fc.assert(
      fc.property(profileArb(), asOfArb, (profile, asOf) => {
        const plan = planFor(profile, asOf, 0.2, 'recovery');
        expect(projectProfile(profile, asOf, plan, 0)).toBe(profile);
        expect(continuePlan(plan, profile, asOf, 0)).toBe(plan);
      }),
      { numRuns: 60 },
    );
  });

  it('gives a valid profile, dated the last day of the month it projects', () => {
    fc.assert(
      fc.property(fc.oneof(nearProfileArb, profileArb()), asOfArb, fc.integer({ min: 1, max: 36 }), (profile, fallback, wanted) => {
        const asOf = profile.as_of ?? fallback;
        const months = projectionHorizon(asOf, wanted);
        fc.pre(months > 0);
        const projected = projectProfile(profile, asOf, planFor(profile, asOf, 0.2, 'recovery'), months);
        expect(projected.as_of).toBe(lastDayOf(projectedMonth(asOf, months)));
        const parsed = profileSchema.safeParse(projected);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never raises a balance or a line’s used amount while the plan is followed', () => {
    fc.assert(
      fc.property(fc.oneof(nearProfileArb, profileArb()), fc.constantFrom('recovery', 'avalanche', 'snowball' as const), (profile, strategy) => {
        const asOf = profile.as_of ?? '2026-11-01';
        const plan = planFor(profile, asOf, 0.2, strategy);
        let previous = profile;
        for (let k = 1; k <= projectionHorizon(asOf, 36); k++) {
          const next = projectProfile(profile, asOf, plan, k);
          next.debts.forEach((debt, i) => {
            if (!mayGrow(debt)) expect(yuanToFen(debt.balance), `${debt.name} in month ${k}`).toBeLessThanOrEqual(yuanToFen(previous.debts[i]!.balance));
          });
          (next.credit_lines ?? []).forEach((line, i) => {
            const before = previous.credit_lines![i]!.used;
            if (before !== undefined && !profile.debts.some(mayGrow)) expect(line.used!).toBeLessThanOrEqual(before);
          });
          previous = next;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('clears a debt’s overdue flag and settles its overdue entries in the month the plan pays it off, not before', () => {
    const profile: Profile = {
      version: 1,
      as_of: '2026-11-01',
      income: { monthly: 10_000 },
      credit: { overdues: [{ date: '2026-09-15', days: 47, lender: '借呗', settled: false }] },
      debts: [{ name: '借呗', kind: 'online_loan', balance: 3000, apr: 0.18, repayment: 'equal_installment', months_left: 12, overdue: true }],
    };
    const plan = planFor(profile, '2026-11-01', 0.2, 'recovery');
    const paidOff = plan.order[0]!.paidOffMonth!;
    // 3,000 at 2,000 a month (20 % of 10,000): paid off in the plan's second month.
    expect(paidOff).toBe('2027-01');
    const december = projectProfile(profile, '2026-11-01', plan, 1);
    expect(december.debts[0]!.overdue).toBe(true);
    // Still running: 107 days from 2026-09-15 to 2026-12-31.
    expect(december.credit!.overdues![0]).toEqual({ date: '2026-09-15', days: 107, lender: '借呗', settled: false });
    const january = projectProfile(profile, '2026-11-01', plan, 2);
    expect(january.debts[0]).toMatchObject({ balance: 0, overdue: false });
    // Settled on 2027-01-31: 138 days late.
    expect(january.credit!.overdues![0]).toEqual({ date: '2026-09-15', days: 138, lender: '借呗', settled: true });
  });

  it('moves a line’s used amount with the debt drawn on it, and records each month that passes at the current figures', () => {
    const profile: Profile = {
      version: 1,
      as_of: '2026-11-15',
      income: { monthly: 10_000, history: [{ month: '2026-09', amount: 9_000 }, { month: '2026-12', amount: 1 }] },
      credit: { sesame_score: 640, sesame_history: [{ month: '2026-10', score: 700 }], inquiries: [{ date: '2026-12-01', kind: 'loan' }] },
      credit_lines: [{ name: '花呗', limit: 8000, used: 7600 }, { name: '其他', limit: 1000, used: 500 }],
      debts: [{ name: '花呗', kind: 'credit_card', balance: 5000, daily_rate: 0.0005, repayment: 'revolving' }],
      spending: { history: [{ month: '2026-08', amount: 3000 }, { month: '2026-09', amount: 4000 }, { month: '2026-10', amount: 5000 }] },
    };
    const plan = planFor(profile, '2026-11-15', 0.2, 'recovery');
    const projected = projectProfile(profile, '2026-11-15', plan, 2);
    const balance = yuanToFen(projected.debts[0]!.balance);
    // Used falls by exactly what the plan repaid on 花呗 (5,000 → the month's balance); the other line is untouched.
    expect(yuanToFen(projected.credit_lines![0]!.used!)).toBe(760_000 - (500_000 - balance));
    expect(projected.credit_lines![1]).toEqual({ name: '其他', limit: 1000, used: 500 });
    // The future-dated month (2026-12 at 1) and inquiry are not facts of the audit date: left out.
    expect(projected.income.history).toEqual([
      { month: '2026-09', amount: 9_000 },
      { month: '2026-11', amount: 10_000 },
      { month: '2026-12', amount: 10_000 },
      { month: '2027-01', amount: 10_000 },
    ]);
    expect(projected.credit!.inquiries).toEqual([]);
    expect(projected.credit!.sesame_history).toEqual([
      { month: '2026-10', score: 700 },
      { month: '2026-11', score: 640 },
      { month: '2026-12', score: 640 },
      { month: '2027-01', score: 640 },
    ]);
    // Spending continues at the mean of the last 3 recorded months: 4,000.
    expect(projected.spending!.history!.slice(3)).toEqual([
      { month: '2026-11', amount: 4000 },
      { month: '2026-12', amount: 4000 },
      { month: '2027-01', amount: 4000 },
    ]);
  });
});

describe('the projected months', () => {
  /** Rules that count dated events in windows, whose finding only falls as events leave (borrowing-frequent's median gap may start again: see below). */
  const COUNTING = ['credit/inquiries-frequent', 'credit/overdue-history', 'credit/sesame-falling', 'spending/large-purchases'];

  it('never bring back a finding that counts events in windows once it is gone, without a new event', () => {
    fc.assert(
      fc.property(nearProfileArb, (profile) => {
        const asOf = profile.as_of!;
        const input = { profile, asOf, plan: planFor(profile, asOf, 0.2, 'recovery'), macro: macroFor(profile, snapshot) };
        const gone = new Set<string>();
        let settled = 0;
        for (let k = 0; k <= 36; k++) {
          const month = evaluateMonth(input, k);
          // A settlement is a new event for the overdue record: the overdue joins it.
          const nowSettled = (month.profile.credit?.overdues ?? []).filter((o) => o.settled).length;
          if (nowSettled > settled) gone.delete('credit/overdue-history');
          settled = nowSettled;
          for (const ruleId of COUNTING) {
            const there = month.findings.some((f) => f.ruleId === ruleId);
            if (there) expect(gone.has(ruleId), `${ruleId} is back in ${month.month}`).toBe(false);
            else if (k > 0) gone.add(ruleId);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('borrowing-frequent’s median gap may start again as older, sparser draws leave its window (the roadmap shows it; clearsBy counts it)', () => {
    // Gaps 60, 60, 5, 5, 20 days: a median of 20 does not fire; once the first draw leaves the
    // 6-month window the gaps are 60, 5, 5, 20 and their median, 12.5 days, is under 15.
    const draws = ['2026-03-01', '2026-04-30', '2026-06-29', '2026-07-04', '2026-07-09', '2026-07-29'].map((date) => ({ date }));
    const profile: Profile = { version: 1, as_of: '2026-08-15', income: { monthly: 10_000 }, credit: { draws }, debts: [] };
    const input = { profile, asOf: '2026-08-15', plan: planFor(profile, '2026-08-15', 0.2, 'recovery'), macro: macroFor(profile, snapshot) };
    const fires = (k: number) => evaluateMonth(input, k).findings.some((f) => f.ruleId === 'credit/borrowing-frequent');
    expect([0, 1, 2].map(fires)).toEqual([false, true, true]);
  });
});

describe('continuePlan', () => {
  it('is the plan from month k on: its schedule, what is due first, the payoffs still ahead', () => {
    fc.assert(
      fc.property(nearProfileArb, fc.integer({ min: 1, max: 36 }), (profile, k) => {
        const asOf = profile.as_of!;
        const plan = planFor(profile, asOf, 0.2, 'recovery');
        const continued = continuePlan(plan, profile, asOf, k);
        const month = projectedMonth(asOf, k);
        if (k <= plan.schedule.length) {
          expect(continued.schedule[0]!.month).toBe(month);
          expect(continued.schedule).toEqual(plan.schedule.slice(k - 1));
          expect(continued.firstMonthDtiPaymentsFen).toBe(plan.schedule[k - 1]!.dtiPaymentsFen);
        } else if (plan.payable) {
          expect(continued.schedule).toEqual([]);
          expect(continued.firstMonthRequiredFen).toBe(0);
        }
        for (const entry of continued.order) expect(entry.paidOffMonth === null || entry.paidOffMonth >= month).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
