/**
 * The hand-written line check `progress` runs (src/history/validate.ts) against the zod schema it
 * stands for (src/history/schema.ts, the published contract): the same verdict, and the same first
 * wrong field, on real snapshots of every sample and on each of their fields broken in turn.
 */
import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../src/history/schema';
import { isSnapshot, snapshotProblem } from '../../src/history/validate';
import { forEachBroken, sampleSnapshots } from './helpers';

const snapshots = await sampleSnapshots();

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
    let invalid = 0;
    const checked = forEachBroken(snapshots, (mutated, label) => {
      const expected = zodField(mutated);
      expect(snapshotProblem(mutated), label).toBe(expected);
      if (expected !== undefined) invalid += 1;
    });
    // The mutations really break things (a check that let everything through would fail above).
    expect(checked).toBeGreaterThan(5000);
    expect(invalid / checked).toBeGreaterThan(0.7);
  });

  it('a line that is not an object at all', () => {
    for (const value of [null, 1, 'x', [], true]) expect(snapshotProblem(value)).toBe(zodField(value) === undefined ? undefined : '');
  });
});
