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
        cover_slow:
          'Liquid savings of {liquid} cover {cover} of outgoings at {outgoings} a month ({basis}); the line is {line}.',
        cover_deficit:
          'Liquid savings of {liquid} cover {cover} of outgoings at {outgoings} a month ({basis}); the line is {line}.',
        cover_none:
          'Liquid savings of {liquid} cover {cover} of outgoings at {outgoings} a month ({basis}); the line is {line}.',
      },
      fragments: {
        basis_spending: {
          one: 'mean spending of the last month plus required payments',
          other: 'mean spending of the last {count} months plus required payments',
        },
        basis_income: 'no spending history, so taken as income',
      },
      recommendation: {
        cover:
          'Build the buffer to {target} ({lowLine} of outgoings): set aside {monthly} a month from the living side of the budget to get there in 12 months, keep it in a demand account (余额宝 or a current account), and put windfalls there first.',
        cover_slow:
          'Build the buffer to {target} ({lowLine} of outgoings): your spending leaves {monthly} a month of what the plan gives to living; set that aside and you get there in about {buildMonths} months (sooner if you cut spending). Keep it in a demand account (余额宝 or a current account), and put windfalls there first.',
        cover_deficit:
          'First close the monthly gap: spending is {gap} a month above what the plan leaves for living (see spending/over-budget), so nothing can be saved yet. Until it is closed, keep the {liquid} you have for a missed income or a due payment, not for spending. Then build the buffer to {target} ({lowLine} of outgoings) from what the living budget leaves over.',
        cover_none:
          'Spending takes all of what the plan leaves for living, so nothing is left to save: first cut spending, then set aside what that frees towards a buffer of {target} ({lowLine} of outgoings), in a demand account (余额宝 or a current account). Put windfalls there first.',
      },
      rationale:
        'Heuristic: health-check tools aim at 3–6 months of expenses as an emergency fund (source G). Without a buffer, any gap in income becomes a late payment or a new loan. When spending history is missing, monthly outgoings are taken as the monthly income. The saving it advises comes out of what the plan leaves for living after spending: when spending already takes all of it, closing that gap comes first.',
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
        cover_slow: '流动资产{liquid}，可支撑{cover}的开销（每月{outgoings}，{basis}），警戒线为{line}。',
        cover_deficit: '流动资产{liquid}，可支撑{cover}的开销（每月{outgoings}，{basis}），警戒线为{line}。',
        cover_none: '流动资产{liquid}，可支撑{cover}的开销（每月{outgoings}，{basis}），警戒线为{line}。',
      },
      fragments: { basis_spending: '近{count}个月平均支出加应还款', basis_income: '无支出记录，按月收入估算' },
      recommendation: {
        cover: '把应急资金攒到{target}（{lowLine}的开销）：每月从生活预算中存{monthly}，12个月攒够；放在活期账户（余额宝或活期存款），意外收入优先存入。',
        cover_slow:
          '把应急资金攒到{target}（{lowLine}的开销）：按目前的支出，计划留给生活的钱每月还剩{monthly}；把它存下来，约{buildMonths}个月攒够（压缩开支会更快）。放在活期账户（余额宝或活期存款），意外收入优先存入。',
        cover_deficit:
          '先补上每月缺口：支出比计划留给生活的金额每月多出{gap}（见 spending/over-budget），目前还存不下钱。在缺口补上之前，现有的{liquid}留给收入中断或到期还款，不要用于日常开支；之后再用生活预算的结余把应急资金攒到{target}（{lowLine}的开销）。',
        cover_none: '支出用完了计划留给生活的全部金额，目前没有结余可存：先压缩开支，再把省下的钱存作应急资金，目标{target}（{lowLine}的开销），放在活期账户（余额宝或活期存款），意外收入优先存入。',
      },
      rationale:
        '经验设定：财务体检工具通常以3–6个月的开支作为应急资金目标（来源 G）。没有缓冲，任何收入中断都会变成逾期或新的借款。缺少支出记录时，以月收入作为每月开销。建议存下的钱来自计划留给生活的金额扣除支出后的结余：支出已经用完这部分时，先补上缺口。',
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
    const needFen = Math.max(0, targetFen - liquidFen);
    const monthlyFen = Math.ceil(needFen / BUILD_MONTHS);
    const common = {
      liquid: { fen: liquidFen },
      cover: { months: Math.floor(cover * 10) / 10 },
      outgoings: { fen: outgoingsFen },
      basis: recent ? ({ fragment: 'basis_spending', data: { count: recent.months.length } } as const) : ({ fragment: 'basis_income' } as const),
      line: { months: line },
      lowLine: { months: t.low },
      target: { fen: targetFen },
    };
    // The saving comes out of what the plan leaves for living after spending (known with spending
    // history): none left → close that gap first (as spending/over-budget says); less than the
    // 12-month pace → save what is left, over more months.
    const surplusFen = recent ? plan.livingBudgetFen - recent.meanFen : undefined;
    const evidence = {
      liquid: yuan(liquidFen),
      monthlyOutgoings: yuan(outgoingsFen),
      outgoingsFrom: recent ? 'spending' : 'income',
      months: Math.round(cover * 100) / 100,
      threshold: line,
      livingSurplus: surplusFen === undefined ? null : yuan(surplusFen),
      thresholds: { ...t },
    };
    if (surplusFen !== undefined && surplusFen < 0) {
      return outcome({ severity, messageId: 'cover_deficit', data: { ...common, gap: { fen: -surplusFen } }, evidence });
    }
    if (surplusFen === 0) return outcome({ severity, messageId: 'cover_none', data: common, evidence });
    if (surplusFen !== undefined && surplusFen < monthlyFen) {
      const buildMonths = Math.ceil(needFen / surplusFen);
      return outcome({ severity, messageId: 'cover_slow', data: { ...common, monthly: { fen: surplusFen }, buildMonths }, evidence });
    }
    return outcome({ severity, messageId: 'cover', data: { ...common, monthly: { fen: monthlyFen } }, evidence });
  },
});
