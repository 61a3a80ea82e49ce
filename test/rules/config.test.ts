import { describe, expect, it } from 'vitest';
import { resolveRules, rulesConfigSchema } from '../../src/rules/config';
import { rules } from '../../src/rules/index';
import { isWholeNumberKind, orderChains, orderViolations } from '../../src/rules/thresholds';

const issues = (input: unknown) => rulesConfigSchema.safeParse(input).error?.issues ?? [];

/**
 * The issues of one rule's thresholds, with paths from the document's root. zod reports them
 * directly, or inside the override union's object branch (with paths relative to it).
 */
const thresholdIssues = (id: string, thresholds: Record<string, unknown>) =>
  issues({ rules: { [id]: { thresholds } } }).flatMap((issue) =>
    issue.code === 'invalid_union' ? (issue.errors[1] ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })) : [issue],
  );

describe('rulesConfigSchema', () => {
  it('accepts the example of product.md', () => {
    const config = { rules: { 'credit/inquiries-frequent': { thresholds: { last_3m: 4 } }, 'macro/rate-cycle': 'off' } };
    expect(rulesConfigSchema.parse(config)).toEqual(config);
  });

  it('accepts every rule id with every one of its thresholds', () => {
    const all = Object.fromEntries(rules.map((rule) => [rule.id, { thresholds: { ...rule.thresholds } }]));
    expect(issues({ rules: all })).toEqual([]);
    expect(issues({ rules: Object.fromEntries(rules.map((rule) => [rule.id, 'off'])) })).toEqual([]);
    expect(issues({ rules: {} })).toEqual([]);
  });

  it('reports an unknown rule id as unrecognized_keys under rules', () => {
    expect(issues({ rules: { 'credit/inquires-frequent': 'off' } })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['credit/inquires-frequent'], path: ['rules'] },
    ]);
  });

  it('reports an unknown threshold name as unrecognized_keys under the rule\'s thresholds', () => {
    expect(issues({ rules: { 'credit/inquiries-frequent': { thresholds: { last_3mm: 4 } } } })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['last_3mm'], path: ['rules', 'credit/inquiries-frequent', 'thresholds'] },
    ]);
  });

  it('reports unknown keys at the top and in an override', () => {
    expect(issues({ rules: {}, rule: {} })).toMatchObject([{ code: 'unrecognized_keys', keys: ['rule'], path: [] }]);
    expect(issues({ rules: { 'macro/rate-cycle': { threshold: {} } } })).toMatchObject([
      { code: 'unrecognized_keys', keys: ['threshold'], path: ['rules', 'macro/rate-cycle'] },
    ]);
  });

  it('rejects a threshold that is not a number of at least 0, and a value other than off', () => {
    expect(issues({ rules: { 'debt/dti-high': { thresholds: { high: '50%' } } } })).not.toEqual([]);
    expect(issues({ rules: { 'debt/dti-high': { thresholds: { high: -0.5 } } } })).not.toEqual([]);
    expect(issues({ rules: { 'debt/dti-high': 'of' } })).toMatchObject([{ code: 'invalid_union', path: ['rules', 'debt/dti-high'] }]);
    expect(issues({})).toMatchObject([{ path: ['rules'] }]);
  });
});

describe('threshold bounds', () => {
  it('every rule declares a kind and a range for exactly its thresholds, and its defaults lie within them and keep its order', () => {
    for (const rule of rules) {
      expect(Object.keys(rule.bounds).sort(), rule.id).toEqual(Object.keys(rule.thresholds).sort());
      for (const [name, value] of Object.entries(rule.thresholds)) {
        const bound = rule.bounds[name]!;
        expect(bound.min, `${rule.id}.${name}`).toBeLessThanOrEqual(value);
        expect(value, `${rule.id}.${name}`).toBeLessThanOrEqual(bound.max);
        if (isWholeNumberKind(bound.kind)) expect(Number.isInteger(value), `${rule.id}.${name}`).toBe(true);
      }
      expect(orderViolations(rule, rule.thresholds), rule.id).toEqual([]);
    }
  });

  it('orders the levels of the rules that have them in the direction they get stricter', () => {
    const chains = (id: string) => orderChains(rules.find((rule) => rule.id === id)!);
    expect(chains('debt/dti-high')).toEqual([['low', 'medium', 'high', 'critical']]);
    // A lower score, or fewer months of cover, is worse: the worse level's line is the lower one.
    expect(chains('credit/sesame-low')).toEqual([['high', 'medium', 'low']]);
    expect(chains('spending/thin-buffer')).toEqual([['medium', 'low']]);
    expect(chains('credit/inquiries-frequent')).toEqual([['last_3m', 'last_3m_high', 'last_3m_critical']]);
  });

  it.each([
    // rule, threshold, at the bounds (accepted), just outside them (refused, with the issue code)
    ['debt/dti-high', 'low', [0, 0.36], [[-0.01, 'too_small']]],
    ['debt/dti-high', 'critical', [0.7, 5], [[5.01, 'too_big']]],
    ['credit/inquiries-frequent', 'last_1m', [1, 100], [[0, 'too_small'], [101, 'too_big'], [2.5, 'invalid_type']]],
    ['debt/regulatory-cap', 'cap_yuan', [0, 10_000_000, 0.01], [[-0.01, 'too_small'], [10_000_000.01, 'too_big'], [100.123, 'custom']]],
    ['spending/thin-buffer', 'low', [1, 60, 1.5], [[60.5, 'too_big']]],
  ] as const)('%s.%s: accepts %j, refuses %j', (id, name, accepted, refused) => {
    for (const value of accepted) expect(thresholdIssues(id, { [name]: value }), String(value)).toEqual([]);
    for (const [value, code] of refused) {
      expect(thresholdIssues(id, { [name]: value }), String(value)).toMatchObject([{ code, path: ['rules', id, 'thresholds', name] }]);
    }
  });
});

