/**
 * Shared by the reliability tests that drive the built binary: spawning it with a time limit, as
 * another user, or with stdout on a given file descriptor; and the checks every run must pass —
 * stderr without a stack trace, stdout either empty or whole JSON lines.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { buildSync, type BuildOptions } from 'esbuild';
import { expect } from 'vitest';
import { reportFor } from '../../src/report/assemble';
import { macroFor, type LoadedSnapshot } from '../../src/cli/load';
import type { Profile } from '../../src/profile/schema';
import type { Report } from '../../src/report/schema';
import { BIN, ROOT, cliEnv, type CliResult } from '../cli/run';
import { tempDir } from '../temp';

export { BIN, ROOT };

/** A run that takes longer has hung: the suite's test timeout (vitest.config.ts), far above any run even on a loaded machine. */
export const BOUNDED_MS = 120_000;

/** The audit `check` runs, with its defaults (share 0.2, recovery, the plan included, English). */
export function auditReport(profile: Profile, source: string, snapshot: LoadedSnapshot): Report {
  return reportFor({
    profile,
    source,
    asOf: profile.as_of ?? '2026-11-01',
    lang: 'en',
    macro: macroFor(profile, snapshot),
    share: 0.2,
    strategy: 'recovery',
    includePlan: true,
    toolVersion: '0.0.0-test',
  });
}

/**
 * One module of src (`entry`, from the project root) bundled as CommonJS into `dir`, for a child
 * Node to require: how the tests run our code in a process of its own (a kill mid-write, a flag
 * such as --expose-gc or --trace-opt). `options` adds to esbuild's (e.g. the CLI's minifying).
 * Returns the bundle's path.
 */
export function bundleForChild(entry: string, dir: string, options: BuildOptions = {}): string {
  const outfile = join(dir, `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}.cjs`);
  buildSync({ entryPoints: [join(ROOT, entry)], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', ...options });
  return outfile;
}

export interface BinOptions {
  input?: string | Buffer;
  cwd?: string;
  /** Run as this user and group (root only): chmod does not restrict root. */
  uid?: number;
  gid?: number;
  /** stdout as an already-open file descriptor (e.g. /dev/full) instead of a pipe. */
  stdoutFd?: number;
  env?: Record<string, string | undefined>;
  /** Another copy of bin/limit-audit.js to run (files.test.ts: one that user `nobody` can reach). */
  bin?: string;
}

/** Runs the built CLI to the end with a time limit; `code` is null when it had to be killed. */
export function runBin(args: string[], options: BinOptions = {}): CliResult & { signal: NodeJS.Signals | null } {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: BOUNDED_MS,
    killSignal: 'SIGKILL',
  };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  if (options.stdoutFd !== undefined) spawnOptions.stdio = ['pipe', options.stdoutFd, 'pipe'];
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], spawnOptions);
  return { code: result.status, signal: result.signal, stdout: (result.stdout as string | null) ?? '', stderr: (result.stderr as string | null) ?? '' };
}

/** Starts the built CLI in the background (for signals); stdout and stderr are collected. */
export function startBin(args: string[], options: { cwd?: string } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    for (const listener of listeners) listener();
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  /** Resolves once stdout holds at least `lines` newline characters; rejects if the process ends first. */
  const linesOut = (lines: number) =>
    new Promise<void>((resolve, reject) => {
      void exited.then((r) => reject(new Error(`the CLI ended (code ${r.code}) before printing ${lines} line(s): ${r.stderr.slice(0, 300)}`)));
      const check = () => {
        let count = 0;
        for (let i = stdout.indexOf('\n'); i !== -1 && count < lines; i = stdout.indexOf('\n', i + 1)) count += 1;
        if (count >= lines) resolve();
      };
      listeners.push(check);
      check();
    });
  return { child, exited, linesOut };
}

/** The exit code a shell reports: a process ended by signal N shows as 128 + N. */
export function shellCode(result: { code: number | null; signal: NodeJS.Signals | null }): number | null {
  if (result.code !== null) return result.code;
  if (result.signal === 'SIGINT') return 130;
  return null;
}

/** No stack trace, no Node crash banner, no "internal error" — whatever the input was. */
export function expectCleanStderr(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at \S/m);
  expect(stderr).not.toMatch(/node:internal|Node\.js v\d|Unhandled 'error' event/);
  expect(stderr).not.toMatch(/internal error|内部错误/);
}

/** stdout holds nothing, or only whole JSON lines (each one parses): never half a report. */
export function jsonLines(stdout: string): unknown[] {
  if (stdout === '') return [];
  expect(stdout.endsWith('\n'), 'stdout ends in the middle of a line').toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Validates a report against `limit-audit schema report` (the public JSON Schema), returning the errors. */
export function reportSchemaErrors(report: unknown): unknown[] {
  if (validator === undefined) {
    const printed = runBin(['schema', 'report']);
    expect(printed.code).toBe(0);
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(printed.stdout));
  }
  return validator(report) ? [] : (validator.errors ?? []);
}

/** Is the current process root (so chmod does not restrict it, and mount works)? */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The unprivileged user and group for permission tests. */
export const NOBODY = 65534;

/**
 * A copy of the built CLI (the launcher, the bundles, package.json) in a folder every user can
 * read. User `nobody` cannot reach the checkout's own bin/ when it lies in a folder of mode 0700 —
 * a clone under `mktemp -d`, a home folder — and node would fail before limit-audit ran at all.
 */
export function copyOfTheBinary(): { bin: string; folder: string } {
  const folder = tempDir('la-bin-');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(folder, part), { recursive: true });
  // Readable by all, whatever the umask was when the checkout was made; mkdtemp made the folder 0700.
  const chmod = spawnSync('chmod', ['-R', 'a+rX', folder], { encoding: 'utf8' });
  if (chmod.status !== 0) throw new Error(`chmod failed: ${chmod.stderr}`);
  return { bin: join(folder, 'bin', 'limit-audit.js'), folder };
}

/**
 * How a test runs the CLI as another user: as root, a copy of the binary (copyOfTheBinary) run as
 * nobody; as anyone else, the copy run as that user (chmod then does what another user would meet).
 * Checked to run before it is handed over, so a /tmp nobody can reach fails here, saying so.
 */
export function binAsOtherUser(): BinOptions {
  const { bin, folder } = copyOfTheBinary();
  const as: BinOptions = isRoot ? { uid: NOBODY, gid: NOBODY, bin, cwd: folder } : { bin, cwd: folder };
  const probe = runBin(['rules'], as);
  if (probe.code !== 0) throw new Error(`the copy of the binary in ${folder} does not run as this test's user (${tmpdir()} must be reachable by all): ${probe.stderr}`);
  return as;
}
