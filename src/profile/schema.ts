/**
 * The profile, schema version 1: the public contract users write by hand (product.md, "The profile").
 * This one schema serves the loader, the JSON Schema output (`limit-audit schema`) and the
 * questionnaire's per-answer validation. zod/mini keeps the start-up cost of `check` low.
 *
 * Custom checks carry `params.expected`, an i18n key the loader turns into a message such as
 * "expected a real calendar date (YYYY-MM-DD)".
 */
import * as z from 'zod/mini';
import {
  ALL_REPAYMENT_KINDS,
  checkDebtTerms,
  checkUniqueDebtNames,
  DEBT_KINDS,
  EVENT_EFFECTS,
  has2Decimals,
  INCOME_SOURCES,
  INQUIRY_KINDS,
  isCalendarDate,
  isCalendarMonth,
  LINE_STATUSES,
  MAX_FEE_RATE,
  MAX_YUAN,
  notAfterMaxDate,
  notAfterMaxMonth,
  PURPOSES,
  sortedByDate,
  type IssueSink,
} from './values';
import { keepRecordFunction } from './zod-internals';

export * from './values';

const expected = (key: string) => ({ params: { expected: key } });

/**
 * superRefine, with its function kept on the check's definition: zod keeps it only in a closure,
 * and scripts/generate-validator.mjs needs to name it in the code it generates.
 */
function recordCheck<T>(fn: (value: T, ctx: IssueSink) => void) {
  return keepRecordFunction(z.superRefine<T>((value, ctx) => fn(value, ctx)), fn as (value: never, ctx: IssueSink) => void);
}

export const money = z.number().check(
  z.gte(0),
  z.lte(MAX_YUAN),
  z.refine(has2Decimals, expected('money_decimals')),
);
export const rateApr = z.number().check(z.gte(0), z.lte(1));
export const rateDaily = z.number().check(z.gte(0), z.lte(0.01));
/** A fee instalment's fee per period, on the original principal (0.006 = 0.6 % a period). */
export const rateFee = z.number().check(z.gte(0), z.lte(MAX_FEE_RATE));
export const count = z.int().check(z.gte(0), z.lte(1_000_000));


export const calendarDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine(isCalendarDate, expected('date')),
  z.refine(notAfterMaxDate, expected('date_max')),
);
export const calendarMonth = z.string().check(
  z.regex(/^\d{4}-\d{2}$/),
  z.refine(isCalendarMonth, expected('month')),
  z.refine(notAfterMaxMonth, expected('month_max')),
);
const text = z.string().check(z.minLength(1), z.maxLength(200));


const monthAmount = z.strictObject({ month: calendarMonth, amount: money });

export const incomeSchema = z.strictObject({
  monthly: money,
  history: z.optional(z.array(monthAmount).check(z.maxLength(600))),
  source: z.optional(z.enum(INCOME_SOURCES)),
});

export const overdueSchema = z.strictObject({
  date: calendarDate,
  days: z.int().check(z.gte(1), z.lte(36_500)),
  amount: z.optional(money),
  lender: z.optional(text),
  settled: z.boolean(),
});

export const inquirySchema = z.strictObject({
  date: calendarDate,
  lender: z.optional(text),
  kind: z.enum(INQUIRY_KINDS),
  /** The date is an estimate (the questionnaire spread a count over its window): findings say so. */
  estimated: z.optional(z.boolean()),
});

export const drawSchema = z.strictObject({
  date: calendarDate,
  amount: z.optional(money),
  lender: z.optional(text),
  /** As inquirySchema.estimated. */
  estimated: z.optional(z.boolean()),
});

export const creditSchema = z.strictObject({
  sesame_score: z.optional(z.int().check(z.gte(350), z.lte(950))),
  sesame_history: z.optional(
    z.array(z.strictObject({ month: calendarMonth, score: z.int().check(z.gte(350), z.lte(950)) })).check(z.maxLength(600)),
  ),
  overdues: z.optional(z.array(overdueSchema).check(z.maxLength(10_000))),
  inquiries: z.optional(z.array(inquirySchema).check(z.maxLength(10_000))),
  draws: z.optional(z.array(drawSchema).check(z.maxLength(10_000))),
  autopay: z.optional(z.boolean()),
  verified: z.optional(
    z.strictObject({
      identity: z.optional(z.boolean()),
      income_proof: z.optional(z.boolean()),
      assets: z.optional(z.boolean()),
    }),
  ),
});

