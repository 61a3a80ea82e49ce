/**
 * The projection (docs/roadmap.md): the profile as it would stand at the end of plan month k if the
 * plan is followed and nothing new happens. One pure function; the roadmap and the review month
 * (src/audit/review.ts) evaluate every rule on what it returns, and the what-if analysis builds on it.
 *
 * What moves, month k (k ≥ 1; k = 0 is the profile itself):
 * - `as_of` is the last day of plan month k (the audit month plus k);
 * - each debt's balance is its closing balance of month k in the plan's schedule, in yuan (exact:
 *   whole fen), and `months_left` counts down; `overdue: true` is cleared once the plan has paid the
 *   debt off;
 * - an unsettled overdue entry is settled on the last day of the month the plan pays its debt off
 *   (src/plan/effects.ts), its `days` running until then; one still unsettled runs on to `as_of`;
 * - a credit line's `used` falls by what the plan repaid on the debts drawn on it (never below 0);
 * - nothing new happens: inquiries, draws, overdues and large purchases dated after the audit date
 *   are left out (the audit did not count them and nothing new is assumed), as are months of a
 *   history after the audit month; events age out of their windows as `as_of` moves;
 * - each month that passes is recorded at the current figure: income.history at `income.monthly`,
 *   spending.history at the mean of the last 3 recorded months, sesame_history at `sesame_score`
 *   (else the latest recorded score) — from the audit month, or the month after the last one
 *   recorded, to month k. A history not given stays not given; the oldest entries go past 600.
 * Everything else (income, spending habits, assets, lines' limits and statuses) stays as it is.
 * Beyond the end of the plan's schedule a paid-off plan holds every balance at 0; a plan that stops
 * early (a debt whose payments never cover its interest) holds its last month's balances. A balance
 * such a debt grows past the profile's upper bound (MAX_YUAN) is held there.
 */
