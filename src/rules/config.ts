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
 * A value that is neither `off` nor an object, or a threshold that is not a number ≥ 0, comes back
 * as `invalid_union`; its second branch holds the object's own issues.
 */
import * as z from 'zod/mini';
import { rules as registry } from './index';
import type { AnyRule } from './types';

export { resolveRules, type ResolvedRule, type RulesConfigLike } from './resolve';

function overrideSchema(rule: AnyRule) {
  const thresholds = Object.fromEntries(Object.keys(rule.thresholds).map((name) => [name, z.optional(z.number().check(z.gte(0)))]));
  return z.optional(z.union([z.literal('off'), z.strictObject({ thresholds: z.optional(z.strictObject(thresholds)) })]));
}

/** The schema for a registry (the real one by default; tests may pass their own). */
export function buildRulesConfigSchema(rules: readonly AnyRule[] = registry) {
  const byId = Object.fromEntries(rules.map((rule) => [rule.id, overrideSchema(rule)]));
  return z.strictObject({ rules: z.strictObject(byId) });
}

export const rulesConfigSchema = buildRulesConfigSchema();

/** A parsed rules config; assignable to RulesConfigLike, which the engine takes. */
export type RulesConfigInput = z.infer<typeof rulesConfigSchema>;
