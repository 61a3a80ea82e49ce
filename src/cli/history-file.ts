/**
 * The history file on disk (issue 17): where it is, reading it, and writing a snapshot into it under
 * a lock. What goes into a line and how a history's lines are read is domain code (src/history);
 * this module does the I/O.
 *
 * Writing (`recordLine`), under `<history>.lock`:
 * - a snapshot of a new date is appended with one write(2) on a descriptor opened for appending;
 *   a snapshot of a date already there replaces it, through writeFileAtomic (a temporary file,
 *   then rename), keeping the file's permission bits. Every other line is kept byte for byte —
 *   the history is handled as bytes (src/history/lines.ts), so even a line that is not UTF-8 survives.
 * - the lock is an exclusive create of `<history>.lock` (O_EXCL), holding `pid host time`; a run
 *   that finds it waits and tries again, 10–40 ms at a time, says so after LOCK_NOTICE_MS, and
 *   after LOCK_WAIT_MS stops with exit 2, naming the process that holds it. A lock is stale — and
 *   is removed — when the process that took it is gone (same host, no such pid) or when it is
 *   older than STALE_LOCK_MS (a holder keeps it for milliseconds; an older one outlived its
 *   process, or its pid was reused). The lock is removed when the run ends, however it ends short
 *   of a signal without a handler (SIGKILL, SIGQUIT…) or a crash of Node; a lock so left is stale.
 */
import { closeSync, constants, fstatSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { fileProblem, UserError } from '../errors';
import { planRecord, type RecordPlan, type Skipped } from '../history/lines';
import { historyText } from '../i18n/history';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import { fsProblem, readInputFile, readOpenFile, writeFileAtomic, writeProblem } from './io';

/** A history may be much larger than a profile: 64 MB is some 20,000 audits of a profile with ten debts. */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
export const LOCK_WAIT_MS = 10_000;
export const STALE_LOCK_MS = 30_000;
export const LOCK_NOTICE_MS = 1_000;

/**
 * Beside the profile: `my.yaml` → `my.history.ndjson` (also .yml and .json, in any case). Read off
 * the name without a regular expression: compiling one cost a record ~0.1 ms.
 */
export function defaultHistoryPath(profilePath: string): string {
  const dot = profilePath.lastIndexOf('.');
  const extension = profilePath.slice(dot + 1).toLowerCase();
  const known = dot !== -1 && (extension === 'yaml' || extension === 'yml' || extension === 'json');
  return `${known ? profilePath.slice(0, dot) : profilePath}.history.ndjson`;
}

/**
 * A history for `progress`: its bytes as text of one character per byte (latin1), and how to decode
 * a line of it as UTF-8 — what readHistory (src/history/read.ts) takes, and why. Missing, empty or
 * unreadable: one line, exit 2.
 */
export function readHistoryBytes(path: string, lang: Lang): { text: string; decode: (line: string) => string } {
  const t = historyText(lang);
  if (!exists(path)) throw new UserError(t.missing(path));
  const text = latin1(readInputFile(path, lang, MAX_HISTORY_BYTES));
  if (text.trim() === '') throw new UserError(t.empty(path));
  return { text, decode: utf8Of };
}

function latin1(bytes: Uint8Array): string {
  return bufferOf(bytes).toString('latin1');
}

/** The same bytes as a Buffer (no copy), for Node's decoders and searches. */
export function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** A line read one character per byte, as the UTF-8 text it is (bytes that are not UTF-8 become U+FFFD). */
export function utf8Of(line: string): string {
  return Buffer.from(line, 'latin1').toString('utf8');
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * Puts one snapshot line (UTF-8 text ending in a newline) of date `asOf` into the history at
 * `path`, under its lock: appended, or in place of that date's snapshot.
 */
export async function recordLine(path: string, line: string, asOf: string, lang: Lang, notice: (text: string) => void): Promise<RecordPlan> {
  return withLock(path, lang, notice, () => {
    // One descriptor reads the history and appends to it: a record of a new date makes one open,
    // fstat, read, write and close of it (each call costs a record some 50 µs here).
    const history = openHistory(path, lang);
    let plan: RecordPlan;
    try {
      plan = planRecord(history.bytes, Buffer.from(line, 'utf8'), asOf);
      if (plan.write.kind === 'append') appendBytes(history.fd, path, plan.write.bytes, lang);
    } catch (error) {
      closeQuietly(history.fd);
      throw error;
    }
    // Closed before anything else: a close can report a failed write (a network file system), and
    // a rewrite renames over the file, which some systems refuse while it is open.
    try {
      closeSync(history.fd);
    } catch (error) {
      throw writeProblem(path, error, lang);
    }
    if (plan.write.kind === 'rewrite') writeFileAtomic(path, plan.write.bytes, { overwrite: true, lang, mode: history.mode });
    return plan;
  });
}

/**
 * The history open for reading and appending, its bytes and its permission bits; created empty
 * when there is none yet (then with no bits to keep: a rewrite needs a snapshot already there).
 * Refused, with the reason a user can act on: one that cannot be opened (whyNotOpened), and what
 * `refusal` names.
 */
function openHistory(path: string, lang: Lang): { fd: number; bytes: Uint8Array; mode?: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDWR | constants.O_APPEND);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw whyNotOpened(path, lang, error);
    // None yet: created, and not judged by its bits, which the umask may have taken the write bits
    // from (this descriptor writes all the same).
    try {
      return { fd: openSync(path, 'a+', 0o644), bytes: new Uint8Array(0) };
    } catch (createError) {
      throw whyNotOpened(path, lang, createError);
    }
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(path, stat, lang);
    if (refused !== undefined) throw refused;
    return { fd, bytes: readOpenFile(fd, path, lang, MAX_HISTORY_BYTES, stat), mode: stat.mode & 0o7777 };
  } catch (error) {
    closeQuietly(fd);
    throw error;
  }
}

