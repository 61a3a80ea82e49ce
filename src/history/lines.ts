/**
 * A history file's lines as `check --record` and `progress` see them. Pure: text or bytes in, the
 * same out.
 *
 * One line per snapshot. A line that is not a snapshot this version can read — cut short by a crash,
 * edited by hand, written by a newer limit-audit — is reported with its line number and skipped,
 * and never removed: a record keeps every such line as it is.
 *
 * `check --record` reads only each line's date: a line buildSnapshot wrote begins
 * `{"historyVersion":1,"asOf":"YYYY-MM-DD"` and ends with `}`, so a whole history is scanned
 * without parsing it — and without decoding it: planRecord reads the file's bytes. Any other line
 * is decoded and parsed to say what it is (`classifyLine`). `progress` checks every line in full
 * against the schema (read.ts).
 */
import { isCalendarDate, type CalendarDate } from '../dates';
import { HISTORY_VERSION, LINE_START } from './format';

/** Why a line is skipped. */
export type SkipReason =
  | { kind: 'not_json' }
  | { kind: 'not_snapshot' }
  | { kind: 'newer_version'; version: number }
  | { kind: 'invalid'; field: string }
  | { kind: 'duplicate_date'; asOf: CalendarDate; keptLine: number };

export interface Skipped {
  /** 1-based, as an editor shows it. */
  line: number;
  reason: SkipReason;
}

export type LineKind = { kind: 'blank' } | { kind: 'snapshot'; asOf: CalendarDate } | { kind: 'skipped'; reason: SkipReason };

/** The lines of a history's text, without their line ends (a last line without one is still a line). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** What one line is, reading only its date when it has the shape buildSnapshot writes. */
export function classifyLine(line: string): LineKind {
  if (line.trim() === '') return { kind: 'blank' };
  if (line.startsWith(LINE_START) && line.endsWith('}') && line.charCodeAt(LINE_START.length + 10) === 34 /* " */) {
    const asOf = line.slice(LINE_START.length, LINE_START.length + 10);
    if (isCalendarDate(asOf)) return { kind: 'snapshot', asOf };
  }
  const parsed = parseLine(line);
  if ('reason' in parsed) return { kind: 'skipped', reason: parsed.reason };
  const asOf = parsed.value.asOf;
  return typeof asOf === 'string' && isCalendarDate(asOf) ? { kind: 'snapshot', asOf } : { kind: 'skipped', reason: { kind: 'invalid', field: 'asOf' } };
}

/** A line parsed as JSON and its version checked; the full schema check is the reader's (read.ts). */
export function parseLine(line: string): { value: Record<string, unknown> } | { reason: SkipReason } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { reason: { kind: 'not_json' } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: { kind: 'not_snapshot' } };
  const version = (value as Record<string, unknown>).historyVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > HISTORY_VERSION) return { reason: { kind: 'newer_version', version } };
  if (version !== HISTORY_VERSION) return { reason: { kind: 'not_snapshot' } };
  return { value: value as Record<string, unknown> };
}

/** What recording a snapshot does to a history: the new bytes or what to append, and what it found. */
export interface RecordPlan {
  /** `rewrite`: the whole new history (a snapshot of that date was replaced); `append`: the bytes to add at the end. */
  write: { kind: 'rewrite' | 'append'; bytes: Uint8Array };
  /** Snapshots in the history once written. */
  snapshots: number;
  skipped: Skipped[];
  /** The snapshot line recorded last before this one, of another date (its bytes, no line end): to compare names with. */
  previous: Uint8Array | undefined;
}

const NEWLINE = 10;
const CLOSING_BRACE = 125;
const QUOTE = 34;

/**
 * Puts `line` (the UTF-8 bytes of a snapshot of `asOf`, ending in a newline) into a history's
 * bytes: in place of that date's snapshot when there is one (never a second line for a date), else
 * at the end. Every other line is kept byte for byte, the skipped ones too, whatever their bytes
 * are (UTF-8 or not).
 *
 * A line that begins as buildSnapshot writes one is read from its bytes (its date only); any other
 * is read by classifyLine as text of one character per byte, as the history's text was read before
 * it was read as bytes — so a line is judged the same either way (test/history/lines.test.ts).
 */