describe('threshold order', () => {
  const dti = (thresholds: Record<string, number>) => thresholdIssues('debt/dti-high', thresholds);

  it('accepts equal lines and any values that keep the order', () => {
    expect(dti({ medium: 0.5 })).toEqual([]);
    expect(dti({ medium: 0.6, high: 0.6, critical: 0.9 })).toEqual([]);
  });

  it('refuses a config that makes the medium line stricter than the high one, against the defaults it did not set', () => {
    expect(dti({ medium: 0.6 })).toMatchObject([
      {
        code: 'custom',
        path: ['rules', 'debt/dti-high', 'thresholds'],
        params: { expected: 'threshold_order', lower: 'medium', lowerValue: 0.6, lowerIsDefault: false, upper: 'high', upperValue: 0.5, upperIsDefault: true },
      },
    ]);
    expect(dti({ high: 0.8 })).toMatchObject([{ params: { lower: 'high', lowerValue: 0.8, upper: 'critical', upperValue: 0.7, upperIsDefault: true } }]);
    // Lines that go down: a Sesame score's high line (550) must not be above its medium line.
    expect(thresholdIssues('credit/sesame-low', { medium: 500 })).toMatchObject([{ params: { lower: 'high', lowerValue: 550, upper: 'medium', upperValue: 500 } }]);
  });

  it('says nothing of the order while a value is out of its range: that value\'s own issue is the one line', () => {
    expect(dti({ medium: 100 })).toMatchObject([{ code: 'too_big', path: ['rules', 'debt/dti-high', 'thresholds', 'medium'] }]);
    expect(dti({ medium: 100 })).toHaveLength(1);
  });
});

describe('resolveRules', () => {
  it('runs every rule with its defaults when there is no config', () => {
    const resolved = resolveRules();
    expect(resolved.map((r) => r.rule.id)).toEqual(rules.map((rule) => rule.id));
    expect(resolved.every((r) => JSON.stringify(r.thresholds) === JSON.stringify(r.rule.thresholds))).toBe(true);
  });

  it('drops rules turned off and merges thresholds over the defaults without touching them', () => {
    const resolved = resolveRules({ rules: { 'macro/rate-cycle': 'off', 'credit/inquiries-frequent': { thresholds: { last_3m: 4 } } } });
    expect(resolved.map((r) => r.rule.id)).not.toContain('macro/rate-cycle');
    const inquiries = resolved.find((r) => r.rule.id === 'credit/inquiries-frequent')!;
    expect(inquiries.thresholds).toEqual({ last_1m: 4, last_3m: 4, last_3m_high: 6, last_3m_critical: 10, last_6m: 8 });
    expect(inquiries.rule.thresholds.last_3m).toBe(5);
  });
});

describe('resolveRules across many profiles', () => {
  it('resolves one config once and a different config afresh', () => {
    const config = { rules: { 'credit/dormant': 'off' as const } };
    expect(resolveRules(config)).toBe(resolveRules(config));
    const other = { rules: { 'credit/dormant': { thresholds: {} } } };
    expect(resolveRules(other)).not.toBe(resolveRules(config));
    expect(resolveRules(other).map((r) => r.rule.id)).toContain('credit/dormant');
  });

  it('hands rules frozen thresholds, so one profile cannot change them for the next', () => {
    const [first] = resolveRules();
    expect(Object.isFrozen(first!.thresholds)).toBe(true);
  });
});
