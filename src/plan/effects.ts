/**
 * What following the plan does to the profile's other parts (docs/roadmap.md): an unsettled overdue
 * is settled when the plan pays off its debt, and a credit line's used amount falls with the debts
 * drawn on it. The projection (src/projection) applies these, and the rules that forecast their own
 * clearsBy read them here, so the two can never disagree. Pure.
 */
import { dayNumber, lastDayOf, type CalendarDate, type CalendarMonth } from '../dates';
import { yuanToFen } from '../money';
import type { CreditLine, Debt, Profile } from '../profile/schema';
import type { PlanResult } from './types';

type Overdue = NonNullable<NonNullable<Profile['credit']>['overdues']>[number];

/** The longest an overdue may run in a profile (the schema's bound on `days`). */
export const MAX_OVERDUE_DAYS = 36_500;

/**
 * The debt an overdue entry belongs to: the first debt whose lender (or, without one, its name) or
 * whose name is the entry's lender. None when the entry names no lender.
 */
export function debtOfOverdue<D extends Pick<Debt, 'name' | 'lender'>>(debts: readonly D[], overdue: Pick<Overdue, 'lender'>): D | undefined {
  const lender = overdue.lender;
  if (lender === undefined) return undefined;
  return debts.find((debt) => (debt.lender ?? debt.name) === lender || debt.name === lender);
}

/** The month the plan pays each debt off, by name (debts it never pays off, or that start at zero, are absent). */
export function paidOffMonths(plan: Pick<PlanResult, 'order'>): Map<string, CalendarMonth> {
  const months = new Map<string, CalendarMonth>();
  for (const entry of plan.order) if (entry.paidOffMonth !== null) months.set(entry.debt, entry.paidOffMonth);
  return months;
}

/** How long an overdue ran when it ends on `date`: its days as given, or longer when it ran on until then. */
export function overdueDaysUntil(overdue: Pick<Overdue, 'date' | 'days'>, date: CalendarDate): number {
  return Math.min(MAX_OVERDUE_DAYS, Math.max(overdue.days, dayNumber(date) - dayNumber(overdue.date)));
}

export interface Settlement {
  /** The overdue entry's index in `credit.overdues`. */
  index: number;
  /** The last day of the plan month that pays its debt off. */
  date: CalendarDate;
  /** Days late by then (overdueDaysUntil). */
  days: number;
}

/**
 * The unsettled overdues (dated on or before the audit date) the plan settles: those whose debt it
 * pays off, each settled on the last day of that month. An entry whose debt the plan never pays
 * off, or that names no debt, stays unsettled.
 */
export function overdueSettlements(profile: Pick<Profile, 'credit' | 'debts'>, asOf: CalendarDate, plan: Pick<PlanResult, 'order'>): Settlement[] {
  const overdues = profile.credit?.overdues ?? [];
  if (!overdues.some((overdue) => !overdue.settled)) return [];
  const paidOff = paidOffMonths(plan);
  const settlements: Settlement[] = [];
  overdues.forEach((overdue, index) => {
    if (overdue.settled || overdue.date > asOf) return;
    const debt = debtOfOverdue(profile.debts, overdue);
    const month = debt === undefined ? undefined : paidOff.get(debt.name);
    if (month === undefined) return;
    const date = lastDayOf(month);
    settlements.push({ index, date, days: overdueDaysUntil(overdue, date) });
  });
  return settlements;
}

/**
 * A debt's figure in one of a plan month's records (balances, required payments), 0 when the
 * record has none for it. Only own keys count: a debt may be called "toString" (profile names are
 * free text), and a record of the debts open that month has no key for one paid off already.
 */
export function fenOf(record: Readonly<Record<string, number>>, name: string): number {
  return Object.hasOwn(record, name) ? record[name]! : 0;
}

/** The debts drawn on a credit line: those named as the line, or whose lender is. */
export function debtsOnLine<D extends Pick<Debt, 'name' | 'lender'>>(line: Pick<CreditLine, 'name'>, debts: readonly D[]): D[] {
  return debts.filter((debt) => debt.name === line.name || (debt.lender ?? debt.name) === line.name);
}

/**
 * A line's used amount (fen) once its debts are at the balances `balanceFen` gives: lower by what
 * the plan repaid on them, never below zero. Undefined when the line's used amount is not given.
 */
export function lineUsedFen(
  line: Pick<CreditLine, 'name' | 'used'>,
  debts: readonly Pick<Debt, 'name' | 'lender' | 'balance'>[],
  balanceFen: (name: string) => number,
): number | undefined {
  if (line.used === undefined) return undefined;
  let repaidFen = 0;
  for (const debt of debtsOnLine(line, debts)) repaidFen += yuanToFen(debt.balance) - balanceFen(debt.name);
  return Math.max(0, yuanToFen(line.used) - Math.max(0, repaidFen));
}
