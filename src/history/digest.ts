/**
 * A snapshot's two digests, SHA-256 (hex) of:
 * - the profile: its validated content as JSON with every object's keys sorted, `$schema` left out —
 *   so reordering keys, comments or YAML vs JSON do not change it, and any value does;
 * - the names: the sorted debt and credit-line names — how `check --record` and `progress` tell a
 *   history that belongs to another profile (no name in common) from one whose debts changed.
 */
import type { Profile } from '../profile/schema';
import { sha256Hex } from './sha256';

export function profileDigest(profile: Profile): { profile: string; names: string } {
  return { profile: sha256Hex(canonicalProfileText(profile)), names: sha256Hex(namesText(profileNames(profile))) };
}

export function canonicalProfileText(profile: Profile): string {
  const { $schema: _ignored, ...rest } = profile;
  return canonicalJson(rest);
}

/** JSON with object keys sorted at every level (arrays keep their order: it is data). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The names a profile's debts and credit lines go by, sorted, without repeats. */
export function profileNames(profile: Pick<Profile, 'debts' | 'credit_lines'>): string[] {
  return namesOf(
    profile.debts.map((debt) => debt.name),
    (profile.credit_lines ?? []).map((line) => line.name),
  );
}

export function namesOf(debts: readonly string[], lines: readonly string[]): string[] {
  return [...new Set([...debts, ...lines])].sort();
}

export function namesText(names: readonly string[]): string {
  return names.join('\n');
}

/** True when two name lists share no name at all — and neither is empty (a profile with no debt yet is not "another profile"). */
export function noNameInCommon(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(a);
  return !b.some((name) => set.has(name));
}

/** The names of a snapshot's debts and credit lines, as profileNames gives them for a profile. */
export function snapshotNames(snapshot: { debts: readonly { name: string }[]; lines: readonly { name: string }[] }): string[] {
  return namesOf(
    snapshot.debts.map((debt) => debt.name),
    snapshot.lines.map((line) => line.name),
  );
}
