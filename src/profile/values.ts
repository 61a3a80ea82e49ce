/**
 * The profile's value rules that are plain functions and constants, without zod: the limits, the
 * choice lists, and every custom check the schema (schema.ts) runs. They live apart from the zod
 * schema so that what only needs them — the rules, the plan, and the validator generated from the
 * schema for the start-up path (validate-profile.generated.ts) — does not build the schema.
 */
import { isCalendarDate, isCalendarMonth, MAX_DATE, MAX_MONTH } from '../dates';

export { isCalendarDate, isCalendarMonth, MAX_DATE, MAX_MONTH };

/** Upper bound for any amount: 10 billion yuan keeps every fen sum an exact double. */
export const MAX_YUAN = 10_000_000_000;

export const INCOME_SOURCES = ['salary', 'business', 'freelance', 'mixed', 'none'] as const;
export const INQUIRY_KINDS = ['loan', 'card', 'other'] as const;
export const LINE_STATUSES = ['active', 'reduced', 'frozen', 'closed'] as const;
export const DEBT_KINDS = ['online_loan', 'credit_card', 'installment', 'mortgage', 'auto', 'business', 'private', 'other'] as const;
/** How a debt priced by interest (apr or daily_rate) is repaid. */
export const REPAYMENT_KINDS = ['equal_installment', 'equal_principal', 'interest_first', 'revolving'] as const;
/**
 * Every `repayment` a profile may give: the interest kinds, and a fee instalment (fee_installment,
 * 分期手续费), priced by a fee per period on its original principal instead of a rate.
 */
export const ALL_REPAYMENT_KINDS = [...REPAYMENT_KINDS, 'fee_installment'] as const;
/**
 * The highest fee per period a fee instalment (分期手续费) may carry: 10 % of the original principal a
 * month, far above any real 花呗 or card instalment (0.5–1 %). A figure above it was almost certainly
 * written as a percentage (`fee_rate: 0.6` for 0.6 %), and the loader suggests the decimal.
 */
export const MAX_FEE_RATE = 0.1;
export const PURPOSES = ['consumption', 'business', 'investment', 'refinance'] as const;
export const EVENT_EFFECTS = ['tightening', 'easing', 'neutral'] as const;

/**
 * At most 2 decimals: the number is the one its 2-decimal rounding reads as (exact at any size up to
 * MAX_YUAN, where a fixed tolerance on n × 100 fails: 550592649.42 × 100 is 55059264941.99999), or
 * within a millionth of a fen of it (the float artefacts spreadsheets write, such as 1234.5600000000001).
 */
export const has2Decimals = (n: number) => Number(n.toFixed(2)) === n || Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/** The last date and month a profile may hold: dates.ts's range, which `--as-of` and the plan keep to as well. */
export const notAfterMaxDate = (date: string) => date <= MAX_DATE;
export const notAfterMaxMonth = (month: string) => month <= MAX_MONTH;
export const sortedByDate = (items: { date: string }[]) => items.every((item, i) => i === 0 || items[i - 1]!.date <= item.date);

/** An issue a record-level check reports, at a path inside the record; `params.expected` is its i18n key. */
export type CheckIssue = {
  code: 'custom';
  input: unknown;
  path: (string | number)[];
  message: string;
  params: { expected: string };
};

/** Where record-level checks put their issues (zod's refinement context fits). */
export interface IssueSink {
  issues: { push(issue: CheckIssue): unknown };
}

interface DebtTerms {
  balance: number;
  apr?: number | undefined;
  daily_rate?: number | undefined;
  repayment: string;
  months_left?: number | undefined;
  min_payment?: number | undefined;
  original_principal?: number | undefined;
  periods?: number | undefined;
  fee_rate?: number | undefined;
  upfront_fee?: number | undefined;
}

/**
 * A debt's terms that depend on each other:
 * - its price: one of apr and daily_rate, or, for a fee instalment (fee_installment, 分期手续费),
 *   fee_rate with the original principal and the number of periods it is charged on, and no rate;
 * - months_left unless revolving, at most `periods`; min_payment only if revolving;
 * - the contract's original_principal, periods and upfront_fee only on a loan repaid in
 *   instalments: the original principal at least the balance, the up-front fee below it.
 */
