/**
 * The hand-written line check `progress` runs (src/history/validate.ts) against the zod schema it
 * stands for (src/history/schema.ts, the published contract): the same verdict, and the same first
 * wrong field, on real snapshots of every sample and on each of their fields broken in turn.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../src/history/schema';
import { isSnapshot, snapshotProblem } from '../../src/history/validate';
import { ROOT } from '../cli/run';
import { sample, snapshotFor } from './helpers';

const names = readdirSync(join(ROOT, 'profiles')).map((file) => file.replace(/\.yaml$/, ''));
const snapshots: Snapshot[] = [];
for (const name of names) {
  const profile = await sample(name);
  snapshots.push(snapshotFor(profile), snapshotFor(profile, { share: 0.5, strategy: 'snowball' }));
}

/** Every path to a value inside `value`, as [keys…]. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, i) => out.push([...prefix, i], ...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push([...prefix, key], ...paths(item, [...prefix, key]));
  }
  return out;
}

function withValue(snapshot: Snapshot, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(snapshot) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return copy;
}
const DELETE = Symbol('delete');
const zodField = (value: unknown) => {
  const result = snapshotSchema.safeParse(value);
  if (result.success) return undefined;
  return result.error.issues[0]!.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
};

describe('the line check progress runs agrees with the published schema', () => {
  it('on real snapshots of every sample: valid', () => {
    expect(snapshots.length).toBeGreaterThan(10);
    for (const snapshot of snapshots) {
      expect(zodField(snapshot)).toBeUndefined();
      expect(isSnapshot(snapshot)).toBe(true);
    }
  });

  it('on every field of them broken in turn: the same verdict and the same first wrong field', () => {
    const broken = [DELETE, null, 'x', -1, 1.234, 1e400, {}, [], true, '2026-02-30', '2026-13'];
    let checked = 0;
    let invalid = 0;
    for (const snapshot of snapshots.slice(0, 4)) {
      for (const path of paths(snapshot)) {
        for (const value of broken) {
          const mutated = withValue(snapshot, path, value);
          const expected = zodField(mutated);
          expect(snapshotProblem(mutated), `${path.join('.')} = ${String(value)}`).toBe(expected);
          checked += 1;
          if (expected !== undefined) invalid += 1;
        }
      }
    }
    // The mutations really break things (a check that let everything through would fail above).
    expect(checked).toBeGreaterThan(5000);
    expect(invalid / checked).toBeGreaterThan(0.7);
  });

  it('a line that is not an object at all', () => {
    for (const value of [null, 1, 'x', [], true]) expect(snapshotProblem(value)).toBe(zodField(value) === undefined ? undefined : '');
  });
});
