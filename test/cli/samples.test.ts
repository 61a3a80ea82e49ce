/**
 * Every bundled sample, end to end through the built CLI: it loads, its report validates against
 * the report schema, and it raises exactly the findings its `# expect:` comment promises
 * (and none of its `# expect-not:` ones), in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../src/report/schema';
import { ROOT, runCli } from './run';

const samples = readdirSync(`${ROOT}/profiles`).filter((f) => f.endsWith('.yaml')).sort();

function promised(file: string, key: 'expect' | 'expect-not'): string[] {
  const text = readFileSync(`${ROOT}/profiles/${file}`, 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`# ${key}:`));
  return line ? line.slice(`# ${key}:`.length).split(',').map((s) => s.trim()).filter(Boolean) : [];
}

describe('bundled sample profiles', () => {
  it('there are at least six, and between them they fire every area', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    const all = samples.flatMap((f) => promised(f, 'expect'));
    for (const area of ['credit/', 'debt/', 'spending/', 'macro/']) expect(all.some((id) => id.startsWith(area))).toBe(true);
  });

  for (const file of samples) {
    it(`${file}: valid report with the promised findings`, () => {
      const result = runCli(['check', `profiles/${file}`, '--json', '--fail-on', 'never']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as Report;
      const parsed = reportSchema.safeParse(report);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const ids = new Set(report.findings.map((f) => f.ruleId));
      for (const id of promised(file, 'expect')) expect(ids, `${file} should raise ${id}`).toContain(id);
      for (const id of promised(file, 'expect-not')) expect(ids, `${file} should not raise ${id}`).not.toContain(id);
      expect(report.source).toBe(`profiles/${file}`);
      expect(report.asOf).toBe('2026-11-01');
    });

    it(`${file}: table output in Chinese renders without error`, () => {
      const result = runCli(['check', `profiles/${file}`, '--lang', 'zh', '--fail-on', 'never']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('额度健康分');
      expect(result.stderr).toBe('');
    });
  }
});
