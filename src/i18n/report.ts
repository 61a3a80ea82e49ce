/**
 * Strings of the rendered report (table, markdown) and of plan warnings, in zh and en. The names of
 * severities, areas and strategies are keyed by their values; the renderers index them with the
 * domain's types, so a value without a name here is a compile error there.
 */
import { MAX_DATE } from '../dates';
import type { Lang } from './lang';

const en = {
  severity: { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFO' },
  area: { credit: 'credit', debt: 'debt', spending: 'spending', macro: 'macro' },
  strategy: { recovery: 'recovery', avalanche: 'avalanche', snowball: 'snowball' },
  colon: ': ',
  reportTitle: 'limit-audit report',
  profile: 'Profile',
  asOf: 'Audit date',
  score: 'Limit health score',
  grade: 'grade',
  byArea: 'By area',
  macroSnapshot: 'Macro snapshot',
  bundled: 'bundled',
  scoreNote:
    'The score is a transparent heuristic (100 minus 30/15/7/3 per critical/high/medium/low finding); no platform publishes its model, and this is not it.',
  reviewMonth: (month: string) => `Review month (estimate): ${month}`,
  reviewMonthNow: (month: string) => `Review month (estimate): ${month}, now — no credit or debt finding of medium or above`,
  reviewMonthNone: (months: number) => `Review month (estimate): none within ${months} months`,
  /** What check adds to the line: the roadmap explains the month itself. */
  reviewMonthMeaning: ', if the plan is followed (see limit-audit roadmap)',
  reviewMonthNoneMeaning: ' (limit-audit roadmap shows what holds it back)',
  findings: 'Findings',
  noFindings: 'No findings: nothing in this profile matches a rule.',
  colSeverity: 'Severity',
  colRule: 'Rule',
  colFinding: 'Finding',
  colRecommendation: 'What to do',
  colClearsBy: 'Clears by',
  notEvaluated: 'Not evaluated (data missing — add these fields to your profile)',
  allEvaluated: 'Every rule was evaluated.',
  plan: 'Repayment plan (20/80)',
  strategyLabel: 'Strategy',
  budgetLine: (budget: string, share: string, living: string) => `Debt budget ${budget} a month (${share} of income); ${living} left for living and saving`,
  requiredLine: (required: string, share: string) => `Required payments in the first month: ${required} (${share} of income)`,
  infeasible: (required: string, share: string) =>
    `NOT FEASIBLE at this share: the required payments are ${required} of income, above ${share}. The plan below runs at the required payments. Talk to your lenders now: ask for longer instalments (延期/分期) or a lower rate before any payment is missed.`,
  notPayable: 'NOT PAYABLE at this budget: some balance never reaches zero. Renegotiate the debts marked below; this plan is not a route to debt-free.',
  notPayableCalendar: `NOT PAID OFF within the months limit-audit can plan (its dates end on ${MAX_DATE}): the plan stops there with a balance left. Check the audit date (as_of or --as-of).`,
  debtFree: (months: number, month: string) => `Debt-free in ${months} months, by ${month}`,
  noDebt: 'No debt to repay.',
  totals: (interest: string, paid: string) => `Total interest ${interest}; total paid ${paid}`,
  payoffOrder: 'Payoff order',
  notPaid: 'not paid off',
  comparison: 'Strategy comparison',
  colStrategy: 'Strategy',
  colMonths: 'Months',
  colInterest: 'Total interest',
  colLenders: 'Online lenders ≤ 2 by',
  milestones: (m50: string, m36: string) => `Debt-to-income below 50 % by ${m50}; below 36 % by ${m36}`,
  never: 'never',
  living: (budget: string, spending: string, months: number, fits: boolean) =>
    `Living budget ${budget}; recent spending ${spending} a month (mean of ${months} months) — ${fits ? 'fits' : 'does NOT fit: cut spending or the plan will not hold'}`,
  livingUnknown: (budget: string) => `Living budget ${budget}; add spending.history to see whether your spending fits it`,
  warnings: 'Warnings',
  schedule: 'Schedule',
  colMonth: 'Month',
  colPaid: 'Paid',
  colRemaining: 'Remaining',
  scheduleNote: 'Balances at the end of each month, in yuan.',
  warnRequiredExceeds: (month: string, amount: string, budget: string) =>
    `${month}: required payments ${amount} exceed the budget ${budget} (e.g. a 先息后本 principal falls due) — plan for it now`,
  warnRequiredExceedsRange: (from: string, to: string, count: number, max: string, budget: string) =>
    `${from} to ${to} (${count} months): required payments of up to ${max} exceed the budget ${budget} — plan for them now`,
  warnInterestNotCovered: (debt: string, month: string) =>
    `${debt}: from ${month} the payments do not cover the interest — the balance would grow; renegotiate this debt`,
  warnHorizon: (month: string, remaining: string) => `Still ${remaining} owed after 600 months (${month}): not payable at this budget`,
  warnCalendarEnd: (month: string, remaining: string) =>
    `Still ${remaining} owed at ${month}, the last month limit-audit can plan (its dates end on ${MAX_DATE}): the plan stops there`,
  warnInfeasible: (share: string) => `Required payments exceed the budget share ${share}`,
  moreProfiles: (n: number) => `${n} profiles`,
};

export type ReportText = typeof en;

const zh: ReportText = {
  severity: { critical: '严重', high: '高', medium: '中', low: '低', info: '提示' },
  area: { credit: '信用行为', debt: '负债结构', spending: '消费行为', macro: '宏观环境' },
  strategy: { recovery: '修复优先', avalanche: '雪崩法（高息优先）', snowball: '雪球法（小额优先）' },
  colon: '：',
  reportTitle: 'limit-audit 自查报告',
  profile: '档案',
  asOf: '审查日期',
  score: '额度健康分',
  grade: '等级',
  byArea: '分领域',
  macroSnapshot: '宏观快照',
  bundled: '内置',
  scoreNote: '健康分是公开透明的经验算法（每个严重/高/中/低问题分别扣 30/15/7/3 分）；没有任何平台公开其模型，这也不是平台的模型。',
  reviewMonth: (month) => `预计复评月份（估计）：${month}`,
  reviewMonthNow: (month) => `预计复评月份（估计）：${month}，即现在——没有"中"及以上的信用或负债问题`,
  reviewMonthNone: (months) => `预计复评月份（估计）：${months} 个月内没有`,
  reviewMonthMeaning: '（按计划还款；详见 limit-audit roadmap）',
  reviewMonthNoneMeaning: '（limit-audit roadmap 会列出原因）',
  findings: '发现的问题',
  noFindings: '未发现问题：本档案没有触发任何规则。',
  colSeverity: '严重程度',
  colRule: '规则',
  colFinding: '问题',
  colRecommendation: '建议',
  colClearsBy: '预计消除',
  notEvaluated: '未评估（缺少数据——请在档案中补充以下字段）',
  allEvaluated: '所有规则均已评估。',
  plan: '还款计划（20/80）',
  strategyLabel: '策略',
  budgetLine: (budget, share, living) => `每月还款预算 ${budget}（收入的 ${share}）；其余 ${living} 用于生活与储蓄`,
  requiredLine: (required, share) => `首月必还金额：${required}（占收入 ${share}）`,
  infeasible: (required, share) =>
    `按此比例不可行：必还金额占收入 ${required}，高于 ${share}。下面的计划按必还金额执行。请尽快联系贷款方，在出现逾期之前申请延期、分期或降低利率。`,
  notPayable: '按此预算无法还清：有余额永远不会降到零。请与下列债务的贷款方协商；本计划并不能让您还清债务。',
  notPayableCalendar: `在 limit-audit 能排到的月份内（日期最晚为 ${MAX_DATE}）无法还清：计划到此为止，仍有余额。请检查审查日期（as_of 或 --as-of）。`,
  debtFree: (months, month) => `${months} 个月后还清，即 ${month}`,
  noDebt: '没有需要偿还的债务。',
  totals: (interest, paid) => `利息合计 ${interest}；还款合计 ${paid}`,
  payoffOrder: '还清顺序',
  notPaid: '未还清',
  comparison: '策略对比',
  colStrategy: '策略',
  colMonths: '月数',
  colInterest: '利息合计',
  colLenders: '网贷机构 ≤ 2 家的月份',
  milestones: (m50, m36) => `负债收入比低于 50% 的月份：${m50}；低于 36%：${m36}`,
  never: '无',
  living: (budget, spending, months, fits) =>
    `生活预算 ${budget}；近 ${months} 个月平均支出 ${spending}——${fits ? '在预算之内' : '超出预算：需要压缩开支，否则计划难以执行'}`,
  livingUnknown: (budget) => `生活预算 ${budget}；补充 spending.history 即可查看支出是否在预算之内`,
  warnings: '提醒',
  schedule: '逐月明细',
  colMonth: '月份',
  colPaid: '当月还款',
  colRemaining: '剩余',
  scheduleNote: '各债务为月末余额，单位：元。',
  warnRequiredExceeds: (month, amount, budget) => `${month}：必还金额 ${amount} 超过预算 ${budget}（例如先息后本到期还本）——请提前准备`,
  warnRequiredExceedsRange: (from, to, count, max, budget) => `${from} 至 ${to}（共 ${count} 个月）：必还金额最高 ${max}，超过预算 ${budget}——请提前准备`,
  warnInterestNotCovered: (debt, month) => `${debt}：自 ${month} 起还款不足以覆盖利息，余额将越滚越多——请与贷款方协商`,
  warnHorizon: (month, remaining) => `600 个月后（${month}）仍欠 ${remaining}：按此预算无法还清`,
  warnCalendarEnd: (month, remaining) => `${month} 是 limit-audit 能排到的最后一个月（日期最晚为 ${MAX_DATE}），计划到此为止，届时仍欠 ${remaining}`,
  warnInfeasible: (share) => `必还金额超过还款预算比例 ${share}`,
  moreProfiles: (n) => `${n} 个档案`,
};

const catalogue: Record<Lang, ReportText> = { en, zh };

export function reportText(lang: Lang): ReportText {
  return catalogue[lang];
}
