/**
 * `limit-audit apr`: the true cost of a loan offer before borrowing — the APR (12 × the monthly IRR),
 * the EAR, the total cost in yuan, what the quoted figure suggested, and where it stands against
 * the 24 % / 36 % lines and the courts' cap on private loans on the day (`--as-of`, else today).
 * Every option arrives as text and is checked here, so a bad one is one line on stderr, exit 2,
 * in the user's language. A bundle of its own (build.mjs): a check never loads it.
 */
import { isDateInRange, MAX_DATE, MIN_DATE } from '../dates';
import { UserError } from '../errors';
import { aprText, type AprBand, type AprText } from '../i18n/apr';
import { formatMoney, formatMonthCount } from '../i18n/format';
import { lprAt } from '../macro/macro';
import { fenToYuan, formatPercent, formatYuan, yuanToFen } from '../money';
import { LOAN_METHODS, rate8, type LoanMethod } from '../plan/apr';
import { quoteLoan, type LoanQuote, type Price } from '../plan/quote';
import { has2Decimals, MAX_FEE_RATE, MAX_YUAN } from '../profile/values';
import { HIGH_INTEREST_LINES } from '../rules/debt/high-interest';
import { snap } from '../rules/helpers';
import { parseMoney, parseRate } from '../interview/questions/parse';
import type { CliContext } from './context';
import { bundledSnapshot } from './load';
import { jsonText } from '../report/json-text';

/** The options as commander hands them over: text, checked here. */
export interface AprOptions {
  amount?: string;
  months?: string;
  feeRate?: string;
  payment?: string;
  monthlyRate?: string;
  dailyRate?: string;
  apr?: string;
  upfrontFee?: string;
  method?: string;
  asOf?: string;
  schedule?: boolean;
  json?: boolean;
}

/** The price options and their flags, in the order help lists them. */
const PRICES = [
  ['feeRate', '--fee-rate'],
  ['payment', '--payment'],
  ['monthlyRate', '--monthly-rate'],
  ['dailyRate', '--daily-rate'],
  ['apr', '--apr'],
] as const;

/**
 * The highest rate each option takes, as the profile's (0.1 a period for a fee, 1 a year, 0.01 a
 * day; 0.1 a month is 120 % a year): above it a figure was almost surely written as a percentage
 * without its sign (`--fee-rate 0.6`), and the refusal suggests the decimal.
 */
const MAX_RATE = { feeRate: MAX_FEE_RATE, monthlyRate: 0.1, dailyRate: 0.01, apr: 1 } as const;

