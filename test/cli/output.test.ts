/**
 * Output a person reads and a script trusts (issue 5): JSON Schema validation of real reports,
 * NDJSON with a bad profile in the middle, exit codes and --fail-on, stdin, colour, a closed pipe,
 * and snapshots of the table and markdown views.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { runCli, runShell } from './run';
import { tempDir } from '../temp';

const SAMPLES = ['healthy', 'turnover-late', 'business-owner', 'distressed', 'freelancer', 'environment'].map((s) => `profiles/${s}.yaml`);

describe('JSON report', () => {
  const schema = JSON.parse(runCli(['schema', 'report']).stdout);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it('every sample, in both languages, validates against `limit-audit schema report`', () => {
    for (const lang of ['en', 'zh']) {
      const result = runCli(['check', ...SAMPLES, '--json', '--fail-on', 'never', '--lang', lang]);
      expect(result.code).toBe(0);
      const reports = JSON.parse(result.stdout) as unknown[];
      expect(reports).toHaveLength(SAMPLES.length);
      for (const report of reports) {
        const ok = validate(report);
        expect(ok ? [] : validate.errors).toEqual([]);
      }
    }
  });

  it('is one object for one profile and an array for a folder', () => {
    expect(Array.isArray(JSON.parse(runCli(['check', SAMPLES[0]!, '--json']).stdout))).toBe(false);
    expect(Array.isArray(JSON.parse(runCli(['check', 'profiles', '--json', '--fail-on', 'never']).stdout))).toBe(true);
  });

  it('leaves the plan out with --no-plan', () => {
    const report = JSON.parse(runCli(['check', SAMPLES[0]!, '--json', '--no-plan']).stdout);
    expect(report.plan).toBeNull();
    expect(report.findings).toBeDefined();
  });

  it('carries texts in the chosen language', () => {
    const zh = JSON.parse(runCli(['check', 'profiles/turnover-late.yaml', '--json', '--lang', 'zh', '--fail-on', 'never']).stdout);
    for (const finding of zh.findings) expect(`${finding.title}${finding.message}${finding.recommendation}`).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.lang).toBe('zh');
  });
});

describe('NDJSON and several profiles', () => {
  it('prints one line per good profile; a bad one in the middle goes to stderr and exit 2 wins', () => {
    const dir = tempDir('la-nd-');
    copyFileSync('profiles/healthy.yaml', join(dir, 'a.yaml'));
    copyFileSync('test/fixtures/bad/unknown-key.yaml', join(dir, 'b.yaml'));
    copyFileSync('profiles/environment.yaml', join(dir, 'c.yaml'));
    const result = runCli(['check', dir, '--format', 'ndjson', '--fail-on', 'never']);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).source)).toEqual([join(dir, 'a.yaml'), join(dir, 'c.yaml')]);
    expect(result.stderr).toContain(`${join(dir, 'b.yaml')}:2:1 incme: unknown key`);
  });

  it('a missing file among good ones: the others are audited', () => {
    const result = runCli(['check', 'profiles/healthy.yaml', 'nope.yaml', '--json', '--fail-on', 'never']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain('nope.yaml: no such file');
  });
});

describe('exit codes and --fail-on', () => {
  it('0 when nothing reaches the level, 1 when something does', () => {
    // healthy: low and info findings only; distressed: critical ones.
    expect(runCli(['check', 'profiles/healthy.yaml', '--json']).code).toBe(0);
    expect(runCli(['check', 'profiles/distressed.yaml', '--json']).code).toBe(1);
    expect(runCli(['check', 'profiles/distressed.yaml', '--json', '--fail-on', 'never']).code).toBe(0);
    expect(runCli(['check', 'profiles/healthy.yaml', '--json', '--fail-on', 'low']).code).toBe(1);
    expect(runCli(['check', 'profiles/environment.yaml', '--json', '--fail-on', 'medium']).code).toBe(1);
    expect(runCli(['check', 'profiles/environment.yaml', '--json', '--fail-on', 'high']).code).toBe(0);
  });
  it('the highest code wins across profiles', () => {
    expect(runCli(['check', 'profiles/healthy.yaml', 'profiles/distressed.yaml', '--json']).code).toBe(1);
    expect(runCli(['check', 'profiles/distressed.yaml', 'missing.yaml', '--json']).code).toBe(2);
  });
  it('rejects an unknown --fail-on level', () => {
    const r = runCli(['check', 'profiles/healthy.yaml', '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('standard input', () => {
  const text = readFileSync('profiles/healthy.yaml', 'utf8');
  it('reads `-`', () => {
    const report = JSON.parse(runCli(['check', '-', '--json'], { input: text }).stdout);
    expect(report.source).toBe('<stdin>');
  });
  it('reads piped input with no argument', () => {
    const result = runShell('cat profiles/healthy.yaml | node bin/limit-audit.js check --json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source).toBe('<stdin>');
  });
  it('reads JSON', () => {
    const json = JSON.stringify({ version: 1, income: { monthly: 5000 }, debts: [] });
    expect(runCli(['check', '-', '--json'], { input: json }).code).toBe(0);
  });
  it('refuses reading stdin twice', () => {
    expect(runCli(['check', '-', '-'], { input: text }).code).toBe(2);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is off for pipes and with NO_COLOR or --no-color', () => {
    expect(runCli(['check', 'profiles/distressed.yaml'], { env: { NO_COLOR: undefined } }).stdout).not.toContain(ESC);
    expect(runCli(['check', 'profiles/distressed.yaml', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['check', 'profiles/distressed.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
  it('is on with FORCE_COLOR', () => {
    expect(runCli(['check', 'profiles/distressed.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
  });
});

describe('pipes', () => {
  it('a closed pipe (| head -1) ends quietly', () => {
    const result = runShell('node bin/limit-audit.js check profiles --format ndjson --fail-on never | head -1; echo "status=${PIPESTATUS[0]}" >&2');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
  });
  it('a closed pipe keeps the exit code of what was audited before it closed (for set -o pipefail)', () => {
    // 300 reports with critical findings: megabytes, far past a pipe's buffer, so the reader is gone mid-run.
    const dir = tempDir('la-pipe-');
    const text = readFileSync('profiles/distressed.yaml');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.yaml`), text);
    const result = runShell(`node bin/limit-audit.js check ${dir} --format ndjson | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(result.stderr).toBe('status=1\n');
  });
  it('a closed pipe on a long plan table ends quietly', () => {
    const result = runShell('node bin/limit-audit.js plan profiles/business-owner.yaml | head -2');
    expect(result.stderr).toBe('');
  });
});

describe('rendered views (colour off, 100 columns)', () => {
  for (const sample of ['turnover-late', 'environment']) {
    for (const lang of ['en', 'zh']) {
      it(`${sample} as a table in ${lang}`, async () => {
        const result = runCli(['check', `profiles/${sample}.yaml`, '--lang', lang, '--fail-on', 'never']);
        expect(result.code).toBe(0);
        await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${sample}.${lang}.table.txt`);
      });
      it(`${sample} as markdown in ${lang}`, async () => {
        const result = runCli(['check', `profiles/${sample}.yaml`, '--lang', lang, '--format', 'markdown', '--fail-on', 'never']);
        expect(result.code).toBe(0);
        await expect(result.stdout).toMatchFileSnapshot(`__snapshots__/${sample}.${lang}.md`);
      });
    }
  }
  it('keeps every table line within the width, Chinese counted as two columns', async () => {
    const { displayWidth } = await import('../../src/report/text-layout');
    for (const width of ['80', '100', '140']) {
      for (const lang of ['en', 'zh']) {
        const out = runCli(['check', 'profiles/turnover-late.yaml', '--lang', lang, '--fail-on', 'never'], { env: { COLUMNS: width } }).stdout;
        for (const line of out.split('\n')) expect(displayWidth(line), `${lang}@${width}: ${line}`).toBeLessThanOrEqual(Number(width));
      }
    }
  });
});

describe('check --bills', () => {
  it('audits with the bill export’s months in place of the profile’s, writing nothing', () => {
    const bill = 'test/fixtures/bills/double-entry-generator/alipay-app-2023.csv';
    const before = readFileSync('profiles/freelancer.yaml', 'utf8');
    const plain = runCli(['check', 'profiles/freelancer.yaml', '--json', '--fail-on', 'never']);
    const withBills = runCli(['check', 'profiles/freelancer.yaml', '--bills', bill, '--json', '--fail-on', 'never']);
    expect(withBills.code).toBe(0);
    expect(withBills.stderr).toContain('Alipay app export');
    expect(JSON.parse(withBills.stdout).findings).not.toEqual(JSON.parse(plain.stdout).findings);
    expect(readFileSync('profiles/freelancer.yaml', 'utf8')).toBe(before);
  });
  it('an unknown bill format is exit 2 with nothing on stdout', () => {
    const r = runCli(['check', 'profiles/freelancer.yaml', '--bills', 'profiles/healthy.yaml', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
