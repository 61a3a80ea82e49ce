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
  const openingLenders = before === undefined ? countOnlineLenders(toPlanDebts(profile.debts)) : before.onlineLenders;
  const afterLast = (): CalendarMonth | null => {
    if (!plan.payable) return null;
    const last = rest.at(-1)?.month;
    if (last === undefined) return month;
    return last < MAX_MONTH ? addMonthsToMonth(last, 1) : null;
  };
  const milestones = { ...plan.milestones };
  for (const [key, line] of DTI_LINES) {
    milestones[key] = income > 0 ? (rest.find((m) => m.dtiPaymentsFen / income < line)?.month ?? afterLast()) : null;
  }
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
    totalInterestFen: sum(rest.map((m) => sum(Object.values(m.interestFen)))),
    totalPaidFen: sum(rest.map((m) => sum(Object.values(m.paymentsFen)))),
    order: plan.order.filter((entry) => entry.paidOffMonth === null || entry.paidOffMonth >= month),
    milestones,
    lendersAtMost2By: openingLenders <= 2 ? month : (rest.find((m) => m.onlineLenders <= 2)?.month ?? null),
    schedule: rest,
  };
}

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
