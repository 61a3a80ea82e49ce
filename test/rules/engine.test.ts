import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/engine';
import { rules } from '../../src/rules/index';
import type { Area, Severity } from '../../src/findings';
import type { AnyRule } from '../../src/rules/types';
import { defineRule } from '../../src/rules/types';
import { AS_OF, macro, plan, profile } from './helpers';

const text = (message: string, recommendation: string | Record<'a' | 'b', string> = 'do it') => ({
  title: 'T',
  summary: 'S',
  ladder: 'L',
  messages: { a: message, b: `B ${message}` },
  recommendation,
  rationale: 'R',
  thresholds: { line: 'the line' },
});

/** A rule for engine tests: raises `severity` (or several), echoing the thresholds it was given. */
function fakeRule(id: string, area: Area, severities: Severity[] | 'missing' | 'none', message = 'line {line}'): AnyRule {
  return defineRule({
    id,
    area,
    needs: ['x'],
    thresholds: { line: 5 },
    bounds: { line: { kind: 'count', min: 0, max: 100 } },
    basis: ['heuristic'],
    // Texts typed as plain strings, not literals: the compiler cannot see their placeholders, so
    // the run-time backstop (a placeholder without a value throws) is what these tests reach.
    text: { en: text(message), zh: text(`线${message}`) },
    sources: ['seed'],
    check: ({ thresholds, outcome }) => {
      if (severities === 'missing') return { missing: ['x.y'] };
      if (severities === 'none') return null;
      return severities.map((severity, i) =>
        outcome({ severity, messageId: i === 0 ? 'a' : 'b', data: { line: thresholds.line }, evidence: { line: thresholds.line, index: i } }),
      );
    },
  });
}

const run = (ruleList: readonly AnyRule[], config?: Parameters<typeof runRules>[0]['config']) =>
  runRules({ profile: profile(), asOf: AS_OF, macro: macro(), plan: plan(), lang: 'en', rules: ruleList, config });

