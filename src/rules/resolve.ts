/**
 * Applying a rules config (`--config FILE`): which rules run, with which thresholds. Kept apart
 * from the zod schema (config.ts) so the engine never builds the schema it does not need.
 */
import { rules as registry } from './index';
import type { AnyRule, Thresholds } from './types';

/** A rules config as the schema parses it or as code builds it (RulesConfig fits). */
export interface RulesConfigLike {
  rules?: Record<string, 'off' | { thresholds?: Record<string, number | undefined> | undefined } | undefined> | undefined;
}

export interface ResolvedRule {
  rule: AnyRule;
  /** The rule's defaults with the config's thresholds merged over them (frozen: results are shared). */
  thresholds: Readonly<Thresholds>;
}

/**
 * The rules to run, in registry order: rules turned `off` are left out, thresholds merged over the
 * defaults (typescript-eslint's createRule: user options over defaults before the rule sees them).
 * An unknown rule id or threshold name is a programming error here, since the schema rejects
 * them with a suggestion first: it throws rather than silently ignoring a user's setting.
 */
export function resolveRules(config?: RulesConfigLike, rules: readonly AnyRule[] = registry): readonly ResolvedRule[] {
  // A folder of profiles runs with one config: resolve it once (the result is never mutated).
  if (last !== undefined && last.config === config && last.rules === rules) return last.resolved;
  const resolved = resolve(config, rules);
  last = { config, rules, resolved };
  return resolved;
}

let last: { config: RulesConfigLike | undefined; rules: readonly AnyRule[]; resolved: readonly ResolvedRule[] } | undefined;

function resolve(config: RulesConfigLike | undefined, rules: readonly AnyRule[]): ResolvedRule[] {
  const overrides = config?.rules ?? {};
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const [id, override] of Object.entries(overrides)) {
    const rule = byId.get(id);
    if (rule === undefined) throw new RangeError(`rules config: unknown rule id ${id}`);
    if (override !== undefined && override !== 'off') {
      for (const name of Object.keys(override.thresholds ?? {})) {
        if (!Object.hasOwn(rule.thresholds, name)) throw new RangeError(`rules config: ${id} has no threshold ${name}`);
      }
    }
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override === 'off') continue;
    const thresholds: Thresholds = { ...rule.thresholds };
    for (const [name, value] of Object.entries(override?.thresholds ?? {})) {
      if (value !== undefined) thresholds[name] = value;
    }
    resolved.push({ rule, thresholds: Object.freeze(thresholds) });
  }
  return resolved;
}
