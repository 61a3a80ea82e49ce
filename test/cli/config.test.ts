/**
 * A rules config (`--config FILE`) through the binary: each threshold's range and the rule's order
 * are enforced as a user meets them — exit 2, one line naming the file, the rule and the values,
 * nothing on stdout — and `rules <id>` shows the ranges a config may use.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run';
import { tempDir } from '../temp';

/** The line of a config file that holds the thresholds (line 3). */
const thresholdsLine = (thresholds: string) => `    thresholds: { ${thresholds} }`;

/** A config file holding `rules:` with one rule's thresholds. */
function config(id: string, thresholds: string): string {
  const file = join(tempDir('limit-audit-config-'), 'config.yaml');
  writeFileSync(file, `rules:\n  ${id}:\n${thresholdsLine(thresholds)}\n`);
  return file;
}

/** `file:3:col` where `text` starts on the thresholds line. */
const at = (file: string, thresholds: string, text: string) => `${file}:3:${thresholdsLine(thresholds).indexOf(text) + 1}`;

/** Refused: exit 2, exactly one line on stderr, nothing on stdout. */
function refused(args: string[]): string {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr.trimEnd();
}

describe('threshold ranges', () => {
  it.each([
    ['debt/dti-high', 'critical: 5', 'critical = 5 (ratio, 0.01–5; default 0.7)'],
    ['debt/dti-high', 'low: 0', 'low = 0 (ratio, 0–5; default 0.2)'],
    ['credit/inquiries-frequent', 'last_1m: 1', 'last_1m = 1 (count, 1–100; default 4)'],
    ['credit/inquiries-frequent', 'last_6m: 100', 'last_6m = 100 (count, 1–100; default 8)'],
  ])('%s accepts %s, at its bound', (id, thresholds, shown) => {
    const r = runCli(['rules', id, '--config', config(id, thresholds)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${shown} — `);
  });

  it.each([
    ['debt/dti-high', 'critical: 5.01', 'thresholds.critical: expected a value ≤ 5, found 5.01'],
    ['debt/dti-high', 'low: -0.01', 'thresholds.low: expected a value ≥ 0, found -0.01'],
    ['credit/inquiries-frequent', 'last_1m: 0', 'thresholds.last_1m: expected a value ≥ 1, found 0'],
    ['credit/inquiries-frequent', 'last_6m: 101', 'thresholds.last_6m: expected a value ≤ 100, found 101'],
    ['credit/inquiries-frequent', 'last_3m: 4.5', 'thresholds.last_3m: expected a whole number, found 4.5'],
  ])('%s refuses %s, just past its bound', (id, thresholds, message) => {
    const file = config(id, thresholds);
    const value = thresholds.split(': ')[1]!;
    expect(refused(['check', 'profiles/healthy.yaml', '--config', file])).toBe(`${at(file, thresholds, value)} rules.${id}.${message}`);
  });
});

describe('threshold order', () => {
  it('refuses a medium line above the high one, naming the rule, both thresholds and their values', () => {
    const file = config('debt/dti-high', 'medium: 0.6');
    const where = at(file, 'medium: 0.6', '{');
    expect(refused(['check', 'profiles/healthy.yaml', '--config', file])).toBe(
      `${where} rules.debt/dti-high.thresholds: medium (0.6) must not be above high (0.5, the default)`,
    );
    expect(refused(['rules', 'debt/dti-high', '--config', file, '--lang', 'zh'])).toBe(`${where} rules.debt/dti-high.thresholds: medium（0.6）不能高于 high（0.5，默认值）`);
  });

  it('accepts lines that meet, and shows them with the order to keep', () => {
    const r = runCli(['rules', 'debt/dti-high', '--config', config('debt/dti-high', 'medium: 0.5, high: 0.5')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  medium = 0.5 (ratio, 0.01–5; default 0.36)');
    expect(r.stdout).toContain('  high = 0.5 (ratio, 0.01–5) — ');
    expect(r.stdout).toContain('  Order a config must keep: low ≤ medium ≤ high ≤ critical');
  });
});

describe('rules --json', () => {
  it('gives each threshold its kind and range, and the order a config must keep', () => {
    const one = JSON.parse(runCli(['rules', 'debt/dti-high', '--json']).stdout);
    expect(one.bounds.medium).toEqual({ kind: 'ratio', min: 0.01, max: 5 });
    expect(one.order).toEqual(['low <= medium', 'medium <= high', 'high <= critical']);
    const list = JSON.parse(runCli(['rules', '--json']).stdout) as { id: string; thresholds: object; bounds: object; order: string[] }[];
    for (const rule of list) expect(Object.keys(rule.bounds).sort(), rule.id).toEqual(Object.keys(rule.thresholds).sort());
    expect(list.find((rule) => rule.id === 'credit/no-autopay')).toMatchObject({ bounds: {}, order: [] });
  });
});

describe('rules with --config: the config shows in the list and the detail, not only in JSON', () => {
  const file = () => {
    const path = join(tempDir('limit-audit-config-'), 'config.yaml');
    writeFileSync(path, 'rules:\n  credit/inquiries-frequent: { thresholds: { last_3m: 4 } }\n  credit/no-autopay: off\n');
    return path;
  };
  it('the list marks the rule whose thresholds the config changes, with the default of each changed one', () => {
    for (const [lang, label, was] of [
      ['en', 'Thresholds (your config): ', 'last_3m=4 (default 5)'],
      ['zh', '阈值（您的配置）：', 'last_3m=4（默认 5）'],
    ] as const) {
      const r = runCli(['rules', '--config', file(), '--lang', lang], { env: { COLUMNS: '200' } });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((line) => line.startsWith('  credit/inquiries-frequent'));
      expect(lines[at + 1]!.trim()).toBe(`${label}last_1m=4 ${was} last_3m_high=6 last_3m_critical=10 last_6m=8`);
      expect(r.stdout).not.toContain('credit/no-autopay');
      expect(r.stderr).toContain('credit/no-autopay');
      // Without the config: the defaults, no "your config".
      expect(runCli(['rules', '--lang', lang]).stdout).not.toContain(label);
    }
  });
  it('the detail says "Thresholds (your config)", and that a rule is turned off', () => {
    const detail = runCli(['rules', 'credit/inquiries-frequent', '--config', file()]).stdout;
    expect(detail).toContain('Thresholds (your config):\n');
    expect(detail).toContain('  last_3m = 4 (count, 1–100; default 5) — ');
    expect(runCli(['rules', 'credit/inquiries-frequent']).stdout).toContain('Thresholds (defaults; change them with --config):\n');
    expect(runCli(['rules', 'credit/no-autopay', '--config', file(), '--lang', 'zh']).stdout).toContain('已被您的配置关闭');
  });
});

describe('rules --format', () => {
  it('json is --json, for the list and for one rule, with or without a config', () => {
    for (const args of [['rules'], ['rules', 'debt/dti-high'], ['rules', '--lang', 'zh']]) {
      const json = runCli([...args, '--json']);
      const format = runCli([...args, '--format', 'json']);
      expect(format.code).toBe(0);
      expect(format.stdout).toBe(json.stdout);
      expect(JSON.parse(format.stdout)).toBeTruthy();
    }
  });
  it('ndjson is a rule per line; table is the default; anything else is a usage error', () => {
    const lines = runCli(['rules', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(JSON.parse(runCli(['rules', '--json']).stdout).map((rule: { id: string }) => rule.id));
    expect(runCli(['rules', '--format', 'table']).stdout).toBe(runCli(['rules']).stdout);
    const bad = runCli(['rules', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('an empty --config or --macro file is told what that file holds, not what a profile does', () => {
  const dir = tempDir('limit-audit-empty-');
  const empty = join(dir, 'empty.yaml');
  writeFileSync(empty, '# nothing yet\n');
  it.each([
    ['--config', 'en', 'the file is empty (a rules configuration lists `rules:`, each rule id with `off` or its `thresholds`)'],
    ['--config', 'zh', '文件为空（规则配置应列出 `rules:`，每条规则 id 后写 `off` 或其 `thresholds`）'],
    ['--macro', 'en', 'the file is empty (a macro snapshot needs date, sources, lpr_1y, events and stressed_sectors)'],
    ['--macro', 'zh', '文件为空（宏观快照需要 date、sources、lpr_1y、events 和 stressed_sectors）'],
  ])('%s in %s', (option, lang, said) => {
    expect(refused(['check', 'profiles/healthy.yaml', option, empty, '--lang', lang])).toBe(`${empty}: ${said}`);
  });
});
