/**
 * The importer's words come from src/i18n/import.ts: lists joined the way each language writes
 * them, the summary's month table aligned by display width, every warning and archive problem
 * worded in both languages from its own fields.
 */
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/cli/bill-files';
import { renderChanges } from '../../src/cli/import';
import { InputError } from '../../src/errors';
import { importText, textOf } from '../../src/i18n/import';
import { LANGS } from '../../src/i18n/lang';
import { importBills, readBill, type ImportWarning, type UnsupportedLook } from '../../src/import/index';
import type { ZipProblem } from '../../src/import/zip';
import { profileSchema } from '../../src/profile/schema';
import { displayWidth } from '../../src/report/text-layout';
import { alipayCsv, gbk, inflateRaw, type AlipayRow } from './helpers';

const rows: AlipayRow[] = [
  { time: '2026-01-05 09:00:00', dir: '收入', amount: '9000.00', category: '转账红包', peer: '某公司' },
  { time: '2026-02-05 09:00:00', dir: '收入', amount: '9000.00', category: '转账红包', peer: '某公司' },
  { time: '2026-02-10 20:00:00', dir: '支出', amount: '5999.00', category: '数码电器', peer: 'Apple Store', item: 'iPhone', method: '花呗' },
  { time: '2026-03-15 10:00:00', dir: '不计收支', amount: '3000.00', category: '信用借还', peer: '借呗', item: '借呗借款-放款至余额' },
];
const bills = [{ name: 'a.csv', bytes: gbk(alipayCsv(rows, { start: '2026-01-01', end: '2026-03-31' })) }];

describe('the import summary', () => {
  it('joins the per-kind counts as each language writes a list', () => {
    const en = renderSummary(importBills(bills, { lang: 'en', months: 6, inflateRaw }), 'en');
    const zh = renderSummary(importBills(bills, { lang: 'zh', months: 6, inflateRaw }), 'zh');
    expect(en).toContain('  income 2, spending 1, loan draws 1');
    expect(zh).toContain('  收入 2，支出 1，借款 1');
  });

  it('aligns the month table by display width, Chinese headings two columns a character', () => {
    for (const lang of LANGS) {
      const lines = renderSummary(importBills(bills, { lang, months: 6, inflateRaw }), lang);
      const first = lines.indexOf('') + 1;
      const table = lines.slice(first, lines.indexOf('', first));
      expect(table).toHaveLength(4); // the headings and three months
      expect(new Set(table.map(displayWidth)).size, table.join('\n')).toBe(1);
    }
    // The widths are the terminal's: as many characters would not line up.
    const zh = renderSummary(importBills(bills, { lang: 'zh', months: 6, inflateRaw }), 'zh');
    expect(zh.find((line) => line.startsWith('月份'))!.length).toBeLessThan(zh.find((line) => line.startsWith('2026-01'))!.length);
  });

  it('shows the mean of a month history with the language’s money format', () => {
    const result = importBills(bills, { lang: 'zh', months: 6, inflateRaw });
    const profile = profileSchema.parse({ version: 1, income: { monthly: 12000, history: [{ month: '2025-01', amount: 11000 }] }, debts: [] });
    expect(renderChanges(profile, result.sections, 'me.yaml', 'zh')).toContain(
      '  income.history：1 个月 2025-01 … 2025-01，月均 11,000.00元 → 3 个月 2026-01 … 2026-03，月均 6,000.00元',
    );
    expect(renderChanges(profile, result.sections, 'me.yaml', 'en')).toContain(
      '  income.history: 1 month(s) 2025-01 … 2025-01, mean ¥11,000.00 → 3 month(s) 2026-01 … 2026-03, mean ¥6,000.00',
    );
  });
});

describe('a header without required columns', () => {
  const text = alipayCsv([]).replace(',交易状态,交易订单号,', ',');
  const message = (lang: 'en' | 'zh') => {
    try {
      readBill('a.csv', gbk(text), { lang });
    } catch (error) {
      if (error instanceof InputError) return error.message;
    }
    throw new Error('expected an InputError');
  };

  it('lists them as each language writes a list', () => {
    expect(message('en')).toContain('the Alipay app export header row lacks column(s) 交易状态, 交易订单号');
    expect(message('zh')).toContain('支付宝 App 账单的表头缺少列：交易状态、交易订单号');
  });
});

