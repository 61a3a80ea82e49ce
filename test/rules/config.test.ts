import { describe, expect, it } from 'vitest';
import { resolveRules, rulesConfigSchema } from '../../src/rules/config';
import { rules } from '../../src/rules/index';

const issues = (input: unknown) => rulesConfigSchema.safeParse(input).error?.issues ?? [];

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