/**
 * Why the history could not be opened for reading and appending, found step by step: what
 * `refusal` names, unreadable, or not writable (no such folder, permission denied — also a history
 * this user may read but not write, even for a record that would replace it). Asked without reading
 * it: only opened for reading, and closed.
 */
function whyNotOpened(path: string, lang: Lang, error: unknown): Error {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (statError) {
    const missing = (statError as NodeJS.ErrnoException).code === 'ENOENT';
    return missing ? writeProblem(path, error, lang) : fsProblem(path, statError, lang);
  }
  // Refused before it is opened for reading: a pipe would wait for a writer.
  const refused = refusal(path, stat, lang);
  if (refused !== undefined) return refused;
  try {
    closeSync(openSync(path, 'r'));
  } catch (readError) {
    return fsProblem(path, readError, lang);
  }
  return writeProblem(path, error, lang);
}

/**
 * What no record writes into, whoever runs it: a folder, any other file that is not a regular one
 * (a pipe would never end), one marked read-only (chmod a-w) — the user protects it, even from root,
 * who could open it; a rewrite's rename would replace it all the same.
 */
function refusal(path: string, stat: Stats, lang: Lang): Error | undefined {
  if (stat.isDirectory()) return fileProblem(path, messagesFor(lang).isDirectory());
  if (!stat.isFile()) return new UserError(historyText(lang).notAFile(path));
  if ((stat.mode & 0o222) === 0) return new UserError(historyText(lang).readOnly(path));
  return undefined;
}

function appendBytes(fd: number, path: string, bytes: Uint8Array, lang: Lang): void {
  try {
    // One write(2) for the whole line, at the end (the descriptor appends), so other readers never
    // see half a line from a live process (writeSync loops only if the system wrote less); a crash
    // mid-write leaves a damaged last line, which is reported and skipped, and the next record
    // starts on a line of its own.
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    throw writeProblem(path, error, lang);
  }
}

/** Closed on the way out of an error: that error is the one to tell. */
function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* see above */
  }
}

/* ---- the lock ---- */

export interface Holder {
  pid: number;
  host: string;
  time: number;
}

/**
 * Runs `work` holding the history's lock. The work must be synchronous (a promise is refused by the
 * type): a callback that ran on after `finally` would run without the lock.
 */
