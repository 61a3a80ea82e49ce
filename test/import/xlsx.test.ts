/** The minimal XLSX reader: ZIP directory, shared strings, cell types, picking the bill's sheet. */
import { describe, expect, it } from 'vitest';
import { columnIndex, decodeXml, parseSharedStrings, parseSheet, pickBillSheet, readWorkbook, type Sheet, type SheetRow } from '../../src/import/xlsx';
import { InputError } from '../../src/errors';
import { listZip, MAX_UNPACKED_BYTES, readZipEntry, shownEntryName, unpackBudget, ZipError, type Inflate, type ZipProblem } from '../../src/import/zip';
import { fixture, inflateRaw, MAIN_NS, read, sheetData, spacesDeflated, wechatSheetRows, workbookParts, zip } from './helpers';

/** The problem a ZIP read stops at. */
function zipProblem(fn: () => unknown): ZipProblem {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  throw new Error('expected a ZipError');
}

/** The CLI's decompressor, recording the bound it was given for each call. */
function recordingInflate(): { inflate: Inflate; bounds: number[] } {
  const bounds: number[] = [];
  return {
    bounds,
    inflate: (data, maxBytes) => {
      bounds.push(maxBytes);
      return inflateRaw(data, maxBytes);
    },
  };
}

/** The message a bill read ends with. */
function readError(name: string, bytes: Uint8Array): string {
  try {
    read(name, bytes);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

function parseRows(sheet: Sheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((row) => rows.push(row));
  return rows;
}

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
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[1]!, inflateRaw, unpackBudget()))).toBe('deflated '.repeat(50));
  });

  it('rejects a file without an end record, and a locked entry', () => {
    expect(() => listZip(new Uint8Array(100))).toThrow(ZipError);
    const locked = zip([{ name: 'x', data: 'y', encrypted: true }]);
    expect(() => readZipEntry(locked, listZip(locked)[0]!, inflateRaw, unpackBudget())).toThrow(expect.objectContaining({ problem: { code: 'encrypted', entry: 'x' } }));
  });
});

describe('ZIP bombs and forged sizes: every inflation is bounded before it starts', () => {
  it('refuses an entry that declares more than the archive may unpack, without inflating it', () => {
    const { inflate, bounds } = recordingInflate();
    const bomb = zip([{ name: 'xl/workbook.xml', data: { deflated: spacesDeflated(48 * 1024 * 1024), size: 48 * 1024 * 1024 } }]);
    expect(zipProblem(() => readZipEntry(bomb, listZip(bomb)[0]!, inflate, unpackBudget()))).toEqual({
      code: 'tooLarge',
      entry: 'xl/workbook.xml',
      limit: MAX_UNPACKED_BYTES,
    });
    expect(bounds).toEqual([]);
  });

  it('inflates an entry to at most the size it declares: one that lies is stopped there', () => {
    const { inflate, bounds } = recordingInflate();
    const liar = zip([{ name: 'xl/workbook.xml', data: { deflated: spacesDeflated(20 * 1024 * 1024), size: 1000 } }]);
    expect(zipProblem(() => readZipEntry(liar, listZip(liar)[0]!, inflate, unpackBudget()))).toEqual({
      code: 'wrongSize',
      entry: 'xl/workbook.xml',
      declared: 1000,
    });
    expect(bounds).toEqual([1000]);
    // Shorter than declared is as wrong as longer.
    const short = zip([{ name: 'a', data: { deflated: spacesDeflated(10), size: 11 } }]);
    expect(zipProblem(() => readZipEntry(short, listZip(short)[0]!, inflate, unpackBudget()))).toMatchObject({ code: 'wrongSize' });
  });

  it('counts every read against one budget: the same sheet listed many times cannot add up past it', () => {
    const sheet = `<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(1024 * 1024)}`;
    const parts = workbookParts(Array.from({ length: 20 }, (_, i) => ({ name: `S${i}`, sheetData: sheet })));
    // Every <sheet> points at sheet 1: 20 reads of 1 MB each.
    const oneSheet = parts
      .filter((p) => !/sheet([2-9]|\d\d)\.xml$/.test(p.name))
      .map((p) => (p.name.endsWith('.rels') ? { ...p, data: (p.data as string).replace(/sheet\d+\.xml/g, 'sheet1.xml') } : p));
    const bytes = zip(oneSheet);
    expect(readWorkbook(bytes, inflateRaw).sheets).toHaveLength(20);
    expect(zipProblem(() => readWorkbook(bytes, inflateRaw, unpackBudget(16 * 1024 * 1024)))).toMatchObject({
      code: 'tooLarge',
      entry: 'xl/worksheets/sheet1.xml',
    });
  });

  it('refuses an archive of more than 1,000 entries from its end record alone', () => {
    const many = zip(Array.from({ length: 10_000 }, (_, i) => ({ name: `f${i}.txt`, data: 'x', deflate: false })));
    expect(zipProblem(() => listZip(many))).toEqual({ code: 'tooManyEntries', count: 10_000, max: 1000 });
  });

  it('names damage precisely: cut off, corrupt data, an unknown method', () => {
    const good = zip([{ name: 'a.csv', data: 'x'.repeat(5000) }]);
    const entry = listZip(good)[0]!;
    expect(zipProblem(() => readZipEntry(good, { ...entry, compressedSize: good.length }, inflateRaw, unpackBudget()))).toEqual({ code: 'cutOff', entry: 'a.csv' });
    expect(zipProblem(() => readZipEntry(good, { ...entry, method: 12 }, inflateRaw, unpackBudget()))).toEqual({ code: 'method', entry: 'a.csv', method: 12 });
    const corrupt = Uint8Array.from(good);
    corrupt.fill(0xff, 40, 60);
    expect(zipProblem(() => readZipEntry(corrupt, entry, inflateRaw, unpackBudget()))).toMatchObject({ entry: 'a.csv' });
  });

  it('shows entry names without control characters or direction overrides, and not at any length', () => {
    expect(shownEntryName('a\nb\u001b[31mc\u202ed.csv')).toBe('a?b?[31mc?d.csv');
    expect(shownEntryName('x'.repeat(500))).toHaveLength(118);
  });

  it('a ZIP inside the bill archive is not opened (an archive could nest without end)', () => {
    const inner = zip([{ name: 'bill.csv', data: 'a,b\n' }]);
    expect(readError('outer.zip', zip([{ name: 'bill.csv', data: inner }]))).toMatch(/^outer\.zip:bill\.csv: a ZIP archive with no CSV or XLSX bill inside$/);
  });
});

