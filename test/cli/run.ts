/** Spawns the built CLI (bin/limit-audit.js → dist/cli.js) the way a user's shell would. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/limit-audit.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A clean, deterministic environment: English, no colour, fixed width, no inherited locale. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LIMIT_AUDIT_LANG: 'en', NO_COLOR: '1', COLUMNS: '100' };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PY_PTY = [
  'import os, pty, sys',
  'code = os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:]))',
  'sys.exit(code if code >= 0 else 128 - code)',
].join('\n');
let utilLinuxScript: boolean | undefined;

/** One argument as the shell reads it back: single-quoted. */
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * How to run `argv` in a real pseudo-terminal, as a command and its arguments for spawn or
 * spawnSync: util-linux `script -qfec CMD /dev/null` (quiet, flush, the command's exit code), or a
 * three-line python3 helper where `script` is not util-linux's (BSD's takes other options).
 */
export function ptyCommand(argv: readonly string[]): { command: string; args: string[] } {
  utilLinuxScript ??= /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '');
  return utilLinuxScript ? { command: 'script', args: ['-qfec', argv.map(quote).join(' '), '/dev/null'] } : { command: 'python3', args: ['-c', PY_PTY, ...argv] };
}

/** Runs through a shell pipeline, e.g. `… | head -1`, returning the shell's view. */
export function runShell(command: string, env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync('bash', ['-c', command], { cwd: ROOT, env: cliEnv(env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function spawnCli(args: string[], env: Record<string, string | undefined> = {}) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(env) });
}

/** runCli without blocking: for many runs side by side (a few at a time: `inBatches`). */
export function runCliAsync(args: string[], options: { env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs `tasks` at most `size` at a time, results in order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return results;
}

/**
 * A copy of a sample profile in a folder of its own, with a history of audits recorded beside it
 * (`check --record`) at each date given: what `progress` reads. Returns the profile's path.
 */
export function profileWithHistory(dir: string, sample: string, dates: string[]): string {
  const profile = `${dir}/${sample}.yaml`;
  spawnSync('cp', [`${ROOT}/profiles/${sample}.yaml`, profile]);
  for (const asOf of dates) {
    const r = runCli(['check', profile, '--record', '--as-of', asOf, '--fail-on', 'never', '--json']);
    if (r.code !== 0) throw new Error(`check --record ${asOf}: ${r.stderr}`);
  }
  return profile;
}
