/**
 * The run's exit code, owned here: every part of the CLI sets it, reads it and ends the process
 * through this module, and every error becomes a code (and what to say) through `failure` below.
 * (The launcher, bin/limit-audit.js, sets its own before the bundle loads: the CLI is not there yet.)
 *
 * Exit codes (product.md): 0 done, nothing at or above --fail-on; 1 a finding at or above it;
 * 2 bad usage or invalid input; 130 interrupted (Ctrl-C); 129 and 143 when SIGHUP or SIGTERM end
 * the run, as a shell reports a process a signal ended (128 + its number).
 */
import { CommanderError } from 'commander';
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import type { Lang } from '../i18n/lang';

export const EXIT = { ok: 0, findings: 1, badInput: 2, hungUp: 129, interrupted: 130, terminated: 143 } as const;

/** The exit code the run has reached so far: what it ends with if it ends now (a closed pipe, say). */
export function currentExitCode(): number {
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
}

/** Sets the code the process will end with. An interrupted run stays interrupted. */
export function setExitCode(code: number): void {
  if (process.exitCode === EXIT.interrupted) return;
  process.exitCode = code;
}

/** Ends the process now, with `code` or else the code reached so far. */
export function exitNow(code: number = currentExitCode()): never {
  process.exit(code);
}

/**
 * What an error ends the run with: its exit code, and the message for standard error — none when
 * there is nothing (more) to say. Never a stack trace: anything that is not a user error is
 * reported as a bug in one message.
 */
export function failure(error: unknown, lang: Lang): { code: number; message?: string } {
  // A reader that went away (`| head -1`) is not an error: the code of what was done so far.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return { code: currentExitCode() };
  if (error instanceof CommanderError) {
    // commander has printed the help, the version or the usage error already.
    const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
    return { code: done ? EXIT.ok : EXIT.badInput };
  }
  if (error instanceof UserError) return error.message ? { code: error.exitCode, message: error.message } : { code: error.exitCode };
  return { code: EXIT.badInput, message: cliText(lang).internalError(error instanceof Error ? error.message : String(error)) };
}
