/** Help texts for every command and option, in zh and en, with examples (src/cli/main.ts, options.ts). */
import type { Lang } from './lang';

const en = {
  program: 'Offline self-audit for a cut, frozen or closed consumer credit line (借呗, 花呗, 微粒贷, cards): sourced rules and a 20/80 repayment plan.',
  programExamples: `
Examples:
  $ limit-audit init my.yaml                 write a commented example profile
  $ limit-audit check my.yaml                diagnosis table and repayment plan
  $ limit-audit check *.yaml --format ndjson | jq .score
  $ limit-audit plan my.yaml --strategy avalanche
  $ limit-audit roadmap my.yaml              month by month until the review month
  $ limit-audit whatif my.yaml --pay 借呗=5000 --extra 800
  $ limit-audit rules credit/inquiries-frequent
  $ limit-audit interview --save my.yaml     answer questions instead of writing YAML
  $ limit-audit apr --amount 6000 --months 6 --fee-rate 0.6%   true cost of an offer
  $ limit-audit check my.yaml --record       audit and keep a snapshot in my.history.ndjson
  $ limit-audit progress my.yaml             how the audits changed over time

Exit codes: 0 done · 1 a finding at or above --fail-on · 2 bad usage or input · 130 interrupted.
Nothing you enter leaves this machine: limit-audit never uses the network.
`,
  optVersion: 'print the version',
  optHelp: 'show help for this command',
  optLang: 'language of all output: zh or en (default: LIMIT_AUDIT_LANG, then the locale)',
  optNoColor: 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)',
  seeHelp: '(add --help for usage)',
  badLang: (value: string) => `--lang must be zh or en, not "${value}"`,
  shareIsPercent: (value: string, decimal: string) =>
    `error: option '--share <share>' argument '${value}' is a percentage, and the share is a decimal (0 < share ≤ 1): did you mean --share ${decimal}?`,
  usageError: (message: string) => message,
  argProfiles: 'profile files (YAML or JSON) or folders of them; - reads standard input',
  argProfile: 'a profile file (YAML or JSON); - reads standard input',
  argRuleId: 'a rule id such as credit/inquiries-frequent',
  argInitFile: 'where to write the example profile',
  argSchema: 'profile (default), report, roadmap, history, progress or whatif',
  argBills: 'Alipay / WeChat Pay bill exports (CSV or XLSX)',
  argProgress: 'a profile (its history is beside it: my.yaml → my.history.ndjson) or a history file (.ndjson)',
  check: 'audit one or more profiles: findings, health score and the 20/80 repayment plan',
  checkExamples: `
Examples:
  $ limit-audit check profiles/healthy.yaml
  $ limit-audit check profiles/ --format ndjson
  $ cat my.yaml | limit-audit check - --json
  $ limit-audit check my.yaml --fail-on high
  $ limit-audit check my.yaml --as-of 2026-11-01
  $ limit-audit check my.yaml --bills 支付宝交易明细.csv
  $ limit-audit check my.yaml --format html -o report.html
  $ limit-audit check my.yaml --record                 keeps a snapshot in my.history.ndjson
With no profile: reads standard input when it is piped, starts the questionnaire at a terminal.
`,
  plan: 'only the repayment plan, with the full month-by-month schedule',
  planExamples: `
Examples:
  $ limit-audit plan my.yaml
  $ limit-audit plan my.yaml --share 0.3 --strategy snowball
  $ limit-audit plan my.yaml --json
  $ limit-audit plan my.yaml --format html -o plan.html
`,
  roadmap:
    'project the profile month by month (up to 36 months) if the plan is followed and nothing new happens: what clears and why, payoffs, milestones, what to do, and the review month',
  roadmapExamples: `
Examples:
  $ limit-audit roadmap my.yaml
  $ limit-audit roadmap my.yaml --months 12 --share 0.3
  $ limit-audit roadmap my.yaml --json | jq .reviewMonth
The review month is the first monthly re-evaluation at which no credit or debt finding of medium or
above would be left: an estimate, never a promise.
`,
  rules: 'list every rule, or explain one in full (rationale, thresholds, sources with their links)',
  rulesExamples: `
Examples:
  $ limit-audit rules
  $ limit-audit rules debt/dti-high --lang zh
  $ limit-audit rules --config my-rules.yaml
`,
  init: 'write a commented example profile (never overwrites without --force)',
  initExamples: `
Examples:
  $ limit-audit init                 writes profile.yaml
  $ limit-audit init my.yaml --force
`,
  schema: 'print the JSON Schema of the profile, the JSON report, the roadmap, a history line, the progress document or the whatif document',
  schemaExamples: `
Examples:
  $ limit-audit schema > profile.schema.json
  $ limit-audit schema report
  $ limit-audit schema roadmap
  $ limit-audit schema history
`,
  progress: 'compare the audits recorded with check --record: timeline, what changed, each debt against the plan, streaks',
  progressExamples: `
Examples:
  $ limit-audit check my.yaml --record       each month, after updating my.yaml
  $ limit-audit progress my.yaml             the history beside it, with my.yaml audited now
  $ limit-audit progress my.history.ndjson --json
  $ limit-audit progress my.yaml --as-of 2027-03-01 --format markdown
With a profile, progress audits it now (as check would, with --share, --strategy, --macro, --config) and shows
that audit as the latest point, in place of a snapshot of the same date; nothing is written.
`,
  interview: 'answer questions at the terminal instead of writing YAML; prints the diagnosis and can save the profile',
  interviewExamples: `
Examples:
  $ limit-audit interview
  $ limit-audit interview --save my.yaml --lang zh
`,
  import: 'read Alipay / WeChat Pay bill exports and fill the profile’s income, spending and lender activity',
  importExamples: `
Examples:
  $ limit-audit import 支付宝交易明细.csv -o from-bills.yaml
  $ limit-audit import alipay.csv wechat.xlsx --into my.yaml
`,
  whatif: 'compare choices before making them: repay, pay more a month, close a line, refinance, reach a date',
  whatifExamples: `
Examples:
  $ limit-audit whatif my.yaml --pay 借呗=5000
  $ limit-audit whatif my.yaml --extra 800 --close 花呗
  $ limit-audit whatif my.yaml --refinance 借呗=0.06,24,300
  $ limit-audit whatif my.yaml --target 2027-12
  $ limit-audit whatif my.yaml --scenario plans.yaml --json

The baseline is the profile as \`check\` sees it (20 % of income to debt, recovery order). Changes combine into one scenario; --scenario compares the scenarios of a file, each a list of the same changes.
`,
  optPay: 'a one-off repayment now, from assets.liquid when given (repeatable)',
  optExtra: 'more to debt every month, on top of the share',
  optShareChange: 'another share of income to debt (0 < N ≤ 1)',
  optIncome: 'another monthly income',
  optSpend: 'another monthly spending',
  optClose: 'close a credit line (repeatable)',
  optRefinance: 'NAME[,NAME…]=APR,MONTHS[,FEE]: replace debts by one equal-instalment loan; APR a decimal, fee in yuan (repeatable)',
  optStrategyChange: 'another payoff order for the extra money: recovery, avalanche or snowball',
  optScenario: 'a YAML file of named scenarios to compare, each a list of changes',
  optTarget: 'the smallest extra amount a month that makes the plan debt-free by this month',
  apr: 'the true cost of a loan offer before you borrow: APR (IRR × 12), EAR, total cost, against the 24 % / 36 % lines',
  aprExamples: `
Give the amount, the months and one price: --fee-rate, --payment, --monthly-rate, --daily-rate or --apr.
Rates are decimals or percentages (0.006 or 0.6%).

Examples:
  $ limit-audit apr --amount 6000 --months 6 --fee-rate 0.6%   花呗 / card instalment
  $ limit-audit apr --amount 6000 --months 6 --payment 1050   --payment: the instalment
  $ limit-audit apr --amount 6000 --months 6 --apr 0.18 --json
`,
  optAmount: 'the amount borrowed, in yuan',
  optLoanMonths: 'the number of monthly payments (1–600)',
  optFeeRate: 'fee per period on the amount (分期手续费), e.g. 0.6%',
  optPayment: 'the monthly payment, in yuan (when only that is known)',
  optMonthlyRate: 'interest rate a month, e.g. 1.5%',
  optDailyRate: 'interest rate a day, e.g. 0.05% (× 365 a year)',
  optAprRate: 'interest rate a year, e.g. 0.18',
  optUpfrontFee: 'a fee taken at disbursal or paid at the start (砍头息, 服务费), in yuan',
  optMethod: 'equal_installment (default) | equal_principal | interest_first | fee_installment (default with --fee-rate)',
  optSchedule: 'also print the payments month by month',
  optAprAsOf: 'the day for the private-loan cap (4 × the LPR in force; default today)',
  optFormat: 'output format',
  optJson: 'short for --format json',
  optFailOn: 'exit 1 when a finding is at or above this severity',
  optStrategy: 'payoff order for the extra money',
  optShare: 'share of net income for debt repayment (0 < share ≤ 1)',
  optAsOf: 'the date the audit is made for (default: the profile’s as_of, else today)',
  optMacro: 'macro snapshot file to use instead of the bundled one',
  optConfig: 'rules config (YAML): turn rules off, change thresholds',
  optNoPlan: 'diagnosis only, no repayment plan',
  optReportOutput: 'write the output to FILE instead of standard output (atomically: all of it or nothing; replaces FILE; - is standard output)',
  optChart: 'draw the balance chart even when standard output is not a terminal',
  optNoChart: 'no balance chart (it is drawn only at a terminal unless --chart)',
  optBills: 'bill exports to import for this audit (nothing is written)',
  optForce: 'replace an existing file',
  optSave: 'save the answers as a profile file',
  optInto: 'merge the imported sections into this profile (shows the changes, asks first)',
  optOutput: 'write a new profile with the imported sections',
  optMonths: 'how many recent calendar months to import',
  optRoadmapMonths: 'how many months to project, 1 to 36',
  optLarge: 'a purchase at or above this amount (yuan) is "large" (default: 50 % of monthly income)',
  optYes: 'answer yes: replace without asking',
  /* commander's own words in a help page */
  /** Headings ("Usage:", "Options:" …), by commander's English; missing: as commander writes it. */
  helpTitles: {} as Readonly<Record<string, string>>,
  /** "[options]" in a usage line. */
  usageWords: {} as Readonly<Record<string, string>>,
  /** After an option's description: its choices and default, as commander writes them. */
  helpExtra: (choices: readonly unknown[] | undefined, defaultValue: unknown) =>
    ` (${[...(choices ? [`choices: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []), ...(defaultValue === undefined ? [] : [`default: ${JSON.stringify(defaultValue)}`])].join(', ')})`,
  optRecord: 'append a snapshot of this audit to the profile\'s history (my.yaml → my.history.ndjson)',
  optHistory: 'the history file to record into (required for standard input and the questionnaire)',
  optProgressHistory: 'the history file to read (default: beside the profile, my.yaml → my.history.ndjson)',
  optProgressAsOf: 'progress as it stood on this date: later snapshots are left out (a profile is audited on it)',
};

export type HelpText = typeof en;

const zh: HelpText = {
  program: '离线自查：消费信贷额度（借呗、花呗、微粒贷、信用卡）被降、被冻结或被关闭的原因，附有出处的规则与 20/80 还款计划。',
  programExamples: `
