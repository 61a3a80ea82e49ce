/**
 * The rules config (`--config FILE`, YAML), validated like a profile:
 *
 *   rules:
 *     credit/inquiries-frequent: { thresholds: { last_3m: 4 } }
 *     macro/rate-cycle: off
 *
 * The schema is built from the registry, so the rule ids and each rule's threshold names are the
 * only keys it accepts: a typo is a zod `unrecognized_keys` issue at its path (`rules` for a rule
 * id, `rules.<id>.thresholds` for a threshold name), which the loader turns into "did you mean".
 * Each threshold takes the values its rule declares (`bounds`: whole numbers for counts and days,
 * yuan with 2 decimals for money, within its range), and once the config's values are merged over
 * the defaults they must keep the rule's `order` (a medium line no stricter than the high one): a
 * broken order is a custom issue at `rules.<id>.thresholds` with `params.expected`
 * 'threshold_order', which the loader words in the user's language. A value that is neither `off`
 * nor an object comes back as `invalid_union`; its second branch holds the object's own issues.
 */
import * as z from 'zod/mini';
import { has2Decimals, type IssueSink } from '../profile/values';
import { keepRecordFunction } from '../profile/zod-internals';
import { rules as registry } from './index';
import { isWholeNumberKind, orderViolations, type OrderViolation } from './thresholds';
import type { AnyRule, ThresholdBound, Thresholds } from './types';

export { resolveRules, type ResolvedRule, type RulesConfigLike } from './resolve';

/** The params of a broken-order issue: the two thresholds, their values, and which of them are the defaults. */
export interface ThresholdOrderParams extends OrderViolation {
  expected: 'threshold_order';
  lowerIsDefault: boolean;
  upperIsDefault: boolean;
}

function valueSchema(bound: ThresholdBound) {
  const range = [z.gte(bound.min), z.lte(bound.max)] as const;
  if (bound.kind === 'money') return z.number().check(...range, z.refine(has2Decimals, { params: { expected: 'money_decimals' } }));
  return (isWholeNumberKind(bound.kind) ? z.int() : z.number()).check(...range);
}

function thresholdsSchema(rule: AnyRule) {
  const names = Object.keys(rule.thresholds);
  const shape = Object.fromEntries(names.map((name) => [name, z.optional(valueSchema(rule.bounds[name]!))]));
  const order = (given: Partial<Thresholds>, sink: IssueSink) => {
    const merged: Thresholds = { ...rule.thresholds };
    for (const [name, value] of Object.entries(given)) if (value !== undefined) merged[name] = value;
    for (const violation of orderViolations(rule, merged)) {
      const params: ThresholdOrderParams = {
        expected: 'threshold_order',
        ...violation,
        lowerIsDefault: given[violation.lower] === undefined,
        upperIsDefault: given[violation.upper] === undefined,
      };
      const message = `${violation.lower} (${violation.lowerValue}) must not be above ${violation.upper} (${violation.upperValue})`;
      sink.issues.push({ code: 'custom', input: given, path: [], message, params });
    }
  };
  // The order speaks of valid values: a value out of its range has its own issue, and only that.
  // Its function is kept on the check (keepRecordFunction), as every record-level check's is.
  const check = z.superRefine<Partial<Thresholds>>((given, ctx) => order(given, ctx), { when: (payload) => payload.issues.length === 0 });
  return z.strictObject(shape).check(keepRecordFunction(check, order as (value: never, sink: IssueSink) => void));
}

function overrideSchema(rule: AnyRule) {
  return z.optional(z.union([z.literal('off'), z.strictObject({ thresholds: z.optional(thresholdsSchema(rule)) })]));
}

/** The schema for a registry (the real one by default; tests may pass their own). */
export function buildRulesConfigSchema(rules: readonly AnyRule[] = registry) {
  const byId = Object.fromEntries(rules.map((rule) => [rule.id, overrideSchema(rule)]));
  return z.strictObject({ rules: z.strictObject(byId) });
}

export const rulesConfigSchema = buildRulesConfigSchema();

/** A parsed rules config; assignable to RulesConfigLike, which the engine takes. */
export type RulesConfigInput = z.infer<typeof rulesConfigSchema>;
