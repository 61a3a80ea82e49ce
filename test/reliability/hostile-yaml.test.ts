/**
 * Issue 8, hostile YAML: alias bombs, deep nesting, enormous strings and key counts, custom tags,
 * `__proto__` / `constructor` / `prototype` keys at every level — each refused (or ignored) safely
 * and in linear time, with a message naming the place, and with no effect on other objects.
 * test/profile/load.test.ts already covers the single examples product.md names (one alias bomb,
 * `!!js/function`, proto.yaml, 200 levels of `[`); these are the variants and the extremes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFor } from '../../src/report/assemble';
import { loadSnapshot, macroFor } from '../../src/cli/load';
import { InputError } from '../../src/errors';
import { parseDocumentAs } from '../../src/profile/load';
import { macroSnapshotSchema, profileSchema, type Profile } from '../../src/profile/schema';
import { rulesConfigSchema } from '../../src/rules/config';
import { runCli } from '../cli/run';
import { tempDir } from '../temp';
import { messagesFor } from '../../src/i18n/messages';

/*
 * No time is measured here: under load a linear pass over megabytes took 6 s against a "sanity
 * bound" of 3. A bomb expanded or a quadratic pass over 100,000 keys would not end within the
 * suite's test timeout (vitest.config.ts), and that is what fails it; the messages prove the limits
 * that make them end.
 */

const MINIMAL = 'version: 1\nincome:\n  monthly: 8000\ndebts: []\n';

async function outcome(text: string, schema: typeof profileSchema | typeof rulesConfigSchema | typeof macroSnapshotSchema = profileSchema) {
  try {
    const value = await parseDocumentAs(schema, text, 'hostile.yaml', 'en', messagesFor('en').fileEmpty());
    return { value, error: undefined };
  } catch (error) {
    if (!(error instanceof InputError)) throw error; // anything else is a crash
    expect(error.message).not.toMatch(/\n\s+at /);
    return { value: undefined, error };
  }
}

async function refused(text: string): Promise<InputError> {
  const { error } = await outcome(text);
  expect(error, 'the document was accepted').toBeInstanceOf(InputError);
  return error!;
}

/** Every own property name and symbol of the built-in prototypes, to prove none changed. */
function prototypeState(): string {
  const names = (o: object) => [...Object.getOwnPropertyNames(o), ...Object.getOwnPropertySymbols(o).map(String)].sort().join(',');
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype].map(names).join('|');
}

