/**
 * The bundle's entry (dist/cli.cjs): runs the CLI, sets the exit code, and owns the process-wide
 * events — a closed or failing stdout, Ctrl-C, and anything thrown outside `main`'s own handling —
 * so that none of them ends in a stack trace (product.md: exit codes, output discipline).
 */
import { UserError } from '../errors';
import type { Lang } from '../rules/types';
import { resolveLang } from './context';
import { main } from './main';

const BAD_INPUT = 2;
const INTERRUPTED = 130;

const argv = process.argv.slice(2);
const lang: Lang = resolveLang(langFlag(argv), process.env) ?? 'en';
const currentCode = () => (typeof process.exitCode === 'number' ? process.exitCode : 0);

/** Best effort: stderr itself may be what failed. */
function say(en: string, zh: string): void {
  try {
    process.stderr.write(`${lang === 'zh' ? zh : en}\n`);
  } catch {
    /* nothing more can be said */
  }
}

// A reader that goes away (`| head -1`) is not an error: end quietly with the code we have.
// Any other failure to write the report (a full disk, an I/O error) means it did not get out whole:
// say so and exit 2, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(currentCode());
  say(
    `limit-audit: the report could not be written to standard output: ${writeReason(error)}`,
    `limit-audit：报告无法写入标准输出：${writeReason(error)}`,
  );
  process.exit(BAD_INPUT);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? currentCode() : BAD_INPUT);
});

// Ctrl-C: exit 130. Reports go out with synchronous writes, each whole, so whatever stdout holds now
// is complete; on platforms where pipe writes are queued, wait for the queue to drain first.
// The loader yields to the event loop before each document (see parseDocumentAs), which is when
// this runs during a long `check`. A second Ctrl-C does not wait.
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts += 1;
  process.exitCode = INTERRUPTED;
  if (interrupts > 1 || process.stdout.writableLength === 0) process.exit(INTERRUPTED);
  process.stdout.once('drain', () => process.exit(INTERRUPTED));
});

// Errors that escape `main` (a rejected promise nobody awaited, a throw in a callback): a user
// error keeps its message and exit code; anything else is reported as a bug, without a stack.
const escaped = (error: unknown) => {
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

function writeReason(error: NodeJS.ErrnoException): string {
  const zh = lang === 'zh';
  switch (error.code) {
    case 'ENOSPC':
      return zh ? '磁盘空间不足' : 'no space left on the device';
    case 'EDQUOT':
      return zh ? '超出磁盘配额' : 'disk quota exceeded';
    case 'EIO':
      return zh ? '输入/输出错误' : 'input/output error';
    case 'EBADF':
      return zh ? '标准输出已关闭' : 'standard output is closed';
    default:
      return error.code ?? error.message;
  }
}
