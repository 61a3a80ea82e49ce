import { missing } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

export default defineRule({
  id: 'spending/lender-transfers',
  area: 'spending',
  needs: ['spending.lender_transfers_per_month'],
  thresholds: { medium: 4, high: 8 },
  bounds: { medium: { kind: 'count', min: 1, max: 100 }, high: { kind: 'count', min: 1, max: 100 } },
  order: ['medium <= high'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Frequent transfers to lenders',
      summary: 'Transfers to lending platforms or linked accounts per month',
      ladder: '≥4 a month → medium; ≥8 → high',
      messages: {
        count: '{count} transfers a month to lending platforms or linked accounts; the line is {line}.',
      },
      recommendation:
        'From this month make one scheduled repayment per lender per month from one account (autopay), and stop moving money back and forth between credit lines and your accounts: repayments come from income only.',
      rationale:
        'Heuristic: many transfers to lenders and linked accounts show money cycling between lines (以贷养贷) in the account data lenders review. The 4 and 8 lines are this tool\'s.',
      thresholds: {
        medium: 'transfers a month from which it is medium (at least)',
        high: 'transfers a month from which it is high (at least)',
      },
    },
    zh: {
      title: '频繁向借贷平台转账',
      summary: '每月向借贷平台或关联账户转账的次数',
      ladder: '每月≥4次 → 中；≥8次 → 高',
      messages: {
        count: '每月向借贷平台或关联账户转账{count}次，警戒线为{line}次。',
      },
      recommendation: '从本月起，每家机构每月只从一个账户按计划还一次款（自动还款），不再在各个额度和账户之间来回倒钱：还款只来自收入。',
      rationale: '经验设定：频繁向借贷平台和关联账户转账，在机构查看的账户数据里显示为资金在多个额度间循环（以贷养贷）。4次和8次为本工具设定。',
      thresholds: {
        medium: '每月转账达到此次数为中（含）',
        high: '每月转账达到此次数为高（含）',
      },
    },
  },
  sources: ['seed (资金往来)', 'A9'],
  check({ profile, thresholds: t, outcome }) {
    const count = profile.spending?.lender_transfers_per_month;
    if (count === undefined) return missing('spending.lender_transfers_per_month');
    let severity: Severity | undefined;
    let line = t.medium;
    if (count >= t.high) [severity, line] = ['high', t.high];
    else if (count >= t.medium) severity = 'medium';
    if (severity === undefined) return null;
    return outcome({ severity, messageId: 'count', data: { count, line }, evidence: { perMonth: count, threshold: line, thresholds: { ...t } } });
  },
});
