import { fenOf } from '../../plan/effects';
import { yuanToFen } from '../../money';
import { firstMonthWhere, nameAndMoney, yuan } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/concentration',
  area: 'debt',
  needs: ['debts', 'income.monthly'],
  thresholds: { income_multiple: 6 },
  bounds: { income_multiple: { kind: 'ratio', min: 0.5, max: 120 } },
  basis: ['heuristic'],
  text: {
    en: {
      title: 'One large online loan',
      summary: 'One online-loan balance above 6 × monthly income',
      ladder: 'medium',
      messages: {
        above: 'Online loans above {multiple} × monthly income ({limit}): {debts}.',
      },
      recommendation:
        'Make {top} the first online loan to shrink once any overdue is settled, and add nothing to it. If its payment strains the budget, ask the lender this month to stretch the term rather than borrowing elsewhere to pay it.',
      rationale:
        'Heuristic: a single online loan of more than half a year\'s income puts the whole risk in one platform\'s next review; it is also above the whole draft per-person cap of a third of annual income, 4 months (source C1).',
      thresholds: { income_multiple: 'one online loan above this many months of income is medium' },
    },
    zh: {
      title: '单笔网贷过大',
      summary: '单笔网贷余额超过月收入的6倍',
      ladder: '中',
      messages: {
        above: '超过月收入{multiple}倍（{limit}）的网贷：{debts}。',
      },
      recommendation: '在结清所有逾期之后，首先压降{top}，且不再增加。如果它的月供让预算吃紧，本月就向机构申请延长期限，而不是去别处借钱来还。',
      rationale: '经验设定：一笔超过半年收入的网贷，把全部风险压在一家平台的下一次复审上；它也超过了征求意见稿中年收入三分之一（4个月）的整个个人上限（来源 C1）。',
      thresholds: { income_multiple: '单笔网贷超过月收入的此倍数为中' },
    },
  },
  sources: ['C1', 'seed (负债集中)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const incomeFen = yuanToFen(profile.income.monthly);
    const limitFen = Math.round(incomeFen * t.income_multiple);
    const large = profile.debts
      .filter((d) => d.kind === 'online_loan' && yuanToFen(d.balance) > limitFen)
      .map((d) => ({ name: d.name, balanceFen: yuanToFen(d.balance) }))
      .sort((a, b) => b.balanceFen - a.balanceFen);
    if (large.length === 0) return null;
    // Gone in the first plan month at whose end no online loan is above the limit.
    const names = profile.debts.filter((d) => d.kind === 'online_loan').map((d) => d.name);
    const clearsBy = firstMonthWhere(plan, (m) => names.every((name) => fenOf(m.balancesFen, name) <= limitFen));
    return outcome({
      severity: 'medium',
      messageId: 'above',
      data: {
        multiple: t.income_multiple,
        limit: { fen: limitFen },
        debts: { list: large.map((d) => nameAndMoney(d.name, d.balanceFen)) },
        top: large[0]!.name,
      },
      evidence: {
        limit: yuan(limitFen),
        debts: large.map((d) => ({ name: d.name, balance: yuan(d.balanceFen), incomeMultiple: incomeFen > 0 ? Math.round((d.balanceFen / incomeFen) * 100) / 100 : null })),
        thresholds: { ...t },
      },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});