let before = '';
beforeAll(() => {
  before = prototypeState();
});
afterAll(() => {
  // Nothing in this file — hundreds of hostile documents — touched a built-in prototype.
  expect(prototypeState()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('alias bombs', () => {
  it('a wide bomb (one anchor, a million aliases) is refused as it is read', async () => {
    const error = await refused(`a: &a [x, y, z]\nb: [${Array.from({ length: 1_000_000 }, () => '*a').join(',')}]\n${MINIMAL}`);
    expect(error.message).toMatch(/hostile\.yaml:2:\d+: too many YAML aliases \(a possible alias bomb\)/);
  });
  it('a deep bomb of maps (each level doubling the last) is refused without expanding it', async () => {
    const levels = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'l0: &l0 {a: lol, b: lol}' : `l${i}: &l${i} {a: *l${i - 1}, b: *l${i - 1}}`));
    expect((await refused(`${levels.join('\n')}\n${MINIMAL}`)).message).toContain('alias bomb');
  });
  it('aliases as keys and a self-referencing anchor end in an error, not a loop', async () => {
    await refused(`a: &a [*a]\n${MINIMAL}`);
    await refused(`k: &k key\n*k : 1\n${MINIMAL}`);
  });
  it('a few harmless aliases are still read (and the unknown keys they sit under named)', async () => {
    const error = await refused(`x: &m 8000\nversion: 1\nincome:\n  monthly: *m\ndebts: []\n`);
    expect(error.issues.map((i) => i.path)).toEqual(['x']);
  });
});

describe('deep nesting never overflows the stack', () => {
  // Each is past any stack: 10^5 to 10^6 levels in one to five megabytes.
  const deep: [string, string][] = [
    ['10^5 × [', '['.repeat(100_000)],
    ['10^5 × [ … ] balanced', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['10^5 × { a:', '{a: '.repeat(100_000)],
    ['JSON objects 5·10^5 deep', `${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}`],
    ['compact sequences: 2·10^6 × "- "', `${'- '.repeat(2_000_000)}x`],
    ['explicit keys: 10^6 × "? "', `${'? '.repeat(1_000_000)}x`],
    ['block mappings indented 3,000 levels', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
    ['nested under a valid profile', `${MINIMAL}x: ${'['.repeat(100_000)}`],
    ['inside a debt', `version: 1\nincome: {monthly: 1}\ndebts:\n  - ${'['.repeat(100_000)}`],
  ];
  for (const [name, text] of deep) {
    it(name, async () => {
      const error = await refused(text);
      expect(error.message).toMatch(/hostile\.yaml:\d+:\d+: the document is nested more than 64 levels deep/);
    });
  }
  it('65 levels are refused, 60 are read (and only the unknown key is named)', async () => {
    await refused(`${MINIMAL}x: ${'['.repeat(65)}${']'.repeat(65)}\n`);
    const error = await refused(`${MINIMAL}x: ${'['.repeat(60)}${']'.repeat(60)}\n`);
    expect(error.issues.map((i) => i.path)).toEqual(['x']);
  });
  it('a run of broken lines nests too: the message says where the limit was passed', async () => {
    const error = await refused(Array.from({ length: 500 }, () => 'a: b: c').join('\n'));
    expect(error.issues[0]!.line).toBeGreaterThan(1);
  });
  it('through the binary: exit 2, one line, no crash, nothing on stdout', () => {
    const dir = tempDir('la-deep-');
    for (const [file, text] of [
      ['flow.yaml', '['.repeat(100_000)],
      ['seq.yaml', `${'- '.repeat(2_000_000)}x`],
      ['json.json', `${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}`],
    ] as const) {
      writeFileSync(join(dir, file), text);
      const r = runCli(['check', join(dir, file)]);
      expect(r.code, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('nested more than 64 levels');
    }
  });
});

describe('enormous input', () => {
  const big = 'x'.repeat(4 * 1024 * 1024);
  it('a 4 MB scalar where a name belongs: "text longer than 200 characters", at its line', async () => {
    const error = await refused(`version: 1\nincome: {monthly: 1}\ndebts:\n  - { name: "${big}", kind: other, balance: 1, apr: 0.1, repayment: revolving }\n`);
    expect(error.issues).toEqual([expect.objectContaining({ line: 4, path: 'debts[0].name', message: 'text longer than 200 characters' })]);
  });
  it('a 4 MB block scalar under an unknown key', async () => {
    const error = await refused(`${MINIMAL}note: |\n${'  line of text\n'.repeat(300_000)}`);
    expect(error.issues.map((i) => i.path)).toEqual(['note']);
  });
  it('a 4 MB key: shortened in the message, no "did you mean" over megabytes', async () => {
    const error = await refused(`${MINIMAL}? ${big}\n: 1\n`);
    expect(error.message.length).toBeLessThan(300);
    expect(error.issues[0]!.path).toMatch(/^x{40}…$/);
  });
  it('a 4 MB number: "an infinite number", not a crash', async () => {
    const error = await refused(`version: 1\nincome: {monthly: ${'9'.repeat(4 * 1024 * 1024)}}\ndebts: []\n`);
    expect(error.message).toContain('income.monthly: expected a number, found an infinite number');
  });
  it('100,000 unknown keys: the first 20 named and the rest counted', async () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`).join('\n');
    const error = await refused(`${MINIMAL}${keys}\n`);
    expect(error.issues).toHaveLength(21);
    expect(error.issues[20]!.message).toBe('… and 99980 more problem(s)');
  });
  it('100,000 repeats of one key: duplicates found in linear time, 20 shown', async () => {
    const error = await refused(`${MINIMAL}${'k: 1\n'.repeat(100_000)}`);
    expect(error.issues[0]!.message).toBe('the key `k` appears twice in the same mapping');
    expect(error.issues).toHaveLength(21);
  });
  it('100,000 syntax errors: 20 shown and the rest counted', async () => {
    const error = await refused(`${MINIMAL}${'x: "unterminated\n'.repeat(1)}${'- ]\n'.repeat(100_000)}`);
    expect(error.issues.length).toBeLessThanOrEqual(21);
  });
  it('a list of 200,000 empty debts: one message for the length, the entries not listed one by one', async () => {
    const error = await refused(`version: 1\nincome: {monthly: 1}\ndebts:\n${'- {}\n'.repeat(200_000)}`);
    expect(error.message).toContain('debts: expected at most 1000 items, found 200000');
    expect(error.issues.length).toBeLessThanOrEqual(21);
  });
});

describe('custom tags are refused by name', () => {
  const tags = [
    '!!js/function "function () { return process.exit(9) }"',
    '!!js/regexp /a+$/',
    '!!js/undefined ""',
    '!!python/object/apply:os.system ["echo pwned"]',
    '!!python/name:os.system ""',
    '!ruby/object:Gem::Installer {}',
    '!<tag:yaml.org,2002:js/function> "x"',
    '!local value',
  ];
  for (const tagged of tags) {
    it(tagged.split(' ')[0]!, async () => {
      for (const text of [
        `version: 1\nincome:\n  monthly: ${tagged}\ndebts: []\n`,
        `version: 1\nincome: {monthly: 1}\ndebts: [${tagged}]\n`,
        `${MINIMAL}x: ${tagged}\n`,
      ]) {
        const error = await refused(text);
        expect(error.message).toMatch(/the YAML tag \S+ is not supported/);
        expect(error.issues[0]!.line).toBeGreaterThan(1);
      }
    });
  }
  it('YAML 1.1 types (!!binary, !!timestamp, !!set) on a field are type errors at that field', async () => {
    for (const [tagged, path] of [
      ['!!binary aGVsbG8=', 'income.monthly'],
      ['!!timestamp 2026-01-01', 'income.monthly'],
      ['!!set {a, b}', 'income.monthly'],
    ] as const) {
      const error = await refused(`version: 1\nincome:\n  monthly: ${tagged}\ndebts: []\n`);
      expect(error.issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe('__proto__, constructor and prototype keys', () => {
  const payload = '{ polluted: true, toString: 1, hasOwnProperty: 1 }';
  const levels: [string, (key: string) => string][] = [
    ['top level', (k) => `${k}: ${payload}\n${MINIMAL}`],
    ['income', (k) => `version: 1\nincome:\n  monthly: 1\n  ${k}: ${payload}\ndebts: []\n`],
    ['a debt', (k) => `version: 1\nincome: {monthly: 1}\ndebts:\n  - { name: a, kind: other, balance: 1, apr: 0.1, repayment: revolving, ${k}: ${payload} }\n`],
    ['credit.verified', (k) => `version: 1\nincome: {monthly: 1}\ncredit:\n  verified:\n    ${k}: ${payload}\ndebts: []\n`],
    ['an overdue', (k) => `version: 1\nincome: {monthly: 1}\ncredit:\n  overdues:\n    - { date: 2026-01-01, days: 3, settled: true, ${k}: ${payload} }\ndebts: []\n`],
    ['macro.lpr_1y', (k) => `version: 1\nincome: {monthly: 1}\nmacro:\n  lpr_1y:\n    - { date: 2026-01-01, rate: 0.03, ${k}: ${payload} }\ndebts: []\n`],
    ['JSON, top level', (k) => JSON.stringify({ [k]: { polluted: true }, version: 1, income: { monthly: 1 }, debts: [] })],
    ['JSON, nested', (k) => `{"version": 1, "income": {"monthly": 1, "${k}": {"polluted": true}}, "debts": []}`],
  ];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [where, make] of levels) {
      it(`${key} in ${where}: an unknown key, named with its path`, async () => {
        const error = await refused(make(key));
        expect(error.issues.some((i) => i.path.endsWith(key) && i.message.startsWith(`unknown key \`${key}\``)), error.message).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }
  it('behind an alias and in flow keys too', async () => {
    await refused(`p: &p { polluted: true }\nversion: 1\nincome: { monthly: 1, __proto__: *p }\ndebts: []\n`);
    await refused(`{ __proto__: { polluted: true }, version: 1, income: { monthly: 1 }, debts: [] }`);
  });
  it('in a rules config and a macro snapshot', async () => {
    const config = await outcome('rules:\n  __proto__: off\n  constructor: { thresholds: { polluted: 1 } }\n', rulesConfigSchema);
    expect(config.error?.message).toContain('unknown key `__proto__`');
    const macro = await outcome(`date: 2026-01-01\nsources: []\nlpr_1y: [{date: 2026-01-01, rate: 0.03}]\nevents: []\nstressed_sectors: []\n__proto__: {polluted: true}\n`, macroSnapshotSchema);
    expect(macro.error?.message).toContain('unknown key `__proto__`');
  });
  it('as a debt name it is only a name: the plan keys it as an own property and nothing else changes', async () => {
    const text = `version: 1\nas_of: 2026-11-01\nincome: {monthly: 10000}\ndebts:\n${['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
      .map((name) => `  - { name: ${name}, kind: online_loan, balance: 1000, apr: 0.18, repayment: equal_installment, months_left: 3 }`)
      .join('\n')}\n`;
    const { value } = await outcome(text);
    const profile = value as Profile;
    expect(profile.debts.map((d) => d.name)).toEqual(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
    const macro = macroFor(profile, await loadSnapshot(undefined, 'en'));
    const report = reportFor({ profile, source: 'p', asOf: '2026-11-01', lang: 'en', macro, share: 0.2, strategy: 'recovery', includePlan: true, toolVersion: 't' });
    const balances = report.plan!.schedule[0]!.balances;
    expect(Object.getPrototypeOf(balances)).toBe(Object.prototype);
    expect(Object.keys(balances).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'prototype', 'toString']);
    expect(JSON.parse(JSON.stringify(report)).plan.schedule[0].balances.__proto__).toBeTypeOf('number');
  });
});

describe('through the binary', () => {
  it('a tagged, proto-keyed, aliased document is one clean exit 2', () => {
    const r = runCli(['check', '-'], { input: `a: &a !!js/function "x"\n__proto__: *a\n${MINIMAL}` });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('the bundled samples still load through both paths after all this (no shared state was hurt)', async () => {
    const { value } = await outcome(readFileSync('profiles/distressed.yaml', 'utf8'));
    expect(value).toBeDefined();
  });
});
