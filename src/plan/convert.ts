/** From the profile as the user wrote it (yuan, apr or daily rate) to the planner's debts (fen, apr). */
import { yuanToFen } from '../money';
import type { Profile } from '../profile/schema';
import { annualRate } from '../profile/values';
import type { PlanDebt } from './types';

export function toPlanDebts(debts: Profile['debts']): PlanDebt[] {
  return debts.map((debt) => {
    const planDebt: PlanDebt = {
      name: debt.name,
      kind: debt.kind,
      // Online lenders are counted by lender (多头借贷); a debt without one stands for itself.
      lender: debt.lender ?? debt.name,
      balanceFen: yuanToFen(debt.balance),
      // daily_rate × 365, exact in decimal (values.ts): the simple day count Huabei and card pages use.
      apr: annualRate(debt),
      repayment: debt.repayment,
      overdue: debt.overdue ?? false,
    };
    if (debt.months_left !== undefined) planDebt.monthsLeft = debt.months_left;
    if (debt.min_payment !== undefined) planDebt.minPaymentFen = yuanToFen(debt.min_payment);
    return planDebt;
  });
}
