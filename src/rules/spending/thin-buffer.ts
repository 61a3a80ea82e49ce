import { yuanToFen } from '../../money';
import { missing, recentMean, snap, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

const RECENT_MONTHS = 3;
/** Months over which the recommendation spreads building the buffer. */
const BUILD_MONTHS = 12;

export default defineRule({
  id: 'spending/thin-buffer',
  area: 'spending',
  needs: ['assets.liquid', 'spending.history', 'income.monthly'],
  thresholds: { medium: 1, low: 3 },
  bounds: { medium: { kind: 'months', min: 0.1, max: 60 }, low: { kind: 'months', min: 0.1, max: 60 } },
  // Fewer months of cover is worse: the medium line sits below the low one.
  order: ['medium <= low'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Thin cash buffer',
      summary: 'Liquid assets ÷ (monthly spending + required debt payments)',
      ladder: 'under 1 month → medium; under 3 months → low',
      messages: {
        cover:
          'Liquid savings of {liquid} cover {cover} of outgoings at {outgoings} a month ({basis}); the line is {line}.',
      },
      fragments: {
        basis_spending: {
          one: 'mean spending of the last month plus required payments',
          other: 'mean spending of the last {count} months plus required payments',
        },
        basis_income: 'no spending history, so taken as income',
      },
      recommendation:
        'Build the buffer to {target} ({lowLine} of outgoings): set aside {monthly} a month from the 80 % living side of the budget to get there in 12 months, keep it in a demand account (余额宝 or a current account), and put windfalls there first.',
      rationale:
        'Heuristic: health-check tools aim at 3–6 months of expenses as an emergency fund (source G). Without a buffer, any gap in income becomes a late payment or a new loan. When spending history is missing, monthly outgoings are taken as the monthly income.',
      thresholds: {
        medium: 'a buffer of fewer than this many months of outgoings is medium',
        low: 'a buffer of fewer than this many months of outgoings is low',
      },
    },
    zh: {
      title: '应急资金不足',
      summary: '流动资产 ÷（月支出 + 月应还款）',
      ladder: '不足1个月 → 中；不足3个月 → 低',
      messages: {
        cover: '流动资产{liquid}，可支撑{cover}的开销（每月{outgoings}，{basis}），警戒线为{line}。',
      },
      fragments: { basis_spending: '近{count}个月平均支出加应还款', basis_income: '无支出记录，按月收入估算' },
      recommendation:
        '把应急资金攒到{target}（{lowLine}的开销）：每月从80%的生活预算中存{monthly}，12个月攒够；放在活期账户（余额宝或活期存款），意外收入优先存入。',
      rationale: '经验设定：财务体检工具通常以3–6个月的开支作为应急资金目标（来源 G）。没有缓冲，任何收入中断都会变成逾期或新的借款。缺少支出记录时，以月收入作为每月开销。',
      thresholds: {
        medium: '应急资金少于此月数的开销为中',
        low: '应急资金少于此月数的开销为低',
      },
    },
  },
  sources: ['G', 'seed (还款能力)'],
  check({ profile, asOf, plan, thresholds: t, outcome }) {
    const liquid = profile.assets?.liquid;
    if (liquid === undefined) return missing('assets.liquid');
    const liquidFen = yuanToFen(liquid);
    const incomeFen = yuanToFen(profile.income.monthly);
    const history = profile.spending?.history;
    const recent = history === undefined ? undefined : recentMean(history, asOf, RECENT_MONTHS);
    // Spending and payments when spending is known; else everything that comes in is taken to go out.
    const outgoingsFen = recent ? recent.meanFen + plan.firstMonthRequiredFen : Math.max(incomeFen, plan.firstMonthRequiredFen);
    if (outgoingsFen === 0) return null;
    const cover = snap(liquidFen / outgoingsFen);
    let severity: Severity | undefined;
    let line = t.low;
    if (cover < t.medium) [severity, line] = ['medium', t.medium];
    else if (cover < t.low) severity = 'low';
    if (severity === undefined) return null;
    const targetFen = Math.round(outgoingsFen * t.low);
    const monthlyFen = Math.ceil(Math.max(0, targetFen - liquidFen) / BUILD_MONTHS);
    return outcome({
      severity,
      messageId: 'cover',
      data: {
        liquid: { fen: liquidFen },
        cover: { months: Math.floor(cover * 10) / 10 },
        outgoings: { fen: outgoingsFen },
        basis: recent ? { fragment: 'basis_spending', data: { count: recent.months.length } } : { fragment: 'basis_income' },
        line: { months: line },
        lowLine: { months: t.low },
        target: { fen: targetFen },
        monthly: { fen: monthlyFen },
      },
      evidence: {
        liquid: yuan(liquidFen),
        monthlyOutgoings: yuan(outgoingsFen),
        outgoingsFrom: recent ? 'spending' : 'income',
        months: Math.round(cover * 100) / 100,
        threshold: line,
        thresholds: { ...t },
      },
    });
  },
});
