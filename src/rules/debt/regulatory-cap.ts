import { fenOf } from '../../plan/effects';
import { yuanToFen } from '../../money';
import { firstMonthWhere, yuan } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/regulatory-cap',
  area: 'debt',
  needs: ['debts', 'income.monthly'],
  thresholds: { cap_yuan: 300_000, income_months: 4 },
  bounds: { cap_yuan: { kind: 'money', min: 0, max: 10_000_000 }, income_months: { kind: 'months', min: 0.5, max: 120 } },
  basis: ['regulation'],
  text: {
    en: {
      title: 'Online loans above the per-person cap',
      summary: 'Total online-loan balance against the draft per-person cap (the lower of ¥300,000 and a third of annual income)',
      ladder: 'medium when above the cap',
      messages: {
        above:
          'Online loans total {total}, above the per-person cap of {cap}: the lower of {capAmount} and a third of annual income ({incomeCap}, monthly income × {months}).',
      },
      recommendation:
        'Bring your online-loan balances under {cap}: follow the plan and take no new online loan until you are there. A lender that applies the cap will not raise your line while you are above it.',
      rationale:
        'The 2020 draft rules for online micro-loans cap a person\'s balance at ¥300,000 and at a third of their average annual income over 3 years, whichever is lower (source C1; a regulation, high confidence as to the text). It is still a draft (2020): whether a final rule was issued is unconfirmed, so treat it as a regulatory signal, not a law that binds you. The tool estimates a third of annual income as monthly income × 4.',
      thresholds: {
        cap_yuan: 'the absolute cap in yuan',
        income_months: 'months of income making up the income cap (4 = a third of a year)',
      },
    },
    zh: {
      title: '网贷余额超过个人上限',
      summary: '网贷余额合计对照征求意见稿的个人上限（30万元与年收入三分之一取低者）',
      ladder: '超过上限 → 中',
      messages: {
        above: '网贷余额合计{total}，超过个人上限{cap}：取{capAmount}与年收入三分之一（{incomeCap}，即月收入×{months}）中的较低者。',
      },
      recommendation: '把网贷余额降到{cap}以下：按计划还款，在此之前不开新的网贷。按这一上限放款的机构，在你超限期间不会提高你的额度。',
      rationale:
        '2020年《网络小额贷款业务管理暂行办法（征求意见稿）》规定，个人网络小贷余额原则上不超过30万元，且不超过其最近3年年均收入的三分之一，取较低者（来源 C1，法规，条文可信度高）。它仍是征求意见稿（2020年），是否正式发布尚未确认，因此应视为监管信号，而不是对你有约束力的法律。本工具用月收入×4估算年收入的三分之一。',
      thresholds: {
        cap_yuan: '绝对上限（元）',
        income_months: '收入上限对应的月收入倍数（4 = 年收入的三分之一）',
      },
    },
  },
  sources: ['C1', 'seed (监管收紧)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const totalFen = profile.debts.filter((d) => d.kind === 'online_loan').reduce((sum, d) => sum + yuanToFen(d.balance), 0);
    const capAmountFen = yuanToFen(t.cap_yuan);
    const incomeCapFen = Math.round(yuanToFen(profile.income.monthly) * t.income_months);
    const capFen = Math.min(capAmountFen, incomeCapFen);
    if (totalFen <= capFen) return null;
    // Gone in the first plan month whose closing online-loan balances are at or under the cap.
    const names = profile.debts.filter((d) => d.kind === 'online_loan').map((d) => d.name);
    const clearsBy = firstMonthWhere(plan, (m) => names.reduce((sum, name) => sum + fenOf(m.balancesFen, name), 0) <= capFen);
    return outcome({
      severity: 'medium',
      messageId: 'above',
      data: { total: { fen: totalFen }, cap: { fen: capFen }, capAmount: { fen: capAmountFen }, incomeCap: { fen: incomeCapFen }, months: t.income_months },
      evidence: { onlineLoans: yuan(totalFen), cap: yuan(capFen), capAmount: yuan(capAmountFen), incomeCap: yuan(incomeCapFen), thresholds: { ...t } },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});
