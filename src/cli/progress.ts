/**
 * `limit-audit progress <profile|history>`: the audits recorded with `check --record`, compared
 * (src/history/progress.ts). Given a profile, its history is beside it (or --history), and the
 * profile is audited now, with check's options, and shown as the latest point in place of a
 * snapshot of the same date — what `check --record` would make of it, without writing anything.
 * Given a history file, only the history is read.
 *
 * Exit codes: 0 (also with fewer than two audits: it says what it needs); 2 for a missing, empty or
 * unreadable history, a file that is not one, or bad options.
 */
import { version } from '../../package.json';
import { UserError } from '../errors';
import { progressOf, type Point } from '../history/progress';
import { readHistory } from '../history/read';
import { progressText } from '../i18n/progress';
import { auditedProfile, loadRunInputs } from './audit-run';
import type { CliContext } from './context';
import { readHistoryText, skippedLines } from './history-file';
import { loadProfile, STDIN } from './load';
import type { ProgressOptions } from './options';
import { historyPathFor, snapshotOf } from './record';

/** A history file, by its name: what `check --record` writes (.ndjson), or JSON Lines by another name. */
const HISTORY_FILE = /\.(ndjson|jsonl)$/i;

export async function runProgress(arg: string, opts: ProgressOptions, ctx: CliContext): Promise<number> {
  const t = progressText(ctx.lang);
  const given = arg !== STDIN && HISTORY_FILE.test(arg) ? { history: arg } : { profile: arg };
  if (given.history !== undefined) {
    const planOptions = (['share', 'strategy', 'macro', 'config'] as const).filter((key) => opts[key] !== undefined);
    if (planOptions.length > 0) throw new UserError(t.planOptionsNeedProfile(planOptions.map((key) => `--${key}`).join(', ')));
  }

  // The profile is read and audited first: a bad profile is reported before the history is looked at.
  let current: Point | undefined;
  let historyPath = opts.history ?? given.history;
  if (given.profile !== undefined) {
    const loaded = await loadProfile(given.profile === STDIN ? { kind: 'stdin' } : { kind: 'file', path: given.profile }, ctx.lang);
    historyPath = historyPathFor(loaded.source, opts.history, ctx);
    const inputs = await loadRunInputs(opts, ctx.lang);
    const auditOptions = { asOf: opts.asOf, share: opts.share ?? 0.2, strategy: opts.strategy ?? 'recovery', plan: false };
    const audited = auditedProfile(loaded.profile, loaded.source, auditOptions, ctx, inputs);
    current = { snapshot: snapshotOf(loaded.profile, audited.asOf, audited.outcome), recorded: false };
  }

  const path = historyPath!;
  const read = readHistory(readHistoryText(path, ctx.lang));
  if (read.snapshots.length === 0 && read.skipped.length === read.lines) throw new UserError(t.notAHistory(path));
  for (const line of skippedLines(path, read.skipped, ctx.lang)) ctx.err(`${line}\n`);

  let points: Point[] = read.snapshots.map(({ snapshot }) => ({ snapshot, recorded: true }));
  if (opts.asOf !== undefined) points = points.filter((point) => point.snapshot.asOf <= opts.asOf!);
  if (current !== undefined) {
    const asOf = current.snapshot.asOf;
    const same = points.find((point) => point.snapshot.asOf === asOf);
    current.recorded = same !== undefined && same.snapshot.digest.profile === current.snapshot.digest.profile;
    points = [...points.filter((point) => point.snapshot.asOf !== asOf), current].sort((a, b) => (a.snapshot.asOf < b.snapshot.asOf ? -1 : a.snapshot.asOf > b.snapshot.asOf ? 1 : 0));
  }

  const doc = progressOf({ points, skipped: read.skipped, history: path, profile: given.profile ?? null, lang: ctx.lang, toolVersion: version });
  for (const mixed of doc.otherProfile) ctx.err(`${t.otherProfile(path, mixed.from, mixed.to)}\n`);
  switch (opts.format) {
    case 'json':
      ctx.out(`${JSON.stringify(doc, null, 2)}\n`);
      break;
    case 'markdown': {
      const { renderProgressMarkdown } = await import('../report/progress-markdown');
      ctx.out(renderProgressMarkdown(doc));
      break;
    }
    case 'table': {
      const { renderProgressTable } = await import('../report/progress-table');
      ctx.out(renderProgressTable(doc, { color: ctx.color, width: ctx.columns }));
      break;
    }
  }
  return 0;
}
