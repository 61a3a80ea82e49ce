/**
 * The texts of `limit-audit whatif` (issue 18): the comparison's labels, what each change is and
 * does, the notes on a change, and every problem a change or a scenario file can have. Both
 * languages define every key (`zh` is typed by `en`). Figures arrive formatted (format.ts).
 */
import type { Lang } from './lang';

const en = {
  title: (source: string) => `What if — ${source}`,
  asOfLine: (asOf: string, share: string, strategy: string) => `Audit date ${asOf} · baseline: ${share} of income to debt, ${strategy} order`,
  baseline: 'Baseline',
  /** The scenario the command line's changes make. */
  changed: 'With the changes',
  rowScore: 'Score now',
  rowScoreIn: (months: number) => `Score in ${months} months`,
  rowFindings: 'Findings: critical · high · medium · low',
  rowMonths: 'Months to debt-free',
  rowDebtFreeBy: 'Debt-free by',
  rowInterest: 'Total interest',
  rowRequiredShare: 'Required payments ÷ income, month 1',
  rowReviewMonth: 'Review month',
  rowBudget: 'Debt budget a month',
  rowTarget: (month: string) => `Extra a month to be debt-free by ${month}`,
  never: 'never',
  unknown: '—',
  noExtraReaches: 'none',
  noDebt: 'no debt',
  scoreCell: (value: number, grade: string) => `${value} (${grade})`,
  /** What a scenario is and does, below the table. */
  whatItDoes: (name: string) => `What “${name}” does`,
  changesLabel: 'Changes',
  clears: 'Clears',
  raises: 'Raises',
  eases: 'Eases',
  worsens: 'Worsens',
  noFindingChanges: 'No finding clears, eases, worsens or appears.',
  shift: (title: string, ruleId: string, severities: string) => `${title} (${ruleId}, ${severities})`,
  interestSaved: (amount: string) => `saves ${amount} of interest`,
  interestCost: (amount: string) => `costs ${amount} more interest`,
  interestSame: 'the same interest',
  monthsSooner: (months: number) => `debt-free ${months} ${months === 1 ? 'month' : 'months'} sooner`,
  monthsLater: (months: number) => `debt-free ${months} ${months === 1 ? 'month' : 'months'} later`,
  monthsSame: 'debt-free in the same month',
  nowPayable: 'debt-free where the baseline never is',
  noLongerPayable: 'never debt-free where the baseline is',
  neitherPayable: 'never debt-free, as the baseline',
  scoreChange: (change: string) => `score ${change}`,
  notesLabel: 'Before you do it',
  targetLine: (month: string) => `To be debt-free by ${month}`,
  targetNeeds: (name: string, amount: string, total: string) => `${name}: ${amount} more a month (${total} a month to debt)`,
  targetAlready: (name: string) => `${name}: already debt-free by then; nothing more is needed`,
  targetNone: (name: string, cap: string) => `${name}: no extra amount up to the income does it (${cap} a month more is all there is)`,
  /** The loan a refinance takes out (a debt's name in the changed profile). */
  refinanceName: 'refinance loan',
  change: {
    pay: (debt: string, amount: string) => `pay ${amount} off ${debt} now`,
    extra: (amount: string) => `${amount} more a month to debt`,
    share: (share: string) => `${share} of income to debt`,
    income: (amount: string) => `income ${amount} a month`,
    spend: (amount: string) => `spending ${amount} a month`,
    close: (line: string) => `close ${line}`,
    refinance: (debts: string, apr: string, months: number, fee: string | null) =>
      `replace ${debts} by one loan at ${apr} over ${months} months${fee === null ? '' : ` (fee ${fee})`}`,
    strategy: (strategy: string) => `${strategy} order for the extra money`,
  },
  note: {
    payExceedsLiquid: (debt: string, amount: string, liquid: string) =>
      `paying ${amount} off ${debt} is more than your liquid savings of ${liquid}: the rest has to come from somewhere else`,
    thinBuffer: (liquid: string, months: string, line: string, target: string) =>
      `after the repayment your savings of ${liquid} cover ${months} of outgoings; spending/thin-buffer asks for ${line} (${target})`,
    utilisationRises: (line: string, before: string, after: string) =>
      `closing ${line} raises the utilisation of your lines from ${before} to ${after}: its limit no longer counts, what is used on the others does`,
    lineHasBalance: (line: string, used: string) => `${line} still has ${used} used: repay it before closing the line; the debt stays until you do`,
    refinance: (name: string, instalment: string, trueApr: string, months: number) =>
      `${name}: ${instalment} a month for ${months} months, a true APR of ${trueApr} with the fee; the application is a hard inquiry now, and a new lender`,
    budgetAboveIncome: (budget: string, income: string) => `the debt budget of ${budget} a month is more than the income of ${income}: nothing is left for living`,
  },
  problem: {
    form: (form: string) => `expected ${form}`,
    emptyName: 'a name is empty',
    shareRange: (found: string) => `expected a share with 0 < share ≤ 1, e.g. 0.3, found ${found}`,
    monthsRange: (max: number, found: string) => `expected a whole number of months from 1 to ${max}, found ${found}`,
    unknownDebt: (name: string, debts: string, suggestion: string | undefined) =>
      `no debt named “${name}” in the profile${suggestion === undefined ? ` (its debts: ${debts})` : ` (did you mean ${suggestion}?)`}`,
    unknownLine: (name: string, lines: string, suggestion: string | undefined) =>
      `no credit line named “${name}” in the profile${suggestion === undefined ? (lines === '' ? ' (it lists no credit_lines)' : ` (its lines: ${lines})`) : ` (did you mean ${suggestion}?)`}`,
    aboveBalance: (debt: string, amount: string, balance: string) => `${amount} is more than the balance of ${debt}, ${balance}`,
    twice: (flag: string) => `${flag} is given twice; give it once`,
    refinancedTwice: (name: string) => `${name} is refinanced twice`,
    nothingToRefinance: 'nothing is left to refinance: the repayments before clear every debt named',
    trueAprTooHigh: (trueApr: string) => `with this fee the loan’s true APR is ${trueApr}, above 100 % a year`,
    duplicateScenario: (name: string) => `another scenario is already named “${name}”; scenario names must be unique`,
    targetNotAfter: (target: string, month: string) => `--target ${target}: the month must be after the audit month, ${month}`,
    emptyScenarioFile: 'the file is empty; a scenario file lists `scenarios:`, each with a `name` and its `changes`',
  },
};