export async function runAprCommand(opts: AprOptions, ctx: CliContext): Promise<number> {
  const t = aprText(ctx.lang);
  const fail = (message: string): never => {
    throw new UserError(`limit-audit apr: ${message}`);
  };
  const offer = readOffer(opts, t, fail);
  const asOf = opts.asOf ?? ctx.today();
  if (!isDateInRange(asOf)) fail(t.badDate(asOf, MIN_DATE, MAX_DATE));
  const quote = quoteLoan(offer);
  if (quote.totalPaidFen < quote.receivedFen) fail(t.paymentsTooSmall(formatMoney(quote.totalPaidFen, ctx.lang), formatMoney(quote.receivedFen, ctx.lang)));

  const lines = HIGH_INTEREST_LINES;
  const apr = snap(quote.apr);
  const band: AprBand = apr >= lines.critical ? 'above' : apr >= lines.high ? 'between' : 'below';
  // The courts' cap on a private loan: 4 × the 1-year LPR in force on the day (the bundled series;
  // before it starts, its first point).
  const series = bundledSnapshot().lpr_1y;
  const lpr = lprAt(series, asOf) ?? series[0]!;
  const cap = snap(lines.private_lpr_multiple * lpr.rate);
  const ratio = quote.quotedApr > 0 ? quote.apr / quote.quotedApr : null;

  if (opts.json) {
    const json = {
      amount: fenToYuan(offer.amountFen),
      months: offer.months,
      method: offer.method,
      upfrontFee: fenToYuan(offer.upfrontFeeFen),
      received: fenToYuan(quote.receivedFen),
      quoted: offer.price.basis === 'payment'
        ? { basis: 'payment', payment: fenToYuan(offer.price.paymentFen), apr: rate8(quote.quotedApr) }
        : { basis: offer.price.basis, rate: offer.price.rate, apr: rate8(quote.quotedApr) },
      monthlyRate: rate8(quote.monthlyRate),
      apr: rate8(quote.apr),
      ear: rate8(quote.ear),
      totalPaid: fenToYuan(quote.totalPaidFen),
      totalCost: fenToYuan(quote.totalCostFen),
      ratio: ratio === null ? null : Math.round(ratio * 1e4) / 1e4,
      lines: { high: lines.high, critical: lines.critical, band },
      privateLoanCap: { rate: cap, multiple: lines.private_lpr_multiple, lpr: lpr.rate, lprDate: lpr.date, asOf, above: apr > cap },
      ...(opts.schedule
        ? {
            schedule: quote.schedule.map((m) => ({
              month: m.month,
              payment: fenToYuan(m.paymentFen),
              principal: fenToYuan(m.principalFen),
              interest: fenToYuan(m.costFen),
              balance: fenToYuan(m.balanceFen),
            })),
          }
        : {}),
    };
    ctx.out(jsonText(json));
    return 0;
  }

  const lang = ctx.lang;
  const money = (fen: number) => formatMoney(fen, lang);
  const percent = (rate: number) => formatPercent(rate);
  const out: string[] = [t.title, ''];
  const priced = offer.price.basis === 'payment' ? t.priced.payment(money(offer.price.paymentFen)) : t.priced[offer.price.basis](formatPercent(offer.price.rate, 4));
  out.push(t.loan(money(offer.amountFen), formatMonthCount(offer.months, lang), t.method[offer.method], priced));
  if (offer.upfrontFeeFen > 0) out.push(t.upfront(money(offer.upfrontFeeFen), money(quote.receivedFen)));
  out.push(t.totals(money(quote.receivedFen), money(quote.totalPaidFen), money(quote.totalCostFen)));
  out.push(quote.totalCostFen === 0 ? t.zeroCost : t.rates(percent(quote.apr), formatPercent(quote.monthlyRate, 4), percent(quote.ear)));
  out.push(suggestedLine(quote, offer.price, ratio, t));
  out.push(band === 'below' ? t.band.below(percent(lines.high)) : t.band[band](percent(lines.high), percent(lines.critical)));
  out.push(t.privateCap(apr <= cap, percent(cap), String(lines.private_lpr_multiple), percent(lpr.rate), lpr.date));
  out.push(t.licensedCaveat);
  if (opts.schedule) {
    // The box-drawn table (chalk, cli-table3) loads only when a schedule is drawn.
    const { drawTable } = await import('../report/grid');
    out.push('', t.scheduleNote(t.method[offer.method]));
    out.push(
      drawTable({
        head: [t.colMonth, t.colPayment, t.colPrincipal, t.colCost, t.colBalance],
        rows: quote.schedule.map((m) => [String(m.month), formatYuan(m.paymentFen), formatYuan(m.principalFen), formatYuan(m.costFen), formatYuan(m.balanceFen)]),
        aligns: ['right', 'right', 'right', 'right', 'right'],
      }),
    );
  }
  ctx.out(`${out.join('\n')}\n`);
  return 0;
}

