/** The CLI end to end: version, help, init, schema, and every bad input of product.md through the binary. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { profileSchema } from '../../src/profile/schema';
import { parseDocumentAs } from '../../src/profile/load';
import { runCli } from './run';
import { tempDir } from '../temp';
import { messagesFor } from '../../src/i18n/messages';

const tmp = () => tempDir('limit-audit-');

describe('version and help', () => {
  it('prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
  for (const command of ['check', 'plan', 'progress', 'rules', 'init', 'schema', 'interview', 'import']) {
    it(`${command} --help shows examples in English and Chinese`, () => {
      const en = runCli([command, '--help']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('Examples:');
      expect(en.stdout).toContain(`limit-audit ${command}`);
      const zh = runCli([command, '--help', '--lang', 'zh']);
      expect(zh.stdout).toContain('示例：');
      // commander's own words are Chinese too: headings, [options], choices and defaults.
      expect(zh.stdout).toMatch(/^用法：limit-audit /);
      expect(zh.stdout).toContain('选项：');
      expect(zh.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|\[options\]|choices|default/);
    });
  }
  it('help lists choices and defaults in Chinese in zh, as commander does in English', () => {
    expect(runCli(['check', '--help', '--lang', 'zh']).stdout).toMatch(/输出格式（可选：table、json、\s*ndjson、\s*markdown、\s*html；\s*默\s*认\s*：\s*table）/);
    expect(runCli(['check', '--help']).stdout).toMatch(/output format \(choices: "table", "json", "ndjson",\s+"markdown",\s+"html",\s+default:\s+"table"\)/);
    expect(runCli(['init', '--help', '--lang', 'zh']).stdout).toContain('（默认：profile.yaml）');
    expect(runCli(['--help', '--lang', 'zh']).stdout).toMatch(/命令：\n\s+check \[选项\]/);
  });
  it('an unknown option is bad usage: exit 2, message on stderr, nothing on stdout', () => {
    const r = runCli(['check', 'profiles/healthy.yaml', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--frobnicate');
  });
  it('rejects a share outside 0 < share ≤ 1', () => {
    for (const share of ['0', '1.5', 'abc', '-0.2']) {
      const r = runCli(['check', 'profiles/healthy.yaml', '--share', share]);
      expect(r.code, share).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
  it('takes --share 20% for the percentage it is: one line, did you mean 0.2', () => {
    for (const [command, share, decimal] of [['check', '20%', '0.2'], ['plan', '33.3%', '0.333'], ['check', '100%', '1']]) {
      const r = runCli([command!, 'profiles/healthy.yaml', '--share', share!]);
      expect(r.code, share).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`error: option '--share <share>' argument '${share}' is a percentage, and the share is a decimal (0 < share ≤ 1): did you mean --share ${decimal}?\n`);
    }
    const zh = runCli(['check', 'profiles/healthy.yaml', '--share', '20%', '--lang', 'zh']);
    expect(zh.stderr.trim().split('\n')).toEqual(['错误：选项 --share <share> 的取值 "20%" 是百分数，而比例应写成小数（0 < 比例 ≤ 1）：是否想写 --share 0.2？']);
    // A percentage that is no share at all gets the ordinary message.
    expect(runCli(['check', 'profiles/healthy.yaml', '--share', '150%']).stderr).toContain('expected a number with 0 < share ≤ 1');
  });
  it('warns on stderr when --as-of is more than 12 months from the profile\'s as_of, and keeps the exit code', () => {
    // healthy.yaml: as_of 2026-11-01.
    const far = runCli(['check', 'profiles/healthy.yaml', '--as-of', '2028-01-01', '--json']);
    const near = runCli(['check', 'profiles/healthy.yaml', '--as-of', '2027-11-01', '--json']);
    expect(far.stderr).toBe(
      "limit-audit: warning: profiles/healthy.yaml: --as-of 2028-01-01 is 14 months after the profile's as_of (2026-11-01): windows and the plan count from 2028-01-01, but the figures describe 2026-11-01. Update the profile, or check the date.\n",
    );
    expect(near.stderr).toBe('');
    expect(far.code).toBe(near.code);
    expect(JSON.parse(far.stdout).asOf).toBe('2028-01-01');
    const before = runCli(['check', 'profiles/healthy.yaml', '--as-of', '2025-10-31', '--json', '--lang', 'zh']);
    expect(before.stderr).toContain('--as-of 2025-10-31 比档案的 as_of（2026-11-01）早超过 12 个月');
    expect(before.code).toBe(near.code);
  });
  it('rejects an impossible --as-of date', () => {
    const r = runCli(['check', 'profiles/healthy.yaml', '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('calendar date');
  });
  it('rejects an unknown --lang', () => {
    const r = runCli(['check', 'profiles/healthy.yaml', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zh or en');
  });
  it('picks the language from LIMIT_AUDIT_LANG, then the locale', () => {
    expect(runCli(['init', '--help'], { env: { LIMIT_AUDIT_LANG: undefined, LANG: 'zh_CN.UTF-8' } }).stdout).toContain('示例：');
    expect(runCli(['init', '--help'], { env: { LIMIT_AUDIT_LANG: undefined, LANG: 'en_US.UTF-8' } }).stdout).toContain('Examples:');
    expect(runCli(['init', '--help'], { env: { LIMIT_AUDIT_LANG: 'zh', LANG: 'en_US.UTF-8' } }).stdout).toContain('示例：');
  });
});

describe('init', () => {
  it('writes a valid, commented, bilingual example with a schema line', async () => {
    const dir = tmp();
    const file = join(dir, 'p.yaml');
    const r = runCli(['init', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/monthly/);
    await expect(parseDocumentAs(profileSchema, text, file, 'en', messagesFor('en').fileEmpty())).resolves.toBeDefined();
    expect(runCli(['check', file, '--json', '--fail-on', 'never']).code).toBe(0);
  });
  it('refuses to overwrite without --force, and replaces with it', () => {
    const dir = tmp();
    const file = join(dir, 'p.yaml');
    writeFileSync(file, 'mine\n');
    const refused = runCli(['init', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(runCli(['init', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe('mine\n');
  });
  it('reports a path it cannot write to with exit 2 and no stack trace (even as root)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file.txt'), 'x');
    const r = runCli(['init', join(dir, 'file.txt', 'p.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('a part of the path is a file, not a folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('reports a missing folder', () => {
    const r = runCli(['init', '/nonexistent-dir/p.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder does not exist');
  });
});

describe('schema', () => {
  it('prints the profile JSON Schema generated from the zod schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'income', 'debts']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.debts.items.properties.kind.enum).toContain('online_loan');
  });
  it('prints the report JSON Schema', () => {
    const schema = JSON.parse(runCli(['schema', 'report']).stdout);
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
  it('rejects an unknown schema name with a suggestion', () => {
    const r = runCli(['schema', 'reprot']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean report?');
  });
});

describe('rules', () => {
  it('explains a rule with its sources: title, date, confidence and links', () => {
    const r = runCli(['rules', 'debt/high-interest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(source C3)');
    expect(r.stdout).toContain('  - C4: PBOC Announcement [2021] No. 3');
    expect(r.stdout).toContain('    Date: 2021-03-31; Confidence: high');
    expect(r.stdout).toContain('    https://chinabankingnews.com/2021/04/02/pboc-requires-all-loan-products-clearly-display-real-annualized-interest-rates/');
    expect(r.stdout).not.toMatch(/domain-facts|shared\//);
  });

  it('--json keeps the citations as `sources` and adds them resolved as `sourceDetails`, in the chosen language', () => {
    const one = JSON.parse(runCli(['rules', 'credit/line-cut', '--json', '--lang', 'zh']).stdout);
    expect(one.sources).toEqual(['B5', 'B6', 'seed (降额)']);
    expect(one.sourceDetails[0]).toMatchObject({ citation: 'B5', id: 'B5', date: '2021-11-09', confidence: 'High', title: expect.stringContaining('信用贷') });
    expect(one.sourceDetails[0].urls[0]).toMatch(/^https:\/\/yicaiglobal\.com\//);
    const list = JSON.parse(runCli(['rules', '--json']).stdout) as { id: string; sources: string[]; sourceDetails: { id: string }[] }[];
    expect(list).toHaveLength(31);
    for (const rule of list) expect(rule.sourceDetails.map((detail) => detail.id)).toEqual(rule.sources.map((citation) => citation.split(' ')[0]));
  });
});

describe('bad input through the binary: exit 2, one message on stderr, nothing on stdout', () => {
  const bad = (args: string[], pattern: RegExp, input?: string | Buffer) => {
    const r = runCli(args, { input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };
  it('a missing file', () => bad(['check', 'no-such.yaml'], /^no-such\.yaml: no such file/));
  it('a directory given to plan', () => bad(['plan', 'test'], /is a directory/));
  it('an empty folder', () => {
    bad(['check', tmp()], /holds no \.yaml/);
  });
  it('a file over 5 MB', () => {
    const file = join(tmp(), 'big.yaml');
    writeFileSync(file, `version: 1\n# ${'x'.repeat(6 * 1024 * 1024)}\n`);
    bad(['check', file], /over 5 MB are refused/);
  });
  it('a binary file', () => {
    const file = join(tmp(), 'p.yaml');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    bad(['check', file], /binary data/);
  });
  it('a fixture with an unknown key, with line and suggestion', () =>
    bad(['check', 'test/fixtures/bad/unknown-key.yaml'], /unknown-key\.yaml:2:1 incme: unknown key `incme` \(did you mean `income`\?\)/));
  it('bad YAML on stdin', () => bad(['check', '-'], /^<stdin>:\d+:\d+/, 'version: 1\nincome: [\n'));
  it('an alias bomb on stdin, answered at once', () => bad(['check', '-'], /alias bomb/, readFileSync('test/fixtures/bad/alias-bomb.yaml')));
  it('a bad --macro file', () => bad(['check', 'profiles/healthy.yaml', '--macro', 'test/fixtures/minimal.yaml'], /minimal\.yaml.*unknown key/));
  it('a bad --config file, with a rule id suggestion', () => {
    const file = join(tmp(), 'rules.yaml');
    writeFileSync(file, 'rules:\n  credit/inquiries-frequnt: off\n');
    bad(['check', 'profiles/healthy.yaml', '--config', file], /rules\.yaml:2:3 .*did you mean `credit\/inquiries-frequent`/);
  });
});

describe('usage errors in Chinese', () => {
  it('translates commander’s messages with --lang zh', () => {
    const bad = runCli(['check', 'profiles/healthy.yaml', '--format', 'xml', '--lang', 'zh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('错误：选项 --format <format> 的取值 "xml" 无效');
    expect(runCli(['check', 'profiles/healthy.yaml', '--share', '2', '--lang', 'zh']).stderr).toContain('应为 0 < 比例 ≤ 1');
    expect(runCli(['check', '--frob', '--lang', 'zh']).stderr).toContain('错误：未知选项 --frob');
  });
  it('a missing version is "required", not a garbled value', () => {
    const r = runCli(['check', '-'], { input: 'income: {monthly: 1}\ndebts: []\n' });
    expect(r.stderr).toContain('<stdin>:1:1 version: required field is missing');
  });
});
