/**
 * `check --record` and `progress` end to end (issue 17, sections 1 and 2), through the built binary:
 * where the history goes, concurrent records, locks, bad histories (one line, exit 2), another
 * profile's history, and the progress views in both languages, the JSON checked against
 * `limit-audit schema progress`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { binAsOtherUser, expectCleanStderr, isRoot, runBin } from '../reliability/helpers';
import { FAST_FROM_LINES } from '../../src/history/read';
import { BIN, ROOT, cliEnv, runCli } from './run';
import { tempDir } from '../temp';

/** A folder other users may enter (the tests as another user), removed after this file. */
function historyDir(): string {
  const dir = tempDir('la-history-');
  chmodSync(dir, 0o755);
  return dir;
}
/** A folder holding the sample profile as my.yaml. */
function withProfile(name = 'turnover-late', file = 'my.yaml'): { dir: string; profile: string; history: string } {
  const dir = historyDir();
  const profile = join(dir, file);
  copyFileSync(join(ROOT, 'profiles', `${name}.yaml`), profile);
  chmodSync(profile, 0o644);
  return { dir, profile, history: join(dir, `${file.replace(/\.(ya?ml|json)$/, '')}.history.ndjson`) };
}
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
const validator = (which: string) => new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(runCli(['schema', which]).stdout));
const validateHistory = validator('history');
const validateProgress = validator('progress');
const schemaErrors = (validate: ReturnType<typeof validator>, value: unknown) => (validate(value) ? [] : validate.errors);

/** A later copy of the sample: balances paid down, the audit date moved (text edits on the YAML). */
function edited(profile: string, asOf: string, replacements: [string, string][] = []): string {
  let text = readFileSync(profile, 'utf8').replace(/^as_of: .*$/m, `as_of: ${asOf}`);
  for (const [from, to] of replacements) text = text.replace(from, to);
  return text;
}

/** Runs the binary in the background; `exited` resolves when it exits, `said(text)` once stderr holds `text` (no timing). */
function background(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const said = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => stderr.includes(text) && resolve();
      listeners.push(check);
      check();
      void exited.then((r) => reject(new Error(`exited (${r.code}) without saying "${text}": ${r.stderr}`)));
    });
  return { exited, said };
}
const started = (args: string[]) => background(args).exited;

