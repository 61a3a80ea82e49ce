/**
 * Issue 8, signals and pipes: Ctrl-C (SIGINT) → exit 130 (SIGTERM 143, SIGHUP 129) with every report on stdout whole (or,
 * for --json and the table, none at all) and no partial file; a reader that goes away (EPIPE) →
 * a quiet exit. The long run is `check` over a folder of 1,000 profiles, interrupted after it has
 * made 1, 20, 50 and 150 reports.
 *
 * Nothing here waits by the clock: each signal is sent at a point the test can see. A check is
 * held on a named pipe given as one of its profiles (the CLI blocks reading it, its reports before
 * it made, its handlers installed, the rest of the run ahead); `init` is watched for its files.
 */
import { closeSync, constants, existsSync, openSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cliEnv } from '../cli/run';
import { BIN, BOUNDED_MS, expectCleanStderr, jsonLines, reportSchemaErrors, shellCode, startBin } from './helpers';
import { tempDir } from '../temp';


const COPIES = 1_000;
const EXAMPLE = readFileSync(join(ROOT, 'src/profile/example.yaml'), 'utf8');
const PROFILE = readFileSync(join(ROOT, 'profiles/distressed.yaml'), 'utf8');
const copy = (i: number) => `p${String(i).padStart(4, '0')}.yaml`;

let big: string;
beforeAll(() => {
  big = tempDir('la-big-');
  for (let i = 0; i < COPIES; i++) writeFileSync(join(big, copy(i)), PROFILE);
});
afterAll(() => rmSync(big, { recursive: true, force: true }));

type Exited = Awaited<ReturnType<typeof startBin>['exited']>;

/**
 * `check` over the first `before` copies, then a named pipe, then the whole folder; `signal` is
 * sent once the CLI has opened the pipe — when its `before` reports are made and it waits, reading
 * — and only then is a profile written into the pipe, so the run goes on to meet the signal
 * between two profiles, with nearly all of it still ahead.
 */
async function interruptedCheck(format: string, before: number, signal: NodeJS.Signals): Promise<Exited> {
  const held = join(tempDir('la-fifo-'), 'held.yaml');
  const made = spawnSync('mkfifo', [held], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  const first = Array.from({ length: before }, (_, i) => join(big, copy(i)));
  const run = startBin(['check', ...first, held, big, '--format', format, '--fail-on', 'never']);
  const pipe = await whenOpened(held, run.exited);
  // ndjson: each report went out as it was made; the `before` lines are all there is until the pipe is written.
  if (format === 'ndjson') await run.linesOut(before);
  run.child.kill(signal);
  await pipe.writeFile(PROFILE);
  await pipe.close();
  return run.exited;
}

/** The write end of the named pipe `fifo`, once the CLI has opened it to read; rejects if the CLI ends first. */
function whenOpened(fifo: string, exited: Promise<Exited>): Promise<FileHandle> {
  return new Promise((resolve, reject) => {
    let opened = false;
    // Opening a pipe to write waits (in libuv's thread pool) until a reader opens it: the CLI.
    open(fifo, 'w').then((handle) => {
      opened = true;
      resolve(handle);
    }, reject);
    void exited.then((r) => {
      if (opened) return;
      reject(new Error(`the CLI ended (code ${r.code}) before it read ${fifo}: ${r.stderr.slice(0, 300)}`));
      closeSync(openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)); // lets the pending open above finish
    });
  });
}

describe('Ctrl-C during a long check', () => {
  for (const after of [1, 50, 150]) {
    it(`--format ndjson, interrupted after ${after} report(s): exit 130, only whole JSON lines, quiet`, async () => {
      const result = await interruptedCheck('ndjson', after, 'SIGINT');
      expect(shellCode(result)).toBe(130);
      expect(result.code).toBe(130); // handled by limit-audit itself, not the default signal death
      const reports = jsonLines(result.stdout) as { source: string }[];
      expect(reports.length).toBeGreaterThanOrEqual(after);
      expect(reports.length).toBeLessThan(COPIES); // it was interrupted, not finished
      // In order, each one whole and valid: the first and the last one printed.
      expect(reports[0]!.source).toBe(join(big, 'p0000.yaml'));
      expect(reportSchemaErrors(reports[0])).toEqual([]);
      expect(reportSchemaErrors(reports[reports.length - 1])).toEqual([]);
      expect(result.stderr).toBe('');
    });
  }

  for (const format of ['json', 'table']) {
    it(`--format ${format}: one document or nothing — interrupted with 50 reports made, nothing on stdout, exit 130`, async () => {
      const result = await interruptedCheck(format, 50, 'SIGINT');
      expect(shellCode(result)).toBe(130);
      expect(result.code).toBe(130);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('');
    });
  }
});

