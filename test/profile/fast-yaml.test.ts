/**
 * The fast YAML reader (src/profile/fast-yaml.ts) either gives up or reads a document exactly as the
 * precise path's `yaml` library does — on every bundled document, on named edge cases, and on
 * generated documents: profiles written by `yaml` in several styles, and YAML-ish soups.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { parseFastYaml } from '../../src/profile/fast-yaml';
import { YAML_CORE } from '../../src/profile/precise';
import { profileArb, yamlSoupArb, splicedProfileArb } from '../reliability/arbitraries';

/** What the precise path reads (with its YAML options), or undefined when it reports any error (the fast reader must then give up). */
function precise(text: string): unknown {
  const doc = parseDocument(text, { ...YAML_CORE, strict: true, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return undefined;
  return doc.toJS({ maxAliasCount: 100 });
}

/** The one promise: no answer, or the precise path's answer. */
function agrees(text: string): void {
  const fast = parseFastYaml(text);
  if (fast === undefined) return;
  expect(precise(text), text).toEqual(fast);
}

const documents = [
  ...readdirSync('profiles').map((f) => `profiles/${f}`),
  'src/profile/example.yaml',
  'src/macro/snapshot.yaml',
  'test/fixtures/minimal.yaml',
];

describe('every bundled document is read on the fast path, as the precise path reads it', () => {
  for (const file of documents) {
    it(file, () => {
      const text = readFileSync(file, 'utf8');
      const fast = parseFastYaml(text);
      expect(fast).toBeDefined();
      expect(fast).toEqual(precise(text));
    });
  }
});

describe('scalars resolve as in the YAML 1.2 core schema', () => {
  const cases: [string, unknown][] = [
    ['a: 18000', { a: 18000 }],
    ['a: -12.5', { a: -12.5 }],
    ['a: 0.1825', { a: 0.1825 }],
    ['a: 2026-11-01', { a: '2026-11-01' }],
    ['a: 2026-05', { a: '2026-05' }],
    ['a: yes', { a: 'yes' }],
    ['a: on', { a: 'on' }],
    ['a: True', { a: true }],
    ['a: FALSE', { a: false }],
    ['a: ~', { a: null }],
    ['a:', { a: null }],
    ['a: NULL', { a: null }],
    ['a: 借呗', { a: '借呗' }],
    ["a: 'it''s'", { a: "it's" }],
    ['a: "双引号"', { a: '双引号' }],
    ['a: b#c', { a: 'b#c' }],
    ['a: b # comment', { a: 'b' }],
    ['a: http://x.y/z', { a: 'http://x.y/z' }],
    ['a: 12,000', { a: '12,000' }],
    ['a: ¥500', { a: '¥500' }],
    ['a: [1, x, "y", [], {}]', { a: [1, 'x', 'y', [], {}] }],
    ['a: { b: 1, c: [2, 3] }', { a: { b: 1, c: [2, 3] } }],
    ['---\na: 1', { a: 1 }],
    ['a:\n- 1\n- 2\nb: 3', { a: [1, 2], b: 3 }],
    ['a:\n  - x: 1\n    y: 2\n  -\n    z: 3\n  -', { a: [{ x: 1, y: 2 }, { z: 3 }, null] }],
    ['a: 1\r\nb: 2\r\n', { a: 1, b: 2 }],
  ];
  for (const [text, value] of cases) {
    it(JSON.stringify(text), () => {
      expect(parseFastYaml(text)).toEqual(value);
      expect(precise(text)).toEqual(value);
    });
  }
});

describe('anything outside the subset is left to the precise path', () => {
  const outside = [
    'a: &x 1\nb: *x', // anchors and aliases
    'a: !!js/function "x"', // tags
    'a: |\n  text', // block scalars
    'a: >-\n  text',
    'a: one\n  two', // a multi-line plain scalar
    'a: [1,\n  2]', // a multi-line flow collection
    'a: "x\\ny"', // escapes
    'a:\t1', // tabs
    'a: 1\na: 2', // duplicate keys
    '__proto__: { polluted: true }\na: 1',
    'a: { __proto__: 1 }',
    'true: 1', // a key that is not a string
    'null: 1',
    '1: 1',
    '"quoted key": 1',
    'a: 0x1F', // numbers written other ways
    'a: 0o17',
    'a: 1e3',
    'a: +12',
    'a: .inf',
    'a: .nan',
    'a: 1.',
    'a: 1234567890123456789',
    'a: b: c', // a mapping inside a compact value
    'a: b:',
    '- - x', // compact nested sequences
    '%YAML 1.2\n---\na: 1', // directives
    '%YAML 1.1\n---\na: 1',
    '%TAG ! tag:x,2000:\n---\na: 1',
    'a: 1\n---\nb: 2', // several documents
    'a: 1\n...',
    '  a: 1\n b: 2', // indentation no block has
    'a: {b:1}',
    'a: [x, ]',
    'a: "x # y"',
    'a: 1\u2028b: 2',
    'a: 1\rb: 2',
    '',
    '# only a comment',
    `a: ${'['.repeat(70)}${']'.repeat(70)}`,
    `${'a'.repeat(1025)}: 1`, // implicit keys end within 1024 characters (found by review)
    `a${' '.repeat(1024)}: 1`,
    `- ${'a'.repeat(1030)}: 1`,
    `x:\n  ${'a'.repeat(1030)}:\n    y: 1`,
  ];
  for (const text of outside) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(parseFastYaml(text)).toBeUndefined();
    });
  }
  it('deep block nesting gives up before any recursion limit', () => {
    const deep = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(parseFastYaml(deep)).toBeUndefined();
    expect(parseFastYaml(`${'- '.repeat(100_000)}x`)).toBeUndefined();
  });
});