示例：
  $ limit-audit init my.yaml                 生成带注释的示例档案
  $ limit-audit check my.yaml                诊断表与还款计划
  $ limit-audit check *.yaml --format ndjson | jq .score
  $ limit-audit plan my.yaml --strategy avalanche
  $ limit-audit roadmap my.yaml              逐月路线图，直到复评月份
  $ limit-audit whatif my.yaml --pay 借呗=5000 --extra 800
  $ limit-audit rules credit/inquiries-frequent
  $ limit-audit interview --save my.yaml     以问答代替手写 YAML
  $ limit-audit apr --amount 6000 --months 6 --fee-rate 0.6%   算出一笔借款的真实成本
  $ limit-audit check my.yaml --record       审查并在 my.history.ndjson 中保存一份快照
  $ limit-audit progress my.yaml             历次审查的变化

退出码：0 完成 · 1 存在达到 --fail-on 的问题 · 2 用法或输入错误 · 130 被中断。
您输入的任何内容都不会离开本机：limit-audit 从不联网。
`,
  optVersion: '显示版本',
  optHelp: '显示本命令的帮助',
  optLang: '输出语言：zh 或 en（默认依次取 LIMIT_AUDIT_LANG、系统语言）',
  optNoColor: '不使用颜色（也可设 NO_COLOR=1；FORCE_COLOR=1 强制使用）',
  seeHelp: '（加 --help 查看用法）',
  badLang: (value) => `--lang 只能是 zh 或 en，而不是 "${value}"`,
  shareIsPercent: (value, decimal) => `错误：选项 --share <share> 的取值 "${value}" 是百分数，而比例应写成小数（0 < 比例 ≤ 1）：是否想写 --share ${decimal}？`,
  usageError: translateUsageError,
  argProfiles: '档案文件（YAML 或 JSON）或包含档案的文件夹；- 表示从标准输入读取',
  argProfile: '档案文件（YAML 或 JSON）；- 表示从标准输入读取',
  argRuleId: '规则编号，如 credit/inquiries-frequent',
  argInitFile: '示例档案的写入位置',
  argSchema: 'profile（默认）、report、roadmap、history、progress 或 whatif',
  argBills: '支付宝 / 微信支付账单导出文件（CSV 或 XLSX）',
  argProgress: '档案（历史记录在其旁边：my.yaml → my.history.ndjson）或历史记录文件（.ndjson）',
  check: '审查一个或多个档案：问题清单、健康分与 20/80 还款计划',
  checkExamples: `