export function planRecord(history: Uint8Array, line: Uint8Array, asOf: CalendarDate): RecordPlan {
  const skipped: Skipped[] = [];
  /** Each line's start and end (without its newline), and whether it is the snapshot of asOf. */
  const bounds: number[] = [];
  const ofDate: boolean[] = [];
  let sameDate = 0;
  let snapshots = 0;
  let previousStart = -1;
  let previousEnd = -1;
  for (let start = 0, number = 1; start < history.length; number++) {
    const newline = history.indexOf(NEWLINE, start);
    const end = newline === -1 ? history.length : newline;
    let date = snapshotDate(history, start, end);
    if (date === undefined) {
      const kind = classifyLine(oneCharPerByte(history, start, end));
      if (kind.kind === 'skipped') skipped.push({ line: number, reason: kind.reason });
      else if (kind.kind === 'snapshot') date = kind.asOf;
    }
    if (date === asOf) sameDate += 1;
    else if (date !== undefined) {
      snapshots += 1;
      previousStart = start;
      previousEnd = end;
    }
    bounds.push(start, end);
    ofDate.push(date === asOf);
    start = end + 1;
  }
  const previous = previousStart === -1 ? undefined : history.subarray(previousStart, previousEnd);
  if (sameDate === 0) {
    const separator = history.length > 0 && history[history.length - 1] !== NEWLINE ? 1 : 0;
    const bytes = new Uint8Array(separator + line.length);
    if (separator) bytes[0] = NEWLINE;
    bytes.set(line, separator);
    return { write: { kind: 'append', bytes }, snapshots: snapshots + 1, skipped, previous };
  }
  // The first line of the date takes the new snapshot; a repeat of the date (written by hand) goes.
  const body = line[line.length - 1] === NEWLINE ? line.subarray(0, -1) : line;
  const kept: Uint8Array[] = [];
  let placed = false;
  for (let i = 0; i < ofDate.length; i++) {
    if (!ofDate[i]) kept.push(history.subarray(bounds[2 * i]!, bounds[2 * i + 1]!));
    else if (!placed) {
      kept.push(body);
      placed = true;
    }
  }
  const bytes = new Uint8Array(kept.reduce((sum, part) => sum + part.length + 1, 0));
  let at = 0;
  for (const part of kept) {
    bytes.set(part, at);
    bytes[at + part.length] = NEWLINE;
    at += part.length + 1;
  }
  return { write: { kind: 'rewrite', bytes }, snapshots: snapshots + 1, skipped, previous };
}

/**
 * The date of a line of the shape buildSnapshot writes, read off its bytes; undefined for any other
 * line (which may still be a snapshot: classifyLine reads it then). What classifyLine's own quick
 * path reads, byte for byte.
 */
function snapshotDate(bytes: Uint8Array, start: number, end: number): CalendarDate | undefined {
  const dateAt = start + LINE_START.length;
  if (end - start < LINE_START.length + 12 || bytes[end - 1] !== CLOSING_BRACE || bytes[dateAt + 10] !== QUOTE || !asciiAt(bytes, start, LINE_START)) return undefined;
  // Ten characters one by one: the spread of oneCharPerByte costs ~15 µs a line in cold code.
  let date = '';
  for (let at = dateAt; at < dateAt + 10; at++) date += String.fromCharCode(bytes[at]!);
  return isCalendarDate(date) ? date : undefined;
}

/** Whether the ASCII `text` stands in `bytes` at `at` (false past their end). */
export function asciiAt(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Bytes as text of one character per byte (latin1): what the history was read as before it was read as bytes. */
export function oneCharPerByte(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let text = '';
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let at = start; at < end; at += 8192) text += String.fromCharCode(...bytes.subarray(at, Math.min(end, at + 8192)));
  return text;
}
