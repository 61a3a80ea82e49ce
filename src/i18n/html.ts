/**
 * Words of the HTML report (`--format html`, src/report/html) that the other views do not have:
 * chart titles and descriptions, legends, axis labels, page furniture. The words shared with the
 * table and markdown views (headings, column names, severities) stay in report.ts.
 */
import type { Lang } from './lang';

const en = {
  /** The page's `lang` attribute (BCP 47). */
  htmlLang: 'en',
  several: (count: number) => `limit-audit report — ${count} profiles`,
  planPage: (source: string) => `Repayment plan — ${source}`,
  contents: 'Profiles in this report',
  scoreCaption: 'Score by area (100 = nothing found)',
  area: 'Area',
  areaScore: 'Score',
  balanceTitle: 'Balance of each debt at the end of each month (stacked)',
  balanceDesc: (debts: number, months: number, first: string, last: string, start: string) =>
    `Stacked area chart: ${debts} debts, one band each, over ${months} months from ${first} to ${last}; ${start} owed at the end of the first month. ` +
    'Numbered marks show the month each debt is paid off. The values are in the schedule table.',
  paidOffMark: (debt: string, month: string) => `${debt}: paid off in ${month}`,
  legendPaidOff: (month: string) => `paid off ${month}`,
  legendNotPaid: 'not paid off',
  strategiesTitle: 'The three strategies compared: months to debt-free and total interest',
  strategiesDesc: (lines: string) => `Bar chart. ${lines}. The values are also in the comparison table.`,
  strategyLine: (strategy: string, months: string, interest: string) => `${strategy}: ${months}, ${interest} interest`,
  notPayable: 'not payable',
  chosen: 'chosen',
  scheduleValues: 'The chart’s values: the month-by-month schedule',
  scoreOverTime: 'Score at each audit (0–100)',
  scoreOverTimeDesc: (count: number, first: string, last: string, from: number, to: number) =>
    `Line chart of the score at ${count} audits from ${first} to ${last}: ${from} at the first, ${to} at the latest. The values are in the timeline table.`,
  debtOverTime: 'Total debt at each audit, against what the first audit’s plan expected',
  debtOverTimeDesc: (count: number, first: string, last: string, from: string, to: string, expected: string | null) =>
    `Line chart of the total debt at ${count} audits from ${first} to ${last}: ${from} at the first, ${to} at the latest` +
    (expected === null ? '. ' : `; the first audit’s plan expected ${expected} by now (dashed line). `) +
    'The values are in the timeline and debts tables.',
  seriesScore: 'Score',
  seriesDebt: 'Total debt',
  seriesFirstPlan: 'What the first plan expected',
  roadmapCharts: 'The months ahead',
  roadmapScoreTitle: 'Score at each month-end if the plan is followed (0–100)',
  roadmapScoreDesc: (months: number, first: string, last: string, from: number, to: number, review: string | null) =>
    `Line chart of the projected score at ${months + 1} month-ends from ${first} to ${last}: ${from} now, ${to} at the last. ` +
    (review === null ? 'No review month within these months. ' : `Review month (estimate): ${review}. `) +
    'The values are in the table of every month.',
  roadmapBlockingTitle: 'Findings holding the review month back, month by month',
  roadmapBlockingDesc: (months: number, first: string, last: string, from: number, review: string | null) =>
    `Line chart of how many credit and debt findings of medium or above are left at ${months + 1} month-ends from ${first} to ${last}: ${from} now` +
    (review === null ? '; some are still left at the last. ' : `; none from ${review}, the review month. `) +
    'The values are in the table of every month.',
  seriesBlocking: 'Findings holding it back',
  roadmapValues: 'The charts’ values: every month',
  colBlocking: 'Holding it back',
  whatifCompare: 'The baseline and each scenario side by side',
  whatifTitle: 'Total debt at each month-end: the baseline and each scenario',
  whatifDesc: (sides: number, months: number, first: string, last: string, lines: string) =>
    `Line chart of the total debt of ${sides} ${sides === 1 ? 'plan' : 'plans'} over ${months} months from ${first} to ${last}. ${lines}. The values are in the table of the total debt.`,
  whatifLine: (name: string, start: string, debtFree: string | null) => `${name}: ${start} now, ${debtFree === null ? 'not debt-free within the chart' : `debt-free in ${debtFree}`}`,
  whatifValues: 'The chart’s values: the total debt month by month',
  footer: (version: string) =>
    `Made by limit-audit ${version} on this computer from the profile alone; nothing was sent anywhere. This page loads nothing from the network.`,
  footerPlan: 'Made by limit-audit on this computer from the profile alone; nothing was sent anywhere. This page loads nothing from the network.',
};

