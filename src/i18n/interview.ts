/**
 * Every string the questionnaire shows, in en and zh. zh is typed from en, so a missing
 * translation is a compile error (as in src/i18n/messages.ts).
 *
 * The catalogue imports nothing but the language: the tables keyed by a profile value (debt kinds,
 * sections, parse failures …) are indexed with those typed values by src/interview, so a value
 * without a label there is a compile error at the place that shows it.
 */
import type { Lang } from './lang';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const enMonths = (n: number) => (n === 1 ? 'month' : `${n} months`);

const en = {
  intro: [
    'limit-audit questionnaire: 8 short sections, then your diagnosis and repayment plan.',
    '• Enter accepts the suggestion in brackets; Backspace clears it. Esc goes back to the previous question.',
    '• Money: 12000, 1.2万, 12,000 or ¥12,000.50. Dates: 2026-08-15 (or just 2026-08 if that is all you remember).',
    '• Any section after debts can be skipped: its checks are then listed as "not evaluated", never as passed.',
    '• Nothing you type leaves this computer. Ctrl-C quits at any time without saving anything.',
  ].join('\n'),
  sectionHeading: (index: number, total: number, title: string) => `\n── ${title} (${index}/${total}) ──  Esc: previous question`,
  sectionTitle: {
    income: 'Income',
    debts: 'Debts',
    credit: 'Credit behaviour',
    credit_lines: 'Credit lines',
    spending: 'Spending',
    assets: 'Assets',
    employment: 'Employment',
    macro: 'The environment',
  },
  answerSection: (title: string) => `Answer the questions about ${title.toLowerCase()}? (No skips them)`,

  /* answers */
  required: 'An answer is needed here.',
  parseFailure: {
    money: 'Not an amount. Write it like 12000, 1.2万, 12,000 or ¥12,000.50.',
    commas: 'Commas separate thousands (12,000); use a point for decimals (12000.50).',
    number: 'Not a number. Write digits, e.g. 3.',
    rate: 'Not a rate. Write 18.25% or 0.1825 (a year), 0.05% or 0.0005 (a day).',
    date: 'Not a date. Write YYYY-MM-DD, e.g. 2026-08-15 (or 2026-08 for "some time that month").',
    month: 'Not a month. Write YYYY-MM, e.g. 2026-08.',
  },
  fixAnswer: (problem: string) => `  ✗ ${problem} — please answer again.`,
  atMostMonths: (max: number) => `At most ${max} months here; a longer history can be added to the saved file.`,
  countAboveLongerWindow: (atMost: number, months: number) =>
    `These are among the ${atMost} you counted in the last ${enMonths(months)}: expected at most ${atMost}.`,
  back: {
    first: 'This is the first question: there is nothing before it.',
    returned: 'Back to the previous question; Enter keeps the answer you gave.',
    notHere: 'Going back is not possible here: choose "Change a section" to revisit an answer.',
  },
  plausible: {
    question: (shown: string, times: string, reference: string) => `${shown} is ${times} × ${reference}. Is that right?`,
    keep: (shown: string) => `Yes, ${shown} is right`,
    suggest: (shown: string) => `No, I meant ${shown}`,
    retype: 'No, let me type it again',
    monthlyIncome: (income: string) => `your monthly income (${income})`,
  },
  yes: 'Yes',
  no: 'No',
  notSure: 'Not sure / skip',
  existingItem: (item: string) => `${item}:`,
  keep: 'Keep',
  change: 'Change',
  remove: 'Remove',

  /* income */
  income: {
    monthly: 'Net monthly income after tax, in yuan:',
    source: 'Where does it mostly come from?',
    historyMonths: 'Past months of net income you can give (0 skips; 3 or more check its stability):',
    historyAmount: (month: string) => `Net income in ${month}:`,
  },
  incomeSource: {
    salary: 'Salary',
    business: 'My own business',
    freelance: 'Freelance / gig work',
    mixed: 'A mix of these',
    none: 'No income at the moment',
  },

  /* debts */
  debts: {
    addFirst: 'Do you owe anything (online loans, 花呗, cards, instalments, a mortgage…)?',
    addMore: 'Add another debt?',
    product: 'Which is it?',
    name: 'Name of this debt (e.g. 借呗, 招行信用卡):',
    kind: 'What kind of debt is it?',
    lender: 'Lender (Enter if it is the same as the name):',
    lenderSuggested: 'Lender (Enter keeps the suggestion; 借呗 and 花呗 are both 重庆蚂蚁消费金融):',
    balance: 'Balance still owed, in yuan:',
    rateKind: 'How is its interest quoted?',
    rateApr: 'As a yearly rate (APR)',
    rateDaily: 'As a daily rate (e.g. 借呗, 花呗)',
    apr: 'Yearly rate (e.g. 18.25% or 0.1825):',
    dailyRate: 'Daily rate (e.g. 0.05% or 0.0005):',
    rateFee: 'As a fee per period on the amount put on instalments (花呗 / card instalments, 分期手续费)',
    perDay: (rate: string) => `${rate} a day`,
    rateUnknown: (rate: string) => `Not sure: use the typical rate, ${rate} (saved and reported as an estimate)`,
    feePerPeriod: 'Fee per period, as the bill shows it: an amount in yuan (e.g. 30.24) or a rate (e.g. 0.6%):',
    instalmentBalance: 'Principal still owed on it, in yuan (Enter: the instalments left × the amount per instalment):',
    feeRate: 'Fee per period, on the amount first put on instalments (e.g. 0.6% or 0.006):',
    originalPrincipal: 'Amount first put on instalments, in yuan:',
    periods: 'Number of instalments in all (e.g. 12):',
    upfrontFee: 'Fee taken when the money was paid out or at the start (服务费, 砍头息), in yuan (Enter: none):',
    loanPrincipal: 'Amount borrowed at the start, in yuan (before that fee was taken):',
    repayment: 'How is it repaid?',
    monthsLeft: 'Monthly instalments left:',
    minPayment: 'Minimum monthly payment in yuan (Enter: 10 % of the balance):',
    purpose: 'What was the money for?',
    overdue: 'Is a payment on it overdue right now?',
  },
  product: {
    jiebei: '借呗',
    huabei: '花呗 (the monthly bill)',
    huabei_installment: '花呗分期 (a purchase on 花呗 instalments)',
    weilidai: '微粒贷',
    jd_jintiao: '京东金条',
    jd_baitiao: '京东白条',
    meituan: '美团借钱',
    bank_card: "A bank's credit card (the bill)",
    card_installment: 'Credit card instalments (信用卡分期)',
    bank_loan: "A bank's consumer loan (消费贷)",
    mortgage: 'Mortgage',
    auto: 'Car loan',
    family: 'A loan from family or friends',
    other: 'Something else',
  },
  debtKind: {
    online_loan: 'Online loan or credit (借呗, 花呗, 微粒贷, 京东金条…)',
    credit_card: "A bank's credit card",
    installment: 'Instalment plan (花呗分期, card 分期, goods)',
    mortgage: 'Mortgage',
    auto: 'Car loan',
    business: 'Business loan',
    private: 'Private loan (family, friends, individuals)',
    other: 'Something else',
  },
  repaymentKind: {
    equal_installment: 'Same amount every month (等额本息)',
    equal_principal: 'Same principal every month, falling payments (等额本金)',
    interest_first: 'Interest monthly, principal at the end (先息后本)',
    revolving: 'Revolving: pay the bill, or at least the minimum (cards, 花呗)',
    fee_installment: 'Instalments with a fee per period on the original amount (分期手续费)',
  },
  purpose: {
    consumption: 'Everyday spending and purchases',
    business: 'A business',
    investment: 'Investing (shares, funds, crypto…)',
    refinance: 'Repaying other debts',
  },

  /* credit behaviour */
  overdues: {
    mode: 'In the last 5 years, were you ever late with a repayment, to any lender?',
    none: 'No, never',
    list: 'Yes: I will enter each one',
    unknown: 'Not sure / skip',
    describe: (date: string, days: number, settled: boolean) => `${date}, ${days} ${plural(days, 'day', 'days')} late${settled ? ', repaid' : ', not repaid yet'}`,
    addFirst: 'Enter a late repayment?',
    addMore: 'Another late repayment?',
    date: 'When was it due? (YYYY-MM-DD, or YYYY-MM)',
    days: 'How many days late?',
    amount: 'Amount that was late, in yuan (Enter to skip):',
    lender: 'Lender (Enter to skip):',
    settled: 'Has it been repaid since?',
  },
  inquiries: {
    mode: 'Loan or card applications (each one is a hard inquiry on your credit report):',
    none: 'None in the last 6 months',
    counts: 'I can count them: how many in the last 6 / 3 / 1 months',
    list: 'I will enter each one with its date',
    unknown: 'Not sure / skip',
    inLast: (months: number) => (months === 6 ? 'How many applications in the last 6 months, in all?' : `How many of them in the last ${enMonths(months)}?`),
    kindOfCounted: 'What were they, mostly?',
    addFirst: 'Enter an application?',
    addMore: 'Another application?',
    date: 'Date of the application (YYYY-MM-DD, or YYYY-MM):',
    kind: 'What did you apply for?',
    lender: 'Lender (Enter to skip):',
  },
  inquiryKind: {
    loan: 'A loan',
    card: 'A credit card',
    other: 'Something else (a guarantee, …)',
  },
  draws: {
    mode: 'Each time you borrowed (drew money from a loan or credit line):',
    none: 'Not once in the last 6 months',
    counts: 'I can count them: how many times in the last 6 / 3 / 1 months',
    list: 'I will enter each one with its date',
    unknown: 'Not sure / skip',
    inLast: (months: number) => (months === 6 ? 'How many times did you borrow in the last 6 months, in all?' : `How many of them in the last ${enMonths(months)}?`),
    addFirst: 'Enter a draw?',
    addMore: 'Another draw?',
    date: 'Date you borrowed (YYYY-MM-DD, or YYYY-MM):',
    amount: 'Amount, in yuan (Enter to skip):',
    lender: 'From which lender (Enter to skip):',
  },
  credit: {
    sesame: '芝麻信用分 (Sesame score, 350–950; Enter to skip):',
    sesameEarlier: (month: string) => `And your Sesame score around ${month}? (Enter to skip)`,
    autopay: 'Is automatic repayment set up for your loans?',
    incomeProof: 'Has the platform got proof of your income (e.g. authorised 公积金, 社保 or 个税 data)?',
    assetsProof: 'Has it got proof of your assets (deposits, property, car)?',
  },

  /* credit lines */
  lines: {
    addFirst: 'Do you hold a line of credit (借呗, 花呗, a card limit…)?',
    addMore: 'Another line of credit?',
    name: 'Name of the line (e.g. 借呗):',
    limit: 'Its limit now, in yuan:',
    previousLimit: 'Its limit before it was cut (Enter if it was not cut):',
    used: 'How much of it is used now (Enter to skip):',
    status: 'Its state:',
  },
  lineStatus: {
    active: 'Active',
    reduced: 'Reduced',
    frozen: 'Frozen (cannot borrow for now)',
    closed: 'Closed',
  },

  /* spending */
  spending: {
    historyMonths: 'Past months of total spending you can give (0 skips; 3+ check the budget, 6+ spikes):',
    historyAmount: (month: string) => `Total spending in ${month}:`,
    largeMode: (halfIncome: string | undefined) =>
      `In the last 3 months, any single purchase of ${halfIncome ?? 'half your monthly income'} or more?`,
    largeNone: 'No',
    largeList: 'Yes: I will enter them',
    largeAddFirst: 'Enter a large purchase?',
    largeAddMore: 'Another large purchase?',
    largeDate: 'Date of the purchase (YYYY-MM-DD, or YYYY-MM):',
    largeAmount: 'Amount, in yuan:',
    largeNote: 'What was it (Enter to skip):',
    lenderTransfers: 'Transfers to lending platforms or linked accounts, per month (Enter to skip):',
  },

  /* assets, employment, environment */
  assets: {
    liquid: 'Cash, 余额宝 and demand deposits, in yuan (Enter to skip):',
    investments: 'Investments (funds, shares, fixed deposits), in yuan (Enter to skip):',
    property: 'Do you own property?',
    vehicle: 'Do you own a car?',
  },
  employment: {
    sector: 'Sector you work in (e.g. internet, real estate, education, manufacturing; Enter to skip):',
    monthsInJob: 'Months in your current job (Enter to skip):',
  },
  environment: {
    platformContraction: 'Lately, has the platform cut limits for many users (news, friends, forums)?',
  },

  /* notes written into the YAML */
  notes: {
    rateEstimated: (name: string, rate: string) =>
      ` The rate of ${name} is an estimate (the product's typical rate, ${rate}), not yours:\n replace it with the rate in your contract and delete rate_estimated.`,
    fromMonth: (dates: string[]) =>
      ` ${plural(dates.length, 'This date was', 'These dates were')} given as a month only; the middle of the month is used: ${dates.join(', ')}`,
    spread: (entries: number, counts: [number, number][]) =>
      ` ${entries} ${plural(entries, 'entry', 'entries')} made from your counts (${counts
        .map(([months, n]) => `${n} in the last ${enMonths(months)}`)
        .join(', ')}),\n dated evenly inside those windows: the dates are estimates. Replace them with the real dates if you know them.`,
  },

  /* review and saving */
  review: {
    heading: '\nYour answers, as the profile file will hold them:\n',
    skipped: (sections: readonly string[]) => `Skipped (their checks will be listed as not evaluated): ${sections.join(', ')}`,
    question: 'What next?',
    go: 'Go on: show my diagnosis and plan',
    edit: 'Change a section',
    save: 'Save the profile now',
    whichSection: 'Which section?',
    answered: 'answered',
    notAnswered: 'skipped',
  },
  save: {
    path: 'Save the profile to which file?',
    overwrite: (path: string) => `${path} already exists. Replace it?`,
    another: 'Another file name (Enter: do not save):',
    saved: (path: string) => `Saved to ${path}. Next time, run: limit-audit check ${path}`,
    notSaved: 'The profile was not saved.',
    offer: 'Save your answers as a profile for next time?',
  },
  after: {
    record: 'Record this audit in the history beside the profile, to follow your progress month by month?',
    showRoadmap: 'Show your roadmap now: what to do month by month, and the month a limit review makes sense?',
    roadmap: (file: string) => `Your roadmap (what to do, month by month): limit-audit roadmap ${file}`,
  },
  yaml: {
    header: ' limit-audit profile, written by `limit-audit interview`.',
    checkAgain: ' Run it again any time: limit-audit check <this file>',
    skipped: (sections: readonly string[]) => ` Not answered (their checks are listed as not evaluated): ${sections.join(', ')}`,
  },

  /* the prompts */
  /** The key hints under a list ("↑↓ navigate • ⏎ select • esc back"), by action name (inquirer's, and ours: back); missing: inquirer's own English. */
  selectKeys: { back: 'previous question' } as Readonly<Record<string, string>> | undefined,
  /** After the question of a text or yes/no prompt while it waits for an answer (lists say it among their keys). */
  backHint: '(Esc: previous question)',
  /** A yes/no question's answer as shown once given, and the hint after it ("(y/N)"); none: inquirer's own, in English. */
  confirm: undefined as { yes: string; no: string; hint: (defaultYes: boolean) => string } | undefined,

  /* the command */
  notATerminal:
    'limit-audit interview asks questions at a terminal, and standard input is not one (a pipe, a file, CI).\n' +
    'To audit a profile, use: limit-audit check FILE   (limit-audit init writes an example profile to start from)',
  interrupted: 'Interrupted; nothing was saved.',
  interruptedAfterSave: (path: string) => `Interrupted. (The profile saved earlier, ${path}, is complete.)`,
};

