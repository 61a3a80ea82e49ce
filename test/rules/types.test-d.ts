/**
 * Type-level tests of the rule contract, checked by `npx tsc --noEmit -p .` (tsconfig includes
 * below it compiles, so each proves that a mistake in a rule — a placeholder misspelt in a text, a
 * data key missing or extra, zh and en disagreeing, a threshold without bounds — is a compile
 * error, not a runtime throw. test/rules/contract.test.ts holds the run-time side.
 */
import { defineRule } from '../../src/rules/types';
import { RULE_STUB, TEXT_STUB as en, ZH_TEXT_STUB as zh } from './helpers';

/** The parts of a rule these cases do not vary: one threshold, `line`. */
const common = { ...RULE_STUB, thresholds: { line: 1 }, bounds: { line: { kind: 'count', min: 1, max: 9 } } } as const;

// Refuses a placeholder misspelt in a text: the data no longer fits it.
defineRule({
  ...common,
  text: { en: { ...en, messages: { over: 'Over {lin}.' }, recommendation: 'Go.' }, zh: { ...zh, messages: { over: '超过{lin}。' }, recommendation: '走。' } },
  check: ({ thresholds: t, outcome }) =>
    // @ts-expect-error — `line` is not a placeholder of 'Over {lin}.', and `lin` has no value
    outcome({ severity: 'low', messageId: 'over', data: { line: t.line }, evidence: {} }),
});

// Refuses zh and en templates of one message naming different placeholders.
defineRule({
  ...common,
  text: {
    en: { ...en, messages: { over: 'Over {line}.' }, recommendation: 'Go.' },
    // @ts-expect-error — zh names {lin}, en {line}
    zh: { ...zh, messages: { over: '超过{lin}。' }, recommendation: '走。' },
  },
  check: ({ thresholds: t, outcome }) => outcome({ severity: 'low', messageId: 'over', data: { line: t.line }, evidence: {} }),
});

// Refuses data missing a placeholder of the message or of its recommendation, or holding one too many.
defineRule({
  ...common,
  text: {
    en: { ...en, messages: { over: 'Over {line}.', under: 'Under.' }, recommendation: { over: 'Stay under {top}.', under: 'Fine.' } },
    zh: { ...zh, messages: { over: '超过{line}。', under: '低于。' }, recommendation: { over: '保持在{top}以下。', under: '好。' } },
  },
  check: ({ thresholds: t, outcome }) => {
    if (t.line > 3) {
      // @ts-expect-error — the recommendation's {top} has no value
      return outcome({ severity: 'low', messageId: 'over', data: { line: t.line }, evidence: {} });
    }
    if (t.line > 2) {
      // @ts-expect-error — `extra` is no placeholder of 'over'
      return outcome({ severity: 'low', messageId: 'over', data: { line: t.line, top: 1, extra: 2 }, evidence: {} });
    }
    // @ts-expect-error — 'under' has no placeholders, so no data
    if (t.line > 1) return outcome({ severity: 'low', messageId: 'under', data: { line: 1 }, evidence: {} });
    // @ts-expect-error — no such message id
    return outcome({ severity: 'low', messageId: 'overr', data: {}, evidence: {} });
  },
});

// Refuses a fragment id or fragment data that its template does not name.
defineRule({
  ...common,
  thresholds: {},
  bounds: {},
  text: {
    en: { ...en, thresholds: {}, messages: { list: 'Items: {items}.' }, recommendation: 'Go.', fragments: { item: '{name} ({amount})' } },
    zh: { ...zh, thresholds: {}, messages: { list: '项目：{items}。' }, recommendation: '走。', fragments: { item: '{name}（{amount}）' } },
  },
  check: ({ outcome }) => [
    // @ts-expect-error — no fragment `itme`
    outcome({ severity: 'low', messageId: 'list', data: { items: { list: [{ fragment: 'itme', data: { name: 'a', amount: 1 } }] } }, evidence: {} }),
    // @ts-expect-error — the fragment's {amount} has no value
    outcome({ severity: 'low', messageId: 'list', data: { items: { list: [{ fragment: 'item', data: { name: 'a' } }] } }, evidence: {} }),
  ],
});

// Refuses texts that lack a message in one language or describe a threshold the rule lacks.
defineRule({
  ...common,
  text: {
    // @ts-expect-error — `lines` is not a threshold
    en: { ...en, thresholds: { line: 'the line', lines: 'the lines' }, messages: { a: 'A.', b: 'B.' }, recommendation: 'Go.' },
    // @ts-expect-error — zh has no message `b`
    zh: { ...zh, messages: { a: '甲。' }, recommendation: '走。' },
  },
  check: () => null,
});

// Refuses a threshold without bounds, and an order naming a threshold the rule lacks.
defineRule({
  ...common,
  thresholds: { medium: 1, high: 2 },
  // @ts-expect-error — `high` has no bounds
  bounds: { medium: { kind: 'count', min: 1, max: 9 } },
  // @ts-expect-error — there is no threshold `hihg`
  order: ['medium <= hihg'],
  text: { en: { ...en, thresholds: { medium: 'm', high: 'h' }, messages: { a: 'A.' }, recommendation: 'Go.' }, zh: { ...zh, thresholds: { medium: 'm', high: 'h' }, messages: { a: '甲。' }, recommendation: '走。' } },
  check: () => null,
});