示例：
  $ limit-audit check profiles/healthy.yaml
  $ limit-audit check profiles/ --format ndjson
  $ cat my.yaml | limit-audit check - --json
  $ limit-audit check my.yaml --fail-on high
  $ limit-audit check my.yaml --as-of 2026-11-01
  $ limit-audit check my.yaml --bills 支付宝交易明细.csv
  $ limit-audit check my.yaml --format html -o report.html
  $ limit-audit check my.yaml --record                 在 my.history.ndjson 中保存一份快照
不给档案时：标准输入为管道则读取之，在终端中则启动问答。
`,
  plan: '只显示还款计划，含完整的逐月明细',
  planExamples: `
示例：
  $ limit-audit plan my.yaml
  $ limit-audit plan my.yaml --share 0.3 --strategy snowball
  $ limit-audit plan my.yaml --json
  $ limit-audit plan my.yaml --format html -o plan.html
`,
  roadmap: '假设按计划还款且不再发生新情况，逐月推演档案（最多 36 个月）：哪些问题何时消除及原因、还清的债务、里程碑、该做的事，以及复评月份',
  roadmapExamples: `
示例：
  $ limit-audit roadmap my.yaml
  $ limit-audit roadmap my.yaml --months 12 --share 0.3
  $ limit-audit roadmap my.yaml --json | jq .reviewMonth
