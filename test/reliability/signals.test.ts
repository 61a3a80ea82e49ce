/**
 * Issue 8, signals and pipes: Ctrl-C (SIGINT) → exit 130 (SIGTERM 143, SIGHUP 129) with every report on stdout whole (or,
 * for --json and the table, none at all) and no partial file; a reader that goes away (EPIPE) →
 * a quiet exit. The long run is `check` over a folder of 1,000 profiles, interrupted after it has
 * printed 1, 50 and 150 reports.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cliEnv } from '../cli/run';
import { BIN, expectCleanStderr, jsonLines, reportSchemaErrors, shellCode, startBin, tempDir, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

const COPIES = 1_000;
const EXAMPLE = readFileSync(join(ROOT, 'src/profile/example.yaml'), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let big: string;
beforeAll(() => {
  big = tempDir('la-big-');
  const profile = readFileSync(join(ROOT, 'profiles/distressed.yaml'));
  for (let i = 0; i < COPIES; i++) writeFileSync(join(big, `p${String(i).padStart(4, '0')}.yaml`), profile);
});
afterAll(() => rmSync(big, { recursive: true, force: true }));

describe('Ctrl-C during a long check', () => {
  for (const after of [1, 50, 150]) {
    it(`--format ndjson, interrupted after ${after} report(s): exit 130, only whole JSON lines, quiet`, async () => {
      const run = startBin(['check', big, '--format', 'ndjson', '--fail-on', 'never']);
      await run.linesOut(after);
      run.child.kill('SIGINT');
      const result = await run.exited;
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
    it(`--format ${format}: one document or nothing — interrupted, nothing on stdout, exit 130`, async () => {
      const run = startBin(['check', big, '--format', format, '--fail-on', 'never']);
      await sleep(500); // well inside a run of several seconds
      run.child.kill('SIGINT');
      const result = await run.exited;
      expect(shellCode(result)).toBe(130);
      expect(result.stdout).toBe('');
      expectCleanStderr(result.stderr);
    });
  }
});

describe('SIGTERM and SIGHUP during a long check: handled like Ctrl-C, with the code a shell gives the signal', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} after 20 reports: exit ${code} from limit-audit itself, only whole JSON lines, quiet`, async () => {
      const run = startBin(['check', big, '--format', 'ndjson', '--fail-on', 'never']);
      await run.linesOut(20);
      run.child.kill(signal);
      const result = await run.exited;
      expect(result.signal).toBe(null); // not Node's default death by the signal
      expect(result.code).toBe(code);
      const reports = jsonLines(result.stdout) as { source: string }[];
      expect(reports.length).toBeGreaterThanOrEqual(20);
      expect(reports.length).toBeLessThan(COPIES);
      expect(reportSchemaErrors(reports[reports.length - 1])).toEqual([]);
      expect(result.stderr).toBe('');
    });
  }

  it('SIGTERM during init, at 6 different moments: no file or the whole example, never a temporary left', async () => {
    await interruptInit('SIGTERM', 143, 6, 25); // 0 … 125 ms: before, during and after the write
  });
});

describe('Ctrl-C during init', () => {
  it('at 12 different moments: no file or the whole example, never a part of it, never a temporary left', async () => {
    await interruptInit('SIGINT', 130, 12, 12); // 0 … 132 ms: before, during and after the write
  });
});

/** `init` sent `signal` at `moments` points `stepMs` apart, from start-up on: no file or the whole example, never a part, no temporary left. */
async function interruptInit(signal: NodeJS.Signals, code: number, moments: number, stepMs: number): Promise<void> {
  const dir = tempDir('la-int-');
  const runs = Array.from({ length: moments }, async (_, k) => {
    const file = join(dir, `p${k}.yaml`);
    const run = startBin(['init', file]);
    await sleep(k * stepMs);
    run.child.kill(signal);
    const result = await run.exited;
    // Before the bundle has installed its handlers (the first milliseconds), Node's default ends it by the signal.
    if (result.signal === null) expect([0, code]).toContain(result.code);
    else expect(result.signal).toBe(signal);
    expectCleanStderr(result.stderr);
    if (existsSync(file)) expect(readFileSync(file, 'utf8')).toBe(EXAMPLE);
  });
  await Promise.all(runs);
  expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
}

describe('pipes: a reader that goes away (EPIPE), a writer that never stops', () => {
  // test/cli/output.test.ts covers `check profiles --format ndjson | head -1` and `plan … | head -2`;
  // here the writer has thousands of reports left when the reader closes.
  const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: ROOT, env: cliEnv({ BIG: big, BIN }), encoding: 'utf8', timeout: 30_000 });

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
    expect(r.stderr).toBe('<stdin>: the file is >5 MB; profiles over 5 MB are refused\nstatus=2\n');
  });

  it('a reader that closes before anything is written (| true): quiet', () => {
    const r = shell('node "$BIN" check "$BIG" --format ndjson --fail-on never | true; echo "status=${PIPESTATUS[0]}" >&2');
    expect(r.stderr).toBe('status=0\n');
  });
});