describe('runRules', () => {
  it('sorts findings by severity, then area (credit, debt, spending, macro), then rule id', () => {
    const result = run([
      fakeRule('macro/z', 'macro', ['high']),
      fakeRule('credit/b', 'credit', ['medium']),
      fakeRule('spending/x', 'spending', ['high']),
      fakeRule('credit/a', 'credit', ['medium']),
      fakeRule('debt/y', 'debt', ['critical']),
      fakeRule('credit/c', 'credit', ['info']),
    ]);
    expect(result.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'critical debt/y',
      'high spending/x',
      'high macro/z',
      'medium credit/a',
      'medium credit/b',
      'info credit/c',
    ]);
  });

  it('keeps every outcome of a rule that returns several, each a finding', () => {
    const result = run([fakeRule('debt/two', 'debt', ['high', 'high'])]);
    expect(result.findings.map((f) => f.evidence.index)).toEqual([0, 1]);
    expect(result.findings.map((f) => f.message)).toEqual(['line 5', 'B line 5']);
  });

  it('lists rules that lack data as not evaluated, with their area, and never as findings', () => {
    const result = run([fakeRule('spending/m', 'spending', 'missing'), fakeRule('credit/n', 'credit', 'none')]);
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated).toEqual([{ ruleId: 'spending/m', area: 'spending', missing: ['x.y'] }]);
  });

  it('names the areas with a rule evaluated (found something or not) — the areas the score weighs', () => {
    const result = run([fakeRule('spending/m', 'spending', 'missing'), fakeRule('credit/n', 'credit', 'none'), fakeRule('macro/h', 'macro', ['high'])]);
    expect(result.evaluatedAreas).toEqual(['credit', 'macro']);
  });

  it('leaves out a rule the config turns off, even from not-evaluated', () => {
    const ruleList = [fakeRule('credit/a', 'credit', ['high']), fakeRule('credit/m', 'credit', 'missing')];
    const result = run(ruleList, { rules: { 'credit/a': 'off', 'credit/m': 'off' } });
    expect(result).toEqual({ findings: [], notEvaluated: [], evaluatedAreas: [] });
  });

  it('merges config thresholds over the defaults before the rule sees them', () => {
    expect(run([fakeRule('credit/a', 'credit', ['high'])]).findings[0]!.message).toBe('line 5');
    expect(run([fakeRule('credit/a', 'credit', ['high'])], { rules: { 'credit/a': { thresholds: { line: 7 } } } }).findings[0]!.evidence).toEqual({
      line: 7,
      index: 0,
    });
    expect(run([fakeRule('credit/a', 'credit', ['high'])], { rules: { 'credit/a': {} } }).findings[0]!.message).toBe('line 5');
  });

  it('refuses a config naming a rule or threshold it does not know (the schema should have caught it)', () => {
    expect(() => run([fakeRule('credit/a', 'credit', ['high'])], { rules: { 'credit/zz': 'off' } })).toThrow('unknown rule id credit/zz');
    expect(() => run([fakeRule('credit/a', 'credit', ['high'])], { rules: { 'credit/a': { thresholds: { lines: 1 } } } })).toThrow(
      'credit/a has no threshold lines',
    );
  });

  it('renders in the requested language, recommendation by message id when given per id', () => {
    const rule = defineRule({
      id: 'credit/r',
      area: 'credit',
      needs: [],
      thresholds: {},
      bounds: {},
      basis: ['heuristic'],
      text: {
        en: { ...text('{amount}', { a: 'pay {amount} now', b: 'never' }), thresholds: {} },
        zh: { ...text('{amount}', { a: '现在还{amount}', b: '从不' }), thresholds: {} },
      },
      sources: [],
      check: ({ outcome }) => outcome({ severity: 'low', messageId: 'a', data: { amount: { fen: 123_456 } }, evidence: {}, clearsBy: '2027-01' }),
    });
    const input = { profile: profile(), asOf: AS_OF, macro: macro(), plan: plan(), rules: [rule] };
    expect(runRules({ ...input, lang: 'en' }).findings[0]).toEqual({
      ruleId: 'credit/r',
      messageId: 'a',
      area: 'credit',
      severity: 'low',
      title: 'T',
      message: '¥1,234.56',
      evidence: {},
      recommendation: 'pay ¥1,234.56 now',
      clearsBy: '2027-01',
    });
    expect(runRules({ ...input, lang: 'zh' }).findings[0]!.recommendation).toBe('现在还1,234.56元');
  });

  it('throws on a placeholder without a value rather than printing a blank', () => {
    expect(() => run([fakeRule('credit/a', 'credit', ['high'], 'line {lnie}')])).toThrow('{lnie}');
  });
});

describe('runRules over the registry', () => {
  const minimal = () => runRules({ profile: profile(), asOf: AS_OF, macro: macro(), plan: plan(), lang: 'en' });

  it('accounts for every rule on a minimal profile: evaluated or not evaluated, never silently passed', () => {
    const { notEvaluated } = minimal();
    expect(notEvaluated.map((n) => n.ruleId)).toEqual([
      'credit/borrowing-frequent',
      'credit/dormant',
      'credit/inquiries-frequent',
      'credit/line-cut',
      'credit/line-exhausted',
      'credit/no-autopay',
      'credit/overdue-history',
      'credit/sesame-falling',
      'credit/sesame-low',
      'credit/unverified',
      'spending/income-volatile',
      'spending/large-purchases',
      'spending/lender-transfers',
      'spending/over-budget',
      'spending/spike',
      'spending/thin-buffer',
      'macro/platform-contraction',
      'macro/sector-stress',
    ]);
  });

  it('names only missing paths the rule declares in its needs', () => {
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    for (const { ruleId, missing } of minimal().notEvaluated) {
      const needs = byId.get(ruleId)!.needs;
      for (const path of missing) expect(needs.some((need) => path.replace(/\[\d+\]/g, '[]').startsWith(need))).toBe(true);
    }
  });

  it('runs on a minimal profile with only the environment to report', () => {
    expect(minimal().findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['low macro/regulatory-events', 'info macro/rate-cycle']);
  });
});
