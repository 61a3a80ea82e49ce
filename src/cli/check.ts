/**
 * `limit-audit check [profile...]`: audit each profile, print the reports, map findings to exit codes.
 * One bad profile does not stop the others; the highest exit code wins (product.md). With no
 * profile it reads standard input (at a terminal, main.ts starts the questionnaire instead).
 */
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import type { Report } from '../report/schema';
import { auditAndRecord, failOnCode, loadRunInputs } from './audit-run';
import { withBills } from './bills';
import type { CliContext } from './context';
import { setExitCode } from './exit';
import { expandInputs, loadProfile, STDIN } from './load';
import type { AuditOptions } from './options';
import { renderReports } from './render';
import { jsonText } from '../report/json-text';

export async function runCheck(args: string[], opts: AuditOptions, ctx: CliContext): Promise<number> {
  if (args.length === 0) args = [STDIN];
  if (args.filter((a) => a === STDIN).length > 1) throw new UserError(cliText(ctx.lang).stdinOnce);
  // Shared inputs first: a bad snapshot or config is bad usage for every profile.
  const inputs = await loadRunInputs(opts, ctx.lang);
  const profiles = expandInputs(args, ctx.lang);
  // --history names one file, one profile's history: checked before any audit is recorded.
  if (opts.history !== undefined) (await import('./record')).checkHistoryOption(opts, profiles.length, ctx);
  // JSON is one document: an array as soon as more than one profile could be meant.
  const several = args.length > 1 || profiles.some((input) => input.kind === 'file' && input.inFolder === true);

  let exitCode = 0;
  const reports: Report[] = [];
  for (const [index, input] of profiles.entries()) {
    if (index > 0 && index % PROFILES_PER_TURN === 0) await nextTurn();
    let report: Report | undefined;
    try {
      if (input.kind === 'error') throw input.error;
      const loaded = await loadProfile(input, ctx.lang);
      const profile = opts.bills ? await withBills(loaded.profile, opts.bills, opts.asOf ?? loaded.profile.as_of ?? ctx.today(), ctx) : loaded.profile;
      report = await auditAndRecord(profile, loaded.source, opts, ctx, inputs);
      exitCode = Math.max(exitCode, failOnCode(report, opts));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      ctx.err(`${error.message}\n`);
      exitCode = Math.max(exitCode, error.exitCode);
    }
    // Known to the process before each report goes out, so a reader that closes the pipe early
    // (`| head -1`) still gets the code of what was audited so far (stdio.ts, EPIPE).
    setExitCode(exitCode);
    if (report === undefined) continue;
    // ndjson streams: each report goes out whole as soon as it is ready, and is not kept.
    if (opts.format === 'ndjson') ctx.out(jsonText(report, 'ndjson'));
    else reports.push(report);
  }
  if (opts.format !== 'ndjson' && reports.length > 0) {
    ctx.out(await renderReports(reports, opts.format, several, ctx));
  }
  return exitCode;
}

/**
 * Ctrl-C is handled when the event loop turns (cli/entry.ts), and a check is synchronous but for
 * these turns, taken between profiles — never in the middle of a report. A turn for every profile
 * cost ~0.2 ms each, a tenth of a folder check (docs/benchmarks.md); one every 8 profiles still
 * answers Ctrl-C within a few reports. None before the first: a turn runs the engine's pending
 * tasks, and the first is usually a young-generation GC scheduled while the bundle loaded (~2–5 ms),
 * which a run of one profile then ends without ever needing.
 */
const PROFILES_PER_TURN = 8;

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
