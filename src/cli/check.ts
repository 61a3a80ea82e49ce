/**
 * `limit-audit check [profile...]`: audit each profile, print the reports, map findings to exit codes.
 * One bad profile does not stop the others; the highest exit code wins (product.md).
 */
import { version } from '../../package.json';
import { audit, worstSeverityIndex } from '../audit';
import { UserError } from '../errors';
import type { Profile } from '../profile/schema';
import type { Report } from '../report/schema';
import { SEVERITIES, type RulesConfig } from '../rules/types';
import type { CliContext } from './context';
import { expandInputs, loadProfile, loadRulesConfig, loadSnapshot, macroFor, STDIN, type LoadedSnapshot } from './load';
import type { AuditOptions } from './main';
import { renderReports } from './render';

export async function runCheck(args: string[], opts: AuditOptions, ctx: CliContext): Promise<number> {
  if (args.length === 0) {
    if (ctx.stdinIsTTY) {
      const { runInterviewCommand } = await import('./interview');
      return runInterviewCommand(opts, ctx);
    }
    args = [STDIN];
  }
  if (args.filter((a) => a === STDIN).length > 1) {
    throw new UserError(ctx.lang === 'zh' ? '标准输入（-）只能读取一次' : 'standard input (-) can be read only once');
  }
  // Shared inputs first: a bad snapshot or config is bad usage for every profile.
  const snapshot = await loadSnapshot(opts.macro, ctx.lang);
  const config = await loadRulesConfig(opts.config, ctx.lang);
  const inputs = expandInputs(args, ctx.lang);
  // JSON is one document: an array as soon as more than one profile could be meant.
  const several = args.length > 1 || inputs.some((input) => input.kind === 'file' && input.inFolder === true);

  let exitCode = 0;
  const reports: Report[] = [];
  for (const [index, input] of inputs.entries()) {
    if (index % PROFILES_PER_TURN === 0) await nextTurn();
    try {
      if (input.kind === 'error') throw input.error;
      const loaded = await loadProfile(input, ctx.lang);
      const profile = opts.bills ? await withBills(loaded.profile, opts, ctx) : loaded.profile;
      const report = auditProfile(profile, loaded.source, opts, ctx, snapshot, config);
      exitCode = Math.max(exitCode, failOnCode(report, opts));
      // Known to the process as each report goes out, so a reader that closes the pipe early
      // (`| head -1`) still gets the code of what was audited so far (stdio.ts, EPIPE).
      process.exitCode = exitCode;
      // ndjson streams: each report goes out whole as soon as it is ready, and is not kept.
      if (opts.format === 'ndjson') ctx.out(`${JSON.stringify(report)}\n`);
      else reports.push(report);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      ctx.err(`${error.message}\n`);
      exitCode = Math.max(exitCode, error.exitCode);
      process.exitCode = exitCode;
    }
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
 * answers Ctrl-C within a few reports.
 */
const PROFILES_PER_TURN = 8;

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** `check --bills`: the bill exports' sections replace the profile's for this audit only; nothing is written. */
async function withBills(profile: Profile, opts: AuditOptions, ctx: CliContext): Promise<Profile> {
  const { loadBills, renderSummary } = await import('./import');
  const { applyImport } = await import('../import');
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const result = await loadBills(opts.bills ?? [], { months: 6, monthlyIncomeFen: Math.round(profile.income.monthly * 100), asOf }, ctx.lang);
  for (const line of renderSummary(result, ctx.lang)) ctx.err(`${line}\n`);
  return applyImport(profile, result.sections);
}

/** Audits one already-validated profile and prints it as `check` does (used by the questionnaire). */
export async function auditAndPrint(profile: Profile, source: string, opts: AuditOptions, ctx: CliContext): Promise<number> {
  const snapshot = await loadSnapshot(opts.macro, ctx.lang);
  const config = await loadRulesConfig(opts.config, ctx.lang);
  const report = auditProfile(profile, source, opts, ctx, snapshot, config);
  ctx.out(opts.format === 'ndjson' ? `${JSON.stringify(report)}\n` : await renderReports([report], opts.format, false, ctx));
  return failOnCode(report, opts);
}

function auditProfile(
  profile: Profile,
  source: string,
  opts: AuditOptions,
  ctx: CliContext,
  snapshot: LoadedSnapshot,
  config: RulesConfig | undefined,
): Report {
  return audit({
    profile,
    source,
    asOf: opts.asOf ?? profile.as_of ?? ctx.today(),
    lang: ctx.lang,
    macro: macroFor(profile, snapshot),
    share: opts.share,
    strategy: opts.strategy,
    includePlan: opts.plan,
    config,
    toolVersion: version,
  }).report;
}

/** 1 when a finding is at or above --fail-on (never: always 0). */
export function failOnCode(report: Report, opts: Pick<AuditOptions, 'failOn'>): number {
  if (opts.failOn === 'never') return 0;
  return worstSeverityIndex(report) <= SEVERITIES.indexOf(opts.failOn) ? 1 : 0;
}
