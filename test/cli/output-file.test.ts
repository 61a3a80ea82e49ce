/**
 * `-o FILE` for every format of `check`, `plan`, `roadmap` and `whatif` (written atomically, whole or not at all), and the
 * terminal balance chart of `plan`: at a terminal, or with --chart; never with --no-chart.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/text-layout';
import { BIN, profileWithHistory, ptyCommand, ROOT, runCli } from './run';
import { tempDir } from '../temp';

const tmp = () => tempDir('limit-audit-out-');

describe('-o FILE', () => {
  it.each(['table', 'json', 'ndjson', 'markdown', 'html'])('check --format %s -o FILE writes exactly what stdout would get, and nothing to stdout', (format) => {
    const file = join(tmp(), `report.${format}`);
    const printed = runCli(['check', 'profiles/turnover-late.yaml', 'profiles/healthy.yaml', '--format', format]);
    const written = runCli(['check', 'profiles/turnover-late.yaml', 'profiles/healthy.yaml', '--format', format, '-o', file]);
    expect(written.stderr).toBe('');
    expect(written.stdout).toBe('');
    // The exit code follows --fail-on as without -o.
    expect(written.code).toBe(printed.code);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  it.each(['table', 'json', 'markdown', 'html'])('plan --format %s --output FILE too', (format) => {
    const file = join(tmp(), 'plan.out');
    const written = runCli(['plan', 'profiles/freelancer.yaml', '--format', format, '--output', file]);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(runCli(['plan', 'profiles/freelancer.yaml', '--format', format]).stdout);
  });

  it.each([
    ['roadmap', 'profiles/turnover-late.yaml'],
    ['whatif', 'profiles/turnover-late.yaml', '--extra', '800'],
  ])('%s -o FILE too, in every format it has', (...args) => {
    for (const format of ['table', 'json', 'markdown', 'html']) {
      const file = join(tmp(), `${args[0]}.out`);
      const written = runCli([...args, '--format', format, '-o', file]);
      expect(written.stdout).toBe('');
      expect(written.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(runCli([...args, '--format', format]).stdout);
    }
  });

  it('replaces an existing file, leaving no temporary file behind', () => {
    const dir = tmp();
    const file = join(dir, 'report.html');
    writeFileSync(file, 'old');
    expect(runCli(['check', 'profiles/healthy.yaml', '--format', 'html', '-o', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a run that fails leaves the old file as it was (bad profile, bad option value)', () => {
    const dir = tmp();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'old');
    const bad = runCli(['plan', 'test/fixtures/no-such.yaml', '--json', '-o', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(runCli(['check', '-', '--json', '-o', file], { input: 'version: 1\nincome: {monthly: x}\n' }).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a file that cannot be written: exit 2, one line naming it, nothing on stdout', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'folder'));
    for (const target of [join(dir, 'missing', 'r.html'), join(dir, 'folder')]) {
      const r = runCli(['check', 'profiles/healthy.yaml', '--format', 'html', '-o', target]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(target);
    }
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('-o - is standard output', () => {
    const r = runCli(['plan', 'profiles/healthy.yaml', '--json', '-o', '-']);
    expect(r.stdout).toBe(runCli(['plan', 'profiles/healthy.yaml', '--json']).stdout);
  });

  it('html is a format of check and plan, in both languages', () => {
    for (const lang of ['en', 'zh']) {
      for (const args of [['check', 'profiles/distressed.yaml', '--fail-on', 'never'], ['plan', 'profiles/distressed.yaml']]) {
        const r = runCli([...args, '--format', 'html', '--lang', lang]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`));
        expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
      }
    }
  });
});

describe('the terminal balance chart of plan', () => {
  const TITLE = /Total balance at the end of each month, \d{4}-\d\d to \d{4}-\d\d/;

  it('is not drawn in a pipe unless asked with --chart', () => {
    expect(runCli(['plan', 'profiles/distressed.yaml']).stdout).not.toMatch(TITLE);
    const asked = runCli(['plan', 'profiles/distressed.yaml', '--chart']).stdout;
    expect(asked).toMatch(TITLE);
    expect(asked).toMatch(/┤/);
    // --no-chart after --chart wins, as the last of two flags does.
    expect(runCli(['plan', 'profiles/distressed.yaml', '--chart', '--no-chart']).stdout).not.toMatch(TITLE);
  });

  it.each([40, 80, 100, 160])('fits the width (%i columns): no line of it is wider, and it uses the width', (columns) => {
    const out = runCli(['plan', 'profiles/environment.yaml', '--chart'], { env: { COLUMNS: String(columns) } }).stdout;
    const lines = out.split('\n');
    // From the title (wrapped at 40 columns) to the months under the axis.
    const start = lines.findIndex((l) => l.startsWith('Total balance'));
    const end = lines.findIndex((l, i) => i > start && /^\s+\d{4}-\d\d\s+\d{4}-\d\d$/.test(l));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start + 10);
    const chart = lines.slice(start, end + 1);
    const widths = chart.map((l) => displayWidth(l));
    expect(Math.max(...widths)).toBeLessThan(columns);
    expect(displayWidth(chart.at(-1)!)).toBe(columns - 1);
  });

  it('in Chinese too, with the axis in 万', () => {
    const out = runCli(['plan', 'profiles/distressed.yaml', '--chart', '--lang', 'zh']).stdout;
    expect(out).toMatch(/每月月末欠款合计，2026-12 至 2028-06/);
    expect(out).toMatch(/8\.35万 ┼/);
  });

  it('is drawn at a terminal, and not with --no-chart there (a real pseudo-terminal)', () => {
    const inTerminal = (args: string[]) => {
      const pty = ptyCommand([process.execPath, BIN, ...args]);
      return spawnSync(pty.command, pty.args, {
        cwd: ROOT,
        env: { PATH: process.env.PATH, LIMIT_AUDIT_LANG: 'en', NO_COLOR: '1', TERM: 'xterm' },
        encoding: 'utf8',
      }).stdout;
    };
    expect(inTerminal(['plan', 'profiles/distressed.yaml'])).toMatch(TITLE);
    expect(inTerminal(['plan', 'profiles/distressed.yaml', '--no-chart'])).not.toMatch(TITLE);
    expect(inTerminal(['plan', 'profiles/distressed.yaml', '--json'])).not.toMatch(TITLE);
  });
});

describe('progress: --format html, -o FILE and its terminal chart', () => {
  const profile = profileWithHistory(tmp(), 'distressed', ['2026-05-01', '2026-08-01']);
  const TITLE = /Total debt at each audit, 2026-05-01 to 2026-11-01/;

  it('--format html -o FILE writes the page, as stdout would get it', () => {
    const file = join(tmp(), 'progress.html');
    const written = runCli(['progress', profile, '--format', 'html', '-o', file]);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(0);
    const page = readFileSync(file, 'utf8');
    expect(page).toBe(runCli(['progress', profile, '--format', 'html']).stdout);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('id="g-debt"');
  });

  it('draws the total debt over the audits with --chart, to the width, not in a pipe, not with --no-chart', () => {
    expect(runCli(['progress', profile]).stdout).not.toMatch(TITLE);
    for (const columns of [60, 120]) {
      const out = runCli(['progress', profile, '--chart'], { env: { COLUMNS: String(columns) } }).stdout;
      const lines = out.split('\n');
      const start = lines.findIndex((l) => TITLE.test(l));
      expect(start).toBeGreaterThan(0);
      const chart = lines.slice(start, start + 13);
      expect(chart.at(-1)).toMatch(/^\s+2026-05-01\s+2026-11-01$/);
      expect(displayWidth(chart.at(-1)!)).toBe(columns - 1);
      expect(Math.max(...chart.map((l) => displayWidth(l)))).toBeLessThan(columns);
    }
    expect(runCli(['progress', profile, '--chart', '--no-chart']).stdout).not.toMatch(TITLE);
    expect(runCli(['progress', profile, '--chart', '--lang', 'zh']).stdout).toMatch(/每次审查时的负债合计，2026-05-01 至 2026-11-01/);
  });
});