复评月份是指每月一次的重新评估中不再出现"中"及以上信用或负债问题的第一个月：只是估计，绝非承诺。
`,
  rules: '列出全部规则，或完整解释一条规则（依据、阈值、出处及链接）',
  rulesExamples: `
示例：
  $ limit-audit rules
  $ limit-audit rules debt/dti-high --lang zh
  $ limit-audit rules --config my-rules.yaml
`,
  init: '生成带注释的示例档案（未加 --force 时绝不覆盖已有文件）',
  initExamples: `
示例：
  $ limit-audit init                 写入 profile.yaml
  $ limit-audit init my.yaml --force
`,
  schema: '输出档案、JSON 报告、路线图文档、历史记录行、进展文档或 whatif 文档的 JSON Schema',
  schemaExamples: `
示例：
  $ limit-audit schema > profile.schema.json
  $ limit-audit schema report
  $ limit-audit schema roadmap
  $ limit-audit schema history
`,
  progress: '比较用 check --record 记录的历次审查：时间线、变化、各笔债务与计划的对比、连续月数',
  progressExamples: `
示例：
  $ limit-audit check my.yaml --record       每月更新 my.yaml 后运行
  $ limit-audit progress my.yaml             读取旁边的历史记录，并以现在的 my.yaml 审查一次
  $ limit-audit progress my.history.ndjson --json
  $ limit-audit progress my.yaml --as-of 2027-03-01 --format markdown
