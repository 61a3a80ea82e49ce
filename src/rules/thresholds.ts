/**
 * A rule's thresholds as a config sees them: each one's kind and range (`bounds`), and the order
 * the rule's levels keep (`order`). The config schema checks both (config.ts); `rules <id>` and
 * docs/rules.md show them. Pure.
 */
import type { AnyRule, ThresholdBound, ThresholdKind, Thresholds } from './types';

/** Kinds whose values are whole numbers. */
const WHOLE: ReadonlySet<ThresholdKind> = new Set(['count', 'days']);

export function isWholeNumberKind(kind: ThresholdKind): boolean {
  return WHOLE.has(kind);
}

/** `'medium <= high'` as its two names. */
export interface OrderRelation {
  lower: string;
  upper: string;
}

export function orderRelations(rule: Pick<AnyRule, 'order'>): OrderRelation[] {
  return (rule.order ?? []).map((relation) => {
    const [lower, upper] = relation.split(' <= ') as [string, string];
    return { lower, upper };
  });
}

/** An order relation a set of values breaks, with the values. */
export interface OrderViolation extends OrderRelation {
  lowerValue: number;
  upperValue: number;
}

/** The relations `values` (a config merged over the defaults) break, in the rule's order. */
export function orderViolations(rule: Pick<AnyRule, 'order'>, values: Readonly<Thresholds>): OrderViolation[] {
  return orderRelations(rule)
    .map(({ lower, upper }) => ({ lower, upper, lowerValue: values[lower]!, upperValue: values[upper]! }))
    .filter((relation) => relation.lowerValue > relation.upperValue);
}

/**
 * The relations as chains where they link: ['low <= medium', 'medium <= high'] → [['low', 'medium',
 * 'high']]. Each chain is a list of names in ascending order.
 */
export function orderChains(rule: Pick<AnyRule, 'order'>): string[][] {
  const chains: string[][] = [];
  for (const { lower, upper } of orderRelations(rule)) {
    const chain = chains.find((c) => c[c.length - 1] === lower);
    if (chain) chain.push(upper);
    else chains.push([lower, upper]);
  }
  return chains;
}

/** "0.01–5": a bound's range as a config author writes the numbers. */
export function formatRange(bound: ThresholdBound): string {
  return `${bound.min}–${bound.max}`;
}
