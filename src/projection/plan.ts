/**
 * The plan as the rules see it at projection month k (docs/roadmap.md): the same plan, continued
 * from month k. Evaluating month k reads the balances at its end (the projected profile) and the
 * payments due in it — the plan's month k is the "first month" a rule reads (debt-to-income,
 * instalments, required payments) — so a finding that reads payments clears in the very plan month
 * its clearsBy names, as the plan's milestones do. Nothing is simulated again: the plan is made
 * once, and this only re-reads it. Pure.
 */
import { addMonthsToMonth, MAX_MONTH, type CalendarMonth } from '../dates';
import { countOnlineLenders, toPlanDebts } from '../plan';
import type { PlanMonth, PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import { projectedMonth } from './profile';

/** The debt-to-income lines of the plan's milestones (src/plan/planner.ts). */
const DTI_LINES = [
  ['dtiBelow50', 0.5],
  ['dtiBelow36', 0.36],
  ['dtiBelow20', 0.2],
] as const;

/**
 * `plan` continued from projection month `months` (≥ 1; 0 is the plan itself): its schedule from
 * that month on, the first-month figures of that month, the payoffs and milestones still ahead.
 * Past the end of a paid-off plan nothing is due; a plan that stopped early repeats its last month.
 */
export function continuePlan(plan: PlanResult, profile: Pick<Profile, 'debts'>, asOf: string, months: number): PlanResult {
  if (months === 0) return plan;
  const month = projectedMonth(asOf, months);
  const rest = restOf(plan, months, month);
  const first = rest[0];
  const firstMonthRequiredFen = first === undefined ? 0 : sum(Object.values(first.requiredFen));
  const income = plan.incomeFen;
  // The month before: its closing figures are this month's opening ones.
  const before = months === 1 ? undefined : plan.schedule[Math.min(months - 1, plan.schedule.length) - 1];
  const afterLast = (): CalendarMonth | null => {
    if (!plan.payable) return null;
    const last = rest.at(-1)?.month;
    if (last === undefined) return month;
    return last < MAX_MONTH ? addMonthsToMonth(last, 1) : null;
  };
  const milestones = (): PlanResult['milestones'] => {
    const found = { ...plan.milestones };
    for (const [key, line] of DTI_LINES) {
      found[key] = income > 0 ? (rest.find((m) => m.dtiPaymentsFen / income < line)?.month ?? afterLast()) : null;
    }
    return found;
  };
  const lendersAtMost2By = (): CalendarMonth | null => {
    const openingLenders = before === undefined ? countOnlineLenders(toPlanDebts(profile.debts)) : before.onlineLenders;
    return openingLenders <= 2 ? month : (rest.find((m) => m.onlineLenders <= 2)?.month ?? null);
  };
  let knownMilestones: PlanResult['milestones'] | undefined;
  let knownLenders: CalendarMonth | null | undefined;
  return {
    ...plan,
    firstMonthRequiredFen,
    firstMonthDtiPaymentsFen: first?.dtiPaymentsFen ?? 0,
    startBalanceFen: before === undefined ? plan.startBalanceFen : sum(Object.values(before.balancesFen)),
    requiredShare: income > 0 ? firstMonthRequiredFen / income : null,
    feasible: firstMonthRequiredFen <= plan.monthlyBudgetFen,
    warnings: plan.warnings.filter((warning) => warning.kind !== 'required_exceeds_budget' || warning.month >= month),
    months: plan.months === null ? null : Math.max(0, plan.months - (months - 1)),
    debtFreeBy: plan.debtFreeBy !== null && plan.debtFreeBy >= month ? plan.debtFreeBy : null,
    ...totalsFrom(plan, rest, months),
    order: plan.order.filter((entry) => entry.paidOffMonth === null || entry.paidOffMonth >= month),
    schedule: rest,
    // Read by few rules, if any, in a month: worked out when first read (37 months per roadmap).
    get milestones() {
      return (knownMilestones ??= milestones());
    },
    get lendersAtMost2By() {
      if (knownLenders === undefined) knownLenders = lendersAtMost2By();
      return knownLenders;
    },
  };
}

/** Interest and payments from month `months` on: sums over the rest of the schedule, made once per plan. */
function totalsFrom(plan: PlanResult, rest: readonly PlanMonth[], months: number): { totalInterestFen: number; totalPaidFen: number } {
  if (months > plan.schedule.length) {
    // Past the schedule: nothing, or the last month held.
    const held = rest[0];
    return { totalInterestFen: held ? sum(Object.values(held.interestFen)) : 0, totalPaidFen: held ? sum(Object.values(held.paymentsFen)) : 0 };
  }
  let suffix = suffixes.get(plan);
  if (suffix === undefined) {
    const n = plan.schedule.length;
    suffix = { interest: new Array<number>(n + 1).fill(0), paid: new Array<number>(n + 1).fill(0) };
    for (let i = n - 1; i >= 0; i--) {
      suffix.interest[i] = suffix.interest[i + 1]! + sum(Object.values(plan.schedule[i]!.interestFen));
      suffix.paid[i] = suffix.paid[i + 1]! + sum(Object.values(plan.schedule[i]!.paymentsFen));
    }
    suffixes.set(plan, suffix);
  }
  return { totalInterestFen: suffix.interest[months - 1]!, totalPaidFen: suffix.paid[months - 1]! };
}

const suffixes = new WeakMap<PlanResult, { interest: number[]; paid: number[] }>();

/** The schedule from month `months` (1 = the plan's first) on. */
function restOf(plan: PlanResult, months: number, month: CalendarMonth): PlanMonth[] {
  const { schedule } = plan;
  if (months <= schedule.length) return schedule.slice(months - 1);
  if (plan.payable || schedule.length === 0) return [];
  return [{ ...schedule.at(-1)!, month }];
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