describe('SIGTERM and SIGHUP during a long check: handled like Ctrl-C, with the code a shell gives the signal', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} after 20 reports: exit ${code} from limit-audit itself, only whole JSON lines, quiet`, async () => {
      const result = await interruptedCheck('ndjson', 20, signal);
      expect(result.signal).toBe(null); // not Node's default death by the signal
      expect(result.code).toBe(code);
      const reports = jsonLines(result.stdout) as { source: string }[];
      expect(reports.length).toBeGreaterThanOrEqual(20);
      expect(reports.length).toBeLessThan(COPIES);
      expect(reportSchemaErrors(reports[reports.length - 1])).toEqual([]);
      expect(result.stderr).toBe('');
    });
  }

  it('SIGTERM during init — at its start, when its temporary file appears, when the profile appears: no file or the whole example, no temporary left', async () => {
    await interruptInit('SIGTERM', 143);
  });
});

describe('Ctrl-C during init', () => {
  it('at its start, when its temporary file appears, when the profile appears: no file or the whole example, never a part, no temporary left', async () => {
    await interruptInit('SIGINT', 130);
  });
});

/**
 * `init` sent `signal` at three moments it shows: as it starts (before the bundle has installed
 * its handlers, most likely), when its hidden temporary file appears (the write under way), and
 * when the profile appears (renamed into place). No file or the whole example, never a part, and
 * no temporary file left.
 */
async function interruptInit(signal: NodeJS.Signals, code: number): Promise<void> {
  const moments = ['start', 'temporary', 'profile'] as const;
  const runs = moments.map(async (moment) => {
    const dir = tempDir('la-int-');
    const name = `${moment}.yaml`;
    const file = join(dir, name);
    const shows = moment === 'temporary' ? (entry: string) => entry.startsWith(`.${name}.`) && entry.endsWith('.tmp') : (entry: string) => entry === name;
    // Watched before init starts, so that no file it makes goes unseen.
    const watcher = watch(dir);
    const appeared = new Promise<void>((resolve) => watcher.on('change', (_event, entry) => entry !== null && shows(String(entry)) && resolve()));
    const run = startBin(['init', file]);
    // If init has ended first, the moment is past as well: the signal comes after it either way.
    if (moment !== 'start') await Promise.race([appeared, run.exited]);
    watcher.close();
    run.child.kill(signal);
    const result = await run.exited;
    expectCleanStderr(result.stderr);
    // Handled between turns of the event loop (a write under way finishes first): exit `code`, or 0
    // if the run ended first. Before the bundle has installed its handlers (the first milliseconds),
    // or once Node has taken them down at the end of a run, Node's default ends it by the signal.
    if (result.signal === null) expect([0, code]).toContain(result.code);
    else expect(result.signal).toBe(signal);
    if (moment === 'start') {
      if (existsSync(file)) expect(readFileSync(file, 'utf8')).toBe(EXAMPLE);
    } else {
      expect(readFileSync(file, 'utf8'), moment).toBe(EXAMPLE);
    }
    expect(readdirSync(dir).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });
  await Promise.all(runs);
}

describe('pipes: a reader that goes away (EPIPE), a writer that never stops', () => {
  // test/cli/output.test.ts covers `check profiles --format ndjson | head -1` and `plan … | head -2`;
  // here the writer has thousands of reports left when the reader closes.
  const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: ROOT, env: cliEnv({ BIG: big, BIN }), encoding: 'utf8', timeout: BOUNDED_MS });

  it('check FOLDER --format ndjson | head -1: one whole line, limit-audit exits quietly (status 0)', () => {
    const r = shell('node "$BIN" check "$BIG" --format ndjson --fail-on never | head -1; echo "status=${PIPESTATUS[0]}" >&2');
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe('status=0\n');
  });

  it('check FOLDER --json | head -c 100 (one large document cut short by the reader): quiet', () => {
    const r = shell('node "$BIN" check "$BIG"/p000*.yaml --json --fail-on never | head -c 100 >/dev/null; echo "status=${PIPESTATUS[0]}" >&2');
    expect(r.stderr).toBe('status=0\n');
  });

  it('an endless standard input (yes | check -) is refused at 5 MB, not read forever: exit 2, one message', () => {
    const r = shell('yes "version: 1" | node "$BIN" check - ; echo "status=${PIPESTATUS[1]}" >&2');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('<stdin>: the file is >5 MB; files over 5 MB are refused\nstatus=2\n');
  });

  it('a reader that closes before anything is written (| true): quiet', () => {
    const r = shell('node "$BIN" check "$BIG" --format ndjson --fail-on never | true; echo "status=${PIPESTATUS[0]}" >&2');
    expect(r.stderr).toBe('status=0\n');
  });
});
