/**
 * The one place that touches zod's internals: a schema's definition, `schema._zod.def`, which zod
 * exposes to library authors but may reshape in any release. The validator generator
 * (scripts/generate-validator.mjs), the loader's "did you mean" (precise.ts) and recordCheck
 * (schema.ts) go through here and nowhere else.
 *
 * zod is pinned to an exact version in package.json. Every read checks the shape it expects and
 * throws ZodInternalsChanged, naming the field, when it finds another; and
 * test/profile/zod-internals.test.ts reads every kind of node and check the project's schemas use.
 * So a zod upgrade that moves things fails that test, loudly, instead of making a generated
 * validator that quietly accepts too much.
 */
import type { z } from 'zod/mini';
import type { IssueSink } from './values';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown>;

/** What a schema is, in the terms the generator and the loader need. `other`: a kind this module does not read. */
export type SchemaNode =
  | { type: 'string' | 'boolean'; checks: Check[] }
  | { type: 'number'; /** zod's number format: 'safeint' for z.int() */ format: string | undefined; checks: Check[] }
  | { type: 'literal' | 'enum'; values: unknown[]; checks: Check[] }
  | { type: 'array'; element: Schema; checks: Check[] }
  | { type: 'object'; shape: Record<string, Schema>; /** unknown keys refused (strictObject) */ strict: boolean; checks: Check[] }
  | { type: 'optional' | 'nullable' | 'default' | 'pipe'; /** the wrapped schema; a pipe's input side */ inner: Schema }
  | { type: 'union'; options: Schema[] }
  | { type: 'other'; name: string };

export type Check =
  | { kind: 'greater_than' | 'less_than'; value: number; inclusive: boolean }
  | { kind: 'min_length' | 'max_length'; value: number }
  | { kind: 'regex'; pattern: RegExp }
  /** z.refine: valid when fn returns true. */
  | { kind: 'refine'; fn: (value: never) => unknown }
  /** recordCheck (below): valid when fn reports no issue. */
  | { kind: 'record'; fn: (value: never, sink: IssueSink) => void }
  | { kind: 'other'; name: string };

/** zod's internals are not what this module was written for: zod was upgraded past the pinned version. */
export class ZodInternalsChanged extends Error {
  constructor(what: string) {
    super(`zod's internals changed: ${what}. src/profile/zod-internals.ts reads the version pinned in package.json; adapt it before upgrading zod.`);
  }
}

function defOf(schemaOrCheck: unknown, what: string): Def {
  const def = (schemaOrCheck as { _zod?: { def?: unknown } } | null | undefined)?._zod?.def;
  if (def === null || typeof def !== 'object') throw new ZodInternalsChanged(`${what} has no _zod.def object`);
  return def as Def;
}

function field<T>(def: Def, key: string, is: (value: unknown) => value is T, what: string): T {
  const value = def[key];
  if (!is(value)) throw new ZodInternalsChanged(`${what}: _zod.def.${key} is ${value === null ? 'null' : typeof value}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isFunction = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
const isRegExp = (v: unknown): v is RegExp => v instanceof RegExp;
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isSchema = (v: unknown): v is Schema => isRecord(v) && isRecord((v as { _zod?: unknown })._zod);

/** A schema's kind, its parts and its checks. */
export function readSchema(schema: Schema): SchemaNode {
  const def = defOf(schema, 'a schema');
  const type = field(def, 'type', isString, 'a schema');
  const what = `${type} schema`;
  const checks = () => (def.checks === undefined ? [] : field(def, 'checks', isArray, what).map(readCheck));
  switch (type) {
    case 'string':
    case 'boolean':
      return { type, checks: checks() };
    case 'number':
      return { type, format: def.format === undefined ? undefined : field(def, 'format', isString, what), checks: checks() };
    case 'literal':
      return { type, values: field(def, 'values', isArray, what), checks: checks() };
    case 'enum':
      return { type, values: Object.values(field(def, 'entries', isRecord, what)), checks: checks() };
    case 'array':
      return { type, element: field(def, 'element', isSchema, what), checks: checks() };
    case 'object': {
      const shape = field(def, 'shape', isRecord, what);
      for (const key of Object.keys(shape)) if (!isSchema(shape[key])) throw new ZodInternalsChanged(`${what}: _zod.def.shape.${key} is not a schema`);
      const catchall = def.catchall === undefined ? undefined : field(def, 'catchall', isSchema, what);
      const strict = catchall !== undefined && field(defOf(catchall, what), 'type', isString, `${what}'s catchall`) === 'never';
      return { type, shape: shape as Record<string, Schema>, strict, checks: checks() };
    }
    case 'optional':
    case 'nullable':
    case 'default':
      return { type, inner: field(def, 'innerType', isSchema, what) };
    case 'pipe':
      return { type, inner: field(def, 'in', isSchema, what) };
    case 'union':
      return { type, options: field(def, 'options', isArray, what).map((option, i) => {
        if (!isSchema(option)) throw new ZodInternalsChanged(`${what}: option ${i} is not a schema`);
        return option;
      }) };
    default:
      return { type: 'other', name: type };
  }
}

function readCheck(check: unknown): Check {
  const def = defOf(check, 'a check');
  const name = field(def, 'check', isString, 'a check');
  const what = `${name} check`;
  switch (name) {
    case 'greater_than':
    case 'less_than':
      return { kind: name, value: field(def, 'value', isNumber, what), inclusive: field(def, 'inclusive', isBoolean, what) };
    case 'min_length':
      return { kind: name, value: field(def, 'minimum', isNumber, what) };
    case 'max_length':
      return { kind: name, value: field(def, 'maximum', isNumber, what) };
    case 'string_format': {
      const format = field(def, 'format', isString, what);
      return format === 'regex' ? { kind: 'regex', pattern: field(def, 'pattern', isRegExp, what) } : { kind: 'other', name: `string format ${format}` };
    }
    case 'custom':
      // z.refine is a custom schema used as a check; z.superRefine a bare check, whose function
      // zod keeps only in a closure (recordCheck puts it on the definition).
      if (def.type === 'custom') return { kind: 'refine', fn: field(def, 'fn', isFunction, what) };
      if (def.type !== undefined) throw new ZodInternalsChanged(`${what}: _zod.def.type is ${String(def.type)}`);
      return isFunction(def.fn) ? { kind: 'record', fn: def.fn as (value: never, sink: IssueSink) => void } : { kind: 'other', name: 'superRefine (write it with recordCheck)' };
    default:
      return { kind: 'other', name };
  }
}

/** Keeps a record check's function on its definition, where readSchema finds it (see schema.ts recordCheck). */
export function keepRecordFunction<C extends z.core.$ZodCheck<never>>(check: C, fn: (value: never, sink: IssueSink) => void): C {
  defOf(check, 'a superRefine check').fn = fn;
  return check;
}
