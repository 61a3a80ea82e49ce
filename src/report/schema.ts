/**
 * The JSON report, schemaVersion 1 (product.md, "The JSON report"): the contract scripts rely on.
 * The TypeScript type, `limit-audit schema report` and the tests' validation all come from this
 * one schema. Keys may be added within a schema version, never removed or renamed.
 * Money is yuan with at most 2 decimals; months are YYYY-MM.
 */
import * as z from 'zod/mini';
import { LANGS } from '../i18n/lang';
import { AREAS, SEVERITIES } from '../findings';
import { QUOTED_BASES } from '../plan/apr';
import { STRATEGIES } from '../plan/types';
import { has2Decimals } from '../profile/values';

/** Yuan with at most 2 decimals (the same test as the profile's money, exact at every size). */
export const yuan = z.number().check(z.refine((n) => Number.isFinite(n) && has2Decimals(n)));
export const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const date = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
export const ratio = z.number().check(z.refine(Number.isFinite));
const yuanByDebt = z.record(z.string(), yuan);

export const findingSchema = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  area: z.enum(AREAS),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  recommendation: z.string(),
  clearsBy: z.optional(z.union([month, date])),
  belowMediumBy: z.optional(z.union([month, date])),
});

/** A rule that could not run, and the profile fields it lacks. */
export const notEvaluatedSchema = z.object({
  ruleId: z.string(),
  area: z.enum(AREAS),
  missing: z.array(z.string()).check(z.minLength(1)),
  /** When the field is there but too short: how many items the rule needs and how many it found. */
  reason: z.optional(
    z.object({
      kind: z.literal('too_short'),
      needs: z.int().check(z.gte(1)),
      has: z.int().check(z.gte(0)),
      unit: z.enum(['months', 'scores']),
      withinMonths: z.optional(z.int().check(z.gte(1))),
    }),
  ),
  /** The reason in words ("needs 6 months, has 3"), in the report's language; with `reason` only. */
  detail: z.optional(z.string()),
});

export const planWarningSchema = z.object({
  kind: z.enum(['required_exceeds_budget', 'interest_not_covered', 'horizon_reached', 'infeasible']),
  month: z.optional(month),
  debt: z.optional(z.string()),
  amount: z.optional(yuan),
  /**
   * horizon_reached only: what ended the plan with a balance left,
   * `months` (the 600-month horizon) or `calendar` (the last month limit-audit names, 2999-12: the
   * audit date is that close to the end of its dates; `month` is then 2999-12).
   */
  horizon: z.optional(z.enum(['months', 'calendar'])),
  message: z.string(),
});

/** The plan's budget and first month (assemble.ts, budgetFigures; `whatif` shows them too). */
export const planBudgetFields = {
  strategy: z.enum(STRATEGIES),
  share: ratio,
  monthlyBudget: yuan,
  livingBudget: yuan,
  feasible: z.boolean(),
  requiredShare: z.nullable(ratio),
  firstMonthRequired: yuan,
};

/** Where the plan ends (assemble.ts, outcomeFigures). */
export const planOutcomeFields = {
  payable: z.boolean(),
  months: z.nullable(z.int().check(z.gte(0))),
  debtFreeBy: z.nullable(month),
  totalInterest: yuan,
  totalPaid: yuan,
  remaining: yuan,
};