export const creditLineSchema = z.strictObject({
  name: text,
  limit: money,
  previous_limit: z.optional(money),
  used: z.optional(money),
  status: z.optional(z.enum(LINE_STATUSES)),
});

export const debtSchema = z
  .strictObject({
    name: text,
    kind: z.enum(DEBT_KINDS),
    lender: z.optional(text),
    balance: money,
    apr: z.optional(rateApr),
    daily_rate: z.optional(rateDaily),
    repayment: z.enum(ALL_REPAYMENT_KINDS),
    months_left: z.optional(z.int().check(z.gte(1), z.lte(600))),
    min_payment: z.optional(money),
    original_principal: z.optional(money),
    periods: z.optional(z.int().check(z.gte(1), z.lte(600))),
    fee_rate: z.optional(rateFee),
    upfront_fee: z.optional(money),
    purpose: z.optional(z.enum(PURPOSES)),
    overdue: z.optional(z.boolean()),
  })
  .check(recordCheck(checkDebtTerms));

export const spendingSchema = z.strictObject({
  history: z.optional(z.array(monthAmount).check(z.maxLength(600))),
  large_purchases: z.optional(
    z.array(z.strictObject({ date: calendarDate, amount: money, note: z.optional(text) })).check(z.maxLength(10_000)),
  ),
  lender_transfers_per_month: z.optional(z.number().check(z.gte(0), z.lte(10_000))),
});

export const assetsSchema = z.strictObject({
  liquid: z.optional(money),
  investments: z.optional(money),
  property: z.optional(z.boolean()),
  vehicle: z.optional(z.boolean()),
});

export const employmentSchema = z.strictObject({
  sector: z.optional(text),
  months_in_job: z.optional(z.int().check(z.gte(0), z.lte(1200))),
});

/* ---- macro snapshot (bundled data file, --macro FILE, and a profile's macro: overrides) ---- */

const localizedText = z.strictObject({ zh: text, en: text });

export const lprPointSchema = z.strictObject({ date: calendarDate, rate: z.number().check(z.gte(0), z.lte(1)) });
export const macroEventSchema = z.strictObject({
  date: calendarDate,
  effect: z.enum(EVENT_EFFECTS),
  title: localizedText,
  source: z.optional(z.string()),
});
export const stressedSectorSchema = z.strictObject({
  name: text,
  match: z.array(text).check(z.minLength(1)),
  since: z.optional(calendarMonth),
  source: z.optional(z.string()),
});

const macroFields = {
  date: calendarDate,
  sources: z.array(z.string()),
  lpr_1y: z.array(lprPointSchema).check(z.minLength(1), z.refine(sortedByDate, expected('sorted_by_date'))),
  events: z.array(macroEventSchema),
  stressed_sectors: z.array(stressedSectorSchema),
};

/** A complete snapshot: the bundled file, or one given with `--macro FILE`. */
export const macroSnapshotSchema = z.strictObject(macroFields);

/** A profile's `macro:` section: the user's own view, plus any snapshot key to replace. */
export const profileMacroSchema = z.strictObject({
  platform_contraction: z.optional(z.boolean()),
  date: z.optional(macroFields.date),
  sources: z.optional(macroFields.sources),
  lpr_1y: z.optional(macroFields.lpr_1y),
  events: z.optional(macroFields.events),
  stressed_sectors: z.optional(macroFields.stressed_sectors),
});

/* ---- the profile ---- */

export const profileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    as_of: z.optional(calendarDate),
    income: incomeSchema,
    credit: z.optional(creditSchema),
    credit_lines: z.optional(z.array(creditLineSchema).check(z.maxLength(1000))),
    debts: z.array(debtSchema).check(z.maxLength(1000)),
    spending: z.optional(spendingSchema),
    assets: z.optional(assetsSchema),
    employment: z.optional(employmentSchema),
    macro: z.optional(profileMacroSchema),
  })
  .check(recordCheck(checkUniqueDebtNames));

export type Profile = z.infer<typeof profileSchema>;
export type Debt = z.infer<typeof debtSchema>;
export type CreditLine = z.infer<typeof creditLineSchema>;
export type MacroSnapshot = z.infer<typeof macroSnapshotSchema>;
export type ProfileMacro = z.infer<typeof profileMacroSchema>;
export type DebtKind = (typeof DEBT_KINDS)[number];
export type RepaymentKind = (typeof ALL_REPAYMENT_KINDS)[number];
