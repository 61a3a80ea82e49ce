/**
 * The adapter over zod's internals (src/profile/zod-internals.ts) reads, from the pinned zod, every
 * kind of schema and check the project's schemas are built from — and says so loudly when what it
 * finds is shaped otherwise. A zod upgrade that moves a field fails here, not in a generated
 * validator that would quietly accept too much.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { rulesConfigSchema } from '../../src/rules/config';
import { macroSnapshotSchema, profileSchema } from '../../src/profile/schema';
import { checkDebtTerms, has2Decimals } from '../../src/profile/values';
import { keepRecordFunction, readSchema, ZodInternalsChanged, type SchemaNode } from '../../src/profile/zod-internals';

const checksOf = (node: SchemaNode) => ('checks' in node ? node.checks : []);

describe('zod is pinned', () => {
  it('to the exact version installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;
    expect(pkg.dependencies.zod).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pkg.dependencies.zod);
  });
});

describe('readSchema reads every kind the schemas use', () => {
  it('scalars, literals and enums', () => {
    expect(readSchema(z.string())).toEqual({ type: 'string', checks: [] });
    expect(readSchema(z.boolean())).toEqual({ type: 'boolean', checks: [] });
    expect(readSchema(z.number())).toEqual({ type: 'number', format: undefined, checks: [] });
    expect(readSchema(z.int())).toEqual({ type: 'number', format: 'safeint', checks: [] });
    expect(readSchema(z.literal('off'))).toEqual({ type: 'literal', values: ['off'], checks: [] });
    expect(readSchema(z.enum(['a', 'b']))).toEqual({ type: 'enum', values: ['a', 'b'], checks: [] });
  });
  it('arrays, strict and plain objects, wrappers and unions', () => {
    const element = z.string();
    expect(readSchema(z.array(element))).toEqual({ type: 'array', element, checks: [] });
    const shape = { a: z.string(), b: z.optional(z.number()) };
    expect(readSchema(z.strictObject(shape))).toEqual({ type: 'object', shape, strict: true, checks: [] });
    expect(readSchema(z.object(shape))).toMatchObject({ type: 'object', strict: false });
    expect(readSchema(z.optional(element))).toEqual({ type: 'optional', inner: element });
    expect(readSchema(z.nullable(element))).toEqual({ type: 'nullable', inner: element });
    expect(readSchema(z._default(element, 'x'))).toEqual({ type: 'default', inner: element });
    const options = [z.literal('off'), z.strictObject({})];
    expect(readSchema(z.union(options))).toEqual({ type: 'union', options });
    expect(readSchema(z.bigint())).toEqual({ type: 'other', name: 'bigint' });
  });
  it('bounds, lengths, patterns, refinements and record checks', () => {
    const number = readSchema(z.number().check(z.gte(0), z.lte(1), z.gt(-1), z.lt(2), z.refine(has2Decimals)));
    expect(checksOf(number)).toEqual([
      { kind: 'greater_than', value: 0, inclusive: true },
      { kind: 'less_than', value: 1, inclusive: true },
      { kind: 'greater_than', value: -1, inclusive: false },
      { kind: 'less_than', value: 2, inclusive: false },
      { kind: 'refine', fn: has2Decimals },
    ]);
    expect(checksOf(readSchema(z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^\d{4}$/))))).toEqual([
      { kind: 'min_length', value: 1 },
      { kind: 'max_length', value: 200 },
      { kind: 'regex', pattern: /^\d{4}$/ },
    ]);
    expect(checksOf(readSchema(z.array(z.string()).check(z.maxLength(3))))).toEqual([{ kind: 'max_length', value: 3 }]);
    const recorded = z.strictObject({}).check(keepRecordFunction(z.superRefine(() => undefined), checkDebtTerms as never));
    expect(checksOf(readSchema(recorded))).toEqual([{ kind: 'record', fn: checkDebtTerms }]);
    // Kinds the generator must refuse rather than skip.
    expect(checksOf(readSchema(z.string().check(z.superRefine(() => undefined))))).toEqual([{ kind: 'other', name: 'superRefine (write it with recordCheck)' }]);
    expect(checksOf(readSchema(z.string().check(z.email()))))
      .toEqual([{ kind: 'other', name: 'string format email' }]);
  });
  it('every node and check of the profile, snapshot and rule-config schemas', () => {
    const seen = new Set<string>();
    const walk = (schema: z.core.$ZodType, where: string) => {
      const node = readSchema(schema);
      seen.add(node.type);
      expect(node.type, where).not.toBe('other');
      for (const check of checksOf(node)) {
        seen.add(check.kind);
        expect(check.kind, where).not.toBe('other');
      }
      if (node.type === 'array') walk(node.element, `${where}[]`);
      if (node.type === 'object') for (const [key, field] of Object.entries(node.shape)) walk(field, `${where}.${key}`);
      if ('inner' in node) walk(node.inner, where);
      if (node.type === 'union') node.options.forEach((option, i) => walk(option, `${where}|${i}`));
    };
    walk(profileSchema, 'profile');
    walk(macroSnapshotSchema, 'snapshot');
    walk(rulesConfigSchema, 'config');
    // The walk did reach every kind the generator and the loader translate.
    for (const kind of ['string', 'number', 'boolean', 'literal', 'enum', 'array', 'object', 'optional', 'union']) expect(seen).toContain(kind);
    for (const kind of ['greater_than', 'less_than', 'min_length', 'max_length', 'regex', 'refine', 'record']) expect(seen).toContain(kind);
  });
});

describe('a shape the adapter was not written for is refused, naming what changed', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no _zod', {}, /a schema has no _zod\.def object/],
    ['no def', { _zod: {} }, /a schema has no _zod\.def object/],
    ['type not a string', { _zod: { def: { type: 1 } } }, /_zod\.def\.type is number/],
    ['object without a shape', { _zod: { def: { type: 'object' } } }, /: object schema: _zod\.def\.shape is undefined/],
    ['array without an element', { _zod: { def: { type: 'array', element: 'x' } } }, /_zod\.def\.element is string/],
    ['optional without its inner type', { _zod: { def: { type: 'optional', inner: z.string() } } }, /_zod\.def\.innerType is undefined/],
    ['a bound without a value', { _zod: { def: { type: 'number', checks: [{ _zod: { def: { check: 'greater_than', minimum: 0, inclusive: true } } }] } } }, /greater_than check: _zod\.def\.value is undefined/],
    ['a check without a name', { _zod: { def: { type: 'string', checks: [{ _zod: { def: { kind: 'min_length' } } }] } } }, /a check: _zod\.def\.check is undefined/],
    ['a refinement without its function', { _zod: { def: { type: 'string', checks: [{ _zod: { def: { check: 'custom', type: 'custom' } } }] } } }, /custom check: _zod\.def\.fn is undefined/],
    ['a regex without its pattern', { _zod: { def: { type: 'string', checks: [{ _zod: { def: { check: 'string_format', format: 'regex', pattern: '^x$' } } }] } } }, /_zod\.def\.pattern is string/],
  ];
  for (const [name, schema, message] of cases) {
    it(name, () => {
      expect(() => readSchema(schema as z.core.$ZodType)).toThrow(ZodInternalsChanged);
      expect(() => readSchema(schema as z.core.$ZodType)).toThrow(message);
      expect(() => readSchema(schema as z.core.$ZodType)).toThrow(/adapt it before upgrading zod/);
    });
  }
});