describe('coded texts', () => {
  const warnings: ImportWarning[] = [
    { code: 'rowsSkipped', file: 'f.csv', count: 7, lines: [3, 4, 5, 6, 8] },
    { code: 'declaredRows', file: 'f.csv', declared: 9, read: 8 },
    { code: 'unknownStatus', file: 'f.csv', values: ['X', 'Y'], rows: 2 },
    { code: 'unknownDirection', file: 'f.csv', values: ['Z'], rows: 1 },
    { code: 'mangledIds', file: 'f.csv', rows: 3 },
    { code: 'replacementChars', file: 'f.csv', count: 4 },
    { code: 'partialMonths', months: ['2026-01', '2026-04'] },
    { code: 'emptyMonths', months: ['2026-02', '2026-03'] },
    { code: 'staleBills', newest: '2024-05', auditDate: '2026-11-01', months: 30 },
    { code: 'noCompleteMonth' },
    { code: 'disjointPeriods' },
    { code: 'asOfBeforeBills', asOf: '2026-02-01' },
    { code: 'unmatchedRefunds', count: 2, fen: 12345 },
    { code: 'noIncomeForLarge' },
    { code: 'lowBillIncome', incomeFen: 867 },
    { code: 'noDraws' },
    { code: 'salaryHint' },
  ];
  const problems: ZipProblem[] = [
    { code: 'noEnd' },
    { code: 'directory' },
    { code: 'zip64' },
    { code: 'tooManyEntries', count: 5000, max: 1000 },
    { code: 'missing', entry: 'xl/workbook.xml' },
    { code: 'cutOff', entry: 'xl/workbook.xml' },
    { code: 'method', entry: 'xl/workbook.xml', method: 12 },
    { code: 'corrupt', entry: 'xl/workbook.xml' },
    { code: 'wrongSize', entry: 'xl/workbook.xml', declared: 123 },
    { code: 'encrypted', entry: 'xl/workbook.xml' },
    { code: 'tooLarge', entry: 'xl/workbook.xml', limit: 32 * 1024 * 1024 },
    { code: 'xml', entry: 'xl/workbook.xml' },
  ];

  it('every warning reads in both languages, with the values it carries', () => {
    expect(Object.keys(importText('en').warning).sort()).toEqual(warnings.map((w) => w.code).sort());
    for (const w of warnings) {
      const [en, zh] = LANGS.map((lang) => textOf(importText(lang).warning, w));
      expect(en).not.toBe(zh);
      for (const value of Object.entries(w).filter(([key]) => key !== 'code' && key !== 'fen' && !key.endsWith('Fen'))) {
        for (const part of [value[1]].flat()) {
          expect(en, `${w.code} en`).toContain(String(part));
          expect(zh, `${w.code} zh`).toContain(String(part));
        }
      }
    }
  });

  it('every refusal of a file that is no bill reads in both languages, naming the formats supported', () => {
    const looks: UnsupportedLook[] = [{ code: 'bank' }, { code: 'table', columns: ['记账日期', '货币'], more: true }, { code: 'garbled' }, { code: 'noHeader' }];
    expect(Object.keys(importText('en').unsupported).sort()).toEqual(looks.map((l) => l.code).sort());
    for (const look of looks) {
      const [en, zh] = (['en', 'zh'] as const).map((lang) => textOf(importText(lang).unsupported, look));
      expect(en).toMatch(/^not a supported bill export: .*JD .*Meituan/);
      expect(zh).toMatch(/^不是支持的账单导出文件：.*京东.*美团/);
      if (look.code === 'table') for (const text of [en, zh]) expect(text).toContain('记账日期');
    }
  });

  it('every archive problem reads in both languages, naming its entry', () => {
    expect(Object.keys(importText('en').zipProblem).sort()).toEqual(problems.map((p) => p.code).sort());
    for (const p of problems) {
      const [en, zh] = LANGS.map((lang) => textOf(importText(lang).zipProblem, p));
      expect(en).not.toBe(zh);
      if ('entry' in p && p.code !== 'encrypted') {
        expect(en).toContain(p.entry);
        expect(zh).toContain(p.entry);
      }
    }
  });
});
