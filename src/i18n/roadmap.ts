/**
 * Strings of `limit-audit roadmap` (src/report/roadmap-*.ts), in zh and en. The review month's own
 * line is the report's (report.ts), so `check` and the roadmap name it in one wording.
 */
import type { MilestoneKind, WindowedList } from '../timeline';
import type { Lang } from './lang';

const en = {
  title: 'limit-audit roadmap',
  header: (asOf: string, strategy: string, share: string, months: number) =>
    `Audit date: ${asOf} · Strategy: ${strategy} · ${share} of income for debts · ${months} months`,
  assumption:
    'Assuming the plan is followed and nothing new happens: no new application, draw or overdue; events age out of their windows; income, spending and the macro snapshot stay as they are.',
  reviewNote:
    'The review month is the first monthly re-evaluation at which the profile would show no credit or debt finding of medium or above. Jiebei re-evaluates lines by itself, reportedly about once a month; a bank card may be asked for a review. It is an estimate, never a promise (source B6).',
  blockedBy: (months: number) => `Still holding it back after ${months} months:`,
  blocker: (severity: string, title: string, ruleId: string, clearsBy: string | undefined) =>
    `${severity} ${title} (${ruleId}) — ${clearsBy === undefined ? 'following the plan does not clear it' : `clears by ${clearsBy}, past the roadmap`}`,
  now: (date: string, score: number, grade: string) => `Now (${date}): score ${score}/100 (${grade})`,
  actionsNow: 'What to do from now on:',
  monthByMonth: 'Month by month',
  colMonth: 'Month',
  colWhat: 'What happens',
  colScore: 'Score',
  scoreCell: (score: number, grade: string) => `${score} (${grade})`,
  quiet: 'Months in which nothing changes are left out; --json lists every month.',
  nothingChanges: (months: number) => `Nothing changes in ${months} months.`,
  change: {
    cleared: (title: string) => `✓ ${title}: clears`,
    eased: (title: string, from: string, to: string) => `↓ ${title}: ${from} → ${to}`,
    appeared: (title: string, severity: string) => `! ${title}: ${severity}`,
    worsened: (title: string, from: string, to: string) => `↑ ${title}: ${from} → ${to}`,
  },
  because: (reasons: string) => ` — ${reasons}`,
  reasonSeparator: '; ',
  monthRange: (from: string, to: string) => `${from} to ${to}`,
  window: (count: number, list: WindowedList, from: string, window: number) => `${count} ${noun(list, count)} of ${from} ${count === 1 ? 'leaves' : 'leave'} the ${window}-month window`,
  paidOffReason: (debts: string) => `${debts} paid off`,
  planReason: "the plan's payments bring the figures under the line",
  paidOff: (debts: string) => `Paid off: ${debts}`,
  milestone: {
    debt_free: 'Milestone: debt-free',
    dti_below_50: 'Milestone: debt payments below 50 % of income',
    dti_below_36: 'Milestone: debt payments below 36 % of income',
    dti_below_20: 'Milestone: debt payments below 20 % of income',
    online_lenders_at_most_2: 'Milestone: at most 2 online lenders hold a balance',
  } satisfies Record<MilestoneKind, string>,
  action: (title: string, recommendation: string) => `→ From now on (${title}): ${recommendation}`,
  reviewMark: '★ Review month (estimate)',
  apart: 'Not cleared by following the plan',
  apartWhy: { macro: 'the macro environment', symptom: 'what a re-evaluation restores, not a cause' },
  notEvaluated: 'Not evaluated (data not given)',
  none: 'none',
};

export type RoadmapText = typeof en;

/** English names of the windowed lists, singular and plural. */
function noun(list: WindowedList, count: number): string {
  const names: Record<WindowedList, [string, string]> = {
    'credit.inquiries': ['hard inquiry', 'hard inquiries'],
    'credit.draws': ['draw', 'draws'],
    'credit.overdues': ['overdue', 'overdues'],
    'credit.sesame_history': ['Sesame score', 'Sesame scores'],
    'spending.large_purchases': ['large purchase', 'large purchases'],
  };
  return names[list][count === 1 ? 0 : 1];
}

const ZH_NOUNS: Record<WindowedList, string> = {
  'credit.inquiries': '硬查询',
  'credit.draws': '借款',
  'credit.overdues': '逾期',
  'credit.sesame_history': '芝麻分记录',
  'spending.large_purchases': '大额消费',
};

const zh: RoadmapText = {
  title: 'limit-audit 恢复路线图',
  header: (asOf, strategy, share, months) => `审查日期：${asOf} · 策略：${strategy} · 收入的 ${share} 用于还款 · ${months} 个月`,
  assumption: '假设按计划还款且不再发生新情况：不再申请、不再借款、不再逾期；旧记录按窗口逐步移出；收入、支出和宏观快照保持不变。',
  reviewNote:
    '复评月份是指档案在每月一次的重新评估中不再出现"中"及以上信用或负债问题的第一个月。借呗会自行重新评估额度，据称大约每月一次；信用卡可以申请复核。这只是估计，绝非承诺（来源 B6）。',
  blockedBy: (months) => `${months} 个月后仍然阻碍复评的问题：`,
  blocker: (severity, title, ruleId, clearsBy) =>
    `${severity} ${title}（${ruleId}）——${clearsBy === undefined ? '按计划还款不能消除' : `预计 ${clearsBy} 消除，超出路线图范围`}`,
  now: (date, score, grade) => `当前（${date}）：健康分 ${score}/100（${grade}）`,
  actionsNow: '从现在起要做的：',
  monthByMonth: '逐月变化',
  colMonth: '月份',
  colWhat: '发生了什么',
  colScore: '健康分',
  scoreCell: (score, grade) => `${score}（${grade}）`,
  quiet: '没有变化的月份不列出；--json 列出每个月。',
  nothingChanges: (months) => `${months} 个月内没有变化。`,
  change: {
    cleared: (title) => `✓ ${title}：消除`,
    eased: (title, from, to) => `↓ ${title}：${from} → ${to}`,
    appeared: (title, severity) => `! ${title}：${severity}`,
    worsened: (title, from, to) => `↑ ${title}：${from} → ${to}`,
  },
  because: (reasons) => `——${reasons}`,
  reasonSeparator: '；',
  monthRange: (from, to) => `${from} 至 ${to}`,
  window: (count, list, from, window) => `${from} 的 ${count} 次${ZH_NOUNS[list]}移出近 ${window} 个月窗口`,
  paidOffReason: (debts) => `${debts}已还清`,
  planReason: '按计划还款使相关数字降到警戒线以下',
  paidOff: (debts) => `还清：${debts}`,
  milestone: {
    debt_free: '里程碑：全部还清',
    dti_below_50: '里程碑：月还款低于收入的 50%',
    dti_below_36: '里程碑：月还款低于收入的 36%',
    dti_below_20: '里程碑：月还款低于收入的 20%',
    online_lenders_at_most_2: '里程碑：有余额的网贷机构不超过 2 家',
  },
  action: (title, recommendation) => `→ 从此时起（${title}）：${recommendation}`,
  reviewMark: '★ 复评月份（估计）',
  apart: '按计划还款不能消除的问题',
  apartWhy: { macro: '宏观环境', symptom: '重新评估才能恢复的症状，而非原因' },
  notEvaluated: '未评估（缺少数据）',
  none: '无',
};

const catalogue: Record<Lang, RoadmapText> = { en, zh };

export function roadmapText(lang: Lang): RoadmapText {
  return catalogue[lang];
}