const zhMonths = (n: number) => (n === 1 ? '1 个月' : `${n} 个月`);

const zh: { [K in keyof typeof en]: (typeof en)[K] } = {
  intro: [
    'limit-audit 问卷：共 8 个简短部分，之后给出诊断和还款计划。',
    '• 按回车接受括号中的建议值；按退格键清除它。按 Esc 返回上一题。',
    '• 金额可写 12000、1.2万、12,000 或 ¥12,000.50。日期写 2026-08-15（只记得月份就写 2026-08）。',
    '• 负债之后的各部分都可以跳过：相关检查会列为"未评估"，绝不会算作通过。',
    '• 您输入的任何内容都不会离开本机。随时按 Ctrl-C 退出，不会保存任何内容。',
  ].join('\n'),
  sectionHeading: (index, total, title) => `\n── ${title}（${index}/${total}）──  Esc：返回上一题`,
  sectionTitle: {
    income: '收入',
    debts: '负债',
    credit: '信用行为',
    credit_lines: '授信额度',
    spending: '消费',
    assets: '资产',
    employment: '工作',
    macro: '外部环境',
  },
  answerSection: (title) => `回答"${title}"部分的问题吗？（选否则跳过）`,

  required: '此项必填。',
  parseFailure: {
    money: '不是金额。请写成 12000、1.2万、12,000 或 ¥12,000.50。',
    commas: '逗号用于分隔千位（12,000）；小数请用小数点（12000.50）。',
    number: '不是数字。请写阿拉伯数字，如 3。',
    rate: '不是利率。年利率写 18.25% 或 0.1825，日利率写 0.05% 或 0.0005。',
    date: '不是日期。请写 YYYY-MM-DD，如 2026-08-15（只记得月份可写 2026-08）。',
    month: '不是月份。请写 YYYY-MM，如 2026-08。',
  },
  fixAnswer: (problem) => `  ✗ ${problem}——请重新回答。`,
  atMostMonths: (max) => `这里最多 ${max} 个月；更长的历史可以在保存的文件中补充。`,
  countAboveLongerWindow: (atMost, months) => `这段时间的次数包含在最近 ${zhMonths(months)}的 ${atMost} 次之内：应不多于 ${atMost}。`,
  back: {
    first: '这是第一题，前面没有问题了。',
    returned: '已返回上一题；按回车保留您之前的回答。',
    notHere: '这里不能返回：请选"修改某个部分"来更改回答。',
  },
  plausible: {
    question: (shown, times, reference) => `${shown} 是${reference}的 ${times} 倍。确定吗？`,
    keep: (shown) => `确定，就是 ${shown}`,
    suggest: (shown) => `不对，我想填的是 ${shown}`,
    retype: '不对，重新填写',
    monthlyIncome: (income) => `您月收入（${income}）`,
  },
  yes: '是',
  no: '否',
  notSure: '不确定 / 跳过',
  existingItem: (item) => `${item}：`,
  keep: '保留',
  change: '修改',
  remove: '删除',

  income: {
    monthly: '每月税后净收入（元）：',
    source: '收入主要来自哪里？',
    historyMonths: '能提供过去几个月的净收入？（填 0 跳过；3 个月以上可检查收入稳定性）',
    historyAmount: (month) => `${month} 的净收入：`,
  },
  incomeSource: {
    salary: '工资',
    business: '自己经营',
    freelance: '自由职业 / 零工',
    mixed: '以上多种',
    none: '目前没有收入',
  },

  debts: {
    addFirst: '您目前有欠款吗：网贷、花呗、信用卡、分期、房贷……？',
    addMore: '再添加一笔债务？',
    product: '是哪一种？',
    name: '这笔债务的名称（如 借呗、招行信用卡）：',
    kind: '这是哪类债务？',
    lender: '出借方（与名称相同可直接回车）：',
    lenderSuggested: '出借方（回车保留建议值；借呗和花呗都属于重庆蚂蚁消费金融）：',
    balance: '尚欠余额（元）：',
    rateKind: '它的利息怎么标示？',
    rateApr: '年利率（APR）',
    rateDaily: '日利率（如 借呗、花呗）',
    apr: '年利率（如 18.25% 或 0.1825）：',
    dailyRate: '日利率（如 0.05% 或 0.0005）：',
    rateFee: '按分期本金收取每期手续费（花呗分期、信用卡分期）',
    perDay: (rate) => `日利率 ${rate}`,
    rateUnknown: (rate) => `不确定：使用典型利率 ${rate}（保存和报告中都会标为估计值）`,
    feePerPeriod: '每期手续费，按账单所示：金额（元，如 30.24）或费率（如 0.6%）：',
    instalmentBalance: '尚欠的分期本金（元；回车按剩余期数 × 每期本金计算）：',
    feeRate: '每期手续费率，按最初分期的金额计（如 0.6% 或 0.006）：',
    originalPrincipal: '最初分期的金额（元）：',
    periods: '总期数（如 12）：',
    upfrontFee: '放款时扣除或一开始支付的费用（服务费、砍头息），单位元（没有请直接回车）：',
    loanPrincipal: '最初借款的金额（元，扣除上述费用之前）：',
    repayment: '怎么还款？',
    monthsLeft: '还剩几期（月）：',
    minPayment: '每月最低还款额（元；回车按余额的 10% 计）：',
    purpose: '这笔钱用在哪里？',
    overdue: '目前这笔有逾期未还吗？',
  },
  product: {
    jiebei: '借呗',
    huabei: '花呗（每月账单）',
    huabei_installment: '花呗分期（用花呗分期买的东西）',
    weilidai: '微粒贷',
    jd_jintiao: '京东金条',
    jd_baitiao: '京东白条',
    meituan: '美团借钱',
    bank_card: '银行信用卡（账单）',
    card_installment: '信用卡分期',
    bank_loan: '银行消费贷',
    mortgage: '房贷',
    auto: '车贷',
    family: '向亲友借的钱',
    other: '其他',
  },
  debtKind: {
    online_loan: '网络贷款 / 信用（借呗、花呗、微粒贷、京东金条……）',
    credit_card: '银行信用卡',
    installment: '分期（花呗分期、信用卡分期、商品分期）',
    mortgage: '房贷',
    auto: '车贷',
    business: '经营贷',
    private: '民间借贷（亲友、个人）',
    other: '其他',
  },
  repaymentKind: {
    equal_installment: '每月还款额相同（等额本息）',
    equal_principal: '每月本金相同、月供递减（等额本金）',
    interest_first: '按月付息、到期还本（先息后本）',
    revolving: '循环额度：按账单全额或最低还款（信用卡、花呗）',
    fee_installment: '按原始本金收取每期手续费的分期（分期手续费）',
  },
  purpose: {
    consumption: '日常消费、购物',
    business: '经营',
    investment: '投资（股票、基金、加密货币……）',
    refinance: '偿还其他欠款',
  },

  overdues: {
    mode: '近 5 年内，您在任何机构有过逾期还款吗？',
    none: '没有',
    list: '有：逐笔填写',
    unknown: '不确定 / 跳过',
    describe: (date, days, settled) => `${date}，逾期 ${days} 天${settled ? '，已还清' : '，尚未还清'}`,
    addFirst: '填写一笔逾期？',
    addMore: '还有其他逾期吗？',
    date: '应还日期（YYYY-MM-DD，或 YYYY-MM）：',
    days: '逾期了几天？',
    amount: '逾期金额（元；回车跳过）：',
    lender: '出借方（回车跳过）：',
    settled: '现在已经还清了吗？',
  },
  inquiries: {
    mode: '贷款或信用卡申请（每次申请都会在征信报告上留下一次硬查询）：',
    none: '近 6 个月没有',
    counts: '我能数出次数：最近 6 / 3 / 1 个月各几次',
    list: '逐笔填写日期',
    unknown: '不确定 / 跳过',
    inLast: (months) => (months === 6 ? '最近 6 个月内一共申请了几次？' : `其中最近 ${zhMonths(months)}内有几次？`),
    kindOfCounted: '这些申请主要是什么？',
    addFirst: '填写一次申请？',
    addMore: '还有其他申请吗？',
    date: '申请日期（YYYY-MM-DD，或 YYYY-MM）：',
    kind: '申请的是什么？',
    lender: '机构（回车跳过）：',
  },
  inquiryKind: {
    loan: '贷款',
    card: '信用卡',
    other: '其他（担保等）',
  },
  draws: {
    mode: '每次借款（从贷款或额度中借出钱）：',
    none: '近 6 个月一次也没有',
    counts: '我能数出次数：最近 6 / 3 / 1 个月各几次',
    list: '逐笔填写日期',
    unknown: '不确定 / 跳过',
    inLast: (months) => (months === 6 ? '最近 6 个月内一共借了几次？' : `其中最近 ${zhMonths(months)}内有几次？`),
    addFirst: '填写一次借款？',
    addMore: '还有其他借款吗？',
    date: '借款日期（YYYY-MM-DD，或 YYYY-MM）：',
    amount: '金额（元；回车跳过）：',
    lender: '从哪个机构借的（回车跳过）：',
  },
  credit: {
    sesame: '芝麻信用分（350–950；回车跳过）：',
    sesameEarlier: (month) => `${month} 前后您的芝麻信用分大约是多少？（回车跳过）`,
    autopay: '您的借款设置了自动还款吗？',
    incomeProof: '平台有您的收入证明吗（如已授权公积金、社保或个税数据）？',
    assetsProof: '平台有您的资产证明吗（存款、房产、车辆）？',
  },

  lines: {
    addFirst: '您有授信额度吗（借呗、花呗、信用卡额度……）？',
    addMore: '再添加一个额度？',
    name: '额度名称（如 借呗）：',
    limit: '当前额度（元）：',
    previousLimit: '被降之前的额度（没有被降就直接回车）：',
    used: '目前已用多少（回车跳过）：',
    status: '额度状态：',
  },
  lineStatus: {
    active: '正常',
    reduced: '被降额',
    frozen: '被冻结（暂时不能借）',
    closed: '已关闭',
  },

  spending: {
    historyMonths: '能提供过去几个月的总支出？（填 0 跳过；3 个月可对照预算，6 个月可发现突增）',
    historyAmount: (month) => `${month} 的总支出：`,
    largeMode: (halfIncome) => `最近 3 个月，有单笔 ${halfIncome ?? '半个月收入'} 以上的消费吗？`,
    largeNone: '没有',
    largeList: '有：逐笔填写',
    largeAddFirst: '填写一笔大额消费？',
    largeAddMore: '还有其他大额消费吗？',
    largeDate: '消费日期（YYYY-MM-DD，或 YYYY-MM）：',
    largeAmount: '金额（元）：',
    largeNote: '买了什么（回车跳过）：',
    lenderTransfers: '您每月向借贷平台或其关联账户转账几次？（回车跳过）',
  },

  assets: {
    liquid: '现金、余额宝和活期存款（元；回车跳过）：',
    investments: '投资（基金、股票、定期存款）（元；回车跳过）：',
    property: '您有房产吗？',
    vehicle: '您有车吗？',
  },
  employment: {
    sector: '您所在的行业（如 互联网、房地产、教育、制造业；回车跳过）：',
    monthsInJob: '在目前这份工作做了几个月（回车跳过）：',
  },
  environment: {
    platformContraction: '最近平台是否在大范围给用户降额（新闻、朋友、论坛）？',
  },

  notes: {
    rateEstimated: (name, rate) => ` ${name} 的利率是估计值（该产品的典型利率 ${rate}），不是您自己的：\n 请换成合同上的利率，并删除 rate_estimated。`,
    fromMonth: (dates) => ` 以下日期只给了月份，取当月中旬：${dates.join('、')}`,
    spread: (entries, counts) =>
      ` 这 ${entries} 条记录由您填写的次数生成（${counts
        .map(([months, n]) => `最近 ${zhMonths(months)} ${n} 次`)
        .join('，')}），\n 日期在各时间段内均匀分布，仅为估计。如知道实际日期，请替换。`,
  },

  review: {
    heading: '\n您的回答（即档案文件的内容）：\n',
    skipped: (sections) => `已跳过（相关检查会列为"未评估"）：${sections.join('、')}`,
    question: '接下来？',
    go: '继续：显示诊断和还款计划',
    edit: '修改某个部分',
    save: '现在保存档案',
    whichSection: '修改哪个部分？',
    answered: '已回答',
    notAnswered: '已跳过',
  },
  save: {
    path: '把档案保存到哪个文件？',
    overwrite: (path) => `${path} 已存在。要替换它吗？`,
    another: '换一个文件名（回车：不保存）：',
    saved: (path) => `已保存到 ${path}。下次运行：limit-audit check ${path}`,
    notSaved: '档案未保存。',
    offer: '把您的回答保存为档案，方便下次使用吗？',
  },
  after: {
    record: '把这次自查记入档案旁的历史记录，以便逐月跟踪进展吗？',
    showRoadmap: '现在查看您的路线图吗？包括每月该做什么，以及何时适合申请复审额度。',
    roadmap: (file) => `查看您的路线图（每月该做什么）：limit-audit roadmap ${file}`,
  },
  yaml: {
    header: ' limit-audit 个人财务档案，由 `limit-audit interview` 生成。',
    checkAgain: ' 随时再次检查：limit-audit check <本文件>',
    skipped: (sections) => ` 未回答的部分（相关检查列为"未评估"）：${sections.join('、')}`,
  },

  selectKeys: { navigate: '移动', select: '选择', 'see more': '更多', back: '返回上一题' },
  backHint: '（Esc：返回上一题）',
  confirm: { yes: '是', no: '否', hint: (defaultYes) => `（是 y / 否 n，回车即${defaultYes ? '是' : '否'}）` },

  notATerminal:
    'limit-audit interview 需要在终端中提问，而标准输入不是终端（管道、文件或 CI）。\n' +
    '要检查档案，请使用：limit-audit check 文件   （limit-audit init 可生成一份示例档案）',
  interrupted: '已中断；未保存任何内容。',
  interruptedAfterSave: (path) => `已中断。（之前保存的档案 ${path} 是完整的。）`,
};

export type InterviewText = typeof en;

const catalogue: Record<Lang, InterviewText> = { en, zh };

export function interviewText(lang: Lang): InterviewText {
  return catalogue[lang];
}
