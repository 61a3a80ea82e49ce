/**
 * Reading a whole history for `progress`: every line checked in full against the schema — on a
 * long history, first by fast-line.ts's one expression, which passes the lines `check --record`
 * writes as they are; any other line by JSON.parse and validate.ts, the same verdict either way.
 * A line that fails is skipped with its number and why; the rest is used. Snapshots
 * come back in date order (a history is written in the order audits were recorded, which an
 * `--as-of` in the past changes).
 *
 * The text may be the file's bytes one character per byte (latin1), with `decode` turning a line
 * into its real text: the CLI reads it so (history-file.ts) because JSON.parse of one-byte text is
 * about three times as fast as decoding UTF-8 and parsing that. Everything read of every line — dates,
 * figures, enums, digests — is ASCII, the same either way; names (in a snapshot compared in full,
 * the names compared across audits, a skipped line's field) are read from the decoded line.
 */
import type { CalendarDate } from '../dates';
import { fastSummary } from './fast-line';
import { parseLine, splitLines, type Skipped } from './lines';
import { byDate, summarize, type Point, type Summary } from './progress';
import type { Snapshot } from './schema';
import { snapshotProblem } from './validate';

export interface HistoryRead {
  /** By audit date, oldest first; one per date: progress's summary of each, its whole snapshot on demand. */
  snapshots: { line: number; point: Point }[];
  skipped: Skipped[];
  /** Lines that held anything at all (blank lines are not counted). */
  lines: number;
}

/**
 * From how many lines on a history is read through fast-line.ts first: its expression takes some
 * 2 ms to compile, about what the full check spends on 30 lines in a process just started.
 */
export const FAST_FROM_LINES = 30;

/** `fast`: whether to try fast-line.ts on each line first (by default, from FAST_FROM_LINES lines on); the result is the same. */
export function readHistory(text: string, decode: (line: string) => string = (line) => line, fast?: boolean): HistoryRead {
  const skipped: Skipped[] = [];
  const dated = new Map<CalendarDate, { line: number; point: Point }>();
  let lines = 0;
  const keep = (line: number, summary: Summary, whole: () => Snapshot) => {
    const earlier = dated.get(summary.asOf);
    // check --record never writes a date twice; a repeat made by hand: the later line wins.
    if (earlier !== undefined) skipped.push({ line: earlier.line, reason: { kind: 'duplicate_date', asOf: summary.asOf, keptLine: line } });
    dated.set(summary.asOf, { line, point: { summary, recorded: true, snapshot: whole } });
  };
  const all = splitLines(text);
  const quick = fast ?? all.length >= FAST_FROM_LINES;
  // By index: destructuring entries() walks an iterator per line, which cold code pays for in full.
  for (let index = 0; index < all.length; index++) {
    const raw = all[index]!;
    if (raw.trim() === '') continue;
    lines += 1;
    const line = index + 1;
    // Only the summary is kept; the line's text is parsed again if its snapshot is compared in full.
    const whole = () => JSON.parse(decode(raw)) as Snapshot;
    const summary = quick ? fastSummary(raw, whole) : undefined;
    if (summary !== undefined) {
      keep(line, summary, whole);
      continue;
    }
    const parsed = parseLine(raw);
    if ('reason' in parsed) {
      skipped.push({ line, reason: parsed.reason });
      continue;
    }
    if (snapshotProblem(parsed.value) !== undefined) {
      // The field's path may hold a debt's name: named from the decoded line.
      skipped.push({ line, reason: { kind: 'invalid', field: snapshotProblem(JSON.parse(decode(raw))) ?? '' } });
      continue;
    }
    keep(line, summarize(parsed.value as Snapshot, whole), whole);
  }
  skipped.sort((a, b) => a.line - b.line);
  const snapshots = [...dated.values()].sort((a, b) => byDate(a.point, b.point));
  return { snapshots, skipped, lines };
}
