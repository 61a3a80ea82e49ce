/**
 * The rule contract at run time: a well-formed rule renders, the placeholder backstop still throws,
 * and the values the engine formats (fragments, plurals, lists, shared phrases) come out per
 * language. The compile-time side — a misspelt placeholder or a missing data key does not compile —
 * is test/rules/types.test-d.ts, checked by `npx tsc --noEmit -p .`.
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, formatValue } from '../../src/i18n/template';
import { renderOutcome } from '../../src/rules/engine';
import { defineRule } from '../../src/rules/types';
import { audit, profile, RULE_STUB, TEXT_STUB as en, ZH_TEXT_STUB as zh } from './helpers';

/** A well-formed rule: income above the line, with a fragment and a plural. */
const good = defineRule({
  ...RULE_STUB,
  thresholds: { line: 5_000 },
  bounds: { line: { kind: 'money', min: 0, max: 1_000_000 } },
  text: {
    en: {
      ...en,
      messages: { above: 'Income {income} is above {line} ({months}).' },
      recommendation: 'Keep {line} in mind.',
      fragments: { months: { one: '{count} month', other: '{count} months' } },
    },
    zh: { ...zh, messages: { above: '收入{income}高于{line}（{months}）。' }, recommendation: '记住{line}。', fragments: { months: '{count}个月' } },
  },
  check: ({ profile: p, thresholds: t, outcome }) =>
    p.income.monthly > t.line
      ? outcome({
          severity: 'low',
          messageId: 'above',
          data: { income: { fen: p.income.monthly * 100 }, line: { fen: t.line * 100 }, months: { fragment: 'months', data: { count: 1 } } },
          evidence: {},
        })
      : null,
});

describe('a rule defined through the typed contract', () => {
  it('accepts a well-formed rule and renders it', () => {
    const result = audit(good, { profile: profile({ income: { monthly: 10_000 } }) });
    expect(result.only().message).toBe('Income ¥10,000.00 is above ¥5,000.00 (1 month).');
    expect(result.zh[0]!.message).toBe('收入10,000.00元高于5,000.00元（1个月）。');
  });
});

describe('the run-time backstop and the values the engine formats', () => {
  it('still throws on a placeholder without a value (a text typed as a plain string escapes the compiler)', () => {
    const template: string = 'line {lnie}';
    expect(() => fillTemplate(template, { line: 1 }, 'en')).toThrow('message placeholder {lnie} has no value');
  });

  it('fills a rule\'s fragment in the report\'s language, and throws on a fragment the language lacks', () => {
    const fragments = { item: '{name} ({amount})' };
    expect(formatValue({ fragment: 'item', data: { name: '借呗', amount: { fen: 150_000 } } }, 'en', fragments)).toBe('借呗 (¥1,500.00)');
    expect(() => formatValue({ fragment: 'itme' }, 'zh', fragments)).toThrow('message fragment itme does not exist in zh');
  });

  it('chooses an English plural by count', () => {
    const draws = { one: '{count} draw', other: '{count} draws' };
    expect([0, 1, 2].map((count) => fillTemplate(draws, { count }, 'en'))).toEqual(['0 draws', '1 draw', '2 draws']);
    expect(() => fillTemplate(draws, {}, 'en')).toThrow('a plural template needs a number {count}');
  });

  it('joins lists and fills shared phrases per language', () => {
    const list = { list: ['借呗', { phrase: 'name_value', data: { name: '花呗', value: { fen: 100 } } }] } as const;
    expect(formatValue(list, 'en')).toBe('借呗, 花呗 ¥1.00');
    expect(formatValue(list, 'zh')).toBe('借呗、花呗 1.00元');
    expect(formatValue({ list: ['a, b', 'c'], join: 'semicolon' }, 'zh')).toBe('a, b；c');
    expect(formatValue({ phrase: 'none_recorded' }, 'zh')).toBe('无记录');
  });

  it('renders every outcome of a rule with its own fragments', () => {
    const outcome = { severity: 'low' as const, messageId: 'above', data: { income: 1, line: 2, months: { fragment: 'months', data: { count: 3 } } }, evidence: {} };
    expect(renderOutcome(good, outcome, 'zh').message).toBe('收入1高于2（3个月）。');
    expect(renderOutcome(good, outcome, 'en').message).toBe('Income 1 is above 2 (3 months).');
  });
});
