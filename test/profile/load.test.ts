import { readFileSync } from 'node:fs';
import { parseFastYaml } from '../../src/profile/fast-yaml';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { decodeInput, parseDocumentAs, MAX_INPUT_BYTES } from '../../src/profile/load';
import { profileSchema } from '../../src/profile/schema';
import { messagesFor } from '../../src/i18n/messages';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

async function load(name: string, lang: 'en' | 'zh' = 'en') {
  const source = `fixtures/${name}`;
  return parseDocumentAs(profileSchema, decodeInput(fixture(name), source, lang), source, lang, messagesFor(lang).fileEmpty());
}

async function errorOf(name: string, lang: 'en' | 'zh' = 'en'): Promise<InputError> {
  try {
    await load(name, lang);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`${name} loaded without error`);
}

describe('loading a valid profile', () => {
  it('returns the typed profile', async () => {
    const profile = await load('minimal.yaml');
    expect(profile.income.monthly).toBe(8000);
    expect(profile.debts).toEqual([]);
  });
  it('reads JSON through the same parser', async () => {
    const text = '{"version": 1, "income": {"monthly": 100}, "debts": []}';
    expect((await parseDocumentAs(profileSchema, text, 'p.json', 'en', messagesFor('en').fileEmpty())).income.monthly).toBe(100);
  });
  it('strips a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('minimal.yaml')]);
    expect(decodeInput(bytes, 'bom.yaml', 'en').startsWith('version')).toBe(true);
  });
});

// Each bad input of product.md: one message naming file, line:column, field path, expected vs found.
const cases: { file: string; line?: number; col?: number; path?: string; includes: string[] }[] = [
  { file: 'bad/unknown-key.yaml', line: 2, col: 1, path: 'incme', includes: ['unknown key `incme`', 'did you mean `income`?'] },
  { file: 'bad/string-number.yaml', line: 3, col: 12, path: 'income.monthly', includes: ['expected a number', 'found "12,000"', 'write numbers plainly'] },
  { file: 'bad/negative-balance.yaml', line: 7, col: 14, path: 'debts[0].balance', includes: ['≥ 0', 'found -500'] },
  { file: 'bad/rate-percent.yaml', line: 8, col: 10, path: 'debts[0].apr', includes: ['rate between 0 and 1', 'found 18.25', 'did you mean 0.1825?'] },
  { file: 'bad/nan.yaml', line: 3, path: 'income.monthly', includes: ['.nan (not a number)'] },
  { file: 'bad/infinity.yaml', line: 3, path: 'income.monthly', includes: ['infinite'] },
  { file: 'bad/impossible-date.yaml', line: 2, col: 8, path: 'as_of', includes: ['real calendar date', '"2026-02-30"'] },
  { file: 'bad/months-left-missing.yaml', line: 5, path: 'debts[0].months_left', includes: ['months_left is required'] },
  { file: 'bad/apr-and-daily.yaml', line: 9, path: 'debts[0].daily_rate', includes: ['either apr or daily_rate, not both'] },
  { file: 'bad/duplicate-key.yaml', line: 4, col: 3, includes: ['`monthly` appears twice'] },
  { file: 'bad/not-yaml.yaml', includes: ['not valid YAML'] },
  { file: 'bad/alias-bomb.yaml', includes: ['alias bomb'] },
  { file: 'bad/js-tag.yaml', line: 3, includes: ['tag !!js/function is not supported'] },
  { file: 'bad/empty.yaml', includes: ['the file is empty'] },
  { file: 'bad/comments-only.yaml', includes: ['the file is empty'] },
  { file: 'bad/not-mapping.yaml', line: 1, includes: ['expected a mapping', 'found a list'] },
  { file: 'bad/version-2.yaml', line: 1, path: 'version', includes: ['unsupported profile version 2'] },
  { file: 'bad/bad-enum.yaml', line: 6, path: 'debts[0].kind', includes: ['expected one of', 'did you mean credit_card?'] },
  { file: 'bad/duplicate-debt.yaml', line: 6, path: 'debts[1].name', includes: ['must be unique'] },
  { file: 'bad/bad-month.yaml', line: 5, path: 'income.history[0].month', includes: ['month YYYY-MM', '"2026-13"'] },
  { file: 'bad/three-decimals.yaml', line: 3, path: 'income.monthly', includes: ['at most 2 decimals', '8000.123'] },
  { file: 'bad/missing-required.yaml', path: 'income.monthly', includes: ['required field is missing'] },
  { file: 'bad/profile.json', line: 4, path: 'debts[0].balance', includes: ['expected a number', 'found "lots"'] },
];

