import { yuanToFen } from '../../money';
import { inWindow, missing, ratioOf, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

const WINDOW_MONTHS = 3;

export default defineRule({
  id: 'spending/large-purchases',
  area: 'spending',
  needs: ['spending.large_purchases', 'income.monthly'],
  thresholds: { income_share: 0.5, medium: 2, high: 4 },
  bounds: {
    income_share: { kind: 'ratio', min: 0.01, max: 24 },
    medium: { kind: 'count', min: 1, max: 100 },
    high: { kind: 'count', min: 1, max: 100 },
  },
  order: ['medium <= high'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Large purchases',
      summary: 'Purchases of at least 50 % of monthly income in the last 3 months',
      ladder: '≥2 such purchases → medium; ≥4 → high',
      messages: {
        count: '{purchases} of at least {share} of monthly income ({amount}) in the last 3 months: {items}; the line is {line}.',
      },
      fragments: {
        purchases: { one: '{count} purchase', other: '{count} purchases' },
        purchase: '{date} {note} {amount}',
        purchase_unnoted: '{date} {amount}',
      },
      recommendation:
        'Put large purchases on hold for the next 3 months. For any that cannot wait, pay from savings rather than with 花呗 or card instalments, and keep the plan\'s repayment budget untouched.',
      rationale:
        'Heuristic: several purchases of half a month\'s income or more within a quarter strain a budget that leaves 20 % for repayment, and when paid on credit they raise utilisation just as the platform re-reviews the line. The 50 % and the counts are this tool\'s.',
      thresholds: {
        income_share: 'a purchase of at least this share of monthly income counts as large',
        medium: 'large purchases in 3 months from which it is medium (at least)',
        high: 'large purchases in 3 months from which it is high (at least)',
      },
    },
    zh: {
      title: '大额消费',
      summary: '近3个月单笔达到月收入50%的消费',
      ladder: '≥2笔 → 中；≥4笔 → 高',
      messages: {
        count: '近3个月有{purchases}达到月收入的{share}（{amount}）：{items}，警戒线为{line}笔。',
      },
      fragments: { purchases: '{count}笔消费', purchase: '{date} {note} {amount}', purchase_unnoted: '{date} {amount}' },
      recommendation: '接下来3个月暂缓大额消费。确实不能等的，用储蓄支付，不用花呗或信用卡分期，也不要动用计划中的还款预算。',
      rationale:
        '经验设定：一个季度内多笔半个月收入以上的消费，会挤压只留20%给还款的预算；如果用信用支付，还会在平台复审额度时推高使用率。50%和笔数均为本工具设定。',
      thresholds: {
        income_share: '单笔达到月收入此比例算大额',
        medium: '近3个月大额消费达到此笔数为中（含）',
        high: '近3个月大额消费达到此笔数为高（含）',
      },
    },
  },
  sources: ['seed (消费异常)', 'F5'],
  timeline: { windows: { 'spending.large_purchases': [WINDOW_MONTHS] } },
  check({ profile, asOf, thresholds: t, outcome }) {
    const purchases = profile.spending?.large_purchases;
    if (purchases === undefined) return missing('spending.large_purchases');
    const incomeFen = yuanToFen(profile.income.monthly);
    const large = purchases
      .filter((p) => inWindow(p.date, asOf, WINDOW_MONTHS) && ratioOf(yuanToFen(p.amount), incomeFen) >= t.income_share)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const count = large.length;
    let severity: Severity | undefined;
    let line = t.medium;
    if (count >= t.high) [severity, line] = ['high', t.high];
    else if (count >= t.medium) severity = 'medium';
    if (severity === undefined) return null;
    const amountFen = Math.round(incomeFen * t.income_share);
    return outcome({
      severity,
      messageId: 'count',
      data: {
        purchases: { fragment: 'purchases', data: { count } },
        share: { rate: t.income_share },
        amount: { fen: amountFen },
        line,
        items: {
          list: large.map((p) => {
            const amount = { fen: yuanToFen(p.amount) };
            return p.note ? { fragment: 'purchase', data: { date: p.date, note: p.note, amount } } : { fragment: 'purchase_unnoted', data: { date: p.date, amount } };
          }),
        },
      },
      evidence: {
        count,
        threshold: line,
        minimumAmount: yuan(amountFen),
        purchases: large.map((p) => ({ date: p.date, amount: yuan(yuanToFen(p.amount)), note: p.note ?? null })),
        thresholds: { ...t },
      },
    });
  },
});
