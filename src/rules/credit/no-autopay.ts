import { missing } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'credit/no-autopay',
  area: 'credit',
  needs: ['credit.autopay'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'No automatic repayment',
      summary: 'Automatic repayment is not set up',
      ladder: 'low when not set up',
      messages: { off: 'Automatic repayment is not set up: each due date depends on you remembering it.' },
      recommendation:
        'This week, turn on automatic repayment (自动还款) for every loan and card, from an account that holds the month\'s payments 2 days before each due date. One forgotten due date is an overdue on your credit report for 5 years.',
      rationale:
        'Heuristic: a missed due date is the cheapest overdue to avoid, and an overdue is the strongest negative signal a lender sees (source A5); once settled it stays on the credit report for 5 years (source A1).',
      thresholds: {},
    },
    zh: {
      title: '未开通自动还款',
      summary: '没有开通自动还款',
      ladder: '未开通 → 低',
      messages: { off: '未开通自动还款：每个还款日都要靠自己记得。' },
      recommendation:
        '本周内为每笔贷款和每张信用卡开通自动还款，扣款账户在每个还款日前2天存够当月应还金额。忘记一次还款日，就是一条在征信上保留5年的逾期。',
      rationale:
        '经验设定：错过还款日是最容易避免的逾期，而逾期是机构眼中最强的负面信号（来源 A5）；结清后仍在征信报告上保留5年（来源 A1）。',
      thresholds: {},
    },
  },
  sources: ['A5', 'A1', 'seed (按时还款)'],
  check({ profile, outcome }) {
    const autopay = profile.credit?.autopay;
    if (autopay === undefined) return missing('credit.autopay');
    if (autopay) return null;
    return outcome({ severity: 'low', messageId: 'off', data: {}, evidence: { autopay: false } });
  },
});
