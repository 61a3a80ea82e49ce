/**
 * `limit-audit interview` (and `check` with no argument at a terminal): the questionnaire, then the
 * same diagnosis and plan as `check`, then an offer to save the answers as a profile.
 *
 * Prompts and the review go to standard error; standard output carries only the report, exactly as
 * `check` prints it. Exit codes: those of the audit; 2 when standard input is not a terminal;
 * 130 on Ctrl-C, with nothing written by the interrupted step.
 */
import { lstatSync } from 'node:fs';
import { InterruptedError, UserError } from '../errors';
import { interviewText } from '../i18n/interview';
import { historyText } from '../i18n/history';
import { DEFAULT_PROFILE_FILE, runInterview } from '../interview/flow';
import { Ask, type InterviewIO } from '../interview/questions/ask';
import { loadPrompter, type Prompter } from '../interview/questions/prompts';
import { saveProfile, type ProfileFiles } from '../interview/save';
import type { Profile } from '../profile/schema';
import type { CliContext } from './context';
import { writeFileAtomic } from './io';
import type { AuditOptions } from './options';

export type InterviewCommandOptions = AuditOptions & { save?: string };

/** What the report names as its source when the answers were not saved to a file. */
export const INTERVIEW_SOURCE = '<interview>';

export type AuditAndPrint = (profile: Profile, source: string, opts: AuditOptions, ctx: CliContext) => Promise<number>;

/** Replaceable parts, for tests: the prompts, the file system, the audit. */
export interface InterviewDeps {
  prompter?: Prompter;
  files?: ProfileFiles;
  audit?: AuditAndPrint;
}

export async function runInterviewCommand(opts: InterviewCommandOptions, ctx: CliContext, deps: InterviewDeps = {}): Promise<number> {
  const t = interviewText(ctx.lang);
  // Checked before anything is loaded: inquirer on a pipe would hang or read garbage.
  if (!ctx.stdinIsTTY) throw new UserError(t.notATerminal, 2);
  // --record: the history is beside the --save file, else --history names it — known before the questions.
  if (opts.history !== undefined) (await import('./record')).checkHistoryOption(opts, 1, ctx);
  else if (opts.record && opts.save === undefined) throw new UserError(historyText(ctx.lang).historyRequired);
  if (opts.macro !== undefined || opts.config !== undefined) {
    // A bad --macro or --config is reported before the questions, not after twenty answers.
    const { loadRunInputs } = await import('./audit-run');
    await loadRunInputs(opts, ctx.lang);
  }

  const io: InterviewIO = {
    prompter: deps.prompter ?? (await loadPrompter({ lang: ctx.lang, output: process.stderr })),
    print: (text) => ctx.err(`${text}\n`),
    lang: ctx.lang,
    // The questions are drawn on standard error: its width, when it is a terminal (stdout may be a file).
    width: deps.prompter === undefined ? promptColumns(ctx.columns) : ctx.columns,
  };
  // Every write is noted, so an interruption can say whether a complete profile was saved before it.
  const written: string[] = [];
  const baseFiles = deps.files ?? nodeFiles(ctx);
  const files: ProfileFiles = {
    exists: (path) => baseFiles.exists(path),
    write: (path, text, overwrite) => {
      baseFiles.write(path, text, overwrite);
      written.push(path);
    },
  };
  const audit = deps.audit ?? (async (profile, source, auditOpts, auditCtx) => (await import('./audit-run')).auditAndPrint(profile, source, auditOpts, auditCtx));

  try {
    const session = await runInterview(io, { asOf: opts.asOf ?? ctx.today(), savePath: opts.save, files });
    const ask = new Ask(io);
    const savedFromReview = session.saved !== undefined && session.saved.yaml === session.yaml ? session.saved.path : undefined;
    let source = savedFromReview;
    // --save writes before the audit, so the answers are safe even if the audit fails.
    if (opts.save !== undefined && savedFromReview !== opts.save) {
      source = (await saveProfile(ask, files, opts.save, session.yaml)) ?? source;
    }
    // The report names the saved file, so `check FILE` later prints the very same report.
    const exitCode = await audit(session.profile, source ?? INTERVIEW_SOURCE, opts, ctx);
    if (opts.save === undefined && source === undefined && (await ask.yes('save.offer', t.save.offer, true))) {
      const path = await ask.text({ id: 'save.path', message: t.save.path, default: DEFAULT_PROFILE_FILE });
      source = await saveProfile(ask, files, path, session.yaml);
    }
    // With the profile in a file, the audit can join its history (beside it) and the roadmap can be drawn from it.
    if (source !== undefined) {
      if (!opts.record && (await ask.yes('record.offer', t.after.record, false))) await recordAfterwards(session.profile, source, opts, ctx);
      // The roadmap joins the report on stdout only when that is a view to read (a second JSON
      // document after the first would break a script); otherwise, and on "no", its command is said.
      if (opts.format === 'table' && (await ask.yes('roadmap.offer', t.after.showRoadmap, false))) {
        await showRoadmap(session.profile, source, opts, ctx);
      } else {
        ask.say(t.after.roadmap(source));
      }
    }
    return exitCode;
  } catch (error) {
    if (error instanceof InterruptedError) {
      const last = written[written.length - 1];
      throw new InterruptedError(last === undefined ? t.interrupted : t.interruptedAfterSave(last));
    }
    throw error;
  }
}

/**
 * "Record this audit?" answered yes after the report: the audit is recorded as `check --record FILE`
 * would record it, in the history beside the saved profile. A history that cannot be written is
 * said in one line; the report is already out, so the exit code stays the audit's.
 */
async function recordAfterwards(profile: Profile, file: string, opts: InterviewCommandOptions, ctx: CliContext): Promise<void> {
  const { auditedProfile, loadRunInputs } = await import('./audit-run');
  const { recordAudit } = await import('./record');
  const audited = auditedProfile(profile, file, opts, ctx, await loadRunInputs(opts, ctx.lang));
  try {
    await recordAudit({ profile, source: file, asOf: audited.asOf, outcome: audited.outcome }, undefined, ctx);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.err(`${error.message}\n`);
  }
}

/** "Show the roadmap now?" answered yes: the roadmap of the saved profile, as `roadmap FILE` prints it. */
async function showRoadmap(profile: Profile, file: string, opts: InterviewCommandOptions, ctx: CliContext): Promise<void> {
  const [{ loadRunInputs }, { printRoadmap }, { REVIEW_HORIZON_MONTHS }] = await Promise.all([import('./audit-run'), import('./roadmap-run'), import('../timeline')]);
  await printRoadmap({ profile, source: file }, { ...opts, months: REVIEW_HORIZON_MONTHS }, ctx, await loadRunInputs(opts, ctx.lang));
}

/** The width the questionnaire wraps its lines to: standard error's, where the prompts are drawn, else the report's. */
function promptColumns(fallback: number): number {
  const columns = process.stderr.isTTY ? process.stderr.columns : undefined;
  return columns !== undefined && columns > 20 ? columns : fallback;
}

function nodeFiles(ctx: CliContext): ProfileFiles {
  return {
    exists: (path) => {
      try {
        lstatSync(path);
        return true;
      } catch {
        return false;
      }
    },
    write: (path, text, overwrite) => writeFileAtomic(path, text, { overwrite, lang: ctx.lang }),
  };
}
