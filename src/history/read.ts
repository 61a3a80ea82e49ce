/**
 * Reading a whole history for `progress`: every line checked in full against the schema
 * (validate.ts). A line that fails is skipped with its number and why; the rest is used. Snapshots
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
import { parseLine, splitLines, type Skipped } from './lines';
import { byDate, summarize, type Point } from './progress';
import type { Snapshot } from './schema';
import { snapshotProblem } from './validate';

export interface HistoryRead {
  /** By audit date, oldest first; one per date: progress's summary of each, its whole snapshot on demand. */
  snapshots: { line: number; point: Point }[];
  skipped: Skipped[];
  /** Lines that held anything at all (blank lines are not counted). */
  lines: number;
}

export function readHistory(text: string, decode: (line: string) => string = (line) => line): HistoryRead {
  const skipped: Skipped[] = [];
  const dated = new Map<CalendarDate, { line: number; point: Point }>();
  let lines = 0;
  for (const [index, raw] of splitLines(text).entries()) {
    if (raw.trim() === '') continue;
    lines += 1;
    const line = index + 1;
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
    const snapshot = parsed.value as Snapshot;
    const earlier = dated.get(snapshot.asOf);
    // check --record never writes a date twice; a repeat made by hand: the later line wins.
    if (earlier !== undefined) skipped.push({ line: earlier.line, reason: { kind: 'duplicate_date', asOf: snapshot.asOf, keptLine: line } });
    // Only the summary is kept; the line's text is parsed again if its snapshot is compared in full.
    const whole = () => JSON.parse(decode(raw)) as Snapshot;
    dated.set(snapshot.asOf, { line, point: { summary: summarize(snapshot, whole), recorded: true, snapshot: whole } });
  }
  skipped.sort((a, b) => a.line - b.line);
  const snapshots = [...dated.values()].sort((a, b) => byDate(a.point, b.point));
  return { snapshots, skipped, lines };
}