给出档案时，progress 会像 check 一样立即审查它（使用 --share、--strategy、--macro、--config），
并把这次审查作为最新一点，替换同一日期的快照；不写入任何文件。
`,
  interview: '在终端中回答问题代替手写 YAML；输出诊断并可保存档案',
  interviewExamples: `
示例：
  $ limit-audit interview
  $ limit-audit interview --save my.yaml --lang zh
`,
  import: '读取支付宝 / 微信支付账单导出，填入档案的收入、支出与借贷往来',
  importExamples: `
示例：
  $ limit-audit import 支付宝交易明细.csv -o from-bills.yaml
  $ limit-audit import alipay.csv wechat.xlsx --into my.yaml
`,
  whatif: '做决定前先比较：提前还款、每月多还、注销额度、债务置换、在某月前还清',
  whatifExamples: `
示例：
  $ limit-audit whatif my.yaml --pay 借呗=5000
  $ limit-audit whatif my.yaml --extra 800 --close 花呗
  $ limit-audit whatif my.yaml --refinance 借呗=0.06,24,300
  $ limit-audit whatif my.yaml --target 2027-12
  $ limit-audit whatif my.yaml --scenario plans.yaml --json

基线即 \`check\` 所见的档案（收入的 20% 用于还债，修复优先）。多个改动合为一个方案；--scenario 比较文件中的各个方案，每个方案是同样的改动列表。
`,
  optPay: '现在一次性提前还款，有 assets.liquid 时从中支出（可重复）',
  optExtra: '在比例之外每月多还的金额',
  optShareChange: '改用另一个还债比例（0 < N ≤ 1）',
  optIncome: '改用另一个月收入',
  optSpend: '改用另一个月支出',
  optClose: '注销一个授信额度（可重复）',
  optRefinance: 'NAME[,NAME…]=APR,MONTHS[,FEE]：用一笔等额本息贷款置换若干债务；年化利率写小数，手续费以元计（可重复）',
  optStrategyChange: '额外还款改用另一种顺序：recovery、avalanche 或 snowball',
  optScenario: '列出多个命名方案的 YAML 文件，每个方案是一组改动',
  optTarget: '要在此月前还清，每月最少需多还多少',
  apr: '借款之前算出真实成本：真实年化（IRR × 12）、复利年化、总成本，并对照24%/36%两条线',
  aprExamples: `
给出金额、期数和一个价格：--fee-rate、--payment、--monthly-rate、--daily-rate 或 --apr。
利率可写小数或百分数（0.006 或 0.6%）。

示例：
  $ limit-audit apr --amount 6000 --months 6 --fee-rate 0.6%   花呗 / 信用卡分期
  $ limit-audit apr --amount 6000 --months 6 --payment 1050   --payment：每期还款额
  $ limit-audit apr --amount 6000 --months 6 --apr 0.18 --json
`,
  optAmount: '借款金额（元）',
  optLoanMonths: '还款期数（月，1–600）',
  optFeeRate: '按本金计的每期手续费率（分期手续费），如 0.6%',
  optPayment: '每月还款额（元；只知道月供时使用）',
  optMonthlyRate: '月利率，如 1.5%',
  optDailyRate: '日利率，如 0.05%（年化按 × 365）',
  optAprRate: '年利率，如 0.18',
  optUpfrontFee: '放款时扣除或一开始支付的费用（砍头息、服务费），单位元',
  optMethod: 'equal_installment（默认）| equal_principal | interest_first | fee_installment（给出 --fee-rate 时默认）',
  optSchedule: '同时列出逐月还款',
  optAprAsOf: '民间借贷上限所依据的日期（当日LPR的4倍；默认今天）',
  optFormat: '输出格式',
  optJson: '等同于 --format json',
  optFailOn: '存在达到此严重程度的问题时以 1 退出',
  optStrategy: '额外还款的偿还顺序',
  optShare: '用于还债的净收入比例（0 < share ≤ 1）',
  optAsOf: '审查所针对的日期（默认取档案的 as_of，否则为今天）',
  optMacro: '用此宏观快照文件代替内置快照',
  optConfig: '规则配置（YAML）：关闭规则、调整阈值',
  optNoPlan: '只做诊断，不生成还款计划',
  optReportOutput: '把输出写入 FILE 而不是标准输出（原子写入：要么完整写入，要么不写；会替换已有的 FILE；- 表示标准输出）',
  optChart: '即使标准输出不是终端也画余额走势图',
  optNoChart: '不画余额走势图（默认只在终端里画，除非指定 --chart）',
  optBills: '本次审查导入的账单文件（不写入任何文件）',
  optForce: '覆盖已存在的文件',
  optSave: '把回答保存为档案文件',
  optInto: '把导入的部分合并进此档案（先显示改动并征得同意）',
  optOutput: '把导入的部分写成新档案',
  optMonths: '导入最近多少个自然月',
  optRoadmapMonths: '推演多少个月，1 到 36',
  optLarge: '单笔达到此金额（元）即算“大额”（默认：月收入的 50%）',
  optYes: '默认同意：不询问直接替换',
  helpTitles: { 'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：', 'Commands:': '命令：', 'Global Options:': '全局选项：' },
  usageWords: { '[options]': '[选项]', '[command]': '[命令]' },
  helpExtra: (choices, defaultValue) =>
    `（${[...(choices ? [`可选：${choices.map(String).join('、')}`] : []), ...(defaultValue === undefined ? [] : [`默认：${String(defaultValue)}`])].join('；')}）`,
  optRecord: '把本次审查的快照追加到档案的历史记录（my.yaml → my.history.ndjson）',
  optHistory: '写入的历史记录文件（从标准输入或问答审查时必须给出）',
  optProgressHistory: '要读取的历史记录文件（默认在档案旁边：my.yaml → my.history.ndjson）',
  optProgressAsOf: '截至此日期的进展：之后的快照不计入（给出档案时按此日期审查）',
};

