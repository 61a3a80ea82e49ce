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
  /** A remark in brackets after a value: ASCII in English, full-width in Chinese. */
  paren: (text: string) => ` (${text})`,
  reportTitle: 'limit-audit report',
  profile: 'Profile',
  asOf: 'Audit date',
  score: 'Limit health score',
  grade: 'grade',
  byArea: 'By area',
  macroSnapshot: 'Macro snapshot',
  bundled: 'bundled',
  scoreNote:
    'How the score is computed: each area starts at 100 and loses 40/20/8/3 per critical/high/medium/low finding (not below 0); the score is their mean weighted credit 40 %, debt 35 %, spending 15 %, macro 10 % (over the areas with a rule evaluated), at most 39 with a critical finding and 69 with a high one. A transparent heuristic: no platform publishes its model, and this is not it.',
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
  /** A rule's series too short: `needs` items (months of history, or scores), within the last `withinMonths` months when given; found `has`. */
  notEvaluatedDetail: (reason: { needs: number; has: number; unit: 'months' | 'scores'; withinMonths?: number }) =>
    reason.unit === 'scores'
      ? `needs ${reason.needs} scores${reason.withinMonths === undefined ? '' : ` in the last ${reason.withinMonths} months`} (the current score counts), has ${reason.has}`
      : `needs ${reason.needs} ${reason.needs === 1 ? 'month' : 'months'}${reason.withinMonths === undefined ? '' : ` in the last ${reason.withinMonths} months`}, has ${reason.has}`,
  allEvaluated: 'Every rule was evaluated.',
  debtRates: 'What each debt costs: the rate quoted and the true APR (fees counted)',
  colDebt: 'Debt',
  colQuoted: 'Quoted',
  colTrueApr: 'True APR',
  colEar: 'EAR',
  /** The quoted figure in its own basis; `yearly` is what it suggests a year. */
  quoted: {
    apr: (rate: string) => `${rate} a year`,
    daily_rate: (rate: string, yearly: string) => `${rate} a day (${yearly} a year)`,
    fee_rate: (rate: string, yearly: string) => `${rate} fee a period (${yearly} a year)`,
    /** A rate the profile marks `rate_estimated`: the product's typical one, not the person's own. */
    estimated: (quoted: string) => `${quoted}, estimated: the product's typical rate, not yours`,
  },
  plan: (split: string) => `Repayment plan (${split})`,
  strategyLabel: 'Strategy',
  strategyExplain: {
    recovery: 'extra money goes first to debts marked overdue, then to the smallest online loans until at most 2 online lenders are left, then to the highest rate',
    avalanche: 'extra money goes to the highest interest rate first: the least interest overall',
    snowball: 'extra money goes to the smallest balance first: the quickest single payoffs',
  },
  budgetLine: (budget: string, share: string, living: string) => `Debt budget ${budget} a month (${share} of income); ${living} left for living and saving`,
  budgetLineOver: (budget: string, share: string, required: string, requiredShare: string, living: string) =>
    `Debt budget ${budget} a month (${share} of income), but the first month's required payments are ${required} (${requiredShare} of income): the plan pays them, which leaves ${living} for living and saving`,
  budgetLineShort: (budget: string, share: string, required: string) =>
    `Debt budget ${budget} a month (${share} of income), but the first month's required payments are ${required}, more than the income: nothing is left for living`,
  requiredLine: (required: string, share: string) => `Required payments in the first month: ${required} (${share} of income)`,
  infeasible: (required: string, share: string) =>
    `NOT FEASIBLE at this share: the required payments are ${required} of income, above ${share}. The plan below runs at the required payments. Talk to your lenders now: ask for longer instalments (延期/分期) or a lower rate before any payment is missed.`,
  notPayable: 'NOT PAYABLE at this budget: some balance never reaches zero. Renegotiate the debts marked below; this plan is not a route to debt-free.',
  notPayableCalendar: `NOT PAID OFF within the months limit-audit can plan (its dates end on ${MAX_DATE}): the plan stops there with a balance left. Check the audit date (as_of or --as-of).`,
  shortfallFirst: (required: string, share: string, income: string, gap: string) =>
    `NOT PAYABLE FROM INCOME: the first month's required payments of ${required} are ${share} of the income of ${income}, ${gap} more than comes in.`,
  shortfallLater: (month: string, required: string, income: string, gap: string) =>
    `NOT PAYABLE FROM INCOME: in ${month} the required payments of ${required} are ${gap} more than the income of ${income}.`,
  shortfallNoIncome: (required: string) => `NOT PAYABLE FROM INCOME: there is no income, and the first month alone requires ${required}.`,
  shortfallLargest: (months: number, gap: string, month: string) => ` ${months} months fall short, the most by ${gap} in ${month}.`,
  shortfallCount: (months: number) => ` ${months} months fall short in all; this is the largest gap.`,
  shortfallAdvice:
    ' The plan below holds only if that money is found. Talk to your lenders now: ask for longer instalments (延期/分期), a pause or a lower rate before any payment is missed.',
  debtFree: (months: number, month: string) => `Debt-free in ${months} months, by ${month}`,
  debtFreeIfOnce: (months: number, month: string, gap: string, when: string) =>
    `Debt-free in ${months} months, by ${month} — only if ${gap} beyond income can be found in ${when}`,
  debtFreeIf: (months: number, month: string, gap: string, shortMonths: number) =>
    `Debt-free in ${months} months, by ${month} — only if up to ${gap} a month beyond income can be found (${shortMonths} months fall short)`,
  noDebt: 'No debt to repay.',
  totals: (interest: string, paid: string) => `Total interest ${interest}; total paid ${paid}`,
  payoffOrder: 'Payoff order',
  notPaid: 'not paid off',
  comparison: 'Strategy comparison',
  colStrategy: 'Strategy',
  colMonths: 'Months to debt-free',
  monthCount: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
  sameStrategiesNoExtra:
    'All three strategies give the same plan: no month has money beyond the required payments, so there is never extra money for a strategy to place.',
  sameStrategiesOneDebt: 'All three strategies give the same plan: with one debt there is no order to choose.',
  sameStrategiesLate: (month: string) =>
    `All three strategies come out the same here: there is money beyond the required payments only from ${month}, and each order sends it to the same debts.`,
  sameStrategiesSameTargets: 'All three strategies come out the same here: each order sends the money beyond the required payments to the same debts.',
  colInterest: 'Total interest',
  colLenders: 'Online lenders ≤ 2 by',
  milestones: (m50: string | null, m36: string | null) =>
    m50 === null
      ? 'Debt-to-income does not fall below 50 % within the plan'
      : `Debt-to-income below 50 % by ${m50}; ${m36 === null ? 'not below 36 % within the plan' : `below 36 % by ${m36}`}`,
  milestonesNoIncome: 'Debt-to-income: no ratio without income',
  never: 'never',
  living: (budget: string, spending: string, months: number, fits: boolean) =>
    `Living budget ${budget}; recent spending ${spending} a month (mean of ${months} ${months === 1 ? 'month' : 'months'}) — ${fits ? 'fits' : 'does NOT fit: cut spending or the plan will not hold'}`,
  livingUnknown: (budget: string) => `Living budget ${budget}; add spending.history to see whether your spending fits it`,
  /** The living budget when the required payments take more than the income. */
  livingNone: (gap: string) => `none (the required payments are ${gap} more than the income)`,
  warnings: 'Warnings',
  schedule: 'Schedule',
  colMonth: 'Month',
  colPaid: 'Paid',
  colRemaining: 'Remaining',
  scheduleNote: 'Balances at the end of each month, in yuan.',
  balanceChart: (first: string, last: string) => `Total balance at the end of each month, ${first} to ${last}`,
  debtChart: (first: string, last: string) => `Total debt at each audit, ${first} to ${last}`,
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
  paren: (text) => `（${text}）`,
  reportTitle: 'limit-audit 自查报告',
  profile: '档案',
  asOf: '审查日期',
  score: '额度健康分',
  grade: '等级',
  byArea: '分领域',
  macroSnapshot: '宏观快照',
  bundled: '内置',
  scoreNote:
    '计算方法：每个领域从 100 分起，每个严重/高/中/低问题分别扣 40/20/8/3 分（最低 0 分）；总分为各领域的加权平均（信用行为 40%、负债结构 35%、消费行为 15%、宏观环境 10%，只计有规则完成评估的领域），有严重问题时最高 39 分，有高风险问题时最高 69 分。这是公开透明的经验算法；没有任何平台公开其模型，这也不是平台的模型。',
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
  notEvaluatedDetail: (reason) =>
    reason.unit === 'scores'
      ? `需要${reason.withinMonths === undefined ? '' : `近 ${reason.withinMonths} 个月内`} ${reason.needs} 个分数（含当前分数），现有 ${reason.has} 个`
      : `需要${reason.withinMonths === undefined ? '' : `近 ${reason.withinMonths} 个月内`} ${reason.needs} 个月的记录，现有 ${reason.has} 个月`,
  allEvaluated: '所有规则均已评估。',
  debtRates: '各笔债务的成本：报价利率与真实年化（含费用）',
  colDebt: '债务',
  colQuoted: '报价',
  colTrueApr: '真实年化',
  colEar: '复利年化（EAR）',
  quoted: {
    apr: (rate) => `年化 ${rate}`,
    daily_rate: (rate, yearly) => `日利率 ${rate}（年化 ${yearly}）`,
    fee_rate: (rate, yearly) => `每期手续费 ${rate}（年化 ${yearly}）`,
    estimated: (quoted) => `${quoted}，估计值：该产品的典型利率，不是您自己的`,
  },
  plan: (split) => `还款计划（${split}）`,
  strategyLabel: '策略',
  strategyExplain: {
    recovery: '多出的钱先还标记为逾期的债务，再还余额最小的网贷，直到只剩不超过 2 家网贷机构，然后按利率从高到低',
    avalanche: '多出的钱先还利率最高的债务：总利息最少',
    snowball: '多出的钱先还余额最小的债务：最快还清单笔',
  },
  budgetLine: (budget, share, living) => `每月还款预算 ${budget}（收入的 ${share}）；其余 ${living} 用于生活与储蓄`,
  budgetLineOver: (budget, share, required, requiredShare, living) =>
    `每月还款预算 ${budget}（收入的 ${share}），但首月必还金额为 ${required}（占收入 ${requiredShare}）：计划按必还金额还款，留给生活与储蓄的是 ${living}`,
  budgetLineShort: (budget, share, required) => `每月还款预算 ${budget}（收入的 ${share}），但首月必还金额为 ${required}，超过收入：没有钱留给生活`,
  requiredLine: (required, share) => `首月必还金额：${required}（占收入 ${share}）`,
  infeasible: (required, share) =>
    `按此比例不可行：必还金额占收入 ${required}，高于 ${share}。下面的计划按必还金额执行。请尽快联系贷款方，在出现逾期之前申请延期、分期或降低利率。`,
  notPayable: '按此预算无法还清：有余额永远不会降到零。请与下列债务的贷款方协商；本计划并不能让您还清债务。',
  notPayableCalendar: `在 limit-audit 能排到的月份内（日期最晚为 ${MAX_DATE}）无法还清：计划到此为止，仍有余额。请检查审查日期（as_of 或 --as-of）。`,
  shortfallFirst: (required, share, income, gap) => `靠收入无法按计划还款：首月必还金额 ${required}，占月收入 ${income} 的 ${share}，比收入多 ${gap}。`,
  shortfallLater: (month, required, income, gap) => `靠收入无法按计划还款：${month} 的必还金额 ${required}，比月收入 ${income} 多 ${gap}。`,
  shortfallNoIncome: (required) => `靠收入无法按计划还款：目前没有收入，而仅首月就需还款 ${required}。`,
  shortfallLargest: (months, gap, month) => `共有 ${months} 个月入不敷出，缺口最大的是 ${month}，差 ${gap}。`,
  shortfallCount: (months) => `共有 ${months} 个月入不敷出，这是缺口最大的一个月。`,
  shortfallAdvice: '只有补上这笔钱，下面的计划才成立。请尽快联系贷款方，在出现逾期之前申请延期、分期、暂缓还款或降低利率。',
  debtFree: (months, month) => `${months} 个月后还清，即 ${month}`,
  debtFreeIfOnce: (months, month, gap, when) => `${months} 个月后还清，即 ${month}——前提是 ${when} 能在收入之外另筹 ${gap}`,
  debtFreeIf: (months, month, gap, shortMonths) => `${months} 个月后还清，即 ${month}——前提是每月能在收入之外另筹最多 ${gap}（共 ${shortMonths} 个月入不敷出）`,
  noDebt: '没有需要偿还的债务。',
  totals: (interest, paid) => `利息合计 ${interest}；还款合计 ${paid}`,
  payoffOrder: '还清顺序',
  notPaid: '未还清',
  comparison: '策略对比',
  colStrategy: '策略',
  colMonths: '还清所需月数',
  monthCount: (n) => `${n} 个月`,
  sameStrategiesNoExtra: '三种策略的计划完全相同：没有哪个月在必还金额之外还有余钱，策略无从安排。',
  sameStrategiesOneDebt: '三种策略的计划完全相同：只有一笔债务，无所谓先后。',
  sameStrategiesLate: (month) => `三种策略的结果相同：从 ${month} 起才有必还金额之外的余钱，而三种顺序都把它用在同样的债务上。`,
  sameStrategiesSameTargets: '三种策略的结果相同：必还金额之外的余钱，三种顺序都用在同样的债务上。',
  colInterest: '利息合计',
  colLenders: '网贷机构 ≤ 2 家的月份',
  milestones: (m50, m36) =>
    m50 === null ? '计划期内负债收入比不会降到 50% 以下' : `负债收入比低于 50% 的月份：${m50}；${m36 === null ? '计划期内不会降到 36% 以下' : `低于 36%：${m36}`}`,
  milestonesNoIncome: '负债收入比：没有收入，无法计算',
  never: '无',
  living: (budget, spending, months, fits) =>
    `生活预算 ${budget}；近 ${months} 个月平均支出 ${spending}——${fits ? '在预算之内' : '超出预算：需要压缩开支，否则计划难以执行'}`,
  livingUnknown: (budget) => `生活预算 ${budget}；补充 spending.history 即可查看支出是否在预算之内`,
  livingNone: (gap) => `无（必还金额比收入多 ${gap}）`,
  warnings: '提醒',
  schedule: '逐月明细',
  colMonth: '月份',
  colPaid: '当月还款',
  colRemaining: '剩余',
  scheduleNote: '各债务为月末余额，单位：元。',
  balanceChart: (first, last) => `每月月末欠款合计，${first} 至 ${last}`,
  debtChart: (first, last) => `每次审查时的负债合计，${first} 至 ${last}`,
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
