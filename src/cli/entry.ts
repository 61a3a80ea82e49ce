/**
 * The bundle's entry (dist/cli.cjs): runs the CLI, sets the exit code, and owns the process-wide
 * events — Ctrl-C, and anything thrown outside `main`'s own handling (output failures: stdio.ts) —
 * so that none of them ends in a stack trace (product.md: exit codes, output discipline).
 */
import { writeSync } from 'node:fs';
import { langOf } from '../../bin/argv.cjs';
import { EXIT, exitNow, failure, setExitCode } from './exit';
import { main } from './main';

const argv = process.argv.slice(2);
const lang = langOf(argv, process.env);

// Output goes out through write(2) on the descriptors (stdio.ts), where a closed pipe or a full disk
// is handled as the write fails — quiet exit on EPIPE, a message and exit 2 otherwise. The stream
// objects process.stdout / process.stderr are never built on the way of a check; a command that
// does use them (the questionnaire draws on stderr) and meets EPIPE ends up in `escaped` below.

// Ctrl-C: exit 130. Every report goes out in one synchronous write, so whatever stdout has received
// is complete. A long `check` yields to the event loop between profiles (every few: check.ts),
// which is when this runs. SIGTERM (`kill`, `timeout`, a supervisor) and SIGHUP (the terminal went
// away) end the run at the same point, with the code a shell gives a process the signal ended
// (128 + its number), instead of Node's default of dying in the middle of a write.
process.on('SIGINT', () => exitNow(EXIT.interrupted));
process.on('SIGTERM', () => exitNow(EXIT.terminated));
process.on('SIGHUP', () => exitNow(EXIT.hungUp));

// Errors that escape `main` (a rejected promise nobody awaited, a throw in a callback) end the run
// as main's own are ended (exit.ts): a user error with its message and code, a closed pipe quietly,
// anything else as a bug, without a stack.
const escaped = (error: unknown) => {
  const { code, message } = failure(error, lang);
  if (message !== undefined) {
    try {
      writeSync(2, `${message}\n`);
    } catch {
      /* stderr itself may be what failed: nothing more can be said */
    }
  }
  exitNow(code);
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

main(argv).then(finish, escaped);

/**
 * The run is over when `main` resolves: every report went out in a synchronous write (stdio.ts).
 * With nothing left that keeps the event loop alive — no pending write of a stream (the
 * questionnaire draws on stderr), no timer, no open handle — the process ends at once, as the error
 * path does, rather than through Node's teardown of the whole heap: a few milliseconds of every
 * run, spent on nothing a user can see (docs/benchmarks.md). Anything still pending ends the
 * natural way, so nothing is ever cut short.
 */
function finish(code: number): void {
  setExitCode(code);
  if (process.getActiveResourcesInfo().length === 0) exitNow();
}
