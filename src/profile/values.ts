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
export const REPAYMENT_KINDS = ['equal_installment', 'equal_principal', 'interest_first', 'revolving'] as const;
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
  apr?: number | undefined;
  daily_rate?: number | undefined;
  repayment: string;
  months_left?: number | undefined;
  min_payment?: number | undefined;
}

/** A debt's terms that depend on each other: one rate, months_left unless revolving, min_payment only if revolving. */
export function checkDebtTerms(debt: DebtTerms, ctx: IssueSink): void {
  const hasApr = debt.apr !== undefined;
  const hasDaily = debt.daily_rate !== undefined;
  if (hasApr === hasDaily) {
    ctx.issues.push({
      code: 'custom',
      input: debt,
      path: hasApr ? ['daily_rate'] : ['apr'],
      message: hasApr ? 'apr and daily_rate both given' : 'apr or daily_rate missing',
      params: { expected: hasApr ? 'apr_xor_daily_both' : 'apr_xor_daily_none' },
    });
  }
  if (debt.repayment !== 'revolving' && debt.months_left === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: debt,
      path: ['months_left'],
      message: 'months_left is required unless repayment is revolving',
      params: { expected: 'months_left_required' },
    });
  }
  if (debt.repayment !== 'revolving' && debt.min_payment !== undefined) {
    ctx.issues.push({
      code: 'custom',
      input: debt,
      path: ['min_payment'],
      message: 'min_payment applies to revolving debts only',
      params: { expected: 'min_payment_revolving_only' },
    });
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

/**
 * `daily × 365` as the decimal numbers the user wrote, not as binary floating point: the product of
 * the rate's shortest decimal form (what it reads as, "0.0002") and 365, then the double nearest
 * that exact decimal. So 0.0002 a day is exactly the 0.073 a year a profile may also write, and
 * equal rates tie (product.md step 5), where 0.0002 × 365 in floating point is 0.07300000000000001.
 * The one place a daily rate becomes an annual one: the plan and the rules both come here.
 */
export function dailyToAnnualRate(daily: number): number {
  if (!Number.isFinite(daily)) return daily * DAYS_PER_YEAR;
  // String() gives the shortest decimal that reads back as `daily`, e.g. "0.0002" or "2.5e-7".
  const [mantissa = '', exponent = '0'] = String(daily).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction) * BigInt(DAYS_PER_YEAR);
  return Number(`${digits}e${Number(exponent) - fraction.length}`);
}