describe('bad input gets one precise message per problem', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.includes[0]}`, async () => {
      const error = await errorOf(c.file);
      expect(error.exitCode).toBe(2);
      const issue = error.issues.find((i) => i.path === c.path) ?? error.issues[0]!;
      for (const text of c.includes) expect(error.message).toContain(text);
      if (c.line !== undefined) expect(issue.line).toBe(c.line);
      if (c.col !== undefined) expect(issue.col).toBe(c.col);
      if (c.path !== undefined) expect(error.issues.map((i) => i.path)).toContain(c.path);
      expect(error.message.startsWith(`fixtures/${c.file}`)).toBe(true);
      expect(error.message).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('reports missing fields at the nearest parent, e.g. the whole debts list', async () => {
    const error = await errorOf('bad/missing-required.yaml');
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['income.monthly', 'debts']));
    expect(error.message).toContain('fixtures/bad/missing-required.yaml:2:9 income.monthly: required field is missing');
  });

  it('says it in Chinese with --lang zh', async () => {
    expect((await errorOf('bad/unknown-key.yaml', 'zh')).message).toContain('未知的键 `incme`（是否想写 `income`？）');
    expect((await errorOf('bad/rate-percent.yaml', 'zh')).message).toContain('利率应在 0 到 1 之间');
  });

  describe('YAML syntax errors in Chinese: the common ones in their own words, the rest by their code', () => {
    const syntaxError = async (text: string, lang: 'en' | 'zh') => {
      try {
        await parseDocumentAs(profileSchema, text, 'p.yaml', lang, messagesFor(lang).fileEmpty());
      } catch (error) {
        if (error instanceof InputError) return error.message;
        throw error;
      }
      throw new Error('loaded without error');
    };
    const cases: [string, string, RegExp][] = [
      ['tab as indentation', 'version: 1\nincome:\n\tmonthly: 5000\n', /p\.yaml:3:1: 不是有效的 YAML：不能用 Tab 键缩进，请改用空格/],
      ['a: b: c on one line', 'version: 1\nincome: monthly: 5000\n', /一行里不能写两层“键: 值”/],
      ['a key without its colon', 'version: 1\nincome\n', /键后面缺少冒号和值/],
      ['an unclosed quote', 'version: 1\nname: "abc\n', /缺少右双引号 "/],
      ['an unclosed flow mapping', 'version: 1\nincome: {monthly: 5000\n', /方括号或花括号须比所在的键多缩进，并以 } 结尾/],
      ['a reserved first character', 'version: 1\na: @x\n', /值不能以 @ 开头；请给它加上引号/],
      ['two documents', 'version: 1\n---\nversion: 1\n', /文件里有多份 YAML 文档/],
      ['misaligned list items', 'debts:\n  - a\n - b\n', /不是有效的 YAML：/],
    ];
    for (const [what, text, zh] of cases) {
      it(what, async () => {
        const message = await syntaxError(text, 'zh');
        expect(message).toMatch(zh);
        // Nothing of the library's English is left: no word of three Latin letters or more besides the file name, "YAML" and the Tab key.
        expect(message.replace(/p\.yaml|YAML|Tab/g, '')).not.toMatch(/[A-Za-z]{3,}/);
        expect(await syntaxError(text, 'en')).toMatch(/not valid YAML: [A-Z][a-z]/);
      });
    }
  });

  it('refuses an alias bomb as it reads it instead of expanding it', async () => {
    // 9^9 items if expanded: that would not end within the test's timeout (nor fit in memory).
    expect((await errorOf('bad/alias-bomb.yaml')).message).toContain('too many YAML aliases (a possible alias bomb); the document was not expanded');
  });

  it('rejects __proto__ and constructor keys as unknown keys and leaves Object.prototype untouched', async () => {
    const error = await errorOf('bad/proto.yaml');
    expect(error.message).toContain('unknown key `__proto__`');
    expect(error.message).toContain('unknown key `constructor`');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('reads UTF-16 with a BOM (spreadsheet "Unicode text"), little- and big-endian, as UTF-8 would be read', () => {
    const text = readFileSync(new URL('../../profiles/healthy.yaml', import.meta.url), 'utf8');
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeInput(le, 'le.yaml', 'en')).toBe(text);
    expect(decodeInput(be, 'be.yaml', 'en')).toBe(text);
    // Without the BOM the zero bytes are binary data, and a NUL inside UTF-16 text is too.
    expect(() => decodeInput(Buffer.from(text, 'utf16le'), 'nobom.yaml', 'en')).toThrow(/binary data/);
    expect(() => decodeInput(Buffer.from('\ufeffa: 1\0', 'utf16le'), 'nul.yaml', 'en')).toThrow(/binary data/);
    expect(() => decodeInput(Buffer.from([0xff, 0xfe, 0x00, 0xd8]), 'lone.yaml', 'en')).toThrow(/not UTF-8 text/);
  });
  it('a quoted version is named as text to unquote, not as an unsupported version', async () => {
    const messageOf = (text: string) => parseDocumentAs(profileSchema, text, 'v.yaml', 'en', messagesFor('en').fileEmpty()).then(() => '', (error: Error) => error.message);
    expect(await messageOf('version: "1"\nincome: {monthly: 1}\ndebts: []\n')).toContain('version: expected the number 1, found the text "1" (write it without quotes)');
    expect(await messageOf('version: 2\nincome: {monthly: 1}\ndebts: []\n')).toContain('unsupported profile version 2');
  });
  it('refuses binary data, invalid UTF-8 and oversized input before parsing', () => {
    expect(() => decodeInput(Uint8Array.from([0x76, 0x00, 0x01]), 'b.bin', 'en')).toThrow(/binary data/);
    expect(() => decodeInput(Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]), 'gbk.yaml', 'en')).toThrow(/not UTF-8/);
    expect(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x20), 'big.yaml', 'en')).toThrow(/over 5 MB/);
  });

  it('rejects a document nested deeper than any profile', async () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    await expect(parseDocumentAs(profileSchema, `version: 1\nx: ${deep}\n`, 'deep.yaml', 'en', messagesFor('en').fileEmpty())).rejects.toThrow(/nested more than/);
  });
});

describe('rules config errors (a union of `off` and `{ thresholds }`)', async () => {
  const { rulesConfigSchema } = await import('../../src/rules/config');
  const configError = async (text: string) => {
    try {
      await parseDocumentAs(rulesConfigSchema, text, 'rules.yaml', 'en', messagesFor('en').configEmpty());
    } catch (error) {
      if (error instanceof InputError) return error.message;
    }
    throw new Error('no error');
  };
  it('a misspelt off names the expected value', async () => {
    expect(await configError('rules:\n  macro/rate-cycle: of\n')).toContain('rules.yaml:2:21 rules.macro/rate-cycle: expected one of off, found "of" (did you mean off?)');
  });
  it('a bad threshold names the threshold and suggests the right name', async () => {
    const message = await configError('rules:\n  credit/inquiries-frequent: { thresholds: { last_3m: x, last3m: 1 } }\n');
    expect(message).toContain('rules.credit/inquiries-frequent.thresholds.last_3m: expected a number, found "x"');
    expect(message).toContain('unknown key `last3m` (did you mean `last_3m`?)');
  });
  it('an unknown rule id suggests the closest one', async () => {
    expect(await configError('rules:\n  debt/dti-hihg: off\n')).toContain('did you mean `debt/dti-high`?');
  });
});

describe('the fast path and the precise path read documents alike', () => {
  // test/profile/fast-yaml.test.ts has the bundled documents and generated ones; here the loader.
  it('scalars that differ between YAML 1.1 and 1.2 read as 1.2 whichever path takes them', async () => {
    const text = 'version: 1\nincome:\n  monthly: 1\ndebts: []\nnotes: { a: yes, b: 0o17, c: 017, d: 2026-11-01, e: 1_000, f: .5, g: ~, h: 0x1F, i: +12, j: "12" }\n';
    const { parseDocument } = await import('yaml');
    expect(parseFastYaml(text)).toBeUndefined(); // 0o17, 0x1F, +12, .5 are not the fast path's
    const plain = 'a: yes\nc: 017x\nd: 2026-11-01\ne: 1_000\ng: ~\nj: "12"\n';
    expect(parseFastYaml(plain)).toEqual(parseDocument(plain).toJS());
  });
});

describe('fee instalments (分期手续费) and up-front fees', () => {
  /** A profile with one debt written as the YAML lines given; its messages, or [] when it loads. */
  async function messages(debtLines: string, lang: 'en' | 'zh' = 'en'): Promise<string[]> {
    const text = `version: 1\nincome:\n  monthly: 8000\ndebts:\n  - name: 花呗分期\n    kind: installment\n${debtLines
      .trim()
      .split('\n')
      .map((line) => `    ${line.trim()}`)
      .join('\n')}\n`;
    try {
      await parseDocumentAs(profileSchema, text, 'p.yaml', lang, messagesFor(lang).fileEmpty());
      return [];
    } catch (error) {
      if (error instanceof InputError) return error.message.split('\n');
      throw error;
    }
  }
  const FEE = `balance: 4200
    repayment: fee_installment
    original_principal: 5040
    periods: 6
    months_left: 5`;

  it('loads a fee instalment with its fee, original principal and periods, and no rate', async () => {
    expect(await messages(`${FEE}\nfee_rate: 0.0075`)).toEqual([]);
    const profile = await parseDocumentAs(
      profileSchema,
      'version: 1\nincome: {monthly: 1}\ndebts:\n  - {name: a, kind: online_loan, balance: 9000, apr: 0.12, repayment: equal_installment, months_left: 9, original_principal: 10000, periods: 12, upfront_fee: 500}\n',
      'p.yaml',
      'en',
      messagesFor('en').fileEmpty(),
    );
    expect(profile.debts[0]).toMatchObject({ original_principal: 10000, periods: 12, upfront_fee: 500 });
  });

  it('suggests the decimal for a fee written as a percentage (0.6 → 0.006), located', async () => {
    expect(await messages(`${FEE}\nfee_rate: 0.6`)).toEqual([
      'p.yaml:12:15 debts[0].fee_rate: expected a fee per period between 0 and 0.1 of the original amount (a decimal: 0.006 = 0.6 % a period), found 0.6 (did you mean 0.006?)',
    ]);
    expect(await messages(`${FEE}\nfee_rate: 0.75`, 'zh')).toEqual([
      'p.yaml:12:15 debts[0].fee_rate: 每期手续费率应在原始本金的 0 到 0.1 之间（小数：0.006 即每期 0.6%），实际为 0.75（是否想写 0.0075？）',
    ]);
  });

  it('requires the fee, the original principal and the periods of a fee instalment, and refuses a rate beside the fee', async () => {
    expect(await messages('balance: 4200\nrepayment: fee_installment\nmonths_left: 5\napr: 0.15')).toEqual([
      'p.yaml:5:5 debts[0].fee_rate: fee_rate is required when repayment is fee_installment: the fee per period on the original amount, e.g. 0.006 for 0.6 %',
      'p.yaml:5:5 debts[0].original_principal: original_principal is required when repayment is fee_installment: the amount first borrowed, in yuan',
      'p.yaml:5:5 debts[0].periods: periods is required when repayment is fee_installment: the number of instalments in all, e.g. 12',
      'p.yaml:10:10 debts[0].apr: a fee instalment (repayment: fee_installment) is priced by fee_rate: remove apr and daily_rate (limit-audit works out the true APR from the fee)',
    ]);
  });

  it('keeps fee_rate to fee instalments and the contract terms off revolving debts', async () => {
    expect(await messages('balance: 100\napr: 0.18\nrepayment: equal_installment\nmonths_left: 3\nfee_rate: 0.006')).toEqual([
      'p.yaml:11:15 debts[0].fee_rate: fee_rate applies only to fee instalments (repayment: fee_installment); for interest give apr or daily_rate',
    ]);
    const revolving = await messages('balance: 100\napr: 0.18\nrepayment: revolving\nupfront_fee: 10\nperiods: 3');
    expect(revolving).toHaveLength(2);
    for (const line of revolving) expect(line).toContain('apply to loans repaid in instalments, not to revolving debts');
  });

  it('checks the terms against each other: months_left ≤ periods, original principal ≥ balance, up-front fee < principal', async () => {
    expect(await messages('balance: 4200\nrepayment: fee_installment\noriginal_principal: 5040\nperiods: 4\nmonths_left: 5\nfee_rate: 0.0075')).toEqual([
      'p.yaml:11:18 debts[0].months_left: months_left cannot be more than periods (the number of instalments in all)',
    ]);
    expect(await messages('balance: 6000\nrepayment: fee_installment\noriginal_principal: 5040\nperiods: 6\nmonths_left: 5\nfee_rate: 0.0075')).toEqual([
      'p.yaml:9:25 debts[0].original_principal: original_principal (the amount first borrowed) cannot be less than the balance still owed',
    ]);
    expect(await messages('balance: 1000\napr: 0.1\nrepayment: interest_first\nmonths_left: 5\nupfront_fee: 1000', 'zh')).toEqual([
      'p.yaml:11:18 debts[0].upfront_fee: upfront_fee 必须小于借款金额（original_principal，未填时为余额）',
    ]);
  });
});