import { addMonthsToMonth, lastDayOf, monthFromIndex, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import { fenToYuan, yuanToFen } from '../money';
import { fenOf, lineUsedFen, overdueDaysUntil, overdueSettlements, paidOffMonths, type Settlement } from '../plan/effects';
import { RECENT_SPENDING_MONTHS } from '../plan/living';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import { MAX_YUAN } from '../profile/values';
import { monthsUpTo, recentMean } from '../series';

/** A monthly series may hold at most this many entries (the profile schema's bound). */
const MAX_SERIES = 600;

/** The date plan month k is evaluated on: the audit date for k = 0, else the last day of the audit month + k. */
export function projectedDate(asOf: CalendarDate, months: number): CalendarDate {
  return months === 0 ? asOf : lastDayOf(projectedMonth(asOf, months));
}

/** The calendar month of projection k: the audit month + k. */
export function projectedMonth(asOf: CalendarDate, months: number): CalendarMonth {
  return addMonthsToMonth(monthOf(asOf), months);
}

/**
 * The profile at the end of plan month `months` (see the module's comment). `plan` is the plan the
 * audit made for `profile` at `asOf`; `months` is a whole number from 0 to the months the calendar
 * leaves (dates end on 2999-12-31).
 */
export function projectProfile(profile: Profile, asOf: CalendarDate, plan: PlanResult, months: number): Profile {
  return projector(profile, asOf, plan)(months);
}

/**
 * projectProfile for the months of one audit: what does not depend on the month (the events the
 * audit knew, the series up to the audit month and the figures they continue at, the payoffs and
 * settlements of the plan) is worked out once. `projector(p, a, plan)(k)` is `projectProfile(p, a, plan, k)`.
 */
export function projector(profile: Profile, asOf: CalendarDate, plan: PlanResult): (months: number) => Profile {
  const known = <T extends { date: CalendarDate }>(items: readonly T[] | undefined) => items?.filter((item) => item.date <= asOf);
  const paidOff = paidOffMonths(plan);
  const credit = profile.credit;
  const inquiries = known(credit?.inquiries);
  const draws = known(credit?.draws);
  const overdues = credit?.overdues?.map((overdue, index) => ({ overdue, index })).filter(({ overdue }) => overdue.date <= asOf);
  const settlements = credit?.overdues === undefined ? new Map<number, Settlement>() : new Map(overdueSettlements(profile, asOf, plan).map((s) => [s.index, s]));
  const purchases = known(profile.spending?.large_purchases);
  const sesame = credit?.sesame_history?.map((point) => ({ month: point.month, amount: point.score }));
  const income = series(profile.income.history, asOf, () => profile.income.monthly);
  const spending = series(profile.spending?.history, asOf, (history) => {
    const recent = recentMean(history, asOf, RECENT_SPENDING_MONTHS);
    return recent === undefined ? undefined : fenToYuan(recent.meanFen);
  });
  const scores = series(sesame, asOf, (history) => credit?.sesame_score ?? history.at(-1)?.amount);

  return (months) => {
    if (months === 0) return profile;
    const month = projectedMonth(asOf, months);
    const date = lastDayOf(month);
    const balanceFen = balancesAt(profile, plan, months);
    const paidBy = (name: string) => {
      const paid = paidOff.get(name);
      return paid !== undefined && paid <= month;
    };
    const projected: Profile = {
      ...profile,
      as_of: date,
      income: income === undefined ? profile.income : { ...profile.income, history: income(month) },
      debts: profile.debts.map((debt) => {
        const next = { ...debt, balance: Math.min(fenToYuan(balanceFen(debt.name)), MAX_YUAN) };
        if (debt.months_left !== undefined && debt.repayment !== 'revolving') next.months_left = Math.max(1, debt.months_left - months);
        if (debt.overdue === true && paidBy(debt.name)) next.overdue = false;
        return next;
      }),
    };
    if (credit !== undefined) {
      const next = { ...credit };
      if (inquiries !== undefined) next.inquiries = inquiries;
      if (draws !== undefined) next.draws = draws;
      if (overdues !== undefined) {
        next.overdues = overdues.map(({ overdue, index }) => {
          if (overdue.settled) return overdue;
          const settlement = settlements.get(index);
          if (settlement !== undefined && settlement.date <= date) return { ...overdue, settled: true, days: settlement.days };
          return { ...overdue, days: overdueDaysUntil(overdue, date) };
        });
      }
      if (scores !== undefined) next.sesame_history = scores(month).map((point) => ({ month: point.month, score: point.amount }));
      projected.credit = next;
    }
    if (profile.credit_lines !== undefined) {
      projected.credit_lines = profile.credit_lines.map((line) => {
        const used = lineUsedFen(line, profile.debts, balanceFen);
        return used === undefined ? line : { ...line, used: fenToYuan(used) };
      });
    }
    if (profile.spending !== undefined) {
      const next = { ...profile.spending };
      if (spending !== undefined) next.history = spending(month);
      if (purchases !== undefined) next.large_purchases = purchases;
      projected.spending = next;
    }
    return projected;
  };
}

/** Each debt's balance (fen) at the end of projection month `months`, by name. */
function balancesAt(profile: Profile, plan: PlanResult, months: number): (name: string) => number {
  const { schedule } = plan;
  if (schedule.length === 0) {
    const given = new Map(profile.debts.map((debt) => [debt.name, yuanToFen(debt.balance)]));
    return (name) => given.get(name) ?? 0;
  }
  if (months > schedule.length && plan.payable) return () => 0;
  const balances = schedule[Math.min(months, schedule.length) - 1]!.balancesFen;
  return (name) => fenOf(balances, name);
}

type Point = { month: CalendarMonth; amount: number };

/**
 * A monthly series as each projected month sees it: the months after the audit month left out, and
 * the months from the audit month (or the one after the last recorded) to the projected month
 * recorded at `value` of the series kept. Unchanged when the series holds no month up to the audit
 * month or there is no value to record; undefined for a series not given.
 */
function series(given: readonly Point[] | undefined, asOf: CalendarDate, value: (kept: readonly Point[]) => number | undefined): ((month: CalendarMonth) => Point[]) | undefined {
  if (given === undefined) return undefined;
  const last = monthOf(asOf);
  // Oldest first, a month given twice once (the later entry), as the rules read a series: the
  // months recorded below then only ever follow, and the rules' reading of it (monthsUpTo) is free.
  const kept: readonly Point[] = monthsUpTo(given, asOf);
  const recorded = kept.at(-1)?.month;
  const amount = recorded === undefined ? undefined : value(kept);
  if (recorded === undefined || amount === undefined) {
    const unchanged = [...kept];
    return () => unchanged;
  }
  const from = Math.max(monthIndex(recorded) + 1, monthIndex(last));
  return (month) => {
    const all = [...kept];
    for (let index = from; index <= monthIndex(month); index++) all.push({ month: monthFromIndex(index), amount });
    return all.length > MAX_SERIES ? all.slice(all.length - MAX_SERIES) : all;
  };
}
