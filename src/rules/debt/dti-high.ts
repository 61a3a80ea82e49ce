import type { CalendarMonth } from '../../dates';
import { yuanToFen } from '../../money';
import { firstPaymentMonthWhere, ratioEvidence, ratioOf, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/dti-high',
  area: 'debt',
  needs: ['debts', 'income.monthly'],
  thresholds: { low: 0.2, medium: 0.36, high: 0.5, critical: 0.7 },
  bounds: {
    low: { kind: 'ratio', min: 0, max: 5 },
    medium: { kind: 'ratio', min: 0.01, max: 5 },
    high: { kind: 'ratio', min: 0.01, max: 5 },
    critical: { kind: 'ratio', min: 0.01, max: 5 },
  },
  order: ['low <= medium', 'medium <= high', 'high <= critical'],
  basis: ['convention', 'heuristic'],
  text: {
    en: {
      title: 'Debt payments high against income',
      summary: 'Debt-to-income: the first month\'s required payments (cards at 10 % of balance) ÷ monthly income',
      ladder: 'above 20 % → low; ≥36 % → medium; ≥50 % → high; ≥70 % → critical',
      messages: {
        ratio:
          'Debt payments of {payments} a month, as lenders count them (credit cards at 10 % of their balance), are {dti} of your income of {income}; the line is {line}.',
        no_income: 'Debt payments of {payments} a month, as lenders count them, with no income recorded.',
      },
      recommendation: {
        ratio:
          'Take on no new debt until the ratio is under {low} (the month shown as clears-by, if the plan is followed). Above 50 %, ask your lenders this month to stretch the term or convert to instalments (延期 / 分期), because most banks stop lending there. Pay down the debts with the largest monthly payments first.',
        no_income:
          'Record your current income, or, if there is none, contact every lender this week to agree reduced payments before one is missed.',
      },
      rationale:
        'Chinese lenders compute debt-to-income as monthly loan repayments plus 10 % of credit-card balances, divided by monthly income; ≤50 % is the common red line, and some sheets allow 65–70 % for high earners (source A7; a lender convention, medium confidence). 36 % is the US consumer guidance of the CFPB (source F2), and 20 % is this tool\'s repayment budget, the 20 in 20/80 (sources F4, F5). Those two lower lines are heuristics.',
      thresholds: {
        low: 'a ratio above this is low',
        medium: 'a ratio of at least this is medium',
        high: 'a ratio of at least this is high',
        critical: 'a ratio of at least this is critical',
      },
    },
    zh: {
      title: '负债收入比偏高',
      summary: '负债收入比：计划首月应还款（信用卡按已用额度的10%计）÷ 月收入',
      ladder: '超过20% → 低；≥36% → 中；≥50% → 高；≥70% → 严重',
      messages: {
        ratio: '按机构口径（信用卡按已用额度的10%计），每月应还{payments}，占月收入{income}的{dti}，警戒线为{line}。',
        no_income: '按机构口径每月应还{payments}，但没有记录收入。',
      },
      recommendation: {
        ratio:
          '在负债收入比降到{low}以下（即"预计消除"所示月份，前提是按计划还款）之前，不要新增任何负债。超过50%时，本月就联系机构申请延长期限或转分期，因为多数银行到这条线就不再放款。优先还月供最高的债务。',
        no_income: '请填写当前收入；如果确实没有收入，本周内联系每一家机构协商降低还款额，避免出现逾期。',
      },
      rationale:
        '国内机构计算负债率的口径是：每月贷款还款额加信用卡已用额度的10%，再除以月收入；常见红线为50%，部分机构对高收入者放宽到65%–70%（来源 A7，机构惯例，中等可信度）。36%是美国消费者金融保护局的建议线（来源 F2），20%是本工具的还款预算，即20/80中的20（来源 F4、F5），这两条较低的线属经验设定。',
      thresholds: {
        low: '比例超过此值为低',
        medium: '比例达到此值为中（含）',
        high: '比例达到此值为高（含）',
        critical: '比例达到此值为严重（含）',
      },
    },
  },
  sources: ['A7', 'F2', 'F4', 'F5', 'seed (负债率)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const incomeFen = yuanToFen(profile.income.monthly);
    // The planner already counts cards at 10 % of their opening balance (A7).
    const paymentsFen = plan.firstMonthDtiPaymentsFen;
    const dti = ratioOf(paymentsFen, incomeFen);
    let severity: Severity | undefined;
    let line = t.low;
    if (dti >= t.critical) [severity, line] = ['critical', t.critical];
    else if (dti >= t.high) [severity, line] = ['high', t.high];
    else if (dti >= t.medium) [severity, line] = ['medium', t.medium];
    else if (dti > t.low) severity = 'low';
    if (severity === undefined) return null;

    // Clears in the first plan month whose ratio is back at or under the lowest line, or, when even
    // the last instalment is above it, the month after the last payment: the plan's dtiBelow20
    // milestone, computed here so an overridden line is honoured. A plan built without its
    // schedule leaves only the milestone. A finding at medium or above that passes through low
    // first says when it falls under the medium line: the review month reads it (docs/roadmap.md).
    const ratioIn = (m: { dtiPaymentsFen: number }) => ratioOf(m.dtiPaymentsFen, incomeFen);
    let clearsBy: CalendarMonth | undefined;
    let belowMediumBy: CalendarMonth | undefined;
    if (plan.schedule.length === 0) {
      clearsBy = plan.milestones.dtiBelow20 ?? undefined;
    } else {
      clearsBy = firstPaymentMonthWhere(plan, (m) => ratioIn(m) <= t.low);
      if (severity !== 'low') belowMediumBy = firstPaymentMonthWhere(plan, (m) => ratioIn(m) < t.medium);
    }
    if (belowMediumBy === clearsBy) belowMediumBy = undefined;

    const evidence = {
      dti: ratioEvidence(dti),
      threshold: line,
      monthlyPayments: yuan(paymentsFen),
      income: yuan(incomeFen),
      thresholds: { ...t },
    };
    const clears = { ...(clearsBy !== undefined ? { clearsBy } : {}), ...(belowMediumBy !== undefined ? { belowMediumBy } : {}) };
    const payments = { fen: paymentsFen };
    if (incomeFen === 0) return outcome({ severity, messageId: 'no_income', data: { payments }, evidence, ...clears });
    return outcome({
      severity,
      messageId: 'ratio',
      data: { payments, income: { fen: incomeFen }, dti: { rate: dti }, line: { rate: line }, low: { rate: t.low } },
      evidence,
      ...clears,
    });
  },
});
