/**
 * Auditing one profile and printing its report: the part `check` does for each profile and the
 * questionnaire does for its answers, so that both print the very same report.
 */
import { version } from '../../package.json';
import { addMonths, monthIndex, monthOf, type CalendarDate } from '../dates';
import { cliText } from '../i18n/cli';
import type { Lang } from '../i18n/lang';
import type { Profile } from '../profile/schema';
import { runAudit, type AuditOutcome } from '../audit';
import { assembleReport } from '../report/assemble';
import type { Report } from '../report/schema';
import { SEVERITIES } from '../findings';
import type { RulesConfig } from '../rules/types';
import type { CliContext } from './context';
import { loadProfile, loadRulesConfig, loadSnapshot, macroFor, STDIN, type LoadedSnapshot } from './load';
import type { AuditOptions } from './options';
import { renderReports } from './render';

/** What every profile of a run is audited against: the macro snapshot and the rules config. */
export interface RunInputs {
  snapshot: LoadedSnapshot;
  config: RulesConfig | undefined;
}

/** Read once per run, before any profile: a bad --macro or --config is bad usage for all of them. */
export async function loadRunInputs(opts: Pick<AuditOptions, 'macro' | 'config'>, lang: Lang): Promise<RunInputs> {
  const snapshot = await loadSnapshot(opts.macro, lang);
  const config = await loadRulesConfig(opts.config, lang);
  return { snapshot, config };
}

export function auditProfile(profile: Profile, source: string, opts: AuditOptions, ctx: CliContext, inputs: RunInputs): Report {
  if (opts.asOf !== undefined && profile.as_of !== undefined) warnFarAsOf(source, opts.asOf, profile.as_of, ctx);
  return auditedProfile(profile, source, opts, ctx, inputs).report;
}

/** The audit of one profile: its report, and the domain results and date behind it (what --record keeps). */
export function auditedProfile(
  profile: Profile,
  source: string,
  opts: Pick<AuditOptions, 'asOf' | 'share' | 'strategy' | 'plan'>,
  ctx: Pick<CliContext, 'lang' | 'today'>,
  inputs: RunInputs,
): { report: Report; outcome: AuditOutcome; asOf: CalendarDate } {
  const input = {
    profile,
    source,
    asOf: opts.asOf ?? profile.as_of ?? ctx.today(),
    lang: ctx.lang,
    macro: macroFor(profile, inputs.snapshot),
    share: opts.share,
    strategy: opts.strategy,
    includePlan: opts.plan,
    config: inputs.config,
    toolVersion: version,
  };
  const outcome = runAudit(input);
  return { report: assembleReport(outcome, input), outcome, asOf: input.asOf };
}

/**
 * Reads one profile (a file, or `-` for standard input) and audits it: what `progress` does with a
 * profile. Here, in the main bundle, rather than in progress's: main.ts hands it to progress, whose
 * bundle then holds the history code only, not a second copy of the whole audit (~200 KB to read
 * and compile on every progress run).
 */
export async function auditProfileFile(
  path: string,
  opts: Pick<AuditOptions, 'asOf' | 'share' | 'strategy' | 'macro' | 'config'>,
  ctx: Pick<CliContext, 'lang' | 'today'>,
): Promise<{ profile: Profile; source: string; asOf: CalendarDate; outcome: AuditOutcome }> {
  const loaded = await loadProfile(path === STDIN ? { kind: 'stdin' } : { kind: 'file', path }, ctx.lang);
  const inputs = await loadRunInputs(opts, ctx.lang);
  const { outcome, asOf } = auditedProfile(loaded.profile, loaded.source, { ...opts, plan: false }, ctx, inputs);
  return { profile: loaded.profile, source: loaded.source, asOf, outcome };
}
export type AuditProfileFile = typeof auditProfileFile;

/**
 * Audits one profile as `check` does, recording it first with --record (a history that cannot be
 * written stops the report: exit 2, nothing on stdout); returns the report, or throws a UserError.
 */
export async function auditAndRecord(profile: Profile, source: string, opts: AuditOptions, ctx: CliContext, inputs: RunInputs): Promise<Report> {
  if (!opts.record) return auditProfile(profile, source, opts, ctx, inputs);
  if (opts.asOf !== undefined && profile.as_of !== undefined) warnFarAsOf(source, opts.asOf, profile.as_of, ctx);
  const audited = auditedProfile(profile, source, opts, ctx, inputs);
  const { recordAudit } = await import('./record');
  await recordAudit({ profile, source, asOf: audited.asOf, outcome: audited.outcome }, opts.history, ctx);
  return audited.report;
}

/** How far --as-of may be from the profile's own as_of before the audit says so (on stderr). */
const AS_OF_WARN_MONTHS = 12;

/**
 * An --as-of more than 12 months away from the date the profile's figures describe is probably a
 * typo, or an old profile: the audit still runs (the exit code is the audit's), with a warning.
 */
function warnFarAsOf(source: string, asOf: CalendarDate, profileAsOf: CalendarDate, ctx: CliContext): void {
  const later = asOf > profileAsOf;
  const [from, to] = later ? [profileAsOf, asOf] : [asOf, profileAsOf];
  if (to <= addMonths(from, AS_OF_WARN_MONTHS)) return;
  // Whole months between the two dates, counted as addMonths counts them.
  let months = monthIndex(monthOf(to)) - monthIndex(monthOf(from));
  if (addMonths(from, months) > to) months -= 1;
  ctx.err(`${cliText(ctx.lang).asOfFarFromProfile(source, asOf, profileAsOf, months, addMonths(from, months) < to, later)}\n`);
}

/** Audits one already-validated profile and prints it as `check` does; returns the --fail-on exit code. */
export async function auditAndPrint(profile: Profile, source: string, opts: AuditOptions, ctx: CliContext): Promise<number> {
  const report = await auditAndRecord(profile, source, opts, ctx, await loadRunInputs(opts, ctx.lang));
  ctx.out(opts.format === 'ndjson' ? `${JSON.stringify(report)}\n` : await renderReports([report], opts.format, false, ctx));
  return failOnCode(report, opts);
}

/** 1 when a finding is at or above --fail-on (never: always 0). */
export function failOnCode(report: Report, opts: Pick<AuditOptions, 'failOn'>): number {
  if (opts.failOn === 'never') return 0;
  const level = SEVERITIES.indexOf(opts.failOn);
  return report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= level) ? 1 : 0;
}
