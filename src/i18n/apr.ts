/**
 * The `apr` calculator's texts (src/cli/apr.ts), in zh and en: what it prints and its one-line
 * refusals of bad input. Its help texts are in help.ts with every command's. Figures arrive
 * formatted (format.ts); `zh` has the type of `en`, so a missing translation is a compile error.
 */
import type { Lang } from './lang';

/** The repayment methods of an offer (src/plan/apr.ts LOAN_METHODS; the catalogues sit below the plan, so named here). */
type LoanMethod = 'equal_installment' | 'equal_principal' | 'interest_first' | 'fee_installment';

/** What the calculator was given its price by. */
export type AprBasis = 'fee_rate' | 'monthly_rate' | 'daily_rate' | 'apr' | 'payment';
/** Where the true APR stands against the 24 % / 36 % lines. */
export type AprBand = 'below' | 'between' | 'above';

const en = {
  title: 'limit-audit apr — the true cost of this loan',
  method: {
    equal_installment: 'equal instalments (等额本息)',
    equal_principal: 'equal principal, falling payments (等额本金)',
    interest_first: 'interest monthly, principal at the end (先息后本)',
    fee_installment: 'fee instalment (分期手续费)',
  } satisfies Record<LoanMethod, string>,
  /** The price as given, e.g. "0.6% of the amount a period". */
  priced: {
    fee_rate: (rate: string) => `a fee of ${rate} of the amount a period`,
    monthly_rate: (rate: string) => `${rate} interest a month`,
    daily_rate: (rate: string) => `${rate} interest a day`,
    apr: (rate: string) => `${rate} interest a year`,
    payment: (payment: string) => `${payment} a month`,
  } satisfies Record<AprBasis, (figure: string) => string>,
  loan: (amount: string, months: string, method: string, priced: string) => `Borrow ${amount} over ${months}: ${method}, ${priced}`,
  upfront: (fee: string, received: string) => `Up-front fee ${fee}: you receive ${received}`,
  totals: (received: string, paid: string, cost: string) => `You receive ${received} and pay ${paid} in all: the loan costs ${cost}`,
  rates: (apr: string, monthly: string, ear: string) => `True APR ${apr} (12 × the monthly IRR of ${monthly}) · EAR ${ear} (compounded)`,
  zeroCost: 'The payments add up to exactly what you receive: this loan costs nothing (true APR 0%).',
  /** What the quoted figure suggests a year, and how the true APR compares. */
  suggested: {
    fee_rate: (rate: string, yearly: string) => `The quoted ${rate} a period looks like ${yearly} a year`,
    monthly_rate: (rate: string, yearly: string) => `The quoted ${rate} a month looks like ${yearly} a year`,
    daily_rate: (rate: string, yearly: string) => `The quoted ${rate} a day looks like ${yearly} a year (× 365)`,
    apr: (_rate: string, yearly: string) => `The quoted rate is ${yearly} a year`,
    payment: (_rate: string, yearly: string) => `The payments look like ${yearly} a year (flat: the cost ÷ the amount ÷ the years)`,
  } satisfies Record<AprBasis, (rate: string, yearly: string) => string>,
  ratio: (ratio: string) => `: the true APR is ${ratio} × that.`,
  same: ': that is the true APR — no fee is added.',
  hidden: ': the whole true APR is hidden in fees.',
  band: {
    below: (high: string) => `Below the ${high} line that regulators and partner banks hold consumer credit to.`,
    between: (high: string, critical: string) =>
      `At or above the ${high} line that regulators and partner banks hold consumer credit to (below ${critical}, the old void line for private lending).`,
    above: (high: string, critical: string) =>
      `At or above ${critical}: the old void line for private lending and the 2017 cash-loan ceiling, far above the ${high} line for consumer credit.`,
  } satisfies Record<AprBand, (high: string, critical: string) => string>,
  privateCap: (within: boolean, cap: string, multiple: string, lpr: string, lprDate: string) =>
    `As a private loan (between people): ${within ? 'within' : 'ABOVE'} the courts' cap of ${cap} a year (${multiple} × the 1-year LPR of ${lpr} on ${lprDate}); courts protect interest only up to it.`,
  licensedCaveat:
    'Banks, consumer-finance and micro-loan companies are licensed lenders outside that cap: their loans are not illegal above it, the 24%/36% lines apply to them instead.',
  colMonth: 'Month',
  colPayment: 'Payment',
  colPrincipal: 'Principal',
  colCost: 'Interest / fee',
  colBalance: 'Owed after',
  scheduleNote: (method: string) => `Schedule (${method}), in yuan:`,
  /* one-line refusals, after "limit-audit apr: " */
  needAmount: '--amount is required: the amount borrowed in yuan, e.g. --amount 10000',
  needMonths: '--months is required: the number of monthly payments, e.g. --months 12',
  badAmount: (found: string) => `--amount must be an amount in yuan above 0, with at most 2 decimals, up to 10,000,000,000; found "${found}"`,
  badMonths: (found: string) => `--months must be a whole number of months from 1 to 600; found "${found}"`,
  badMoney: (option: string, found: string) => `${option} must be an amount in yuan with at most 2 decimals; found "${found}"`,
  badRate: (option: string, max: string, found: string, suggestion: string | undefined) =>
    `${option} must be a rate from 0 to ${max}, as a decimal or a percentage (0.006 or 0.6%); found "${found}"${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  needPrice: 'give the price: one of --fee-rate, --payment, --monthly-rate, --daily-rate or --apr',
  onePrice: (given: string) => `give only one of --fee-rate, --payment, --monthly-rate, --daily-rate and --apr, not ${given}`,
  badMethod: (found: string) => `--method must be one of equal_installment, equal_principal, interest_first, fee_installment; found "${found}"`,
  feeNeedsFeeMethod: (method: string) => `--fee-rate prices a fee instalment, not ${method}: leave out --method or give --method fee_installment`,
  feeMethodNeedsFee: '--method fee_installment is priced by --fee-rate (or --payment), not by an interest rate',
  paymentNotEqualPrincipal: '--payment cannot describe equal_principal, whose payments fall every month: give its rate instead',
  upfrontTooLarge: (fee: string, amount: string) => `--upfront-fee (${fee}) must be less than --amount (${amount})`,
  paymentsTooSmall: (paid: string, received: string) =>
    `the payments add up to ${paid}, less than the ${received} you receive: that is no loan; check --payment and --months`,
  badDate: (found: string, min: string, max: string) => `--as-of must be a real calendar date YYYY-MM-DD from ${min} to ${max}; found "${found}"`,
};

export type AprText = typeof en;

const zh: AprText = {
  title: 'limit-audit apr —— 这笔借款的真实成本',
  method: {
    equal_installment: '等额本息',
    equal_principal: '等额本金',
    interest_first: '先息后本',
    fee_installment: '分期手续费',
  },
  priced: {
    fee_rate: (rate) => `每期手续费为本金的 ${rate}`,
    monthly_rate: (rate) => `月利率 ${rate}`,
    daily_rate: (rate) => `日利率 ${rate}`,
    apr: (rate) => `年利率 ${rate}`,
    payment: (payment) => `每月还 ${payment}`,
  },
  loan: (amount, months, method, priced) => `借款 ${amount}，${months}还清：${method}，${priced}`,
  upfront: (fee, received) => `前置费用 ${fee}：实际到手 ${received}`,
  totals: (received, paid, cost) => `到手 ${received}，共还 ${paid}：这笔借款的成本是 ${cost}`,
  rates: (apr, monthly, ear) => `真实年化（APR）${apr}（月 IRR ${monthly} × 12）· 复利年化（EAR）${ear}`,
  zeroCost: '各期还款合计正好等于到手金额：这笔借款没有成本（真实年化 0%）。',
  suggested: {
    fee_rate: (rate, yearly) => `报价每期 ${rate}，看起来是年化 ${yearly}`,
    monthly_rate: (rate, yearly) => `报价月利率 ${rate}，看起来是年化 ${yearly}`,
    daily_rate: (rate, yearly) => `报价日利率 ${rate}，看起来是年化 ${yearly}（× 365）`,
    apr: (_rate, yearly) => `报价年利率 ${yearly}`,
    payment: (_rate, yearly) => `按还款额看起来是年化 ${yearly}（单利：成本 ÷ 本金 ÷ 年数）`,
  },
  ratio: (ratio) => `：真实年化是它的 ${ratio} 倍。`,
  same: '：这就是真实年化，没有额外费用。',
  hidden: '：真实年化全部藏在费用里。',
  band: {
    below: (high) => `低于监管和合作银行掌握的消费信贷 ${high} 线。`,
    between: (high, critical) => `达到或超过监管和合作银行掌握的消费信贷 ${high} 线（低于 ${critical}，即旧民间借贷规则的无效线）。`,
    above: (high, critical) => `达到或超过 ${critical}：旧民间借贷规则的无效线和2017年现金贷综合成本上限，远高于消费信贷的 ${high} 线。`,
  },
  privateCap: (within, cap, multiple, lpr, lprDate) =>
    `如果是民间借贷（个人之间）：${within ? '在' : '超过'}法院保护上限年化 ${cap}${within ? '之内' : ''}（${lprDate} 的1年期LPR ${lpr} 的 ${multiple} 倍）；法院只保护不超过该上限的利息。`,
  licensedCaveat: '银行、消费金融公司和小额贷款公司是持牌机构，不适用这一上限：超过它并不违法，对它们适用的是24%/36%两条线。',
  colMonth: '期数',
  colPayment: '还款',
  colPrincipal: '本金',
  colCost: '利息 / 手续费',
  colBalance: '剩余本金',
  scheduleNote: (method) => `还款计划（${method}），单位：元：`,
  needAmount: '必须给出 --amount：借款金额（元），如 --amount 10000',
  needMonths: '必须给出 --months：还款期数（月），如 --months 12',
  badAmount: (found) => `--amount 应为大于 0 的金额（元），最多两位小数，不超过 10,000,000,000；实际为 "${found}"`,
  badMonths: (found) => `--months 应为 1 到 600 的整数（月）；实际为 "${found}"`,
  badMoney: (option, found) => `${option} 应为金额（元），最多两位小数；实际为 "${found}"`,
  badRate: (option, max, found, suggestion) =>
    `${option} 应为 0 到 ${max} 之间的利率，写成小数或百分数（0.006 或 0.6%）；实际为 "${found}"${suggestion === undefined ? '' : `（是否想写 ${suggestion}？）`}`,
  needPrice: '请给出价格：--fee-rate、--payment、--monthly-rate、--daily-rate、--apr 之一',
  onePrice: (given) => `--fee-rate、--payment、--monthly-rate、--daily-rate、--apr 只能给一个，而不是 ${given}`,
  badMethod: (found) => `--method 应为 equal_installment、equal_principal、interest_first、fee_installment 之一；实际为 "${found}"`,
  feeNeedsFeeMethod: (method) => `--fee-rate 用于分期手续费，不适用于 ${method}：去掉 --method，或写 --method fee_installment`,
  feeMethodNeedsFee: '--method fee_installment 按 --fee-rate（或 --payment）计价，而不是按利率',
  paymentNotEqualPrincipal: '--payment 无法描述等额本金（每月还款额递减）：请改为给出利率',
  upfrontTooLarge: (fee, amount) => `--upfront-fee（${fee}）必须小于 --amount（${amount}）`,
  paymentsTooSmall: (paid, received) => `各期还款合计 ${paid}，少于到手的 ${received}：这不是借款；请检查 --payment 和 --months`,
  badDate: (found, min, max) => `--as-of 应为 ${min} 至 ${max} 之间真实存在的日期 YYYY-MM-DD；实际为 "${found}"`,
};

const catalogue: Record<Lang, AprText> = { en, zh };

export function aprText(lang: Lang): AprText {
  return catalogue[lang];
}
