/** Helpers the history tests share: sample profiles, audited and made into snapshots as `check --record` makes them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit';
import { bundledSnapshot, macroFor } from '../../src/cli/load';
import { snapshotOf } from '../../src/cli/record';
import type { Snapshot } from '../../src/history/schema';
import { parseProfileText } from '../../src/profile/load';
import type { Profile } from '../../src/profile/schema';
import type { Strategy } from '../../src/plan/types';
import { ROOT } from '../cli/run';

export async function sample(name: string): Promise<Profile> {
  const path = join(ROOT, 'profiles', `${name}.yaml`);
  return parseProfileText(readFileSync(path, 'utf8'), path, 'en');
}

/** The snapshot `check --record` writes for `profile` (defaults: its as_of, share 0.2, recovery). */
export function snapshotFor(profile: Profile, options: { asOf?: string; share?: number; strategy?: Strategy } = {}): Snapshot {
  const asOf = options.asOf ?? profile.as_of ?? '2026-11-01';
  const outcome = runAudit({
    profile,
    asOf,
    lang: 'en',
    macro: macroFor(profile, { snapshot: bundledSnapshot(), source: 'bundled' }),
    share: options.share ?? 0.2,
    strategy: options.strategy ?? 'recovery',
    includePlan: false,
  });
  return snapshotOf(profile, asOf, outcome);
}

/** A copy of `profile` with some debts' balances changed and the audit date moved. */
export function later(profile: Profile, asOf: string, balances: Record<string, number>, more: Partial<Profile> = {}): Profile {
  return {
    ...profile,
    as_of: asOf,
    debts: profile.debts.map((debt) => (debt.name in balances ? { ...debt, balance: balances[debt.name]! } : debt)),
    ...more,
  };
}

/** Real snapshots of every sample profile, each with the default plan and with another (share 0.5, snowball). */
export async function sampleSnapshots(): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  for (const file of readdirSync(join(ROOT, 'profiles'))) {
    const profile = await sample(file.replace(/\.yaml$/, ''));
    snapshots.push(snapshotFor(profile), snapshotFor(profile, { share: 0.5, strategy: 'snowball' }));
  }
  return snapshots;
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

/** A copy of `snapshot` with the value at `path` replaced by `value` (or removed: DELETE). */
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

/** The values each field is broken with in turn. */
const BROKEN: unknown[] = [DELETE, null, 'x', -1, 1.234, 1e400, {}, [], true, '2026-02-30', '2026-13'];

/** Each of the first four snapshots with each of its fields broken in turn (BROKEN): `visit` gets the copy and what was broken; returns how many. */
export function forEachBroken(snapshots: readonly Snapshot[], visit: (mutated: unknown, label: string) => void): number {
  let count = 0;
  for (const snapshot of snapshots.slice(0, 4)) {
    for (const path of paths(snapshot)) {
      for (const value of BROKEN) {
        visit(withValue(snapshot, path, value), `${path.join('.')} = ${String(value)}`);
        count += 1;
      }
    }
  }
  return count;
}