describe('generated documents', () => {
  const styles: { name: string; options: Exclude<Parameters<typeof stringify>[2], string | number | undefined> }[] = [
    { name: 'block', options: {} },
    { name: 'indent 4, sequences not indented', options: { indent: 4, indentSeq: false } },
    { name: 'flow below the top', options: { collectionStyle: 'flow', lineWidth: 0 } },
    { name: 'quoted', options: { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' } },
  ];
  for (const { name, options } of styles) {
    it(`profiles written ${name}: read back exactly, or left to the precise path`, () => {
      fc.assert(
        fc.property(profileArb(), (profile) => agrees(stringify(profile, null, options))),
        { numRuns: 150 },
      );
    });
  }
  it('YAML-ish soups and profiles with a fragment spliced in: never a different answer', () => {
    fc.assert(fc.property(fc.oneof(yamlSoupArb, splicedProfileArb), agrees), { numRuns: 3000 });
  });
  it('random block structure (indentation, items, keys, values): never a different answer', () => {
    const key = fc.constantFrom('a', 'b', 'version', 'debts', 'name', 'x.y', 'true', 'null', '__proto__', 'k-1', '"q"', 'a b');
    const value = fc.constantFrom(
      '', '1', '-2.5', '0', '007', '1e3', '2026-11-01', 'yes', 'true', '~', 'null', '借呗', "'s'", '"d"', '[1, 2]', '{ a: 1 }', '{a: 1}',
      '[]', '{}', 'x # c', '# c', '|', '&a 1', '*a', '!t x', 'a: b', 'a:', '- x', 'x:y', '[x, ]', '{ a: [1, { b: 2 }] }', "'it''s'",
    );
    const line = fc
      .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '- ', '-', '-  '), fc.oneof(key.map((k) => `${k}:`), fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), value))
      .map(([indent, item, rest]) => `${' '.repeat(indent)}${item}${rest}`);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => agrees(lines.join('\n'))), { numRuns: 3000 });
  });
  it('any text: never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        parseFastYaml(text);
      }),
      { numRuns: 1000 },
    );
  });
});
