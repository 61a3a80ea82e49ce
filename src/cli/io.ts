/**
 * File and stream I/O for the CLI layer. Domain code never imports this.
 */
import { closeSync, fchmodSync, fstatSync, fsyncSync, linkSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileProblem, InputError, UserError } from '../errors';
import { cliText, type CliText } from '../i18n/cli';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import type { CliContext } from './context';
import { MAX_INPUT_BYTES } from '../profile/load';

/**
 * Reads a whole input file as bytes, with a user-facing error for every way that can fail.
 * One open, fstat and read: a check over a folder reads thousands of files, and statSync +
 * readFileSync cost about three times as much per file (docs/benchmarks.md).
 */
export function readInputFile(path: string, lang: Lang, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fsProblem(path, error, lang);
  }
  try {
    return readOpenFile(fd, path, lang, maxBytes);
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* the bytes are read (or the error above is the one to tell); a failed close changes neither */
    }
  }
}

/**
 * The whole of a file open for reading at `fd`, read from where it stands, with readInputFile's errors.
 * `known` is the file's fstat when the caller has it already.
 */
export function readOpenFile(fd: number, path: string, lang: Lang, maxBytes: number, known?: Stats): Uint8Array {
  try {
    const stat = known ?? fstatSync(fd);
    if (stat.isDirectory()) throw fileProblem(path, messagesFor(lang).isDirectory());
    if (stat.size > maxBytes) throw tooLarge(path, lang, maxBytes, stat.size);
    // The size is a hint: a pipe or a special file says 0, and a file may grow while it is read.
    let bytes = Buffer.allocUnsafe(stat.size > 0 ? stat.size + 1 : 65_536);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        const larger = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(larger, 0, 0, length);
        bytes = larger;
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) return bytes.subarray(0, length);
      length += read;
      // A pipe or a growing file is refused at the limit, not read until memory runs out.
      if (length > maxBytes) throw tooLarge(path, lang, maxBytes);
    }
  } catch (error) {
    throw error instanceof InputError ? error : fsProblem(path, error, lang);
  }
}

/**
 * The refusal of an input over MAX_INPUT_BYTES: with its size when fstat knew it, else as "> the
 * limit" (a pipe or standard input, refused where reading stopped).
 */
function tooLarge(source: string, lang: Lang, maxBytes: number, size?: number): InputError {
  const limit = String(maxBytes / 1048576);
  const shown = size === undefined ? `>${limit}` : (size / 1048576).toFixed(1);
  return fileProblem(source, messagesFor(lang).tooLarge(shown, limit));
}

/** Reads standard input to the end, refusing more than MAX_INPUT_BYTES. */
export async function readStdin(lang: Lang): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge('<stdin>', lang, MAX_INPUT_BYTES);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** A file that could not be read, opened or listed, with fsMessage's reason. */
export function fsProblem(path: string, error: unknown, lang: Lang): InputError {
  return fileProblem(path, fsMessage(error, lang));
}

/** A short, translated reason for a file-system error code. */
export function fsMessage(error: unknown, lang: Lang): string {
  const t = messagesFor(lang);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return t.notFound();
    case 'EISDIR':
      return t.isDirectory();
    default:
      return t.cannotRead(reasonFor(cliText(lang).readReasons, code) ?? code ?? (error instanceof Error ? error.message : String(error)));
  }
}

/** The catalogue's words for an error code; undefined for a code it has none for. */
function reasonFor(reasons: CliText['readReasons'], code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : undefined;
}

export interface AtomicWriteOptions {
  /** Replace an existing file (the user passed --force or answered yes). */
  overwrite: boolean;
  lang: Lang;
  /** Permission bits of the new file (default 0o644, less the umask); a rewrite keeps the old file's with its mode. */
  mode?: number;
}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder, every byte written and
 * fsynced, then rename (and the folder fsynced). An interrupted write — a crash, a kill, a full
 * disk — leaves the old file (or no file) intact; at worst a hidden `.name.<pid>.<time>.tmp` stays
 * behind, which no folder scan reads. Without `overwrite`, an existing file is never replaced —
 * the final step is link(2), which fails if the target exists, so even a file created meanwhile
 * is safe.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, options: AtomicWriteOptions): void {
  // The name is capped so that a long target name (255 bytes is the usual limit) still leaves room.
  const temp = join(dirname(path), `.${basename(path).slice(0, 64)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'wx', options.mode ?? 0o644);
    try {
      // Exactly the bits asked for, whatever the umask: the file keeps what the one it replaces had.
      if (options.mode !== undefined) fchmodSync(fd, options.mode);
      // writeFileSync on a descriptor writes until every byte is out; a bare write(2) may stop short
      // on a nearly full disk without an error, and the truncated file would then replace the old one.
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(temp, path);
    } else {
      linkSync(temp, path);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      /* the temporary file may not exist */
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && !isDirectory(path)) {
      throw new UserError(cliText(options.lang).alreadyExists(path));
    }
    throw writeProblem(path, code === 'EEXIST' ? { code: 'EISDIR' } : error, options.lang);
  }
  syncFolder(dirname(path));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Makes the rename itself durable across a power cut; best effort (not every system can fsync a folder). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* the file is written; only its durability across a crash of the machine is not confirmed */
  }
}

/** A file that could not be written: `<path>: <writeMessage>`, exit 2. */
export function writeProblem(path: string, error: unknown, lang: Lang): UserError {
  return new UserError(`${path}: ${writeMessage(error, lang)}`);
}

/** Why a write failed, in words: the user's reason for a code they can act on, else the code. */
function writeMessage(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return writeFailure(error, lang) ?? cliText(lang).cannotBeWritten(code ?? String(error));
}

/** Why a write failed, in words, for the error codes a user can do something about; undefined for others. */
export function writeFailure(error: unknown, lang: Lang): string | undefined {
  return reasonFor(cliText(lang).writeReasons, (error as NodeJS.ErrnoException | undefined)?.code);
}

/**
 * `-o FILE` (every format of `check`, `plan` and `interview`): the command runs with an output that
 * collects what it would print, and the whole of it is written to FILE atomically when it is done —
 * a run that fails, or is interrupted, leaves FILE as it was. A run that printed nothing (every
 * profile refused) writes no file. `-o -` is standard output. The file is not a terminal: no colour
 * (unless FORCE_COLOR), no terminal chart (unless --chart), COLUMNS or 80 columns.
 * An existing FILE is replaced, as a report is meant to be written again.
 */
export async function withOutput(ctx: CliContext, path: string | undefined, run: (ctx: CliContext) => Promise<number>): Promise<number> {
  if (path === undefined || path === '-') return run(ctx);
  const chunks: string[] = [];
  const toFile: CliContext = Object.create(ctx, {
    stdoutIsTTY: { value: false },
    out: { value: (text: string) => void chunks.push(text) },
  });
  const code = await run(toFile);
  if (chunks.length > 0) writeFileAtomic(path, chunks.join(''), { overwrite: true, lang: ctx.lang });
  return code;
}