/** "The quoted 0.6% a period looks like 7.2% a year: the true APR is 1.81 × that." */
function suggestedLine(quote: LoanQuote, price: Price, ratio: number | null, t: AprText): string {
  const yearly = formatPercent(quote.quotedApr);
  const head = price.basis === 'payment' ? t.suggested.payment('', yearly) : t.suggested[price.basis](formatPercent(price.rate, 4), yearly);
  if (ratio === null) return `${head}${quote.apr > 0 ? t.hidden : t.same}`;
  // Within half a hundredth of the quoted rate the two are the same figure as printed.
  if (Math.abs(ratio - 1) < 0.005) return `${head}${t.same}`;
  return `${head}${t.ratio(ratio.toFixed(2))}`;
}

/** The offer the options describe, or the one-line reason it is not one. */
function readOffer(opts: AprOptions, t: AprText, fail: (message: string) => never): Parameters<typeof quoteLoan>[0] {
  if (opts.amount === undefined) fail(t.needAmount);
  if (opts.months === undefined) fail(t.needMonths);
  const amount = parseMoney(opts.amount!);
  if (!amount.ok || !(amount.value > 0 && amount.value <= MAX_YUAN && has2Decimals(amount.value))) fail(t.badAmount(opts.amount!));
  const amountFen = yuanToFen((amount as { value: number }).value);
  const months = Number(opts.months);
  if (!/^\s*\d+\s*$/.test(opts.months!) || !(months >= 1 && months <= 600)) fail(t.badMonths(opts.months!));

  const given = PRICES.filter(([key]) => opts[key] !== undefined);
  if (given.length === 0) fail(t.needPrice);
  if (given.length > 1) fail(t.onePrice(given.map(([, flag]) => flag).join(' + ')));
  const [key, flag] = given[0]!;
  let price: Price;
  if (key === 'payment') {
    price = { basis: 'payment', paymentFen: moneyOption(opts.payment!, flag, t, fail, true) };
  } else {
    const basis = key === 'feeRate' ? 'fee_rate' : key === 'monthlyRate' ? 'monthly_rate' : key === 'dailyRate' ? 'daily_rate' : 'apr';
    price = { basis, rate: rateOption(opts[key]!, flag, MAX_RATE[key], t, fail) };
  }

  let method: LoanMethod = price.basis === 'fee_rate' ? 'fee_installment' : 'equal_installment';
  if (opts.method !== undefined) {
    const named = LOAN_METHODS.find((m) => m === opts.method);
    if (named === undefined) fail(t.badMethod(opts.method));
    method = named!;
  }
  if (price.basis === 'fee_rate' && method !== 'fee_installment') fail(t.feeNeedsFeeMethod(method));
  if (method === 'fee_installment' && price.basis !== 'fee_rate' && price.basis !== 'payment') fail(t.feeMethodNeedsFee);
  if (price.basis === 'payment' && method === 'equal_principal') fail(t.paymentNotEqualPrincipal);

  const upfrontFeeFen = opts.upfrontFee === undefined ? 0 : moneyOption(opts.upfrontFee, '--upfront-fee', t, fail, false);
  if (upfrontFeeFen >= amountFen) fail(t.upfrontTooLarge(opts.upfrontFee!, opts.amount!));
  return { amountFen, months, method, price, upfrontFeeFen };
}

function moneyOption(text: string, flag: string, t: AprText, fail: (message: string) => never, positive: boolean): number {
  const parsed = parseMoney(text);
  if (!parsed.ok || !(positive ? parsed.value > 0 : parsed.value >= 0) || parsed.value > MAX_YUAN || !has2Decimals(parsed.value)) fail(t.badMoney(flag, text));
  return yuanToFen((parsed as { value: number }).value);
}

function rateOption(text: string, flag: string, max: number, t: AprText, fail: (message: string) => never): number {
  const parsed = parseRate(text);
  if (parsed.ok && parsed.value >= 0 && parsed.value <= max) return parsed.value;
  // A percentage written without its sign (0.6 for 0.6 %): the decimal it most likely meant.
  const suggestion = parsed.ok && parsed.value > max && parsed.value / 100 <= max ? String(parsed.value / 100) : undefined;
  return fail(t.badRate(flag, String(max), text, suggestion));
}

