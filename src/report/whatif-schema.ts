/**
 * The JSON document of `limit-audit whatif --json`, schemaVersion 1 (docs/whatif.md): the
 * baseline and each scenario, every side with the plan's figures under the report's names, its
 * score now and ahead, its findings and its review month. `limit-audit schema whatif` prints it as
 * a JSON Schema; the tests validate the command's output against it. Keys may be added within a
 * schema version, never removed or renamed. Money is yuan; rates are decimals; months YYYY-MM.
 */
import * as z from 'zod/mini';
import { SEVERITIES } from '../findings';
import { STRATEGIES } from '../plan/types';
import { areaScores, documentHeaderFields, findingSchema, month, planBudgetFields, planOutcomeFields, ratio, yuan } from './schema';

const grade = z.enum(['A', 'B', 'C', 'D', 'E']);
const score = z.int().check(z.gte(0), z.lte(100));
const count = z.int().check(z.gte(0));

export const whatifChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pay'), debt: z.string(), amount: yuan, text: z.string() }),
  z.object({ kind: z.literal('extra'), amount: yuan, text: z.string() }),
  z.object({ kind: z.literal('share'), share: ratio, text: z.string() }),
  z.object({ kind: z.literal('income'), amount: yuan, text: z.string() }),
  z.object({ kind: z.literal('spend'), amount: yuan, text: z.string() }),
  z.object({ kind: z.literal('close'), line: z.string(), text: z.string() }),
  z.object({
    kind: z.literal('refinance'),
    debts: z.array(z.string()).check(z.minLength(1)),
    apr: ratio,
    months: z.int().check(z.gte(1)),
    fee: yuan,
    text: z.string(),
  }),
  z.object({ kind: z.literal('strategy'), strategy: z.enum(STRATEGIES), text: z.string() }),
]);

const shiftSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  from: z.nullable(z.enum(SEVERITIES)),
  to: z.nullable(z.enum(SEVERITIES)),
});

export const whatifSideSchema = z.object({
  score: z.object({ value: score, grade, byArea: areaScores }),
  /** The score 3, 6 and 12 months on if the plan is followed; null where it cannot be projected. */
  outlook: z.array(
    z.object({
      months: z.int().check(z.gte(1)),
      month: z.nullable(month),
      score: z.nullable(z.object({ value: score, grade })),
    }),
  ),
  findings: z.array(findingSchema),
  summary: z.object({ critical: count, high: count, medium: count, low: count, info: count }),
  plan: z.object({
    ...planBudgetFields,
    /** Money a month beyond the share (`--extra`). */
    extra: yuan,
    ...planOutcomeFields,
  }),
  reviewMonth: z.nullable(month),
  /** With --target: the smallest extra amount a month (whole yuan) that makes this side debt-free by `month`; null without --target. */
  target: z.nullable(
    z.object({
      month,
      /** null: no amount up to `cap` does. */
      extra: z.nullable(yuan),
      /** The most that was tried: all of the living budget to debt too. */
      cap: yuan,
    }),
  ),
});

export const whatifScenarioSchema = z.object({
  name: z.string(),
  changes: z.array(whatifChangeSchema),
  /** What to know before making the change: savings it exceeds, a thin buffer left, utilisation that rises, the refinance loan's terms. */
  notes: z.array(
    z.object({
      kind: z.enum(['pay_exceeds_liquid', 'thin_buffer', 'utilisation_rises', 'line_has_balance', 'refinance', 'budget_above_income']),
      message: z.string(),
    }),
  ),
  ...whatifSideSchema.shape,
  effect: z.object({
    cleared: z.array(shiftSchema),
    raised: z.array(shiftSchema),
    eased: z.array(shiftSchema),
    worsened: z.array(shiftSchema),
    /** Baseline total interest − this scenario's (negative: it costs more). */
    interestSaved: yuan,
    /** Baseline months to debt-free − this scenario's; null when either is never debt-free. */
    monthsSaved: z.nullable(z.int()),
    scoreChange: z.int(),
    /** Months from this review month to the baseline's (positive: sooner); null when either has none within 36 months. */
    reviewMonthsSooner: z.nullable(z.int()),
  }),
});

export const whatifSchema = z.object({
  ...documentHeaderFields,
  baseline: whatifSideSchema,
  scenarios: z.array(whatifScenarioSchema),
});

export type WhatifJson = z.infer<typeof whatifSchema>;
export type WhatifSideJson = z.infer<typeof whatifSideSchema>;
export type WhatifScenarioJson = z.infer<typeof whatifScenarioSchema>;
export type WhatifChangeJson = z.infer<typeof whatifChangeSchema>;
