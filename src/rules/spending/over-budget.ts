import { roundHalfUp, yuanToFen } from '../../money';
import { missing, ratioEvidence, ratioOf, recentMean, tooShort, yuan } from '../helpers';
import { defineRule } from '../types';

const RECENT_MONTHS = 3;

export default defineRule({
  id: 'spending/over-budget',
  area: 'spending',
  needs: ['spending.history', 'income.monthly'],
  thresholds: { living_share: 0.8 },
  bounds: { living_share: { kind: 'ratio', min: 0.1, max: 2 } },
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Spending over budget',
      summary: 'Mean spending of the last 3 months against the 80 % living budget, and spending plus debt payments against income',
      ladder: 'spending above 80 % of income, or above what the plan leaves for living → medium; spending plus required debt payments above income → high',
      messages: {
        over_income:
          'Spending of {spending} a month (mean of the last {months}) plus required debt payments of {payments} comes to {total}, more than your income of {income}.',
        over_budget:
          'Spending of {spending} a month (mean of the last {months}) is {share} of your income of {income}, above the living budget of {line} ({budget}).',
        over_plan:
          'Spending of {spending} a month (mean of the last {months}) is more than the {budget} the plan leaves for living once it pays {payments} a month towards debt, out of your income of {income}.',
      },
      recommendation: {
        over_income:
          'You are short by {gap} every month, and that gap is being borrowed. From next month cut spending by at least that amount: list the fixed costs, cap the rest, and pause 花呗 and card instalment purchases. If that is not enough, ask your lenders for smaller instalments before a payment is missed.',
        over_budget:
          'Bring monthly spending under {budget} from next month: list the fixed costs, cap the rest, and pause 花呗 and card instalment purchases. What you save goes to the repayment budget and the cash buffer.',
        over_plan:
          'Bring monthly spending under {budget} from next month, or the plan will not hold: list the fixed costs, cap the rest, and pause 花呗 and card instalment purchases. If that cannot be done, choose a smaller repayment share (--share) or ask your lenders for smaller instalments.',
      },
      rationale:
        'The 20/80 split keeps 80 % of income for living and saving and 20 % for repayment, a stricter cousin of the 50/30/20 rule (sources F4, F5): a heuristic. The living budget is the lower of that line and what the plan actually leaves for living (less when the plan pays a larger share, or required payments above its budget), so this finding and the plan\'s living-budget line always agree. Spending plus required payments above income means the difference is being borrowed or taken from savings.',
      thresholds: { living_share: 'mean spending above this share of income is medium (or above what the plan leaves for living, when that is less)' },
    },
    zh: {
      title: '支出超出预算',
      summary: '近3个月平均支出对照80%的生活预算，以及支出加应还款对照收入',
      ladder: '支出超过收入的80%，或超过计划留给生活的金额 → 中；支出加应还款超过收入 → 高',
      messages: {
        over_income: '每月支出{spending}（近{months}平均）加上应还款{payments}，合计{total}，超过月收入{income}。',
        over_budget: '每月支出{spending}（近{months}平均），占月收入{income}的{share}，超过{line}的生活预算（{budget}）。',
        over_plan: '每月支出{spending}（近{months}平均），超过计划留给生活的{budget}：月收入{income}中，计划每月要拿出{payments}还债。',
      },
      recommendation: {
        over_income:
          '你每月缺口{gap}，这个缺口正在靠借钱填补。从下个月起至少削减这么多支出：列出固定开支，给其余开支设上限，暂停花呗和信用卡分期消费。如果仍然不够，在出现逾期之前向机构申请降低月供。',
        over_budget: '从下个月起把每月支出控制在{budget}以内：列出固定开支，给其余开支设上限，暂停花呗和信用卡分期消费。省下的钱用于还款预算和应急资金。',
        over_plan: '从下个月起把每月支出控制在{budget}以内，否则计划无法执行：列出固定开支，给其余开支设上限，暂停花呗和信用卡分期消费。如果做不到，请选择较小的还款比例（--share），或向机构申请降低月供。',
      },
      rationale:
        '20/80分配把收入的80%留给生活和储蓄、20%用于还款，比50/30/20法则更严格（来源 F4、F5）：属经验设定。生活预算取这条线与计划实际留给生活的金额中较低者（计划还款比例更高、或必还金额超过还款预算时会更少），因此本条结论与计划中的生活预算始终一致。支出加应还款超过收入，说明差额正在靠借款或动用储蓄填补。',
      thresholds: { living_share: '平均支出超过收入的此比例为中（计划留给生活的金额更少时，以该金额为准）' },
    },
  },
  sources: ['F4', 'F5', 'seed (消费)'],
  check({ profile, asOf, plan, thresholds: t, outcome }) {
    const history = profile.spending?.history;
    if (history === undefined) return missing('spending.history');
    const recent = recentMean(history, asOf, RECENT_MONTHS);
    if (recent === undefined) return tooShort('spending.history', 1, 0, 'months', RECENT_MONTHS);
    const incomeFen = yuanToFen(profile.income.monthly);
    const spendingFen = recent.meanFen;
    const paymentsFen = plan.firstMonthRequiredFen;
    const totalFen = spendingFen + paymentsFen;
    const share = ratioOf(spendingFen, incomeFen);
    // The rule's line, or what the plan leaves for living when that is less (a larger --share, or
    // required payments above the plan's budget): the plan's living-budget line reads the same
    // figure, so the two never disagree. Fen against fen, as the plan compares.
    const lineFen = roundHalfUp(incomeFen * t.living_share);
    const planLeavesLess = plan.livingBudgetFen < lineFen;
    const budgetFen = planLeavesLess ? plan.livingBudgetFen : lineFen;
    const common = { spending: { fen: spendingFen }, months: { months: recent.months.length }, income: { fen: incomeFen } };
    const evidence = {
      spending: yuan(spendingFen),
      monthsUsed: recent.months,
      requiredPayments: yuan(paymentsFen),
      income: yuan(incomeFen),
      spendingShare: ratioEvidence(share),
      livingBudget: yuan(budgetFen),
      livingBudgetFrom: planLeavesLess ? 'plan' : 'threshold',
      thresholds: { ...t },
    };
    if (totalFen > incomeFen) {
      const data = { ...common, payments: { fen: paymentsFen }, total: { fen: totalFen }, gap: { fen: totalFen - incomeFen } };
      return outcome({ severity: 'high', messageId: 'over_income', data, evidence });
    }
    if (spendingFen <= budgetFen) return null;
    if (planLeavesLess) {
      const data = { ...common, payments: { fen: incomeFen - budgetFen }, budget: { fen: budgetFen } };
      return outcome({ severity: 'medium', messageId: 'over_plan', data, evidence });
    }
    const data = { ...common, share: { rate: share }, line: { rate: t.living_share }, budget: { fen: budgetFen } };
    return outcome({ severity: 'medium', messageId: 'over_budget', data, evidence });
  },
});