/** commander's usage errors, in Chinese (the common ones; anything else passes through unchanged). */
function translateUsageError(message: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/m, (o, a, c) => `错误：选项 ${o} 的取值 "${a}" 无效，可选：${c}。`],
    [/^error: option '([^']+)' argument '([^']*)' is invalid\. (.+)$/m, (o, a, why) => `错误：选项 ${o} 的取值 "${a}" 无效（${usageReason(why)}）。`],
    [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. (.+)$/m, (a, n, why) => `错误：参数 ${n} 的取值 "${a}" 无效（${usageReason(why)}）。`],
    [/^error: unknown option '([^']+)'(?:\n\(Did you mean (.+)\?\))?/m, (o, s) => `错误：未知选项 ${o}${s ? `（是否想写 ${s}？）` : ''}`],
    [/^error: unknown command '([^']+)'/m, (c) => `错误：未知命令 ${c}`],
    [/^error: missing required argument '([^']+)'/m, (a) => `错误：缺少必需的参数 ${a}`],
    [/^error: option '([^']+)' argument missing/m, (o) => `错误：选项 ${o} 缺少取值`],
    [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./m, (_c, e, g) => `错误：参数过多，应为 ${e} 个，实际为 ${g} 个。`],
  ];
  for (const [pattern, render] of rules) {
    const m = pattern.exec(message);
    if (m) return `${render(...m.slice(1).map((part) => part ?? ''))}\n`;
  }
  return message;
}

function usageReason(why: string): string {
  if (/0 < share/.test(why)) return '应为 0 < 比例 ≤ 1 的数字，如 0.2';
  const dates = /calendar date YYYY-MM-DD from (\S+) to (\S+)$/.exec(why);
  if (dates) return `应为 ${dates[1]} 至 ${dates[2]} 之间真实存在的日期 YYYY-MM-DD`;
  const months = /whole number of months from (\d+) to (\d+)$/.exec(why);
  if (months) return `应为 ${months[1]} 到 ${months[2]} 的整数月数`;
  if (/whole number/.test(why)) return '应为 1 到 600 的整数';
  if (/positive amount/.test(why)) return '应为正数金额（元）';
  return why;
}

const catalogue: Record<Lang, HelpText> = { en, zh };

export function helpText(lang: Lang): HelpText {
  return catalogue[lang];
}