export function checkDebtTerms(debt: DebtTerms, ctx: IssueSink): void {
  const issue = (path: string, message: string, expected: string) =>
    ctx.issues.push({ code: 'custom', input: debt, path: [path], message, params: { expected } });
  const hasApr = debt.apr !== undefined;
  const hasDaily = debt.daily_rate !== undefined;
  const revolving = debt.repayment === 'revolving';
  if (debt.repayment === 'fee_installment') {
    // The fee is the price: a rate beside it would be a second, contradicting one.
    if (hasApr || hasDaily) issue(hasApr ? 'apr' : 'daily_rate', 'a fee instalment is priced by fee_rate, not by a rate', 'fee_installment_rate');
    if (debt.fee_rate === undefined) issue('fee_rate', 'fee_rate is required when repayment is fee_installment', 'fee_rate_required');
    if (debt.original_principal === undefined) {
      issue('original_principal', 'original_principal is required when repayment is fee_installment', 'original_principal_required');
    }
    if (debt.periods === undefined) issue('periods', 'periods is required when repayment is fee_installment', 'periods_required');
  } else {
    if (hasApr === hasDaily) {
      issue(
        hasApr ? 'daily_rate' : 'apr',
        hasApr ? 'apr and daily_rate both given' : 'apr or daily_rate missing',
        hasApr ? 'apr_xor_daily_both' : 'apr_xor_daily_none',
      );
    }
    if (debt.fee_rate !== undefined) issue('fee_rate', 'fee_rate applies to repayment: fee_installment only', 'fee_rate_fee_installment_only');
  }
  if (!revolving && debt.months_left === undefined) issue('months_left', 'months_left is required unless repayment is revolving', 'months_left_required');
  if (!revolving && debt.min_payment !== undefined) issue('min_payment', 'min_payment applies to revolving debts only', 'min_payment_revolving_only');
  if (revolving) {
    for (const key of ['original_principal', 'periods', 'upfront_fee'] as const) {
      if (debt[key] !== undefined) issue(key, `${key} applies to loans repaid in instalments, not to revolving debts`, 'instalment_terms_only');
    }
    return;
  }
  if (debt.periods !== undefined && debt.months_left !== undefined && debt.months_left > debt.periods) {
    issue('months_left', 'months_left is more than periods', 'months_left_above_periods');
  }
  if (debt.original_principal !== undefined && debt.original_principal < debt.balance) {
    issue('original_principal', 'original_principal is less than the balance', 'original_below_balance');
  }
  if (debt.upfront_fee !== undefined && debt.upfront_fee > 0 && debt.upfront_fee >= (debt.original_principal ?? debt.balance)) {
    issue('upfront_fee', 'upfront_fee is not less than the amount borrowed', 'upfront_fee_too_large');
  }
}

/** The plan and the report key debts by name, so two debts may not share one. */
export function checkUniqueDebtNames(profile: { debts: { name: string }[] }, ctx: IssueSink): void {
  const seen = new Set<string>();
  profile.debts.forEach((debt, i) => {
    if (seen.has(debt.name)) {
      ctx.issues.push({
        code: 'custom',
        input: debt.name,
        path: ['debts', i, 'name'],
        message: 'duplicate debt name',
        params: { expected: 'unique_debt_name' },
      });
    }
    seen.add(debt.name);
  });
}

/** `apr` as given, or `daily_rate × 365` (simple day count, as Huabei and card pages use: source E, docs/rules.md). */
export function annualRate(debt: { apr?: number | undefined; daily_rate?: number | undefined }): number {
  return debt.apr ?? dailyToAnnualRate(debt.daily_rate ?? 0);
}

/** Days in the simple-interest year of a daily rate (domain-facts E). */
const DAYS_PER_YEAR = 365;
/** Periods in a year of a monthly fee: the "12 × fee" lenders' pages suggest as the yearly rate. */
const MONTHS_PER_YEAR = 12;

/**
 * `daily × 365` as the decimal numbers the user wrote, not as binary floating point: the product of
 * the rate's shortest decimal form (what it reads as, "0.0002") and 365, then the double nearest
 * that exact decimal. So 0.0002 a day is exactly the 0.073 a year a profile may also write, and
 * equal rates tie (product.md step 5), where 0.0002 × 365 in floating point is 0.07300000000000001.
 * The one place a daily rate becomes an annual one: the plan and the rules both come here.
 */
export function dailyToAnnualRate(daily: number): number {
  return decimalTimes(daily, DAYS_PER_YEAR);
}

/**
 * A monthly rate, or a fee instalment's fee per period, as the yearly rate it seems to be:
 * `× 12`, exact in decimal as dailyToAnnualRate (0.006 → 0.072, not 0.07200000000000001). For a fee
 * this is not the true APR: see src/plan/apr.ts.
 */
export function monthlyToAnnualRate(fee: number): number {
  return decimalTimes(fee, MONTHS_PER_YEAR);
}

/** `x × factor` (a whole number) computed on x's shortest decimal form, then rounded once to a double. */
function decimalTimes(x: number, factor: number): number {
  if (!Number.isFinite(x)) return x * factor;
  // String() gives the shortest decimal that reads back as `x`, e.g. "0.0002" or "2.5e-7".
  const [mantissa = '', exponent = '0'] = String(x).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction) * BigInt(factor);
  return Number(`${digits}e${Number(exponent) - fraction.length}`);
}
