/**
 * Turning what people type at a prompt into the values a profile holds. Pure and small.
 *
 * These functions only decide what the text *says* (which number, which date); whether the value
 * is acceptable (not negative, at most 2 decimals, a real calendar date …) is decided afterwards
 * by the profile's zod schema, so a typed answer and a hand-written file are held to one standard.
 *
 * Amounts come out in yuan, not fen: the profile's contract is yuan, and the schema must see the
 * number as typed to reject a third decimal instead of silently rounding it away.
 */
import { addDays, addMonths, daysBetween, daysInMonth } from '../../dates';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

/** Why a text is not a value; the questionnaire turns it into a sentence in the user's language. */
export type ParseFailure = 'money' | 'commas' | 'number' | 'rate' | 'date' | 'month';

const fail = <T>(reason: ParseFailure): Parsed<T> => ({ ok: false, reason });

/**
 * IMEs type full-width digits and signs (１２０００, ￥, ，, ．); NFKC folds them to ASCII.
 * Spaces are dropped so `12 000` and `¥ 12,000` read as typed.
 */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A decimal written in plain digits, optionally with thousands separators, times 10^shift.
 * The result is built as `<digits>e<exponent>` and read by Number(), so `1.2万` is exactly 12000 and
 * `12345.67` the same double a YAML file would give; no 1.2 × 10000 = 11999.999… artefacts.
 */
function decimal(text: string, shift: number): Parsed<number> {
  const m = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
  if (!m) return fail(text.includes(',') && /^[+-]?[\d,]+(\.\d+)?$/.test(text) ? 'commas' : 'number');
  const [, sign, whole, fraction = ''] = m;
  const digits = `${whole!.replace(/,/g, '')}${fraction}`;
  const value = Number(`${sign}${digits}e${shift - fraction.length}`);
  return Number.isFinite(value) ? { ok: true, value } : fail('number');
}

/** Multipliers people write after an amount: 1.2万, 1.2w, 3千, 3k, 1亿. */
const MULTIPLIERS: [RegExp, number][] = [
  [/(万|w)$/i, 4],
  [/(千|k)$/i, 3],
  [/亿$/, 8],
];

/**
 * An amount of money: `12000`, `1.2万`, `12,000`, `¥12,000.50`, `12000元`, `3.5k`, full-width digits.
 * A negative amount parses (as a negative number) so that the schema, not this parser, says
 * "expected a value ≥ 0" in the user's language.
 */
export function parseMoney(text: string): Parsed<number> {
  let rest = normalise(text)
    .replace(/^(¥|CNY|RMB)/i, '')
    .replace(/(元|块|yuan|CNY|RMB)$/i, '');
  // A sign may stand before the currency symbol too: -¥500.
  rest = rest.replace(/^([+-])(¥|CNY|RMB)/i, '$1');
  let shift = 0;
  for (const [suffix, power] of MULTIPLIERS) {
    if (suffix.test(rest)) {
      rest = rest.replace(suffix, '');
      shift = power;
      break;
    }
  }
  if (rest === '') return fail('money');
  const parsed = decimal(rest, shift);
  return parsed.ok ? parsed : fail(parsed.reason === 'commas' ? 'commas' : 'money');
}

/** A plain number (counts, days, months, transfers per month); `2.5` parses and the schema says "whole number". */
export function parseNumber(text: string): Parsed<number> {
  const rest = normalise(text).replace(/(次|天|个月|月|个|笔|times?|days?|months?)$/i, '');
  const parsed = decimal(rest, 0);
  return parsed.ok ? parsed : fail('number');
}

/**
 * A rate: `18.25%` → 0.1825, `0.05%` → 0.0005, or a decimal as the profile writes it (`0.1825`).
 * A bare `18.25` stays 18.25, and the schema answers "expected a rate between 0 and 1 … did you mean 0.1825?".
 */
export function parseRate(text: string): Parsed<number> {
  const rest = normalise(text);
  const percent = /%$/.test(rest);
  const parsed = decimal(percent ? rest.slice(0, -1) : rest, percent ? -2 : 0);
  return parsed.ok ? parsed : fail('rate');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date as `YYYY-MM-DD`, also accepting `2026-8-15`, `2026/8/15`, `2026.8.15` and
 * `2026年8月15日`. The result is only re-spelled, not checked: 2026-02-30 comes out as typed and
 * the schema rejects it ("expected a real calendar date").
 */
export function parseDate(text: string): Parsed<string> {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normalise(text));
  if (!m) return fail('date');
  return { ok: true, value: `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}` };
}

/** A month as `YYYY-MM`, also `2026-8`, `2026/08`, `2026.8`, `2026年8月`. */
export function parseMonth(text: string): Parsed<string> {
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(normalise(text));
  if (!m) return fail('month');
  return { ok: true, value: `${m[1]}-${pad2(Number(m[2]))}` };
}

export interface RememberedDate {
  date: string;
  /** Only the month was given; the date is the 15th (or `asOf`, if that comes first). */
  fromMonth: boolean;
}

/**
 * A date the user may remember only to the month ("some time in August"): a month stands for its
 * 15th — the middle, so a "last N months" window is off by half a month at worst — or for `asOf`
 * when the 15th has not come yet.
 */
export function parseRememberedDate(text: string, asOf: string): Parsed<RememberedDate> {
  const full = parseDate(text);
  if (full.ok) return { ok: true, value: { date: full.value, fromMonth: false } };
  const month = parseMonth(text);
  if (!month.ok) return fail('date');
  const [year, mon] = month.value.split('-').map(Number) as [number, number];
  // An impossible month (2026-13) is re-spelled as day 15 and left to the schema to reject.
  const middle = mon >= 1 && mon <= 12 ? `${month.value}-${pad2(Math.min(15, daysInMonth(year, mon)))}` : `${month.value}-15`;
  return { ok: true, value: { date: middle > asOf && month.value === asOf.slice(0, 7) ? asOf : middle, fromMonth: true } };
}

/**
 * Dates for events the user only counted: `counts[i]` events in the last `windows[i]` months
 * (nested windows, counts cumulative, e.g. 1 in the last month and 4 in the last 3 months).
 * Each band between two windows gets its events spread evenly, each strictly inside it, so the
 * entries fall in exactly the windows the rules count and no two bunch up artificially
 * (an even spread gives the largest gaps the counts allow: the benign reading of a count).
 * Oldest first.
 */
export function spreadCounts(asOf: string, windows: readonly number[], counts: readonly number[]): string[] {
  const dates: string[] = [];
  for (let band = windows.length - 1; band >= 0; band--) {
    const inBand = counts[band]! - (band > 0 ? counts[band - 1]! : 0);
    if (inBand <= 0) continue;
    const start = addMonths(asOf, -windows[band]!); // excluded: the window is (start, end]
    const end = band > 0 ? addMonths(asOf, -windows[band - 1]!) : asOf;
    const span = daysBetween(start, end);
    for (let i = 0; i < inBand; i++) {
      // Centre of the i-th of `inBand` equal slices, never on `start`, never past `end`.
      const offset = Math.min(span, Math.max(1, Math.round(((i + 0.5) * span) / inBand)));
      dates.push(addDays(start, offset));
    }
  }
  return dates;
}
