/**
 * The profile digest's text (src/history/digest.ts): canonicalJson, written by one JSON.stringify
 * with a sorted property list, is canonicalJsonByParts — its level-by-level definition — on the
 * samples, on any JSON value with awkward keys, and on the values it hands back to the definition.
 * The digests of histories already written must not move: two are pinned.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByParts, canonicalProfileText, profileDigest } from '../../src/history/digest';
import { ROOT } from '../cli/run';
import { sample } from './helpers';

describe('canonicalJson', () => {
  it('is its definition on every sample profile, as validated', async () => {
    for (const file of readdirSync(join(ROOT, 'profiles')).filter((name) => name.endsWith('.yaml'))) {
      const profile = await sample(file.replace(/\.yaml$/, ''));
      const { $schema: _ignored, ...rest } = profile;
      expect(canonicalProfileText(profile), file).toBe(canonicalJsonByParts(rest));
    }
  });

  it('keeps the digests histories already hold (written before the one-pass text)', async () => {
    expect(profileDigest(await sample('healthy'))).toEqual({
      profile: '3e5992e8f3ba50d6b894bea6ffe38bab3b780b07ec1669ba6d7a18a9dee05d3f',
      names: 'dd107eedfef5c81b5e2042feb8d3abb21befe48351c7b94d361abdf9291fee27',
    });
    expect(profileDigest(await sample('turnover-late'))).toEqual({
      profile: 'fb317d51764cdc5edd0e7adbefb310b2a817719f8d2a723f26ae46f02ed14a23',
      names: 'a3785163ce278bf83442154b450ceb4ac8b3b83cd3a14f5535d87fabb4a970fc',
    });
  });

  it('sorts keys at every level, keeps array order, leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ 10: 'a', 2: 'b', 1: 'c' })).toBe('{"1":"c","10":"a","2":"b"}');
  });

  // Keys the one pass could get wrong: ones Object.prototype has, numeric ones (own-key order puts
  // them first), empty, escaped, astral, and keys shared between levels.
  const awkwardKey = fc.oneof(
    fc.constantFrom('__proto__', 'toString', 'constructor', 'valueOf', 'hasOwnProperty', 'toJSON', 'length', '0', '1', '10', '2', '', '"', '\\', '\n', 'é', '借呗', '😀', 'a', 'b'),
    fc.string(),
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant(undefined),
      fc.array(tie('value')),
      fc.dictionary(awkwardKey, tie('value')),
      fc.dictionary(awkwardKey, tie('value'), { noNullPrototype: false }),
    ),
  })).value;
  it('is its definition on any JSON-like value, awkward keys included', () => {
    fc.assert(fc.property(json, (value) => canonicalJson(value) === canonicalJsonByParts(value)), { numRuns: 2000 });
  });

  it('hands to the definition what one JSON.stringify would write otherwise', () => {
    const hole = [1, , 2]; // eslint-disable-line no-sparse-arrays
    const cases: unknown[] = [
      { f: () => 1, a: 1 },
      { s: Symbol('x') },
      [() => 1],
      hole,
      { when: new Date(0) },
      { map: new Map([[1, 2]]) },
      { toJSON: () => 'x', a: 1 },
      JSON.parse('{"__proto__":{"a":1},"b":{"c":2}}'),
      Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
      { b: { toString: 'own' }, a: {} },
    ];
    for (const value of cases) expect(canonicalJson(value)).toBe(canonicalJsonByParts(value));
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });
});
