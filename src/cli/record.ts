/**
 * `check --record` and `interview --record`: one snapshot of an audit into its history (history-file.ts
 * writes it). Loaded only when --record is given: a plain check never reads this module.
 */
import { version } from '../../package.json';
import type { AuditOutcome } from '../audit';
import type { CalendarDate } from '../dates';
import { UserError } from '../errors';
import { noNameInCommon, snapshotNames } from '../history/digest';
import { LINE_START } from '../history/format';
import { asciiAt } from '../history/lines';
import { buildSnapshot, snapshotLine } from '../history/snapshot';
import type { Snapshot } from '../history/schema';
import { historyText } from '../i18n/history';
import type { Profile } from '../profile/schema';
import type { CliContext } from './context';
import { bufferOf, defaultHistoryPath, recordLine, skippedLines } from './history-file';

/** Sources that are not a file: standard input and the questionnaire (load.ts, interview.ts). */
const NOT_A_FILE = /^<.*>$/;

/** The history an audit of `source` records into: --history, else beside the profile file. */
export function historyPathFor(source: string, history: string | undefined, ctx: Pick<CliContext, 'lang'>): string {
  if (history !== undefined) return history;
  if (NOT_A_FILE.test(source)) throw new UserError(historyText(ctx.lang).historyRequired);
  return defaultHistoryPath(source);
}

/** `--history` takes `--record`, and one profile. */
export function checkHistoryOption(opts: { record?: boolean }, profiles: number, ctx: Pick<CliContext, 'lang'>): void {
  const t = historyText(ctx.lang);
  if (!opts.record) throw new UserError(t.historyWithoutRecord);
  if (profiles > 1) throw new UserError(t.historyOneProfile);
}

/** The snapshot of an audit, as this version of limit-audit records it. */
export function snapshotOf(profile: Profile, asOf: CalendarDate, outcome: Pick<AuditOutcome, 'findings' | 'score' | 'planResult'>): Snapshot {
  return buildSnapshot({ profile, asOf, outcome, toolVersion: version });
}

export async function recordAudit(
  audit: { profile: Profile; source: string; asOf: CalendarDate; outcome: Pick<AuditOutcome, 'findings' | 'score' | 'planResult'> },
  history: string | undefined,
  ctx: Pick<CliContext, 'lang' | 'err'>,
): Promise<void> {
  const path = historyPathFor(audit.source, history, ctx);
  const snapshot = snapshotOf(audit.profile, audit.asOf, audit.outcome);
  const plan = await recordLine(path, snapshotLine(snapshot), audit.asOf, ctx.lang, (text) => ctx.err(`${text}\n`));
  const t = historyText(ctx.lang);
  for (const line of skippedLines(path, plan.skipped, ctx.lang)) ctx.err(`${line}\n`);
  if (plan.previous !== undefined && !sameNames(plan.previous, snapshot.digest.names)) {
    const previous = parsePrevious(plan.previous);
    if (previous !== undefined && previous.digest.names !== snapshot.digest.names && noNameInCommon(snapshotNames(previous), snapshotNames(snapshot))) {
      ctx.err(`${t.otherProfileOnRecord(path, previous.asOf)}\n`);
    }
  }
  ctx.err(`${(plan.write.kind === 'rewrite' ? t.replaced : t.recorded)(audit.asOf, path, plan.snapshots)}\n`);
}

/**
 * Whether a snapshot line's names digest is `names`, read in place. A line buildSnapshot wrote
 * begins `{"historyVersion":1,"asOf":"…","tool":{…},"digest":{"profile":"<64 hex>","names":"<64 hex>"}`.
 * The usual record follows one of the same profile, and this spares parsing that line (most of a
 * record's garbage, which a check's young generation has little room for: docs/benchmarks.md).
 * false unless the digest is exactly there, the top-level one, and the only `"digest":` of the
 * line (JSON.parse would keep the last of two): then the line is parsed to compare names.
 */
export function sameNames(line: Uint8Array, names: string): boolean {
  let at = LINE_START.length + 10;
  if (!asciiAt(line, 0, LINE_START) || !asciiAt(line, at, TOOL_START)) return false;
  // The tool object holds two strings: no brace before its end.
  for (at += TOOL_START.length; at < line.length && line[at] !== CLOSE; at++) if (line[at] === OPEN) return false;
  if (!asciiAt(line, at + 1, DIGEST_START)) return false;
  const digestAt = at + 1;
  const namesAt = digestAt + DIGEST_START.length + 64 + NAMES_KEY.length;
  if (!asciiAt(line, namesAt - NAMES_KEY.length, NAMES_KEY) || !asciiAt(line, namesAt, names) || !asciiAt(line, namesAt + names.length, '"}')) return false;
  // Searched natively: a loop over the line's ~2 KB in the interpreter cost ~1 ms.
  return bufferOf(line).indexOf(DIGEST_KEY, namesAt + names.length) === -1;
}

const OPEN = 123; // {
const CLOSE = 125; // }
const TOOL_START = '","tool":{';
const DIGEST_KEY = '"digest":';
const DIGEST_START = ',"digest":{"profile":"';
const NAMES_KEY = '","names":"';

/** The last snapshot line before this record (its UTF-8 bytes), enough of it to compare names; undefined if it is not readable. */
function parsePrevious(line: Uint8Array): Pick<Snapshot, 'asOf' | 'digest' | 'debts' | 'lines'> | undefined {
  try {
    const value = JSON.parse(bufferOf(line).toString('utf8')) as Snapshot;
    return Array.isArray(value.debts) && Array.isArray(value.lines) && typeof value.digest?.names === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
