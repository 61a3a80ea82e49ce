/** The 20/80 planner: pure functions over integer fen (product.md, "The repayment plan (20/80)"). */
export { toPlanDebts } from './convert';
export { incomeShortfall, livingBudgetCheck, RECENT_SPENDING_MONTHS, type IncomeShortfall, type LivingBudgetCheck } from './living';
export { avalancheCompare, clearedByRequiredOrder, countOnlineLenders, priorityOrder, snowballCompare } from './order';
export {
  annuityPaymentFen,
  dtiPaymentFen,
  firstMonthRequiredFen,
  levelPaymentFen,
  monthCostFen,
  monthlyInterestFen,
  periodFeeFen,
  requiredPaymentFen,
  revolvingMinimumFen,
} from './payments';
export { compareStrategies, planRepayment, splitIncome } from './planner';
export * from './types';
