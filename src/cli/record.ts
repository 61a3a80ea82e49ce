/**
 * `check --record` and `interview --record`: one snapshot of an audit into its history (history-file.ts
 * writes it). Loaded only when --record is given: a plain check never reads this module.
 */
import { version } from '../../package.json';
import type { AuditOutcome } from '../audit';
import type { CalendarDate } from '../dates';
import { UserError } from '../errors';
import { noNameInCommon, snapshotNames } from '../history/digest';
import { buildSnapshot, snapshotLine } from '../history/snapshot';
import type { Snapshot } from '../history/schema';
import { historyText } from '../i18n/history';
import type { Profile } from '../profile/schema';
import type { CliContext } from './context';
import { defaultHistoryPath, recordLine, skippedLines, utf8Of } from './history-file';

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
  if (plan.previous !== undefined) {
    const previous = parsePrevious(plan.previous);
    if (previous !== undefined && previous.digest.names !== snapshot.digest.names && noNameInCommon(snapshotNames(previous), snapshotNames(snapshot))) {
      ctx.err(`${t.otherProfileOnRecord(path, previous.asOf)}\n`);
    }
  }
  ctx.err(`${(plan.replaced ? t.replaced : t.recorded)(audit.asOf, path, plan.snapshots)}\n`);
}

/** The last snapshot line before this record (latin1 bytes of UTF-8), enough of it to compare names; undefined if it is not readable. */
function parsePrevious(line: string): Pick<Snapshot, 'asOf' | 'digest' | 'debts' | 'lines'> | undefined {
  try {
    const value = JSON.parse(utf8Of(line)) as Snapshot;
    return Array.isArray(value.debts) && Array.isArray(value.lines) && typeof value.digest?.names === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
