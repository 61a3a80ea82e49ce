/** From the profile as the user wrote it (yuan, apr, daily rate or fee) to the planner's debts (fen, apr). */
import { yuanToFen } from '../money';
import type { Profile } from '../profile/schema';
import { annualRate } from '../profile/values';
import { debtRate } from './apr';
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
      // A fee instalment has no interest rate: its true APR (the IRR of its contract) ranks it. An
      // up-front fee is paid already, so it does not change what carrying the balance costs.
      apr: debt.repayment === 'fee_installment' ? debtRate(debt).apr : annualRate(debt),
      repayment: debt.repayment,
      overdue: debt.overdue ?? false,
    };
    if (debt.months_left !== undefined) planDebt.monthsLeft = debt.months_left;
    if (debt.min_payment !== undefined) planDebt.minPaymentFen = yuanToFen(debt.min_payment);
    if (debt.repayment === 'fee_installment') {
      planDebt.installment = {
        originalFen: yuanToFen(debt.original_principal ?? debt.balance),
        periods: debt.periods ?? debt.months_left ?? 1,
        feeRate: debt.fee_rate ?? 0,
      };
    }
    return planDebt;
  });
}
