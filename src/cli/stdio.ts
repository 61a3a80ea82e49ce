/**
 * Standard output and error, written with write(2) on the file descriptors rather than through
 * process.stdout / process.stderr. Touching those getters makes Node build stream objects — and for
 * standard input a file stream that loads fs/promises and readline — several milliseconds of every
 * start for nothing (docs/benchmarks.md). Whole reports are written in one call, so a report is out
 * whole or not at all, as with Node's own stdio, which is synchronous for files, pipes and
 * terminals on Linux and macOS.
 *
 * TTY checks are lazy for the same reason (node:tty loads node:net): a `--json` run never asks.
 */
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import { cliText } from '../i18n/cli';
import type { Lang } from '../i18n/lang';
import { EXIT, exitNow } from './exit';
import { writeFailure } from './io';

/**
 * What happens when standard output cannot be written: a reader that went away (`| head -1`, EPIPE)
 * is not an error — end quietly with the code so far; anything else (a full disk, an I/O error) means
 * the report did not get out whole — say so and exit 2, never with a stack trace.
 */
export function outputFailed(error: NodeJS.ErrnoException, lang: Lang, fd = 1): never {
  if (error.code === 'EPIPE') exitNow();
  if (fd === 2) exitNow(EXIT.badInput);
  const t = cliText(lang);
  const reason = error.code === 'EBADF' ? t.stdoutClosed : (writeFailure(error, lang) ?? error.code ?? error.message);
  try {
    writeSync(2, `${t.outputFailed(reason)}\n`);
  } catch {
    /* standard error failed too: the exit code is all that is left */
  }
  exitNow(EXIT.badInput);
}

let pause: Int32Array | undefined;

/**
 * One buffer for the writes of up to SCRATCH_MAX bytes: a check over a folder writes a report of
 * tens of kilobytes per profile, and a new buffer for each is garbage the engine has to collect.
 * A larger text (one JSON array of many reports) gets a buffer of its own, not kept.
 */
let scratch = Buffer.allocUnsafe(0);
const SCRATCH_MAX = 4 * 1024 * 1024;

/**
 * Writes all of `text` to `fd`. A descriptor another program left non-blocking can refuse with
 * EAGAIN while the reader catches up: wait a millisecond and go on. Failures go to outputFailed.
 */
export function writeAll(fd: 1 | 2, text: string, lang: Lang): void {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const most = text.length * 3;
  if (most > scratch.length && most <= SCRATCH_MAX) scratch = Buffer.allocUnsafe(Math.max(most, 65_536));
  const bytes = most <= scratch.length ? scratch : Buffer.from(text, 'utf8');
  const length = bytes === scratch ? scratch.write(text, 0, 'utf8') : bytes.length;
  let offset = 0;
  while (offset < length) {
    try {
      offset += writeSync(fd, bytes, offset, length - offset);
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      if (failure.code !== 'EAGAIN') outputFailed(failure, lang, fd);
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * Whether a descriptor is a terminal. node:tty (which loads node:net and the stream machinery, a few
 * ms and a few hundred KB of a start) is asked only about a character device that is not /dev/null:
 * a pipe, a file or /dev/null — how scripts run the CLI — is answered by fstat alone. A descriptor
 * fstat cannot read is not a terminal (tty.isatty says so too). Node ≥ 20.16 has getBuiltinModule.
 */
export function isTerminal(fd: 0 | 1): boolean {
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stat.isCharacterDevice() || isDevNull(stat)) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

function isDevNull(stat: Stats): boolean {
  try {
    const devNull = statSync('/dev/null');
    return devNull.isCharacterDevice() && devNull.rdev === stat.rdev;
  } catch {
    return false; // no /dev/null (Windows): node:tty decides
  }
}
