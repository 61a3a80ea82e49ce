/** The minimal XLSX reader: ZIP directory, shared strings, cell types, picking the bill's sheet. */
import { describe, expect, it } from 'vitest';
import { columnIndex, decodeXml, parseSharedStrings, parseSheet, pickBillSheet, readWorkbook } from '../../src/import/xlsx';
import { listZip, readZipEntry, ZipError } from '../../src/import/zip';
import { fixture, inflateRaw, zip } from './helpers';

describe('ZIP', () => {
  it('lists and reads stored and deflated entries', () => {
    const bytes = zip([
      { name: 'a.txt', data: 'stored', deflate: false },
      { name: '目录/b.txt', data: 'deflated '.repeat(50) },
    ]);
    const entries = listZip(bytes);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['a.txt', 0],
      ['目录/b.txt', 8],
    ]);
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[1]!, inflateRaw))).toBe('deflated '.repeat(50));
  });

  it('rejects a file without an end record, and a locked entry', () => {
    expect(() => listZip(new Uint8Array(100))).toThrow(ZipError);
    const locked = zip([{ name: 'x', data: 'y', encrypted: true }]);
    expect(() => readZipEntry(locked, listZip(locked)[0]!, inflateRaw)).toThrow(/x/);
  });
});

describe('XLSX', () => {
  it('reads shared strings with rich-text runs, without phonetic guides, entities decoded', () => {
    const xml =
      '<sst><si><t>plain</t></si><si><r><t>rich </t></r><r><t xml:space="preserve">text</t></r></si>' +
      '<si><t>汉字</t><rPh><t>かんじ</t></rPh></si><si><t/></si><si><t>a &amp; b &lt;c&gt; _x0009_</t></si></sst>';
    expect(parseSharedStrings(xml)).toEqual(['plain', 'rich text', '汉字', '', 'a & b <c> \t']);
  });

  it('places cells by reference, types them, and fills gaps', () => {
    const xml =
      '<sheetData><row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3"><v>28.16</v></c><c r="D3" t="inlineStr"><is><t>内联</t></is></c>' +
      '<c r="E3" t="b"><v>1</v></c><c r="F3" t="str"><v>公式</v></c><c r="G3" t="e"><v>#N/A</v></c><c r="H3" s="2"/></row></sheetData>';
    expect(parseSheet(xml, ['zero', 'one'])).toEqual([{ line: 3, cells: ['one', '', 28.16, '内联', 'TRUE', '公式', ''] }]);
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('AB12')).toBe(27);
    expect(decodeXml('&#x4E2D;&#25991;')).toBe('中文');
  });

  it('picks the export’s own sheet, not the Power Query copy before it', () => {
    const book = readWorkbook(fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx'), inflateRaw);
    expect(book.sheets.map((s) => s.name)).toEqual(['example-wechat-records', 'Sheet1']);
    const sheet = pickBillSheet(book)!;
    expect(sheet.name).toBe('Sheet1');
    const header = sheet.rows.find((r) => r.cells[0] === '交易时间')!;
    expect(header.line).toBe(18);
    const first = sheet.rows.find((r) => r.line === 19)!;
    // The amount is a number (format \¥#,##0.00); the order number keeps its trailing tab.
    expect(first.cells.slice(0, 6)).toEqual(['2019-09-26 12:45:27', '商户消费', '云膳过桥米线(传奇广场店)', '总共消费:28.16', '支出', 28.16]);
    expect(first.cells[8]).toBe('3985734\t');
  });
});
