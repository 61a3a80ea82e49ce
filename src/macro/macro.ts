/**
 * The macro environment the rules see, and the small queries the macro rules make of it.
 * Pure: the snapshot arrives as data (the bundled file, `--macro FILE`, or a test's object).
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import { addMonths, inLastMonths, monthOf } from '../dates';
import type { MacroSnapshot, ProfileMacro } from '../profile/schema';

/** The macro environment a rule sees: the snapshot, with the profile's `macro:` keys applied. */
export interface EffectiveMacro {
  snapshot: MacroSnapshot;
  /** 'bundled', the --macro file's path, or either followed by '+profile' when the profile overrode keys. */
  source: string;
  platformContraction: boolean | undefined;
}

export type LprPoint = MacroSnapshot['lpr_1y'][number];
export type MacroEvent = MacroSnapshot['events'][number];
export type StressedSector = MacroSnapshot['stressed_sectors'][number];

/** The snapshot keys a profile's `macro:` section may replace. */
const SNAPSHOT_KEYS = ['date', 'sources', 'lpr_1y', 'events', 'stressed_sectors'] as const;

/**
 * The snapshot with the profile's `macro:` keys applied: each key the profile gives replaces the
 * snapshot's whole (no merging of series), and `platform_contraction` is carried alongside.
 * `source` names the snapshot ('bundled' or the --macro path); '+profile' is appended when the
 * profile replaced any key, so the report can say so.
 */
export function effectiveMacro(snapshot: MacroSnapshot, source: string, profileMacro?: ProfileMacro): EffectiveMacro {
  const merged: MacroSnapshot = { ...snapshot };
  let overridden = false;
  if (profileMacro) {
    for (const key of SNAPSHOT_KEYS) {
      if (profileMacro[key] !== undefined) {
        overridden = true;
        assignKey(merged, profileMacro, key);
      }
    }
  }
  return {
    snapshot: merged,
    source: overridden ? `${source}+profile` : source,
    platformContraction: profileMacro?.platform_contraction,
  };
}

function assignKey<K extends (typeof SNAPSHOT_KEYS)[number]>(target: MacroSnapshot, from: ProfileMacro, key: K): void {
  const value = from[key];
  if (value !== undefined) target[key] = value as MacroSnapshot[K];
}

/** The 1-year LPR in force on `date`: the last change on or before it; undefined before the series starts. */
export function lprAt(series: readonly LprPoint[], date: CalendarDate): LprPoint | undefined {
  let found: LprPoint | undefined;
  for (const point of series) {
    if (point.date <= date) found = point;
    else break;
  }
  return found;
}

export interface LprChange {
  /** The date the change is measured to (the audit date) and from (`months` earlier). */
  to: CalendarDate;
  from: CalendarDate;
  /** Rates in force on those dates, as decimals. */
  rateTo: number;
  rateFrom: number;
  /** rateTo − rateFrom, rounded to 1e-8 so 0.0345 − 0.0335 is exactly 0.001 (a 0.10 pt move). */
  change: number;
}

/** Change of the 1-year LPR over the `months` before `asOf`; undefined when the series does not reach back that far. */
export function lprChange(series: readonly LprPoint[], asOf: CalendarDate, months = 12): LprChange | undefined {
  const from = addMonths(asOf, -months);
  const now = lprAt(series, asOf);
  const before = lprAt(series, from);
  if (!now || !before) return undefined;
  return { to: asOf, from, rateTo: now.rate, rateFrom: before.rate, change: Math.round((now.rate - before.rate) * 1e8) / 1e8 };
}

/** Events dated within the `months` before `asOf` (after asOf − months, not after asOf), oldest first. */
export function eventsInWindow(events: readonly MacroEvent[], asOf: CalendarDate, months: number): MacroEvent[] {
  return events.filter((event) => inLastMonths(event.date, asOf, months)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The stressed sector a free-text `employment.sector` belongs to, if any. Case-insensitive
 * substring match in either direction against the sector's `match` entries and its `name`
 * ("房地产开发" contains "房地产"; "estate" is inside "real estate"); the reverse direction needs at
 * least 2 Chinese characters or 3 other characters, so "IT" or a one-letter answer is not found
 * inside an unrelated entry. A sector whose `since` month is
 * after the audit month was not under stress yet and is skipped.
 */
export function matchStressedSector(
  sectors: readonly StressedSector[],
  sector: string,
  asOf?: CalendarDate,
): StressedSector | undefined {
  const needle = sector.trim().toLowerCase();
  if (needle === '') return undefined;
  const reverseAllowed = needle.length >= (/[\u3400-\u9fff]/.test(needle) ? 2 : 3);
  const asOfMonth: CalendarMonth | undefined = asOf === undefined ? undefined : monthOf(asOf);
  return sectors.find((candidate) => {
    if (asOfMonth !== undefined && candidate.since !== undefined && candidate.since > asOfMonth) return false;
    return [candidate.name, ...candidate.match].some((entry) => {
      const hay = entry.trim().toLowerCase();
      if (hay === '') return false;
      return needle.includes(hay) || (reverseAllowed && hay.includes(needle));
    });
  });
}