export type HtmlText = typeof en;

const zh: HtmlText = {
  htmlLang: 'zh-CN',
  several: (count) => `limit-audit 自查报告——共 ${count} 个档案`,
  planPage: (source) => `还款计划——${source}`,
  contents: '本报告包含的档案',
  scoreCaption: '分领域得分（100 表示未发现问题）',
  area: '领域',
  areaScore: '得分',
  balanceTitle: '各债务每月月末余额（堆叠）',
  balanceDesc: (debts, months, first, last, start) =>
    `堆叠面积图：${debts} 笔债务各占一层，共 ${months} 个月，从 ${first} 到 ${last}；首月月末合计欠款 ${start}。` +
    '带编号的标记是各笔债务还清的月份。具体数值见逐月明细表。',
  paidOffMark: (debt, month) => `${debt}：${month} 还清`,
  legendPaidOff: (month) => `${month} 还清`,
  legendNotPaid: '未还清',
  strategiesTitle: '三种策略对比：还清所需月数与利息合计',
  strategiesDesc: (lines) => `条形图。${lines}。数值也列在策略对比表中。`,
  strategyLine: (strategy, months, interest) => `${strategy}：${months}，利息 ${interest}`,
  notPayable: '无法还清',
  chosen: '当前策略',
  scheduleValues: '图中数值：逐月明细',
  scoreOverTime: '每次审查的健康分（0–100）',
  scoreOverTimeDesc: (count, first, last, from, to) => `折线图：${first} 至 ${last} 共 ${count} 次审查的健康分，首次 ${from}，最近 ${to}。数值见时间线表。`,
  debtOverTime: '每次审查时的负债合计，对照首次审查的计划预期',
  debtOverTimeDesc: (count, first, last, from, to, expected) =>
    `折线图：${first} 至 ${last} 共 ${count} 次审查时的负债合计，首次 ${from}，最近 ${to}` +
    (expected === null ? '。' : `；按首次审查的计划，此时应为 ${expected}（虚线）。`) +
    '数值见时间线表与债务表。',
  seriesScore: '健康分',
  seriesDebt: '负债合计',
  seriesFirstPlan: '首次计划的预期',
  roadmapCharts: '未来各月',
  roadmapScoreTitle: '按计划还款时每月月末的健康分（0–100）',
  roadmapScoreDesc: (months, first, last, from, to, review) =>
    `折线图：${first} 至 ${last} 共 ${months + 1} 个月末的预计健康分，现在 ${from}，最后 ${to}。` +
    (review === null ? '这段时间内没有复评月份。' : `预计复评月份（估计）：${review}。`) +
    '数值见逐月表。',
  roadmapBlockingTitle: '逐月仍阻碍复评的问题数',
  roadmapBlockingDesc: (months, first, last, from, review) =>
    `折线图：${first} 至 ${last} 共 ${months + 1} 个月末仍存在的"中"及以上信用或负债问题数，现在 ${from} 个` +
    (review === null ? '；到最后仍有剩余。' : `；自复评月份 ${review} 起为 0。`) +
    '数值见逐月表。',
  seriesBlocking: '阻碍复评的问题',
  roadmapValues: '图中数值：每个月',
  colBlocking: '阻碍复评的问题',
  whatifCompare: '基线与各方案对比',
  whatifTitle: '每月月末的负债合计：基线与各方案',
  whatifDesc: (sides, months, first, last, lines) => `折线图：${sides} 个计划从 ${first} 到 ${last} 共 ${months} 个月的负债合计。${lines}。数值见负债合计表。`,
  whatifLine: (name, start, debtFree) => `${name}：现在 ${start}，${debtFree === null ? '图中范围内未还清' : `${debtFree} 还清`}`,
  whatifValues: '图中数值：逐月负债合计',
  footer: (version) => `由 limit-audit ${version} 仅根据档案在本机生成，没有任何数据被发送。本页面不从网络加载任何内容。`,
  footerPlan: '由 limit-audit 仅根据档案在本机生成，没有任何数据被发送。本页面不从网络加载任何内容。',
};

const catalogue: Record<Lang, HtmlText> = { en, zh };

export function htmlText(lang: Lang): HtmlText {
  return catalogue[lang];
}
