/**
 * A history file's lines as `check --record` and `progress` see them. Pure: text in, text out.
 *
 * One line per snapshot. A line that is not a snapshot this version can read — cut short by a crash,
 * edited by hand, written by a newer limit-audit — is reported with its line number and skipped,
 * and never removed: a record keeps every such line as it is.
 *
 * `check --record` reads only each line's date (`classifyLine`): a line buildSnapshot wrote begins
 * `{"historyVersion":1,"asOf":"YYYY-MM-DD"` and ends with `}`, so a whole history is scanned
 * without parsing it. Any other line is parsed to say what it is. `progress` checks every line in
 * full against the schema (read.ts).
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

/** What recording a snapshot does to a history: the new text or what to append, and what it found. */
export interface RecordPlan {
  /** `rewrite`: the whole new text (a snapshot of that date was replaced); `append`: the text to add at the end. */
  write: { kind: 'rewrite'; text: string } | { kind: 'append'; text: string };
  replaced: boolean;
  /** Snapshots in the history once written. */
  snapshots: number;
  skipped: Skipped[];
  /** The snapshot line recorded last before this one, of another date: to compare names with. */
  previous: string | undefined;
}

/**
 * Puts `line` (a snapshot of `asOf`, ending in a newline) into a history's `text`: in place of
 * that date's snapshot when there is one (never a second line for a date), else at the end. Every
 * other line is kept byte for byte, the skipped ones too.
 */
export function planRecord(text: string, line: string, asOf: CalendarDate): RecordPlan {
  const lines = splitLines(text);
  const skipped: Skipped[] = [];
  let sameDate = 0;
  let snapshots = 0;
  let previous: string | undefined;
  const kinds = lines.map((raw, index) => {
    const kind = classifyLine(raw);
    if (kind.kind === 'skipped') skipped.push({ line: index + 1, reason: kind.reason });
    else if (kind.kind === 'snapshot') {
      if (kind.asOf === asOf) sameDate += 1;
      else {
        snapshots += 1;
        previous = raw;
      }
    }
    return kind;
  });
  if (sameDate === 0) {
    const separator = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return { write: { kind: 'append', text: separator + line }, replaced: false, snapshots: snapshots + 1, skipped, previous };
  }
  const out: string[] = [];
  let placed = false;
  for (const [index, raw] of lines.entries()) {
    const kind = kinds[index]!;
    if (kind.kind === 'snapshot' && kind.asOf === asOf) {
      // The first line of the date takes the new snapshot; a repeat of the date (written by hand) goes.
      if (!placed) out.push(line.endsWith('\n') ? line.slice(0, -1) : line);
      placed = true;
      continue;
    }
    out.push(raw);
  }
  return { write: { kind: 'rewrite', text: `${out.join('\n')}\n` }, replaced: true, snapshots: snapshots + 1, skipped, previous };
}
