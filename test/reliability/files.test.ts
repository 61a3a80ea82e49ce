/**
 * Issue 8, files: nothing limit-audit writes overwrites without consent; writes are atomic, so a
 * process killed in the middle of a write leaves the old file intact; file-system errors —
 * permission denied, a full disk, a read-only file system, a standard output that cannot be
 * written — end with exit 2 and one clear message, never a stack trace.
 *
 * When the suite runs as root, chmod restricts nothing, so the permission cases run the binary
 * as user `nobody` (65534) — a copy of it that nobody can reach wherever the checkout lies. The
 * full and read-only disks are small tmpfs
 * mounts, made only where mounting works (root on Linux); elsewhere those tests are skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cliEnv } from '../cli/run';
import { binAsOtherUser, bundleForChild, expectCleanStderr, isRoot, jsonLines, runBin, type BinOptions } from './helpers';
import { tempDir } from '../temp';


const MINE = 'mine: do not touch\n';
const BILL = join(ROOT, 'test/fixtures/bills/double-entry-generator/alipay-app-2023.csv');

/** Files in a folder other than the hidden temporary files an interrupted write may leave. */
const visible = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.'));
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.') && name.endsWith('.tmp'));

/* ------------------------------------------------------------------------------------------ */

describe('a write killed half-way leaves the old file intact', () => {
  // A child process runs the very writeFileAtomic the CLI uses (src/cli/io.ts, bundled here as the
  // build bundles it) once, and is SIGKILLed at one step of it. No timing: the child stops itself
  // at the step — its own fs calls wrapped, the bytes still written by the real ones — says so on
  // stdout and waits; the test sees the line and the temporary file's byte count, then kills it.
  let dir: string;
  let writer: string;
  const SIZE = 256 * 1024;
  /** Version i: a header, SIZE copies of one letter, a trailer — a torn write cannot pass for one. */
  const versionText = (i: number) => `#${i}\n${String.fromCharCode(97 + (i % 26)).repeat(SIZE)}\nend ${i}\n`;
  const WHOLE = Buffer.byteLength(versionText(1));

  beforeAll(() => {
    dir = tempDir('la-kill-');
    bundleForChild('src/cli/io.ts', dir, { loader: { '.yaml': 'text' } });
    writer = join(dir, 'writer.cjs');
    writeFileSync(
      writer,
      `'use strict';
const fs = require('node:fs');
const [target, mode, point, size] = process.argv.slice(2);
const text = '#1\\n' + 'b'.repeat(Number(size)) + '\\nend 1\\n';
/** Says where it stopped, then waits (without a timer, without using the CPU) for the SIGKILL. */
function stop(where) {
  fs.writeSync(1, where + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
const real = { writeFileSync: fs.writeFileSync, fsyncSync: fs.fsyncSync, renameSync: fs.renameSync, linkSync: fs.linkSync };
// The temporary file is open: write none of it (opened) or half of it (half), then stop.
fs.writeFileSync = (file, data, ...rest) => {
  if (typeof file === 'number' && (point === 'opened' || point === 'half')) {
    const bytes = Buffer.from(data);
    const end = point === 'half' ? bytes.length >> 1 : 0;
    for (let at = 0; at < end; ) at += fs.writeSync(file, bytes, at, end - at);
    stop(point);
  }
  return real.writeFileSync(file, data, ...rest);
};
// Every byte written, none fsynced yet (the first fsync is the temporary file's).
fs.fsyncSync = (fd) => {
  if (point === 'written') stop(point);
  return real.fsyncSync(fd);
};
// Written, fsynced and closed, not yet in place (synced); in place, the rest not done (renamed).
const atTheEnd = (name) => (from, to) => {
  if (point === 'synced') stop(point);
  real[name](from, to);
  if (point === 'renamed') stop(point);
};
fs.renameSync = atTheEnd('renameSync');
fs.linkSync = atTheEnd('linkSync');
const { writeFileAtomic } = require('./io.cjs');
writeFileAtomic(target, text, { overwrite: mode === 'replace', lang: 'en' });
stop('done');
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The steps of a write, in order; the file is in place from 'renamed' on (rename(2), or link(2) for a new file). */
  const POINTS = ['opened', 'half', 'written', 'synced', 'renamed', 'done'] as const;
  type Point = (typeof POINTS)[number];
  const inPlace = (point: Point) => POINTS.indexOf(point) >= POINTS.indexOf('renamed');
  /** How many bytes the temporary file holds when the writer stops at `point` (while it is there). */
  const tempBytes = (point: Point) => (point === 'opened' ? 0 : point === 'half' ? WHOLE >> 1 : WHOLE);

  /** Runs the writer to `point`, checks the temporary file holds the bytes it should, and SIGKILLs it there. */
  async function killAt(folder: string, target: string, mode: 'replace' | 'new', point: Point): Promise<void> {
    const child = spawn(process.execPath, [writer, target, mode, point, String(SIZE)], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const closed = new Promise<NodeJS.Signals | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve(signal));
    });
    const stopped = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout.trim());
      });
      void closed.then(() => reject(new Error(`the writer ended before stopping at ${point}: ${stderr}`)));
    });
    expect(stopped).toBe(point);
    const temps = temporaries(folder);
    if (point === 'done' || (point === 'renamed' && mode === 'replace')) expect(temps).toEqual([]);
    else expect(temps.map((temp) => statSync(join(folder, temp)).size)).toEqual([tempBytes(point)]);
    child.kill('SIGKILL');
    expect(await closed).toBe('SIGKILL');
  }

  /** After each kill: the old file until the new one is in place, the whole new one from then on; what the kill left is counted. */
  async function killAtEveryStep(mode: 'replace' | 'new', old: string | undefined) {
    const seen = { interrupted: 0, complete: 0 };
    for (const point of POINTS) {
      const folder = join(dir, `${mode}-${point}`);
      mkdirSync(folder);
      const target = join(folder, 'profile.yaml');
      if (old !== undefined) writeFileSync(target, old);
      await killAt(folder, target, mode, point);
      const expected = inPlace(point) ? versionText(1) : old;
      if (expected === undefined) expect(existsSync(target), point).toBe(false);
      else expect(readFileSync(target, 'utf8') === expected, `${point}: the file is not the ${inPlace(point) ? 'new' : 'old'} one`).toBe(true);
      expect(visible(folder)).toEqual(expected === undefined ? [] : ['profile.yaml']);
      const torn = temporaries(folder).filter((temp) => readFileSync(join(folder, temp), 'utf8') !== versionText(1));
      if (torn.length > 0) seen.interrupted += 1;
      if (inPlace(point)) seen.complete += 1;
    }
    // Both kinds happened: kills inside the write (a torn temporary file left, the target untouched) and after it.
    expect(seen.interrupted).toBeGreaterThan(0);
    expect(seen.complete).toBeGreaterThan(0);
  }

  it('replacing (--force, import --into): killed at each step, the file is the old one until the rename, the whole new one after', async () => {
    await killAtEveryStep('replace', versionText(0));
  });

  it('creating (init, interview --save, import -o): killed at each step, no file until the link, the whole one after', async () => {
    await killAtEveryStep('new', undefined);
  });

  it('the temporary files a kill leaves are hidden, so `check FOLDER` never reads them as profiles', () => {
    const folder = tempDir('la-tmpleft-');
    writeFileSync(join(folder, 'p.yaml'), readFileSync(join(ROOT, 'profiles/healthy.yaml')));
    writeFileSync(join(folder, '.p.yaml.12345.1700000000000.tmp'), 'version: 1\nincome: {monthl'); // a torn temporary
    const r = runBin(['check', folder, '--format', 'ndjson', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('nothing is overwritten without consent', () => {
  // test/cli/basics.test.ts: init refuses an existing file without --force and replaces it with it.
  // test/interview/command.test.ts and flow.test.ts: --save and the offer to save ask before replacing.
  // test/import/cli.test.ts: import -o refuses without --yes; --into needs --yes off a terminal.
  it('init onto a symbolic link, even a dangling one, refuses without --force and leaves the link alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.yaml'), MINE);
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    for (const name of ['link.yaml', 'dangling.yaml']) {
      const r = runBin(['init', join(dir, name)]);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain('already exists; not overwritten. Use --force to replace it');
      expectCleanStderr(r.stderr);
    }
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe(MINE);
    expect(existsSync(join(dir, 'nowhere.yaml'))).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  it('init onto a folder: "is a directory", exit 2, even with --force', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const args of [[], ['--force']]) {
      const r = runBin(['init', join(dir, 'sub'), ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is a directory');
      expectCleanStderr(r.stderr);
    }
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('permission denied', () => {
  // As root, run as nobody; as anyone else, chmod is enough. Either way the copy of the binary runs.
  let as: BinOptions;
  let dir: string;
  let profiles: string;
  beforeAll(() => {
    as = binAsOtherUser();
    dir = tempDir('la-perm-');
    chmodSync(dir, 0o755);
    // A folder of profiles, one of them unreadable.
    profiles = join(dir, 'profiles');
    mkdirSync(profiles, { mode: 0o755 });
    const healthy = readFileSync(join(ROOT, 'profiles/healthy.yaml'));
    for (const name of ['a.yaml', 'b-secret.yaml', 'c.yaml']) writeFileSync(join(profiles, name), healthy, { mode: 0o644 });
    chmodSync(join(profiles, 'b-secret.yaml'), isRoot ? 0o600 : 0o000);
    // A folder the user may read but not write, holding a file of theirs.
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'existing.yaml'), MINE);
    chmodSync(join(dir, 'locked', 'existing.yaml'), 0o666);
    chmodSync(join(dir, 'locked'), 0o555);
  });
  afterAll(() => {
    chmodSync(join(dir, 'locked'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unreadable profile: exit 2, "cannot be read: permission denied", nothing on stdout', () => {
    for (const command of [['check'], ['plan']]) {
      const r = runBin([...command, join(profiles, 'b-secret.yaml')], as);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${join(profiles, 'b-secret.yaml')}: cannot be read: permission denied\n`);
    }
  });

  it('an unreadable --macro or --config file: exit 2 with the same message', () => {
    for (const option of ['--macro', '--config']) {
      const r = runBin(['check', join(profiles, 'a.yaml'), option, join(profiles, 'b-secret.yaml')], as);
      expect(r.code, option).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('cannot be read: permission denied');
      expectCleanStderr(r.stderr);
    }
  });

  it('an unreadable profile in a folder: the others are audited, the error named, exit 2', () => {
    const r = runBin(['check', profiles, '--format', 'ndjson', '--fail-on', 'never'], as);
    expect(r.code).toBe(2);
    const reports = jsonLines(r.stdout) as { source: string }[];
    expect(reports.map((report) => report.source)).toEqual([join(profiles, 'a.yaml'), join(profiles, 'c.yaml')]);
    expect(r.stderr).toBe(`${join(profiles, 'b-secret.yaml')}: cannot be read: permission denied\n`);
    expectCleanStderr(r.stderr);
  });

  it('init into a folder without write permission: exit 2, "permission denied", nothing created or replaced', () => {
    const created = runBin(['init', join(dir, 'locked', 'new.yaml')], as);
    expect(created.code).toBe(2);
    expect(created.stderr).toBe(`${join(dir, 'locked', 'new.yaml')}: permission denied\n`);
    const replaced = runBin(['init', join(dir, 'locked', 'existing.yaml'), '--force'], as);
    expect(replaced.code).toBe(2);
    expect(replaced.stderr).toBe(`${join(dir, 'locked', 'existing.yaml')}: permission denied\n`);
    expect(readFileSync(join(dir, 'locked', 'existing.yaml'), 'utf8')).toBe(MINE);
    expect(readdirSync(join(dir, 'locked'))).toEqual(['existing.yaml']);
  });

  it('an unreadable sub-folder is one error in its place: the readable profiles are still audited, exit 2', () => {
    const parent = tempDir('la-perm-sub-');
    chmodSync(parent, 0o755);
    writeFileSync(join(parent, 'a.yaml'), readFileSync(join(ROOT, 'profiles/healthy.yaml')), { mode: 0o644 });
    mkdirSync(join(parent, 'private'), { mode: 0o700 });
    writeFileSync(join(parent, 'z.yaml'), readFileSync(join(ROOT, 'profiles/healthy.yaml')), { mode: 0o644 });
    if (!isRoot) chmodSync(join(parent, 'private'), 0o000);
    try {
      const r = runBin(['check', parent, '--format', 'ndjson', '--fail-on', 'never'], as);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${join(parent, 'private')}: cannot be read: permission denied\n`);
      expect((jsonLines(r.stdout) as { source: string }[]).map((report) => report.source)).toEqual([join(parent, 'a.yaml'), join(parent, 'z.yaml')]);
      // The unreadable folder given itself: the same one line.
      const alone = runBin(['check', join(parent, 'private')], as);
      expect(alone.code).toBe(2);
      expect(alone.stdout).toBe('');
      expect(alone.stderr).toBe(`${join(parent, 'private')}: cannot be read: permission denied\n`);
    } finally {
      if (!isRoot) chmodSync(join(parent, 'private'), 0o700);
    }
  });
});

/* ------------------------------------------------------------------------------------------ */

/** Mounting a small tmpfs works here (root on Linux)? Probed once; each suite mounts its own. */
const canMount = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const probe = tempDir('la-mount-probe-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted;
})();

function mountTmpfs(options: string): string {
  const dir = tempDir('la-mnt-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
  return dir;
}
function unmount(dir: string | undefined): void {
  if (dir === undefined) return;
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}
/** Writes until the device is full (the last write fails with ENOSPC). */
function fill(dir: string): void {
  try {
    writeFileSync(join(dir, 'filler'), Buffer.alloc(1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

describe.skipIf(!canMount)('a full disk (a 64 KB tmpfs, filled)', () => {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mountTmpfs('size=64k');
    writeFileSync(join(dir, 'existing.yaml'), readFileSync(join(ROOT, 'profiles/freelancer.yaml')));
    fill(dir);
  });
  afterAll(() => unmount(dir));

  it('init: exit 2, "no space left on the device", no file, no temporary left', () => {
    const r = runBin(['init', join(dir!, 'new.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${join(dir!, 'new.yaml')}: no space left on the device\n`);
    expect(readdirSync(dir!).sort()).toEqual(['existing.yaml', 'filler']);
  });

  it('init --force and import --into --yes over an existing profile: exit 2, the old file intact', () => {
    const before = readFileSync(join(dir!, 'existing.yaml'), 'utf8');
    const init = runBin(['init', join(dir!, 'existing.yaml'), '--force']);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('no space left on the device');
    const imported = runBin(['import', BILL, '--into', join(dir!, 'existing.yaml'), '--yes']);
    expect(imported.code).toBe(2);
    expect(imported.stdout).toBe('');
    expect(imported.stderr).toContain(`${join(dir!, 'existing.yaml')}: no space left on the device`);
    expectCleanStderr(imported.stderr);
    expect(readFileSync(join(dir!, 'existing.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir!).sort()).toEqual(['existing.yaml', 'filler']);
  });

  it('reading still works on a full disk: check is unaffected', () => {
    const r = runBin(['check', join(dir!, 'existing.yaml'), '--json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe(join(dir!, 'existing.yaml'));
  });

  it('no inode left for the temporary file: the same clear exit 2', () => {
    const small = mountTmpfs('size=1m,nr_inodes=3'); // the root folder and two files
    try {
      writeFileSync(join(small, 'a'), '');
      try {
        writeFileSync(join(small, 'b'), '');
      } catch {
        /* the inodes may already be used up */
      }
      const r = runBin(['init', join(small, 'new.yaml')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${join(small, 'new.yaml')}: no space left on the device\n`);
    } finally {
      unmount(small);
    }
  });
});

describe.skipIf(!canMount)('a read-only file system (a tmpfs remounted read-only)', () => {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mountTmpfs('size=1m');
    writeFileSync(join(dir, 'existing.yaml'), readFileSync(join(ROOT, 'profiles/healthy.yaml')));
    const r = spawnSync('mount', ['-o', 'remount,ro', dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`remount failed: ${r.stderr}`);
  });
  afterAll(() => unmount(dir));

  it('init, init --force, import -o: exit 2, "read-only file system", nothing changed', () => {
    const before = readFileSync(join(dir!, 'existing.yaml'), 'utf8');
    for (const [args, file] of [
      [['init', join(dir!, 'new.yaml')], 'new.yaml'],
      [['init', join(dir!, 'existing.yaml'), '--force'], 'existing.yaml'],
      [['import', BILL, '-o', join(dir!, 'imported.yaml')], 'imported.yaml'],
    ] as const) {
      const r = runBin([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${join(dir!, file)}: read-only file system`);
      expectCleanStderr(r.stderr);
    }
    expect(readdirSync(dir!)).toEqual(['existing.yaml']);
    expect(readFileSync(join(dir!, 'existing.yaml'), 'utf8')).toBe(before);
  });

  it('check reads from a read-only file system as usual', () => {
    expect(runBin(['check', join(dir!, 'existing.yaml'), '--json']).code).toBe(0);
  });
});

/* ------------------------------------------------------------------------------------------ */

describe('standard output that cannot be written (/dev/full)', () => {
  const devFull = existsSync('/dev/full');
  let fd = -1;
  beforeAll(() => {
    if (devFull) fd = openSync('/dev/full', 'w');
  });
  afterAll(() => {
    if (fd >= 0) closeSync(fd);
  });

  const commands: [string, string[]][] = [
    ['check --json', ['check', 'profiles/distressed.yaml', '--json']],
    ['check --format ndjson over a folder', ['check', 'profiles', '--format', 'ndjson']],
    ['check (table)', ['check', 'profiles/turnover-late.yaml']],
    ['plan', ['plan', 'profiles/business-owner.yaml']],
    ['schema report', ['schema', 'report']],
    ['rules', ['rules']],
    ['init - (the example to stdout)', ['init', '-']],
    ['--help', ['--help']],
  ];
  for (const [name, args] of commands) {
    it.skipIf(!devFull)(`${name}: exit 2, "could not be written to standard output: no space left on the device", no stack`, () => {
      const r = runBin(args, { stdoutFd: fd });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('limit-audit: the output could not be written to standard output: no space left on the device\n');
    });
  }

  it.skipIf(!devFull)('in Chinese too', () => {
    const r = runBin(['check', 'profiles/healthy.yaml', '--json', '--lang', 'zh'], { stdoutFd: fd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('limit-audit：输出无法写入标准输出：磁盘空间不足\n');
  });

  // The launcher answers --version itself, before the bundle loads: the same discipline there.
  it.skipIf(!devFull)('--version: exit 2 with a message, no stack; to a closed pipe: quiet', () => {
    const r = runBin(['--version'], { stdoutFd: fd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^limit-audit: the version could not be written to standard output: \S+\n$/);
    const piped = spawnSync('bash', ['-c', 'node "$BIN" --version | head -c 0; echo "status=${PIPESTATUS[0]}" >&2'], { env: cliEnv({ BIN }), encoding: 'utf8' });
    expect(piped.stderr).toBe('status=0\n');
  });
});
