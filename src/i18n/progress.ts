/**
 * Texts of `limit-audit progress` (its views and its own usage errors), in zh and en; the history
 * file's messages (recording, reading) are history.ts's. Both languages define every key: the type of `zh` makes a missing translation a compile
 * error. Amounts arrive formatted (format.ts); the renderers pick the words here by value.
 */
import type { Lang } from './lang';

const en = {
  planOptionsNeedProfile: (options: string) =>
    `${options}: progress uses these only to audit a profile now; with a history file, give the profile instead (limit-audit progress PROFILE)`,

  /* ---- progress ---- */
  heading: (name: string, count: number) => `limit-audit progress — ${name} (${count === 1 ? '1 audit' : `${count} audits`})`,
  needMore: (count: number) =>
    `${count === 0 ? 'No audit' : count === 1 ? 'Only one audit' : `${count} audits`} to compare: progress needs at least two. Record another audit later (limit-audit check PROFILE --record, e.g. each month after updating the profile).`,
  timeline: 'Timeline',
  colDate: 'Audit date',
  colScore: 'Score, grade',
  colFindings: 'Findings C/H/M/L/I',
  colDebt: 'Total debt',
  colDti: 'DTI',
  colMonths: 'Months left',
  colDebtFree: 'Debt-free',
  notRecorded: '* the profile as it is now, audited by this run and not recorded',
  timelineHidden: (count: number) => `${count === 1 ? '1 audit' : `${count} audits`} between the first and these not shown (all of them: --json).`,
  never: 'never',
  noIncome: 'no income',
  changes: (from: string, to: string) => `Since the previous audit (${from} → ${to})`,
  noChanges: 'No finding, debt or credit limit changed.',
  resolved: 'Resolved',
  newFindings: 'New',
  severityChanged: 'Severity changed',
  paidOff: 'Paid off',
  added: 'New debts',
  gone: (name: string, balance: string) => `${name} (last balance ${balance}) is no longer in the profile`,
  goneNote:
    'Debts are matched by name only: if it was paid off, well done; if it was renamed, its history starts again under the new name.',
  limits: 'Credit limits',
  limitChanged: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
  lineNew: (name: string, to: string) => `${name}: new line, ${to}`,
  lineGone: (name: string, from: string) => `${name}: no longer listed (was ${from})`,
  againstPlan: (month: string) => `Each debt against the plan (balance now; what each plan expected for ${month})`,
  colName: 'Debt',
  colBalance: 'Balance now',
  colFirst: (date: string) => `First audit's plan\n(${date})`,
  colPrevious: (date: string) => `Previous audit's plan\n(${date})`,
  status: {
    ahead: (amount: string, expected: string) => `ahead by ${amount} (plan ${expected})`,
    on_track: (_amount: string, expected: string) => `on track (plan ${expected})`,
    behind: (amount: string, expected: string) => `behind by ${amount} (plan ${expected})`,
  },
  unavailable: { not_in_audit: 'not in that audit', beyond_projection: 'past the 24 months it planned' },
  debtFreeNow: (month: string | null) => (month === null ? 'Debt-free month: none now (the plan does not pay everything off)' : `Debt-free by ${month}`),
  moved: (months: number, label: string, month: string) =>
    months === 0 ? `the same month as the ${label} planned` : `${Math.abs(months)} month${Math.abs(months) === 1 ? '' : 's'} ${months < 0 ? 'earlier' : 'later'} than the ${label} planned (${month})`,
  movedUnknown: (label: string, month: string | null) => (month === null ? `the ${label} had none` : `the ${label} planned ${month}`),
  firstLabel: 'first audit',
  previousLabel: 'previous audit',
  clauseSeparator: '; ',
  streaks: 'Streaks',
  streak: {
    overdue: (months: number, since: string, atLeast: boolean) =>
      atLeast ? `at least ${monthsEn(months)} without a new overdue (none listed since the first audit, ${since})` : `${monthsEn(months)} without a new overdue (the latest: ${since})`,
    inquiry: (months: number, since: string, atLeast: boolean) =>
      atLeast ? `at least ${monthsEn(months)} without a new credit inquiry (none listed since the first audit, ${since})` : `${monthsEn(months)} without a new credit inquiry (the latest: ${since})`,
  },
  streakUnknown: { overdue: 'overdues: not counted (add credit.overdues to the profile)', inquiry: 'inquiries: not counted (add credit.inquiries to the profile)' },
  tolerance: (ratio: string, minimum: string) => `On track means within ${ratio} of the planned balance or ${minimum}, whichever is larger.`,
  skippedCount: (count: number) => `${count === 1 ? '1 line' : `${count} lines`} of the history skipped (see the warnings above).`,
  otherProfileLine: (from: string, to: string) => `The audits of ${from} and ${to} share no debt or credit-line name: the history seems to mix two profiles.`,
};