export type WhatifText = typeof en;

const zh: WhatifText = {
  title: (source) => `假如——${source}`,
  asOfLine: (asOf, share, strategy) => `审查日期 ${asOf} · 基线：收入的 ${share} 用于还债，额外还款按${strategy}`,
  baseline: '基线',
  changed: '改动后',
  rowScore: '当前健康分',
  rowScoreIn: (months) => `${months} 个月后健康分`,
  rowFindings: '问题：严重 · 高 · 中 · 低',
  rowMonths: '还清所需月数',
  rowDebtFreeBy: '还清月份',
  rowInterest: '利息合计',
  rowRequiredShare: '首月必还金额占收入',
  rowReviewMonth: '复评月份',
  rowBudget: '每月还款预算',
  rowTarget: (month) => `${month} 前还清每月需多还`,
  never: '无法还清',
  unknown: '—',
  noExtraReaches: '无',
  noDebt: '无债务',
  scoreCell: (value, grade) => `${value}（${grade}）`,
  whatItDoes: (name) => `“${name}”的效果`,
  changesLabel: '改动',
  clears: '消除',
  raises: '新增',
  eases: '减轻',
  worsens: '加重',
  noFindingChanges: '没有问题被消除、减轻、加重或新增。',
  shift: (title, ruleId, severities) => `${title}（${ruleId}，${severities}）`,
  interestSaved: (amount) => `节省利息 ${amount}`,
  interestCost: (amount) => `多付利息 ${amount}`,
  interestSame: '利息不变',
  monthsSooner: (months) => `提前 ${months} 个月还清`,
  monthsLater: (months) => `推迟 ${months} 个月还清`,
  monthsSame: '还清月份不变',
  nowPayable: '基线无法还清，此方案可以还清',
  noLongerPayable: '基线可以还清，此方案无法还清',
  neitherPayable: '与基线一样无法还清',
  scoreChange: (change) => `健康分 ${change}`,
  notesLabel: '执行前请注意',
  targetLine: (month) => `要在 ${month} 前还清`,
  targetNeeds: (name, amount, total) => `${name}：每月多还 ${amount}（每月共 ${total} 用于还债）`,
  targetAlready: (name) => `${name}：届时已可还清，无需多还`,
  targetNone: (name, cap) => `${name}：即使把全部收入用于还债也做不到（每月最多还能多还 ${cap}）`,
  refinanceName: '置换贷款',
  change: {
    pay: (debt, amount) => `现在提前还 ${debt} ${amount}`,
    extra: (amount) => `每月多还 ${amount}`,
    share: (share) => `收入的 ${share} 用于还债`,
    income: (amount) => `月收入 ${amount}`,
    spend: (amount) => `月支出 ${amount}`,
    close: (line) => `注销 ${line}`,
    refinance: (debts, apr, months, fee) => `用一笔年化 ${apr}、${months} 期的贷款置换 ${debts}${fee === null ? '' : `（手续费 ${fee}）`}`,
    strategy: (strategy) => `额外还款按${strategy}`,
  },
  note: {
    payExceedsLiquid: (debt, amount, liquid) => `提前还 ${debt} ${amount} 超过了流动资产 ${liquid}：差额需要另想办法`,
    thinBuffer: (liquid, months, line, target) => `还款后流动资产 ${liquid} 只够 ${months} 的开销；spending/thin-buffer 要求 ${line}（${target}）`,
    utilisationRises: (line, before, after) => `注销 ${line} 会使额度使用率从 ${before} 升至 ${after}：它的额度不再计入，其他额度上的欠款仍在`,
    lineHasBalance: (line, used) => `${line} 仍有 ${used} 已用额度：请先还清再注销；还清之前这笔债务仍在`,
    refinance: (name, instalment, trueApr, months) => `${name}：每月 ${instalment}，共 ${months} 期，计入手续费后的真实年化利率 ${trueApr}；申请会产生一次硬查询，并多一家贷款机构`,
    budgetAboveIncome: (budget, income) => `每月还款预算 ${budget} 超过月收入 ${income}：没有留下生活费`,
  },
  problem: {
    form: (form) => `应为 ${form}`,
    emptyName: '名称为空',
    shareRange: (found) => `比例应满足 0 < 比例 ≤ 1，如 0.3，实际为 ${found}`,
    monthsRange: (max, found) => `期数应为 1 到 ${max} 的整数，实际为 ${found}`,
    unknownDebt: (name, debts, suggestion) =>
      `档案中没有名为“${name}”的债务${suggestion === undefined ? `（现有债务：${debts}）` : `（是否想写 ${suggestion}？）`}`,
    unknownLine: (name, lines, suggestion) =>
      `档案中没有名为“${name}”的授信额度${suggestion === undefined ? (lines === '' ? '（档案未填写 credit_lines）' : `（现有额度：${lines}）`) : `（是否想写 ${suggestion}？）`}`,
    aboveBalance: (debt, amount, balance) => `${amount} 超过了 ${debt} 的余额 ${balance}`,
    twice: (flag) => `${flag} 出现了两次；只能给一次`,
    refinancedTwice: (name) => `${name} 被置换了两次`,
    nothingToRefinance: '没有可置换的余额：前面的还款已还清所列的全部债务',
    trueAprTooHigh: (trueApr) => `计入此手续费后贷款的真实年化利率为 ${trueApr}，超过 100%`,
    duplicateScenario: (name) => `已有名为“${name}”的方案；方案名称不能重复`,
    targetNotAfter: (target, month) => `--target ${target}：目标月份须晚于审查月份 ${month}`,
    emptyScenarioFile: '文件为空；方案文件应列出 `scenarios:`，每个方案包含 `name` 与 `changes`',
  },
};

const catalogue: Record<Lang, WhatifText> = { en, zh };

export function whatifText(lang: Lang): WhatifText {
  return catalogue[lang];
}
