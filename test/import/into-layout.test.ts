/**
 * `import --into` keeps the layout of everything it does not change (issue 23): the lines outside
 * the replaced fields stay byte for byte — flow records, aligned trailing comments, comments after
 * `sesame_history:` — on every sample profile, and the fields themselves hold exactly the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeIntoDocument } from '../../src/cli/import';
import { applyImport, type ImportedSections } from '../../src/import/index';
import { profileSchema } from '../../src/profile/schema';

const PROFILES = fileURLToPath(new URL('../../profiles', import.meta.url));
const IMPORTED_KEY = /^(\s*)(history|large_purchases|lender_transfers_per_month|draws):/;

/**
 * The lines of a profile outside the imported fields, each with its line ending: a field's block
 * is its key line and the lines after it that are indented deeper (or are `- ` items at its own
 * indentation). (`sesame_history:` is not an imported key: the pattern needs the whole name.)
 */
function outside(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const key = IMPORTED_KEY.exec(lines[i]!);
    if (!key) {
      kept.push(lines[i]!);
      continue;
    }
    const indent = key[1]!.length;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const nextIndent = next.length - next.trimStart().length;
      if (next.trim() === '' || (nextIndent < indent || (nextIndent === indent && !next.trimStart().startsWith('- ')))) break;
      i++;
    }
  }
  return kept;
}

const imported = (large: boolean): ImportedSections => ({
  income: { history: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((month, i) => ({ month, amount: 9000 + i })) },
  spending: {
    history: ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((month) => ({ month, amount: 4321.5 })),
    large_purchases: large ? [{ date: '2026-09-02', amount: 5999, note: 'Apple Store iPhone "Pro": 256G #1' }] : [],
    lender_transfers_per_month: 1.5,
  },
  ...(large ? { credit: { draws: [{ date: '2026-10-03', amount: 3000, lender: '借呗' }] } } : {}),
});

describe('--into keeps every line it does not replace byte for byte', () => {
  const files = readdirSync(PROFILES).filter((f) => f.endsWith('.yaml'));

  it('there are sample profiles to try', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const file of files) {
    for (const large of [true, false]) {
      it(`${file}${large ? '' : ' (empty lists, no draws)'}`, async () => {
        const text = readFileSync(join(PROFILES, file), 'utf8');
        const sections = imported(large);
        const merged = await mergeIntoDocument(text, file, sections, 'en');
        expect(outside(merged)).toEqual(outside(text));
        // … and the fields hold exactly the import, every other field as it was.
        const before = profileSchema.parse(parse(text));
        expect(profileSchema.parse(parse(merged))).toEqual(applyImport(before, sections));
      });
    }
  }

  it('the lines the issue saw re-flowed: flow records, aligned comments, comments after sesame_history', async () => {
    const text = readFileSync(join(PROFILES, 'healthy.yaml'), 'utf8');
    const merged = await mergeIntoDocument(text, 'healthy.yaml', imported(true), 'en');
    for (const line of [
      '  - { name: 借呗, limit: 50000, used: 3027.29, status: active }',
      '  monthly: 18000              # 税后月收入（元） / net monthly income (yuan)',
      '  sesame_history:             # 近半年平稳略升 / flat to slightly rising',
      '  overdues: []                # 从未逾期 / never late',
    ]) {
      expect(merged.split('\n')).toContain(line);
    }
    // The key lines keep their comments; only what follows them changed.
    expect(merged).toContain('  history:                    # 工资很稳定（年终奖另计，不在此列） / steady salary (year-end bonus not included)\n    - { month: 2026-05, amount: 9000 }\n');
    expect(merged).toContain('  draws:                      # 借呗偶尔小额借款，间隔数月 / occasional small Jiebei draws, months apart\n    - { date: 2026-10-03, amount: 3000, lender: "借呗" }\n  autopay: true');
  });
});

describe('the shapes a field can have', () => {
  const merge = (text: string, sections: ImportedSections) => mergeIntoDocument(text, 'p.yaml', sections, 'en');
  const base = 'version: 1\nincome:\n  monthly: 5000   # net\n';

  it('a flow list on the key line: the items follow it, its comment stays', async () => {
    const text = `${base}  history: [ { month: 2025-01, amount: 1 } ]  # old\ndebts: []\n`;
    const merged = await merge(text, { income: { history: [{ month: '2026-01', amount: 2 }] } });
    expect(merged).toBe(`${base}  history:  # old\n    - { month: 2026-01, amount: 2 }\ndebts: []\n`);
  });

  it('an empty value, a missing field, a missing section; an empty list replacing items', async () => {
    const text = `${base}  history:\n    - { month: 2025-01, amount: 1 }   # one\ndebts: []\nspending:\n  large_purchases:\n  history:    # by month\n    - { month: 2025-01, amount: 1 }\n\n# the end\n`;
    const merged = await merge(text, {
      income: { history: [] },
      spending: { large_purchases: [{ date: '2026-01-02', amount: 3 }], history: [{ month: '2026-01', amount: 4 }], lender_transfers_per_month: 2 },
      credit: { draws: [{ date: '2026-01-05', amount: 100, lender: '京东金条' }] },
    });
    expect(merged).toBe(
      `${base}  history: []\ndebts: []\nspending:\n  large_purchases:\n    - { date: 2026-01-02, amount: 3 }\n  history:    # by month\n    - { month: 2026-01, amount: 4 }\n  lender_transfers_per_month: 2\n\n# the end\n\ncredit:\n  draws:\n    - { date: 2026-01-05, amount: 100, lender: "京东金条" }\n`,
    );
  });

  it('a section with nothing under it gets the fields on the lines after it', async () => {
    const text = `${base}debts: []\nspending:    # to do\n# the end\n`;
    const merged = await merge(text, { spending: { history: [{ month: '2026-01', amount: 4 }], lender_transfers_per_month: 1 } });
    expect(merged).toBe(`${base}debts: []\nspending:    # to do\n  history:\n    - { month: 2026-01, amount: 4 }\n  lender_transfers_per_month: 1\n# the end\n`);
  });

  it('a number keeps its trailing comment; CRLF line endings stay CRLF', async () => {
    const text = 'version: 1\r\nincome:\r\n  monthly: 5000\r\ndebts: []\r\nspending:\r\n  lender_transfers_per_month: 4    # a guess\r\n';
    const merged = await merge(text, { spending: { lender_transfers_per_month: 0.5, history: [{ month: '2026-01', amount: 4 }] } });
    expect(merged).toBe('version: 1\r\nincome:\r\n  monthly: 5000\r\ndebts: []\r\nspending:\r\n  lender_transfers_per_month: 0.5    # a guess\r\n  history:\r\n    - { month: 2026-01, amount: 4 }\r\n');
  });

  it('a section written as a flow mapping is still merged right (through the yaml library)', async () => {
    const text = 'version: 1\nincome: { monthly: 5000 }\ndebts: []\ncredit: { draws: [] }\n';
    const merged = await merge(text, { income: { history: [{ month: '2026-01', amount: 2 }] }, credit: { draws: [{ date: '2026-01-05', amount: 100 }] } });
    expect(parse(merged)).toEqual({ version: 1, income: { monthly: 5000, history: [{ month: '2026-01', amount: 2 }] }, debts: [], credit: { draws: [{ date: '2026-01-05', amount: 100 }] } });
  });
});
