/** Helpers the history tests share: sample profiles, audited and made into snapshots as `check --record` makes them. */
import { readFileSync } from 'node:fs';
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