function monthsEn(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}

export type ProgressText = typeof en;

const zh: ProgressText = {
  planOptionsNeedProfile: (options) => `${options}：progress 仅在立即审查档案时使用这些选项；给出历史记录文件时，请改为给出档案（limit-audit progress 档案）`,

  heading: (name, count) => `limit-audit 进展 — ${name}（${count} 次审查）`,
  needMore: (count) =>
    `${count === 0 ? '没有审查' : count === 1 ? '只有一次审查' : `${count} 次审查`}可比较：进展至少需要两次。请以后再记录一次审查（limit-audit check 档案 --record，例如每月更新档案后运行）。`,
  timeline: '时间线',
  colDate: '审查日期',
  colScore: '健康分 等级',
  colFindings: '问题 严重/高/中/低/提示',
  colDebt: '负债总额',
  colDti: '负债收入比',
  colMonths: '还清月数',
  colDebtFree: '还清月份',
  notRecorded: '* 档案的当前内容，由本次运行审查，未记录',
  timelineHidden: (count) => `首次审查与以上各次之间还有 ${count} 次审查未显示（全部见 --json）。`,
  never: '无法还清',
  noIncome: '无收入',
  changes: (from, to) => `与上次审查相比（${from} → ${to}）`,
  noChanges: '问题、债务和额度均无变化。',
  resolved: '已消除',
  newFindings: '新出现',
  severityChanged: '严重程度变化',
  paidOff: '已还清',
  added: '新增债务',
  gone: (name, balance) => `${name}（上次余额 ${balance}）已不在档案中`,
  goneNote: '债务只按名称对应：如果已还清，很好；如果改了名称，它的历史会在新名称下重新开始。',
  limits: '信用额度',
  limitChanged: (name, from, to) => `${name}：${from} → ${to}`,
  lineNew: (name, to) => `${name}：新额度 ${to}`,
  lineGone: (name, from) => `${name}：已不在档案中（原为 ${from}）`,
  againstPlan: (month) => `各笔债务与计划对比（当前余额；各计划对 ${month} 的预期）`,
  colName: '债务',
  colBalance: '当前余额',
  colFirst: (date) => `首次审查的计划\n（${date}）`,
  colPrevious: (date) => `上次审查的计划\n（${date}）`,
  status: {
    ahead: (amount, expected) => `领先 ${amount}（计划 ${expected}）`,
    on_track: (_amount, expected) => `符合计划（计划 ${expected}）`,
    behind: (amount, expected) => `落后 ${amount}（计划 ${expected}）`,
  },
  unavailable: { not_in_audit: '当次审查中没有这笔债务', beyond_projection: '超出其计划的 24 个月' },
  debtFreeNow: (month) => (month === null ? '还清月份：目前没有（计划无法还清全部债务）' : `预计 ${month} 还清`),
  moved: (months, label, month) => (months === 0 ? `与${label}计划的同月` : `比${label}计划的（${month}）${months < 0 ? '提前' : '推迟'} ${Math.abs(months)} 个月`),
  movedUnknown: (label, month) => (month === null ? `${label}时无法还清` : `${label}计划 ${month}`),
  firstLabel: '首次审查',
  previousLabel: '上次审查',
  clauseSeparator: '；',
  streaks: '连续记录',
  streak: {
    overdue: (months, since, atLeast) => (atLeast ? `至少连续 ${months} 个月没有新的逾期（自首次审查 ${since} 起没有记录）` : `连续 ${months} 个月没有新的逾期（最近一次：${since}）`),
    inquiry: (months, since, atLeast) => (atLeast ? `至少连续 ${months} 个月没有新的征信查询（自首次审查 ${since} 起没有记录）` : `连续 ${months} 个月没有新的征信查询（最近一次：${since}）`),
  },
  streakUnknown: { overdue: '逾期：未统计（请在档案中填写 credit.overdues）', inquiry: '征信查询：未统计（请在档案中填写 credit.inquiries）' },
  tolerance: (ratio, minimum) => `“符合计划”指与计划余额相差不超过 ${ratio} 或 ${minimum}（取较大者）。`,
  skippedCount: (count) => `历史记录中有 ${count} 行被跳过（见上方警告）。`,
  otherProfileLine: (from, to) => `${from} 与 ${to} 的审查没有任何相同的债务或额度名称：该历史记录似乎混入了两个档案。`,
};

const catalogue: Record<Lang, ProgressText> = { en, zh };

export function progressText(lang: Lang): ProgressText {
  return catalogue[lang];
}