describe('XML as any writer may put it', () => {
  const rows = wechatSheetRows();

  it('reads a workbook written with namespace prefixes (<x:row>, <x:c>) like the plain one', () => {
    const plain = workbookParts([{ name: 'Sheet1', sheetData: sheetData(rows) }]);
    const prefixed = plain.map((part) => {
      const xml = part.data as string;
      if (part.name === 'xl/workbook.xml' || part.name.startsWith('xl/worksheets/')) {
        // Every element of the main namespace under the prefix x, the relationships under rel.
        return {
          ...part,
          data: xml
            .replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, '<$1x:$2')
            .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`)
            .replace(/xmlns:r=/, 'xmlns:rel=')
            .replace(/ r:id=/g, ' rel:id='),
        };
      }
      if (part.name.endsWith('.rels')) return { ...part, data: xml.replace(/<(\/?)Relationship/g, '<$1pr:Relationship').replace('xmlns=', 'xmlns:pr=') };
      return part;
    });
    expect((prefixed[3]!.data as string)).toContain('<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t xml:space="preserve">2026-02-01 12:00:00</x:t></x:is></x:c>');
    const a = read('plain.xlsx', zip(plain));
    const b = read('prefixed.xlsx', zip(prefixed));
    expect(b.rows).toBe(2);
    expect(b.txns.toArray()).toEqual(a.txns.toArray());
    expect(b.txns.toArray().map((t) => [t.date, t.amountFen, t.kind])).toEqual([
      ['2026-02-01', 2816, 'spending'],
      ['2026-02-03', 10000, 'income'],
    ]);
  });

  it('reads CDATA as text, skips comments and processing instructions, and takes single quotes', () => {
    const xml =
      "<row r='1'><c r='A1' t='inlineStr'><is><t><![CDATA[a < b & c]]></t></is></c>" +
      '<!-- <row r="9"><c r="A9"><v>9</v></c></row> --><?pi <row>?>' +
      '<c r="B1" t="str"><v><![CDATA[x]]>&amp;<![CDATA[y]]></v></c><c r="C1"><v><![CDATA[12.5]]></v></c></row>';
    expect(parseSheet(xml, [])).toEqual([{ line: 1, cells: ['a < b & c', 'x&y', 12.5] }]);
    expect(parseSharedStrings('<sst><si><t><![CDATA[交易时间]]></t></si><si><r><t>a</t></r><r><t><![CDATA[<b>]]></t></r></si></sst>')).toEqual([
      '交易时间',
      'a<b>',
    ]);
  });

  it('a bill whose sheet is all CDATA is read', () => {
    const parts = workbookParts([{ name: 'Sheet1', sheetData: sheetData(rows).replace(/<t xml:space="preserve">([^<]*)<\/t>/g, '<t><![CDATA[$1]]></t>') }]);
    expect(parts[3]!.data).toContain('<t><![CDATA[交易时间]]></t>');
    expect(read('cdata.xlsx', zip(parts)).txns.toArray().map((t) => t.amountFen)).toEqual([2816, 10000]);
  });

  it('a sheet read 64 KB at a time, with tags, CDATA and characters cut at every boundary, reads as the whole text does', () => {
    const parts: string[] = [];
    for (let r = 1; r <= 3000; r++) {
      const pad = 'x'.repeat(r % 97);
      parts.push(
        `<x:row r="${r}"><x:c r="A${r}" t="inlineStr"><x:is><x:t><![CDATA[${pad}<汉字${r}>]]></x:t></x:is></x:c>` +
          `<!-- ${pad} --><x:c r="B${r}" t="s"><x:v>${r % 3}</x:v></x:c><x:c r="C${r}"><x:v>${r}.25</x:v></x:c></x:row>`,
      );
    }
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>${parts.join('\n')}</x:sheetData></x:worksheet>`;
    const bytes = new TextEncoder().encode(xml);
    expect(bytes.length).toBeGreaterThan(5 * 64 * 1024);
    const whole = parseSheet(xml, ['s0', 's1', 's2']);
    expect(whole).toHaveLength(3000);
    expect(whole[2999]).toEqual({ line: 3000, cells: [`${'x'.repeat(3000 % 97)}<汉字3000>`, 's0', 3000.25] });
    expect(parseSheet(bytes, ['s0', 's1', 's2'])).toEqual(whole);
  });

  it('ignores cells right of column BL, and reads a character reference past U+10FFFF as U+FFFD', () => {
    const xml = '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c><c r="ZZZZZZZZZZZZ1"><v>3</v></c><c r="B1" t="str"><v>&#x110000;&#65;&#99999999999;</v></c></row>';
    expect(parseSheet(xml, [])).toEqual([{ line: 1, cells: [1, '\uFFFDA\uFFFD'] }]);
  });

  it('tags that never close cost no more than their length', () => {
    // A sheet that opens 100,000 rows and cells and closes none: reading it is linear (a lazy
    // regular expression would look for </row> from every one of them). Each row ends where the
    // next begins; the last, never closed, is cut off.
    const rows = parseSheet('<sheetData>' + '<row><c><v>1'.repeat(100_000), []);
    expect(rows).toHaveLength(99_999);
    expect(rows[99_998]).toEqual({ line: 99_999, cells: [1] });
    expect(parseSharedStrings('<sst>' + '<si><t>a'.repeat(100_000))).toHaveLength(100_000 - 1);
  });

  it('a tag longer than 1 MB is damage, not something to carry from slice to slice', () => {
    const sheet = new TextEncoder().encode(`<worksheet><sheetData><row r="1" a="${'x'.repeat(2 * 1024 * 1024)}"></row></sheetData></worksheet>`);
    expect(zipProblem(() => parseSheet(sheet, []))).toEqual({ code: 'xml', entry: 'sheet' });
  });

  it('a sheet name with > in it', () => {
    const parts = workbookParts([{ name: 'a>b', sheetData: sheetData(rows) }]);
    parts[1] = { ...parts[1]!, data: (parts[1]!.data as string).replace('name="a&gt;b"', 'name="a>b"') };
    expect(parts[1].data).toContain('name="a>b"');
    expect(readWorkbook(zip(parts), inflateRaw).sheets.map((sheet) => sheet.name)).toEqual(['a>b']);
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
    const rows = parseRows(sheet);
    const header = rows.find((r) => r.cells[0] === '交易时间')!;
    expect(header.line).toBe(18);
    const first = rows.find((r) => r.line === 19)!;
    // The amount is a number (format \¥#,##0.00); the order number keeps its trailing tab.
    expect(first.cells.slice(0, 6)).toEqual(['2019-09-26 12:45:27', '商户消费', '云膳过桥米线(传奇广场店)', '总共消费:28.16', '支出', 28.16]);
    expect(first.cells[8]).toBe('3985734\t');
  });
});
