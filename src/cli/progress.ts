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
import { byDate, pointOf, progressOf, type Point } from '../history/progress';
import { readHistory } from '../history/read';
import { historyText } from '../i18n/history';
import { progressText } from '../i18n/progress';
import type { AuditProfileFile } from './audit-run';
import type { CliContext } from './context';
import { readHistoryBytes, skippedLines } from './history-file';
import { STDIN } from './stdin-arg';
import type { ProgressOptions } from './options';
import { historyPathFor, snapshotOf } from './record';
import { jsonText } from '../report/json-text';

/** A history file, by its name: what `check --record` writes (.ndjson), or JSON Lines by another name. */
const HISTORY_FILE = /\.(ndjson|jsonl)$/i;

/**
 * `auditProfile`: audit-run.ts's auditProfileFile, handed over by main.ts (see there why), loaded
 * only when a profile is given: a history alone needs none of the audit.
 */
export async function runProgress(arg: string, opts: ProgressOptions, ctx: CliContext, auditProfile: () => Promise<AuditProfileFile>): Promise<number> {
  const t = progressText(ctx.lang);
  const h = historyText(ctx.lang);
  const given = arg !== STDIN && HISTORY_FILE.test(arg) ? { history: arg } : { profile: arg };
  if (given.history !== undefined) {
    const planOptions = (['share', 'strategy', 'macro', 'config'] as const).filter((key) => opts[key] !== undefined);
    if (planOptions.length > 0) throw new UserError(t.planOptionsNeedProfile(planOptions.map((key) => `--${key}`).join(', ')));
  }

  if (given.profile === STDIN && opts.history === undefined) throw new UserError(h.progressStdinNeedsHistory);
  // The profile is read and audited first: a bad profile is reported before the history is looked at.
  let current: Point | undefined;
  let historyPath = opts.history ?? given.history;
  if (given.profile !== undefined) {
    const audited = await (await auditProfile())(given.profile, { ...opts, share: opts.share ?? 0.2, strategy: opts.strategy ?? 'recovery' }, ctx);
    historyPath = historyPathFor(audited.source, opts.history, ctx);
    current = pointOf(snapshotOf(audited.profile, audited.asOf, audited.outcome), false);
  }

  const path = historyPath!;
  const { text, decode } = readHistoryBytes(path, ctx.lang);
  const read = readHistory(text, decode);
  if (read.snapshots.length === 0 && read.skipped.length === read.lines) {
    // Nothing usable: one line saying why, rather than one per line.
    const newer = read.skipped.find((skip) => skip.reason.kind === 'newer_version')?.reason;
    throw new UserError(newer?.kind === 'newer_version' ? h.newerHistory(path, newer.version) : h.notAHistory(path));
  }
  for (const line of skippedLines(path, read.skipped, ctx.lang)) ctx.err(`${line}\n`);

  let points: Point[] = read.snapshots.map(({ point }) => point);
  if (opts.asOf !== undefined) points = points.filter((point) => point.summary.asOf <= opts.asOf!);
  if (current !== undefined) {
    const asOf = current.summary.asOf;
    const same = points.find((point) => point.summary.asOf === asOf);
    current.recorded = same !== undefined && same.snapshot().digest.profile === current.snapshot().digest.profile;
    points = [...points.filter((point) => point.summary.asOf !== asOf), current].sort(byDate);
  }

  const doc = progressOf({ points, skipped: read.skipped, history: path, profile: given.profile ?? null, lang: ctx.lang, toolVersion: version });
  for (const mixed of doc.otherProfile) ctx.err(`${h.otherProfile(path, mixed.from, mixed.to)}\n`);
  switch (opts.format) {
    case 'json':
      ctx.out(jsonText(doc));
      break;
    case 'markdown': {
      const { renderProgressMarkdown } = await import('../report/progress-views');
      ctx.out(renderProgressMarkdown(doc));
      break;
    }
    case 'html': {
      const { renderHtml } = await import('../report/html');
      ctx.out(renderHtml('progress', doc, { lang: ctx.lang, source: doc.profile ?? doc.history }));
      break;
    }
    case 'table': {
      const { renderProgressTable } = await import('../report/progress-views');
      // The total debt over the audits: at a terminal, or when asked with --chart; never with --no-chart.
      const chart = (opts.chart ?? ctx.stdoutIsTTY) ? (await import('../report/chart-balance')).progressDebtChart(doc, { width: ctx.columns, color: ctx.color }) : undefined;
      ctx.out(renderProgressTable(doc, { color: ctx.color, width: ctx.columns, chart }));
      break;
    }
  }
  return 0;
}
