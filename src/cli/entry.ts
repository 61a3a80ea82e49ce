/**
 * The bundle's entry (dist/cli.cjs): runs the CLI, sets the exit code, and owns the process-wide
 * events — Ctrl-C, and anything thrown outside `main`'s own handling (output failures: stdio.ts) —
 * so that none of them ends in a stack trace (product.md: exit codes, output discipline).
 */
import { writeSync } from 'node:fs';
import { UserError } from '../errors';
import type { Lang } from '../rules/types';
import { resolveLang } from './context';
import { main } from './main';
import { currentExitCode } from './stdio';

const BAD_INPUT = 2;
const INTERRUPTED = 130;
const HUNG_UP = 129; // 128 + SIGHUP (1)
const TERMINATED = 143; // 128 + SIGTERM (15)

const argv = process.argv.slice(2);
const lang: Lang = resolveLang(langFlag(argv), process.env) ?? 'en';
/** Best effort: stderr itself may be what failed. */
function say(en: string, zh: string): void {
  try {
    writeSync(2, `${lang === 'zh' ? zh : en}\n`);
  } catch {
    /* nothing more can be said */
  }
}

// Output goes out through write(2) on the descriptors (stdio.ts), where a closed pipe or a full disk
// is handled as the write fails — quiet exit on EPIPE, a message and exit 2 otherwise. The stream
// objects process.stdout / process.stderr are never built on the way of a check; a command that
// does use them (the questionnaire draws on stderr) and meets EPIPE ends up in `escaped` below.

// Ctrl-C: exit 130. Every report goes out in one synchronous write, so whatever stdout has received
// is complete. A long `check` yields to the event loop between profiles (every few: check.ts),
// which is when this runs. SIGTERM (`kill`, `timeout`, a supervisor) and SIGHUP (the terminal went
// away) end the run at the same point, with the code a shell gives a process the signal ended
// (128 + its number), instead of Node's default of dying in the middle of a write.
process.on('SIGINT', () => process.exit(INTERRUPTED));
process.on('SIGTERM', () => process.exit(TERMINATED));
process.on('SIGHUP', () => process.exit(HUNG_UP));

// Errors that escape `main` (a rejected promise nobody awaited, a throw in a callback): a user
// error keeps its message and exit code; anything else is reported as a bug, without a stack.
const escaped = (error: unknown) => {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') process.exit(currentExitCode());
  if (error instanceof UserError) {
    if (error.message) say(error.message, error.message);
    process.exit(error.exitCode);
  }
  const detail = error instanceof Error ? error.message : String(error);
  say(
    `limit-audit: internal error: ${detail}\nThis is a bug in limit-audit; please report it with the command you ran.`,
    `limit-audit：内部错误：${detail}\n这是 limit-audit 的缺陷，请附上所用命令报告给我们。`,
  );
  process.exit(BAD_INPUT);
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

main(argv).then(
  (code) => {
    // Ctrl-C during the run wins over the audit's own code.
    if (process.exitCode !== INTERRUPTED) process.exitCode = code;
  },
  (error: unknown) => escaped(error),
);

function langFlag(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return args[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