async function withLock<T>(path: string, lang: Lang, notice: (text: string) => void, work: () => Exclude<T, PromiseLike<unknown>>): Promise<T> {
  const lock = `${path}.lock`;
  const host = await machineName();
  const me = `${process.pid} ${host} ${Date.now()}\n`;
  const started = Date.now();
  let holder: Holder | undefined;
  let noticed = false;
  for (;;) {
    if (tryCreate(lock, me, path, lang)) break;
    holder = readHolder(lock);
    if (holder === undefined) continue; // released meanwhile: try again at once
    if (isStale(holder, host)) {
      breakStale(lock, holder);
      continue;
    }
    const waited = Date.now() - started;
    if (waited > LOCK_WAIT_MS) throw new UserError(historyText(lang).locked(path, `pid ${holder.pid}`, Math.round(LOCK_WAIT_MS / 1000)));
    // Said once, after a second: a run that waits longer than a record takes is not left silent.
    if (!noticed && waited > LOCK_NOTICE_MS) {
      noticed = true;
      notice(historyText(lang).waiting(path, `pid ${holder.pid}`));
    }
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.floor(Math.random() * 30)));
  }
  // The work is synchronous: Node runs a signal's handler (entry.ts) or any other callback only
  // between tasks, so `finally` releases the lock however the work ends, short of what ends the
  // process at once — a signal with no handler (SIGKILL, SIGQUIT…) or a crash of Node itself. A
  // lock so left names a process that is gone: stale for the next run on this machine at once
  // (isStale), for one on another machine after STALE_LOCK_MS.
  try {
    return work();
  } finally {
    try {
      // Only our own lock: had it been judged stale and broken, the one there now is another run's.
      if (readFileSync(lock, 'utf8') === me) unlinkSync(lock);
    } catch {
      /* already gone */
    }
  }
}

/** Takes the lock; false when another run holds it. Any other failure (no such folder, no permission) is the user's error. */
function tryCreate(lock: string, content: string, path: string, lang: Lang): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeProblem(path, error, lang);
  }
  try {
    writeSync(fd, content);
    closeSync(fd);
  } catch (error) {
    // Not left behind empty (a full disk): it would read as held by nobody for STALE_LOCK_MS.
    closeQuietly(fd);
    try {
      unlinkSync(lock);
    } catch {
      /* the error below is the one to tell */
    }
    throw writeProblem(path, error, lang);
  }
  return true;
}

/** Who holds the lock; undefined when it is gone. A lock just created and not yet written reads as held now. */
function readHolder(lock: string): Holder | undefined {
  let text: string;
  let mtime: number;
  try {
    const fd = openSync(lock, 'r');
    try {
      mtime = fstatSync(fd).mtimeMs;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const [pid, host, time] = text.trim().split(' ');
  const parsed = { pid: Number(pid), host: host ?? '', time: Number(time) };
  return Number.isInteger(parsed.pid) && parsed.pid > 0 && Number.isFinite(parsed.time) ? parsed : { pid: 0, host: '', time: mtime };
}

/**
 * This machine's name, as os.hostname() gives it (a lock names the host its holder runs on). On
 * Linux it is read from /proc, as the kernel keeps it for this UTS namespace: node:os, which a
 * record would otherwise load for this one call, costs more than the record's own write.
 */
export async function machineName(): Promise<string> {
  try {
    // The kernel ends it with a newline; anything else is the name, as gethostname(2) gives it.
    const text = readFileSync('/proc/sys/kernel/hostname', 'utf8');
    const name = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (name !== '') return name;
  } catch {
    /* not Linux */
  }
  return (await import('node:os')).hostname();
}

export function isStale(holder: Holder, host: string): boolean {
  if (Date.now() - holder.time > STALE_LOCK_MS) return true;
  if (holder.pid === 0 || holder.host !== host) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock without removing a live one: it is first moved aside (rename is atomic, so
 * of several runs breaking it one moves it), then checked to be the lock judged stale; if another
 * run had meanwhile broken it and taken a new one, that one is what was moved, and it is put back.
 */
function breakStale(lock: string, judged: Holder): void {
  const aside = `${lock}.${process.pid}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // another run moved it first
  }
  const moved = readHolder(aside);
  if (moved !== undefined && (moved.pid !== judged.pid || moved.time !== judged.time)) {
    try {
      // link(2) fails if a lock exists again: then the run holding that one goes first, as it should.
      linkSync(aside, lock);
    } catch {
      /* see above */
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    /* gone */
  }
}

/** The line for each skipped line of a history. */
export function skippedLines(path: string, skipped: readonly Skipped[], lang: Lang): string[] {
  const t = historyText(lang);
  return skipped.map(({ line, reason }) => {
    let why: string;
    switch (reason.kind) {
      case 'newer_version':
        why = t.skipReason.newer_version(reason.version);
        break;
      case 'invalid':
        why = t.skipReason.invalid(reason.field);
        break;
      case 'duplicate_date':
        why = t.skipReason.duplicate_date(reason.asOf, reason.keptLine);
        break;
      default:
        why = t.skipReason[reason.kind]();
    }
    return t.skippedLine(path, line, why);
  });
}
