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

/**
 * JSON with object keys sorted at every level (arrays keep their order: it is data).
 *
 * One `JSON.stringify` with every key of the value, sorted, as its property list: the list fixes
 * the order of each object's keys, and a key an object lacks is left out as an undefined value is.
 * That is canonicalJsonByParts, which defines the text, written by the engine in one pass, without
 * the strings of every level joined into the next (measured: half the time and a small part of the
 * garbage for a profile; `check --record` digests one per run). Values the one pass would write
 * otherwise — functions, symbols, big integers, array holes, objects that are not plain, keys that
 * objects inherit — go the structural way. That covers data as a parser makes it (a validated
 * profile): own enumerable data properties only. An object with non-enumerable properties, accessors
 * or a Proxy is not such data and may be written differently. test/history/digest.test.ts holds the
 * two equal.
 */
export function canonicalJson(value: unknown): string {
  const keys = new Set<string>();
  if (!plainKeys(value, keys)) return canonicalJsonByParts(value);
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}

/** The definition of canonicalJson, level by level. */
export function canonicalJsonByParts(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByParts).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJsonByParts((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Adds the keys of every object in value to keys; false when value holds anything that one
 * JSON.stringify with a property list would write differently from canonicalJsonByParts.
 */
function plainKeys(value: unknown, keys: Set<string>): boolean {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return true;
    case 'object':
      break;
    default:
      return false; // function, symbol, bigint
  }
  if (value === null) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return false;
    const items: readonly unknown[] = value;
    for (let i = 0; i < items.length; i++) if (!(i in items) || !plainKeys(items[i], keys)) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  const object = value as Record<string, unknown>;
  for (const key in object) {
    // An inherited key (none for a plain object) or one Object.prototype has (`__proto__`,
    // `toString`): the property list would read it on objects that do not own it.
    if (!Object.hasOwn(object, key) || key in Object.prototype) return false;
    keys.add(key);
    if (!plainKeys(object[key], keys)) return false;
  }
  return true;
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
