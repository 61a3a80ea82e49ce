import { yuanToFen } from '../../money';
import { allPaidOffBy, missing } from '../helpers';
import { defineRule } from '../types';

/** Consumer credit: priced and sized for consumption. */
const CONSUMER = new Set(['online_loan', 'credit_card']);

export default defineRule({
  id: 'debt/business-mixing',
  area: 'debt',
  needs: ['debts', 'debts[].purpose'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Consumer credit used for business',
      summary: 'Online loans or credit cards with purpose: business',
      ladder: 'medium',
      messages: {
        mixing: 'Consumer credit used for business: {debts}.',
      },
      recommendation:
        'From this month keep business and personal money in separate accounts, and repay these lines on schedule from the business\'s income. The next time the business needs funding, look for a business loan (经营贷) in the business\'s name instead of a consumer line.',
      rationale:
        'Heuristic: consumer lines are priced and sized for consumption. Business cash flows make repayments irregular, and business loans are assessed on their own ratios (a debt ratio of up to 70 % appears for business loans, source A7). Platforms watch for consumer credit flowing into business use.',
      thresholds: {},
    },
    zh: {
      title: '消费信贷用于经营',
      summary: '用途为经营的网贷或信用卡',
      ladder: '中',
      messages: {
        mixing: '用于经营的消费信贷：{debts}。',
      },
      recommendation: '从本月起把经营资金和个人资金分账户管理，用经营收入按期偿还这些额度。经营下次需要资金时，以经营主体申请经营贷，而不是使用消费额度。',
      rationale:
        '经验设定：消费额度是按消费用途定价和授信的。经营现金流让还款不规律，而经营贷按自己的比例审核（经营贷的负债率上限可达70%，来源 A7）。平台会关注消费信贷流入经营用途。',
      thresholds: {},
    },
  },
  sources: ['A7', 'seed (资金用途)'],
  check({ profile, plan, outcome }) {
    const consumer = profile.debts.map((debt, index) => ({ debt, index })).filter(({ debt }) => CONSUMER.has(debt.kind) && yuanToFen(debt.balance) > 0);
    const business = consumer.filter(({ debt }) => debt.purpose === 'business').map(({ debt }) => debt);
    if (business.length > 0) {
      const clearsBy = allPaidOffBy(plan, business.map((d) => d.name));
      return outcome({
        severity: 'medium',
        messageId: 'mixing',
        data: { debts: { list: business.map((d) => d.name) } },
        evidence: { debts: business.map((d) => ({ name: d.name, kind: d.kind })) },
        ...(clearsBy !== undefined ? { clearsBy } : {}),
      });
    }
    const unknown = consumer.filter(({ debt }) => debt.purpose === undefined).map(({ index }) => `debts[${index}].purpose`);
    return unknown.length > 0 ? missing(...unknown) : null;
  },
});
