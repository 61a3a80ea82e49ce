/** Helpers the plan tests share. */
import type { PlanDebt, PlanResult } from '../../src/plan';

/** A debt with the given fields; otherwise an interest-free revolving online loan of 0, its own lender. */
export function debt(over: Partial<PlanDebt> & Pick<PlanDebt, 'name'>): PlanDebt {
  return { kind: 'online_loan', lender: over.name, balanceFen: 0, apr: 0, repayment: 'revolving', overdue: false, ...over };
}

/** Every month a plan names: schedule, payoff order, warnings, milestones, the online-lender month, debt-free month. */
export function monthsNamed(plan: PlanResult): string[] {
  return [
    ...plan.schedule.map((m) => m.month),
    ...plan.order.map((o) => o.paidOffMonth),
    ...plan.warnings.map((w) => w.month),
    ...Object.values(plan.milestones),
    plan.lendersAtMost2By,
    plan.debtFreeBy,
  ].filter((month): month is string => month !== null);
}