describe('check --record', () => {
  it('audits as usual and appends one snapshot beside the profile: my.yaml → my.history.ndjson', () => {
    const { profile, history } = withProfile();
    const plain = runCli(['check', profile, '--json', '--fail-on', 'never']);
    const recorded = runCli(['check', profile, '--json', '--fail-on', 'never', '--record']);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toBe(plain.stdout);
    expect(recorded.stderr).toBe(`recorded the audit of 2026-11-01 in ${history} (1 audit)\n`);
    const [line] = lines(history);
    expect(schemaErrors(validateHistory, JSON.parse(line!))).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({ historyVersion: 1, asOf: '2026-11-01', totals: { debt: 40200 } });
  });

  it('recording the same date again replaces that snapshot; another date adds one', () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const again = runCli(['check', profile, '--record', '--fail-on', 'never']);
    expect(again.stderr).toContain(`replaced the audit of 2026-11-01 in ${history} (1 audit)`);
    expect(lines(history)).toHaveLength(1);
    const next = runCli(['check', profile, '--record', '--fail-on', 'never', '--as-of', '2026-12-01', '--lang', 'zh']);
    expect(next.stderr).toContain(`已把 2026-12-01 的审查记录到 ${history}（共 2 次审查）`);
    expect(lines(history).map((l) => JSON.parse(l).asOf)).toEqual(['2026-11-01', '2026-12-01']);
  });

  it('beside a .yml or .json profile too; --history chooses another file', () => {
    for (const file of ['a.yml', 'b.json']) {
      const { profile, history } = withProfile('healthy', file);
      if (file.endsWith('.json')) writeFileSync(profile, JSON.stringify({ version: 1, as_of: '2026-11-01', income: { monthly: 9000 }, debts: [] }));
      expect(runCli(['check', profile, '--record']).code).toBe(0);
      expect(existsSync(history)).toBe(true);
    }
    const { dir, profile } = withProfile();
    const elsewhere = join(dir, 'elsewhere.ndjson');
    expect(runCli(['check', profile, '--record', '--history', elsewhere, '--fail-on', 'never']).code).toBe(0);
    expect(lines(elsewhere)).toHaveLength(1);
  });

  it('from standard input it needs --history (exit 2, one line, nothing on stdout), and then records there', () => {
    const { dir, profile } = withProfile();
    const input = readFileSync(profile);
    const refused = runCli(['check', '-', '--record'], { input });
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: '--record needs --history FILE when the profile comes from standard input or the questionnaire: there is no profile file to keep the history beside\n',
    });
    const history = join(dir, 'stdin.history.ndjson');
    expect(runCli(['check', '-', '--record', '--history', history, '--fail-on', 'never'], { input }).code).toBe(0);
    expect(lines(history)).toHaveLength(1);
  });

  it('a folder: each profile\'s history beside it', () => {
    const { dir } = withProfile();
    copyFileSync(join(ROOT, 'profiles/healthy.yaml'), join(dir, 'b.yaml'));
    const run = runCli(['check', dir, '--record', '--format', 'ndjson', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['b.history.ndjson', 'b.yaml', 'my.history.ndjson', 'my.yaml']);
    // Again: the histories are not profiles to audit.
    expect(runCli(['check', dir, '--record', '--format', 'ndjson', '--fail-on', 'never']).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('--history takes one profile, and --record', () => {
    const { dir, profile } = withProfile();
    const two = runCli(['check', profile, profile, '--record', '--history', join(dir, 'h.ndjson')]);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr.trim().split('\n')).toHaveLength(1);
    const alone = runCli(['check', profile, '--history', join(dir, 'h.ndjson')]);
    expect(alone).toMatchObject({ code: 2, stdout: '' });
    expect(alone.stderr).toContain('--history is used with --record');
    expect(existsSync(join(dir, 'h.ndjson'))).toBe(false);
  });

  it('ten runs started at once on one history: ten intact lines, no lock left behind', async () => {
    const { dir, profile, history } = withProfile();
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) => started(['check', profile, '--record', '--json', '--fail-on', 'never', '--as-of', `2027-01-${String(i + 1).padStart(2, '0')}`])),
    );
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expectCleanStderr(run.stderr);
    }
    const recorded = lines(history);
    expect(recorded).toHaveLength(10);
    for (const line of recorded) expect(schemaErrors(validateHistory, JSON.parse(line))).toEqual([]);
    expect(recorded.map((line) => JSON.parse(line).asOf).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `2027-01-${String(i + 1).padStart(2, '0')}`));
    expect(readFileSync(history, 'utf8').endsWith('\n')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['my.history.ndjson', 'my.yaml']);
  });

  it('ten runs at once for the same audit date: one line', async () => {
    const { dir, profile, history } = withProfile();
    const runs = await Promise.all(Array.from({ length: 10 }, () => started(['check', profile, '--record', '--fail-on', 'never'])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(lines(history)).toHaveLength(1);
    expect(runs.filter((run) => run.stderr.startsWith('recorded')).length).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['my.history.ndjson', 'my.yaml']);
  });

  it('a run finding the history locked waits for the lock, says so, and then sees what the holder wrote', async () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const holderLine = readFileSync(history, 'utf8');
    rmSync(history);
    // This test process holds the lock (alive, this host), as another limit-audit would.
    writeFileSync(`${history}.lock`, `${process.pid} ${hostname()} ${Date.now()}\n`);
    const run = background(['check', profile, '--record', '--fail-on', 'never']);
    await run.said(`waiting for another limit-audit (pid ${process.pid}) to finish writing ${history}…`);
    // What the holder records before it lets go: the waiting run must read it, and replace that date.
    writeFileSync(history, holderLine);
    rmSync(`${history}.lock`);
    const result = await run.exited;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`replaced the audit of 2026-11-01 in ${history} (1 audit)`);
    expect(lines(history)).toHaveLength(1);
  });

  it('a stale lock — its process gone, or older than 30 s — is removed, not waited on', async () => {
    const { history, profile } = withProfile();
    // A pid that has just exited: no process holds it.
    const gone = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('close', () => resolve(child.pid!));
    });
    for (const content of [`${gone} ${hostname()} ${Date.now()}\n`, `${process.pid} ${hostname()} ${Date.now() - 60_000}\n`]) {
      writeFileSync(`${history}.lock`, content);
      const run = runCli(['check', profile, '--record', '--fail-on', 'never']);
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(`${history}.lock`)).toBe(false);
    }
  });

  it('a read-only history: one line, exit 2, nothing on stdout, the file unchanged', () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const before = readFileSync(history, 'utf8');
    chmodSync(history, 0o444);
    for (const asOf of ['2026-11-01', '2026-12-01']) {
      const run = runCli(['check', profile, '--record', '--fail-on', 'never', '--as-of', asOf]);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${history}: the history is read-only; nothing recorded (make it writable, or choose another file with --history)\n` });
    }
    expect(readFileSync(history, 'utf8')).toBe(before);
  });

  it('a read-only history as a user who cannot open it for writing: the same one line, and no lock left behind', () => {
    const { dir, profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    chmodSync(dir, 0o777); // the other user may create the lock
    chmodSync(history, 0o444);
    const run = runBin(['check', profile, '--record', '--as-of', '2026-12-01'], binAsOtherUser());
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toBe(`${history}: the history is read-only; nothing recorded (make it writable, or choose another file with --history)\n`);
    expect(lines(history)).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name.includes('.lock'))).toEqual([]);
  });

  it('a history that is a folder, in a folder that does not exist, or a link into one: one line each, exit 2, no lock left behind', () => {
    const { dir, profile } = withProfile();
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const missing = join(dir, 'no-such-folder', 'my.history.ndjson');
    // A link to a file in a missing folder: the lock (beside the link) is taken, opening the history fails.
    const link = join(dir, 'link.history.ndjson');
    symlinkSync(missing, link);
    for (const [history, said] of [
      [folder, `${folder}: is a directory, not a file\n`],
      [missing, `${missing}: the folder does not exist\n`],
      [link, `${link}: the folder does not exist\n`],
    ] as const) {
      const run = runCli(['check', profile, '--record', '--history', history, '--fail-on', 'never']);
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: said });
    }
    expect(readdirSync(dir).sort()).toEqual(['a-folder', 'link.history.ndjson', 'my.yaml']);
  });

  it('a history that is not a regular file (a pipe): one line, exit 2, instead of waiting forever for its end', () => {
    const { dir, profile } = withProfile();
    const fifo = join(dir, 'fifo.ndjson');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Bounded (runBin kills a run that outlives BOUNDED_MS): before, this read never ended.
    const run = runBin(['check', profile, '--record', '--history', fifo, '--fail-on', 'never']);
    expect({ code: run.code, signal: run.signal, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      signal: null,
      stdout: '',
      stderr: `${fifo}: not a regular file; a history is a file that each record reads and appends to (choose one with --history)\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(['fifo.ndjson', 'my.yaml']);
  });

  it.runIf(isRoot)('a pipe another user may not open for writing: refused as not a regular file, not opened to wait for a writer', () => {
    const { dir, profile } = withProfile();
    chmodSync(dir, 0o777); // the other user may create the lock
    const fifo = join(dir, 'fifo.ndjson');
    expect(spawnSync('mkfifo', ['-m', '644', fifo]).status).toBe(0);
    const run = runBin(['check', profile, '--record', '--history', fifo, '--fail-on', 'never'], binAsOtherUser());
    expect({ code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({
      code: 2,
      signal: null,
      stderr: `${fifo}: not a regular file; a history is a file that each record reads and appends to (choose one with --history)\n`,
    });
  });

  it('a first record under a umask that takes the write bits: recorded, and only the next one is refused as read-only', () => {
    const { profile, history } = withProfile();
    const underUmask = (asOf: string) =>
      spawnSync('sh', ['-c', 'umask 222 && exec "$@"', 'sh', process.execPath, BIN, 'check', profile, '--record', '--fail-on', 'never', '--as-of', asOf], { env: cliEnv(), encoding: 'utf8' });
    const first = underUmask('2026-11-01');
    expect(first.status, first.stderr).toBe(0);
    expect(lines(history)).toHaveLength(1);
    expect(statSync(history).mode & 0o777).toBe(0o444);
    const second = underUmask('2026-12-01');
    expect(second.status).toBe(2);
    expect(second.stderr).toBe(`${history}: the history is read-only; nothing recorded (make it writable, or choose another file with --history)\n`);
    expect(lines(history)).toHaveLength(1);
  });

  // Another user exists only for root (runBin runs as nobody); as anyone else the file is their own.
  it.runIf(isRoot)('a history this user may read but not write (another user\'s, in a shared folder): refused even for its own date, which a rename could replace', () => {
    const { dir, profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const before = readFileSync(history, 'utf8');
    chmodSync(dir, 0o777);
    chmodSync(history, 0o644);
    const as = binAsOtherUser();
    for (const asOf of ['2026-11-01', '2026-12-01']) {
      const run = runBin(['check', profile, '--record', '--as-of', asOf, '--fail-on', 'never'], as);
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: `${history}: permission denied\n` });
    }
    expect(readFileSync(history, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name !== 'my.yaml' && name !== 'my.history.ndjson')).toEqual([]);
  });

  it('a history over 64 MB: one line, exit 2, for a record and for progress, before reading it', () => {
    const { profile, history } = withProfile();
    writeFileSync(history, '');
    truncateSync(history, 64 * 1024 * 1024 + 1); // sparse: nothing written, fstat says 64.0 MB and a byte
    for (const args of [['check', profile, '--record', '--fail-on', 'never'], ['progress', history]]) {
      const run = runCli(args);
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: `${history}: the file is 64.0 MB; files over 64 MB are refused\n` });
    }
  });

  it('a rewrite keeps the history\'s permission bits', () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    chmodSync(history, 0o600);
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    expect(readFileSync(history, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    expect(statSync(history).mode & 0o777).toBe(0o600);
  });

  it('an unreadable history (as another user): one line, exit 2, nothing on stdout', () => {
    const { dir, profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    chmodSync(dir, 0o777); // the other user may create the lock, not read the history
    chmodSync(history, isRoot ? 0o600 : 0o200);
    // A copy of the binary every user can reach: the checkout may lie in a folder of mode 0700 (issue 15).
    const as = binAsOtherUser();
    for (const args of [['check', profile, '--record', '--as-of', '2026-12-01'], ['progress', history]]) {
      const run = runBin(args, as);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${history}: cannot be read: permission denied\n`);
    }
    expect(lines(history)).toHaveLength(1);
  });

  it('into another profile\'s history: a warning on stderr, then recorded', () => {
    const { dir, profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const other = join(dir, 'other.yaml');
    copyFileSync(join(ROOT, 'profiles/healthy.yaml'), other);
    const text = readFileSync(other, 'utf8').replace(/^as_of: .*$/m, 'as_of: 2026-12-01').replace(/name: ([^,}\n]+)/g, 'name: x-$1');
    writeFileSync(other, text);
    const run = runCli(['check', other, '--record', '--history', history, '--fail-on', 'never']);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(
      `warning: ${history} seems to belong to another profile: its last audit (2026-11-01) has no debt or credit-line name in common with this one; recorded anyway`,
    );
    expect(lines(history)).toHaveLength(2);
    const progress = runCli(['progress', history]);
    expect(progress.code).toBe(0);
    expect(progress.stderr).toContain('the history seems to hold another profile');
  });

  it('asks V8 to optimise nothing that a check does not (a concurrent TurboFan compile outlives the run, and exit waits for it)', () => {
    const { profile, history } = withProfile('healthy');
    runCli(['check', profile, '--record', '--fail-on', 'never', '--as-of', '2026-10-01']);
    const marked = (args: string[]) => {
      const run = spawnSync(process.execPath, ['--trace-opt', BIN, ...args], { env: cliEnv(), encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(run.status, run.stderr).toBe(0);
      return [...run.stdout.matchAll(/^\[marking .*?<JSFunction (\S+)/gm)].map((match) => match[1]);
    };
    const byCheck = marked(['check', profile, '--json', '--fail-on', 'never']);
    const byRecord = marked(['check', profile, '--json', '--fail-on', 'never', '--record']);
    expect(byRecord.filter((name) => !byCheck.includes(name))).toEqual([]);
    expect(lines(history)).toHaveLength(2);
  });

  it('a damaged line is reported with its number and kept; the record goes on', () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    writeFileSync(history, `${readFileSync(history, 'utf8')}{"historyVersion":1,"asOf":"2026-11-`);
    const run = runCli(['check', profile, '--record', '--fail-on', 'never', '--as-of', '2026-12-01']);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(`${history}:2: not valid JSON (cut short, or edited by hand?); skipped (the line is left as it is)`);
    expect(lines(history)).toHaveLength(3);
    expect(lines(history)[1]).toBe('{"historyVersion":1,"asOf":"2026-11-');
  });
});

describe('progress', () => {
  /** A history of the sample on 2026-11-01 and a paid-down copy on 2027-02-03. */
  function twoAudits(): { dir: string; profile: string; history: string; feb: string } {
    const setup = withProfile();
    runCli(['check', setup.profile, '--record', '--fail-on', 'never']);
    const feb = join(setup.dir, 'feb.yaml');
    writeFileSync(
      feb,
      edited(setup.profile, '2027-02-03', [
        ['balance: 11500', 'balance: 7700'],
        ['balance: 6200', 'balance: 3250'],
        ['balance: 5100', 'balance: 2800'],
        ['balance: 7600', 'balance: 5826.03'],
        ['- name: 广发银行信用卡', '- name: 广发信用卡'],
      ]),
    );
    runCli(['check', feb, '--record', '--history', setup.history, '--fail-on', 'never']);
    return { ...setup, feb };
  }

  it('a missing or empty history: one line, exit 2, nothing on stdout', () => {
    const { dir, profile } = withProfile();
    const missing = runCli(['progress', profile]);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `${join(dir, 'my.history.ndjson')}: no history here; record audits into it with: limit-audit check PROFILE --record\n` });
    writeFileSync(join(dir, 'my.history.ndjson'), '');
    expect(runCli(['progress', join(dir, 'my.history.ndjson')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${join(dir, 'my.history.ndjson')}: the history is empty: no audit recorded yet (limit-audit check PROFILE --record)\n`,
    });
    writeFileSync(join(dir, 'notes.ndjson'), '{"a":1}\nhello\n');
    expect(runCli(['progress', join(dir, 'notes.ndjson')])).toEqual({ code: 2, stdout: '', stderr: `${join(dir, 'notes.ndjson')}: not a limit-audit history (no line is a snapshot)\n` });
    writeFileSync(join(dir, 'future.ndjson'), '{"historyVersion":2,"asOf":"2030-01-01"}\n');
    expect(runCli(['progress', join(dir, 'future.ndjson')]).stderr).toBe(
      `${join(dir, 'future.ndjson')}: written by a newer limit-audit (historyVersion 2); this version reads historyVersion 1 — update limit-audit to read it\n`,
    );
  });

  it('with fewer than two audits: exit 0, says what it needs (en, zh, JSON)', () => {
    const { profile, history } = withProfile();
    runCli(['check', profile, '--record', '--fail-on', 'never']);
    const en = runCli(['progress', history]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Only one audit to compare: progress needs at least two.');
    const zh = runCli(['progress', history, '--lang', 'zh']);
    expect(zh.stdout).toContain('只有一次审查可比较：进展至少需要两次。');
    const json = JSON.parse(runCli(['progress', history, '--json']).stdout);
    expect(schemaErrors(validateProgress, json)).toEqual([]);
    expect(json).toMatchObject({ enough: false, changes: null, debts: [], timeline: [{ asOf: '2026-11-01' }] });
  });

  it('the comparison, hand-checked, in the JSON the schema describes', () => {
    const { history } = twoAudits();
    const run = runCli(['progress', history, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout);
    expect(schemaErrors(validateProgress, doc)).toEqual([]);
    expect(doc.enough).toBe(true);
    expect(doc.timeline.map((p: { asOf: string }) => p.asOf)).toEqual(['2026-11-01', '2027-02-03']);
    const byName = Object.fromEntries(doc.debts.map((d: { name: string; first: unknown }) => [d.name, d.first]));
    expect(byName['借呗']).toMatchObject({ expected: 7821.9, difference: -121.9, status: 'ahead' });
    expect(byName['京东金条']).toMatchObject({ expected: 3170.16, difference: 79.84, status: 'on_track' });
    expect(byName['美团借钱']).toMatchObject({ expected: 2619.18, difference: 180.82, status: 'behind' });
    expect(byName['广发信用卡']).toMatchObject({ unavailable: 'not_in_audit' });
    expect(doc.changes.debts.gone).toEqual([{ name: '广发银行信用卡', balance: 9800 }]);
    expect(doc.streaks.overdue).toEqual({ months: 7, since: '2026-06-18', sinceFirstAudit: false });
  });

  it('the table in English and Chinese, and markdown; a renamed debt is said to be matched by name only', () => {
    const { history } = twoAudits();
    const en = runCli(['progress', history]);
    expect(en.code).toBe(0);
    for (const text of ['Timeline', 'ahead by ¥121.90 (plan ¥7,821.90)', 'on track (plan ¥3,170.16)', 'behind by ¥180.82', 'Debts are matched by name only', '7 months without a new overdue']) {
      expect(en.stdout).toContain(text);
    }
    const zh = runCli(['progress', history, '--lang', 'zh']);
    for (const text of ['时间线', '领先 121.90元（计划 7,821.90元）', '符合计划（计划 3,170.16元）', '落后 180.82元', '债务只按名称对应', '连续 7 个月没有新的逾期']) {
      expect(zh.stdout).toContain(text);
    }
    const md = runCli(['progress', history, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# limit-audit progress — /);
    expect(md.stdout).toContain('| 借呗 | ¥7,700.00 | ahead by ¥121.90 (plan ¥7,821.90) |');
  });

  it('given a profile: audits it now with check\'s options, as the latest point, not recorded', () => {
    const { dir, profile, history } = twoAudits();
    const mar = join(dir, 'mar.yaml');
    writeFileSync(mar, edited(profile, '2027-03-05', [['balance: 11500', 'balance: 6000']]));
    const run = runCli(['progress', mar, '--history', history, '--json', '--share', '0.3']);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(schemaErrors(validateProgress, doc)).toEqual([]);
    expect(doc.profile).toBe(mar);
    expect(doc.timeline.map((p: { asOf: string; recorded: boolean }) => [p.asOf, p.recorded])).toEqual([
      ['2026-11-01', true],
      ['2027-02-03', true],
      ['2027-03-05', false],
    ]);
    expect(lines(history)).toHaveLength(2);
    // --as-of: progress as it stood then.
    const then = JSON.parse(runCli(['progress', history, '--json', '--as-of', '2027-01-01']).stdout);
    expect(then.timeline).toHaveLength(1);
    // The plan's options act on a profile only.
    const stdin = runCli(['progress', '-'], { input: readFileSync(profile) });
    expect(stdin).toMatchObject({ code: 2, stdout: '' });
    expect(stdin.stderr).toContain('progress - reads the profile from standard input: give its history with --history FILE');
    expect(runCli(['progress', '-', '--history', history, '--json'], { input: readFileSync(profile) }).code).toBe(0);
    const refused = runCli(['progress', history, '--share', '0.3']);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('--share: progress uses these only to audit a profile now');
  });

  it('a damaged line: reported on stderr with its number, the rest used', () => {
    const { history } = twoAudits();
    const [a, b] = lines(history);
    writeFileSync(history, `${a}\n${b!.replace('"historyVersion":1', '"historyVersion":7')}\n${b!.slice(0, 100)}\n${b}\n`);
    const run = runCli(['progress', history, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${history}:2: written by a newer limit-audit (historyVersion 7); skipped (the line is left as it is)\n` +
        `${history}:3: not valid JSON (cut short, or edited by hand?); skipped (the line is left as it is)\n`,
    );
    const doc = JSON.parse(run.stdout);
    expect(doc.skipped).toEqual([
      { line: 2, reason: 'newer_version', version: 7 },
      { line: 3, reason: 'not_json' },
    ]);
    expect(doc.timeline).toHaveLength(2);
  });

  it('a long history (read the quick way, src/history/fast-line.ts): damaged lines reported with their numbers, the rest used as in a short one', () => {
    const { history } = twoAudits();
    const [a, b] = lines(history) as [string, string];
    const short = JSON.parse(runCli(['progress', history, '--json']).stdout);
    // 150 lines: 148 earlier audits (copies of the first, dated 2026-06-01 on), then the two recorded.
    const dated = (line: string, day: number) => line.replace(/"asOf":"[\d-]+"/, `"asOf":"${new Date(Date.UTC(2026, 5, 1 + day)).toISOString().slice(0, 10)}"`);
    const text = Array.from({ length: 148 }, (_, i) => dated(a, i));
    text[39] = text[39]!.slice(0, 500); // cut short
    text[89] = text[89]!.replace(/"balance":([\d.]+)/, '"balance":"$1"'); // edited by hand: not a snapshot
    text[119] = text[119]!.replace(/借呗/g, '\\u501f\\u5457'); // the same names, escaped: a snapshot all the same
    expect(text.length).toBeGreaterThan(FAST_FROM_LINES);
    writeFileSync(history, `${[...text, a, b].join('\n')}\n`);
    const run = runCli(['progress', history, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${history}:40: not valid JSON (cut short, or edited by hand?); skipped (the line is left as it is)\n` +
        `${history}:90: the snapshot's debts[0].balance is missing or wrong; skipped (the line is left as it is)\n`,
    );
    const doc = JSON.parse(run.stdout);
    expect(schemaErrors(validateProgress, doc)).toEqual([]);
    expect(doc.skipped).toEqual([
      { line: 40, reason: 'not_json' },
      { line: 90, reason: 'invalid', field: 'debts[0].balance' },
    ]);
    expect(doc.timeline).toHaveLength(148);
    expect(doc.timeline[117].asOf).toBe('2026-09-28'); // line 120, its names escaped (lines 40 and 90 are skipped)
    expect(doc.timeline.slice(-2)).toEqual(short.timeline);
    expect(doc.changes).toEqual(short.changes);
    expect(doc.debts.map((debt: { previous: unknown }) => debt.previous)).toEqual(short.debts.map((debt: { previous: unknown }) => debt.previous));
  });

  it('is listed in the help, with its options', () => {
    const help = runCli(['progress', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--history', '--as-of', '--share', '--strategy', '--macro', '--config', '--format', '--json']) expect(help.stdout).toContain(option);
    expect(runCli(['--help']).stdout).toContain('progress');
  });
});

describe('schema history | progress', () => {
  it('prints both, and names every choice for an unknown one', () => {
    for (const which of ['history', 'progress']) expect(JSON.parse(runCli(['schema', which]).stdout).$id).toBe(`limit-audit/${which}.schema.json`);
    const bad = runCli(['schema', 'histroy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('choose profile, report, roadmap, history, progress or whatif (did you mean history?)');
  });
});