export const planSchema = z.object({
  ...planBudgetFields,
  warnings: z.array(planWarningSchema),
  ...planOutcomeFields,
  order: z.array(z.object({ debt: z.string(), paidOffMonth: z.nullable(month) })),
  comparison: z.array(
    z.object({
      strategy: z.enum(STRATEGIES),
      payable: z.boolean(),
      months: z.nullable(z.int().check(z.gte(0))),
      totalInterest: yuan,
      lendersAtMost2By: z.nullable(month),
    }),
  ),
  milestones: z.object({ dtiBelow50: z.nullable(month), dtiBelow36: z.nullable(month) }),
  /** The monthly net income the plan splits. */
  income: yuan,
  /** Months whose required payments are more than the whole income; null when income covers every month. */
  incomeShortfall: z.nullable(
    z.object({ firstMonth: yuan, largest: yuan, largestMonth: month, months: z.int().check(z.gte(1)) }),
  ),
  /** The first month with money beyond the required payments for the strategy to place; null when none has (every strategy then gives this same plan). */
  extraFrom: z.nullable(month),
  living: z.object({
    budget: yuan,
    recentSpending: z.nullable(yuan),
    monthsUsed: z.int().check(z.gte(0)),
    fits: z.nullable(z.boolean()),
  }),
  schedule: z.array(
    z.object({
      month,
      payments: yuanByDebt,
      interest: yuanByDebt,
      balances: yuanByDebt,
    }),
  ),
});

/** A debt's price as the profile quotes it and as it truly is: rates as decimals, 8 decimals. */
export const debtRateSchema = z.object({
  name: z.string(),
  /** The figure as the profile gives it, in its own basis: a yearly rate, a daily rate, or a fee per period. */
  quotedRate: ratio,
  quotedBasis: z.enum(QUOTED_BASES),
  /** What the quoted figure suggests a year: apr, daily_rate × 365, or 12 × fee_rate. */
  quotedApr: ratio,
  /** The monthly IRR of the debt's payments (fees counted). */
  monthlyRate: ratio,
  /** 12 × monthlyRate: the true APR, as lenders must disclose it. */
  apr: ratio,
  /** (1 + monthlyRate)^12 − 1. */
  ear: ratio,
  /** Present when the rate is the product's typical one, not the person's own (profile `rate_estimated`). */
  rateEstimated: z.optional(z.literal(true)),
});

export const areaScores = z.object({
  credit: z.int().check(z.gte(0), z.lte(100)),
  debt: z.int().check(z.gte(0), z.lte(100)),
  spending: z.int().check(z.gte(0), z.lte(100)),
  macro: z.int().check(z.gte(0), z.lte(100)),
});

/** What every document limit-audit prints opens with (header.ts): the report, the roadmap, `whatif --json`. */
export const documentHeaderFields = {
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('limit-audit'), version: z.string() }),
  source: z.string(),
  asOf: date,
  lang: z.enum(LANGS),
  macroSnapshot: z.object({ date, source: z.string() }),
};

export const reportSchema = z.object({
  ...documentHeaderFields,
  score: z.object({
    value: z.int().check(z.gte(0), z.lte(100)),
    grade: z.enum(['A', 'B', 'C', 'D', 'E']),
    byArea: areaScores,
    /** Says in the report's language how the score is computed, and that it is a transparent heuristic, not any platform's model. */
    note: z.string(),
    /** The formula: `areas-v2` (product.md, "The score"). */
    method: z.literal('areas-v2'),
    /** Each area's weight in `value`, renormalised over the areas with a rule evaluated (0 for the others). */
    weights: z.object({ credit: ratio, debt: ratio, spending: ratio, macro: ratio }),
  }),
  /**
   * The first month-end, within 36 months, with no credit or debt finding of medium or above left
   * if the plan is followed and nothing new happens (docs/roadmap.md); null when none comes.
   */
  reviewMonth: z.nullable(month),
  findings: z.array(findingSchema),
  notEvaluated: z.array(notEvaluatedSchema),
  summary: z.object({
    critical: z.int().check(z.gte(0)),
    high: z.int().check(z.gte(0)),
    medium: z.int().check(z.gte(0)),
    low: z.int().check(z.gte(0)),
    info: z.int().check(z.gte(0)),
  }),
  /** Every debt, in the profile's order (also with --no-plan). */
  debts: z.array(debtRateSchema),
  /** null with --no-plan. */
  plan: z.nullable(planSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type PlanJson = z.infer<typeof planSchema>;
export type PlanWarningJson = z.infer<typeof planWarningSchema>;
export type DebtRateJson = z.infer<typeof debtRateSchema>;
