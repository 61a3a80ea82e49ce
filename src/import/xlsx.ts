/**
 * A minimal XLSX reader for WeChat Pay bills (and bills a user re-saved as XLSX): workbook order,
 * shared strings, inline strings and raw cell values. Number formats are not applied on purpose:
 * the 2026 WeChat layout stores 金额(元) as a number formatted `\¥#,##0.00`, and the raw number is
 * exactly what we want (bill-formats.md §2.4). Times may be Excel date serials; the row
 * normaliser converts those.
 *
 * The XML is read by a small scanner rather than by regular expressions over a whole part: a part
 * is decoded 64 KB at a time (a sheet is never one giant string), markup is found with indexOf,
 * and each element is dealt with as it closes. Time and memory grow with the part and nothing else,
 * whatever it holds — element names with a namespace prefix (`<x:row>`, as some writers emit them),
 * CDATA sections, comments, tags that never close, cells as far right as column XFD.
 */
import type { Cell } from './types';
import { listZip, readZipEntry, unpackBudget, ZipError, type Inflate, type UnpackBudget, type ZipEntry } from './zip';

export interface SheetRow {
  line: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  /** The first rows (at most HEAD_ROWS): enough to tell the bill's sheet from the others. */
  head: SheetRow[];
  /** Reads every row, in order, handing each to `visit` as soon as it is complete. */
  eachRow(visit: (row: SheetRow) => void): void;
}

export interface Workbook {
  sheets: Sheet[];
}

/** How many leading rows are looked at to tell the bill's sheet (its header is near the top). */
const HEAD_ROWS = 80;
/**
 * Cells further right are ignored: a bill has a dozen columns, and a hostile cell reference such
 * as XFD1 on every row would otherwise make each row an array of 16,384 cells.
 */
export const MAX_COLUMNS = 64;
/** Bytes of a part decoded at a time (decoding 64 KB pieces is also several times faster than one large one). */
const SLICE = 64 * 1024;
/** A tag, comment or CDATA section still open after this many characters is not XML a spreadsheet wrote. */
const MAX_MARKUP = 1024 * 1024;

export function isXlsx(entries: ZipEntry[]): boolean {
  return entries.some((e) => e.name === 'xl/workbook.xml');
}

/** The workbook's sheets in workbook order. Every part read draws on `budget` (zip.ts). */
export function readWorkbook(bytes: Uint8Array, inflateRaw: Inflate, budget: UnpackBudget = unpackBudget()): Workbook {
  const byName = new Map(listZip(bytes).map((e) => [e.name, e]));
  const part = (name: string): Uint8Array | undefined => {
    const entry = byName.get(name);
    return entry ? readZipEntry(bytes, entry, inflateRaw, budget) : undefined;
  };
  const workbook = part('xl/workbook.xml');
  if (workbook === undefined) throw new ZipError({ code: 'missing', entry: 'xl/workbook.xml' });
  const rels = new Map<string, string>();
  const relsXml = part('xl/_rels/workbook.xml.rels');
  if (relsXml) {
    eachElement(relsXml, 'xl/_rels/workbook.xml.rels', 'Relationship', (tag, from, to) => {
      const id = attribute(tag, from, to, 'Id');
      const target = attribute(tag, from, to, 'Target');
      if (id && target) {
        const path = decodeXml(target);
        rels.set(id, path.startsWith('/') ? path.slice(1) : `xl/${path}`);
      }
    });
  }
  const sharedXml = part('xl/sharedStrings.xml');
  const shared = sharedXml ? parseSharedStrings(sharedXml) : [];
  const sheets: Sheet[] = [];
  eachElement(workbook, 'xl/workbook.xml', 'sheet', (tag, from, to) => {
    // The relationship id is `r:id`, whatever prefix the workbook binds to the relationships namespace.
    const id = attribute(tag, from, to, ':id');
    const path = id ? rels.get(id) : undefined;
    const xml = path ? part(path) : undefined;
    if (xml) sheets.push(sheetOf(decodeXml(attribute(tag, from, to, 'name') ?? ''), xml, path!, shared));
  });
  return { sheets };
}

function sheetOf(name: string, xml: Uint8Array, entry: string, shared: readonly string[]): Sheet {
  const head: SheetRow[] = [];
  readRows(xml, entry, shared, (row) => head.push(row), HEAD_ROWS);
  return { name, head, eachRow: (visit) => readRows(xml, entry, shared, visit) };
}

/** Rows of a sheet's XML (bytes as stored, or text); `limit`: stop after this many. */
function readRows(xml: Uint8Array | string, entry: string, shared: readonly string[], visit: (row: SheetRow) => void, limit = Infinity): void {
  scanXml(xml, entry, new SheetHandler(shared, visit, limit));
}

export function parseSheet(xml: Uint8Array | string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  readRows(xml, 'sheet', shared, (row) => rows.push(row));
  return rows;
}

export function parseSharedStrings(xml: Uint8Array | string): string[] {
  const handler = new SharedStringsHandler();
  scanXml(xml, 'xl/sharedStrings.xml', handler);
  return handler.strings;
}

/* ---- the scanner ---- */

/** What the scanner finds, in document order. Element names come without their namespace prefix. */
interface XmlHandler {
  /** A start tag; its attributes are `tag` from `from` to `to`. An empty-element tag is followed by `close`. */
  open(name: string, tag: string, from: number, to: number): void;
  close(name: string): void;
  /** Character data as written, entity references still in it (CDATA arrives escaped, so it decodes alike). */
  text(text: string, from: number, to: number): void;
  /** True once the handler wants nothing more (asked between slices). */
  done(): boolean;
}

function scanXml(xml: Uint8Array | string, entry: string, handler: XmlHandler): void {
  if (typeof xml === 'string') {
    scanText(xml, handler);
    return;
  }
  const decoder = new TextDecoder('utf-8');
  let open = '';
  for (let at = 0; at < xml.length && !handler.done(); at += SLICE) {
    open = scanText(open + decoder.decode(xml.subarray(at, at + SLICE), { stream: true }), handler);
    if (open.length > MAX_MARKUP) throw new ZipError({ code: 'xml', entry });
  }
  // Markup still open at the end of the part is cut off: what came before it stands.
  if (!handler.done()) scanText(open + decoder.decode(), handler);
}

/** Hands `s` to the handler up to markup that is not complete yet, which it returns (to go before the next text). */
function scanText(s: string, h: XmlHandler): string {
  const n = s.length;
  let at = 0;
  while (at < n) {
    const lt = s.indexOf('<', at);
    if (lt < 0) {
      h.text(s, at, n);
      return '';
    }
    if (lt > at) h.text(s, at, lt);
    if (lt + 1 === n) return s.slice(lt);
    const next = s.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) return s.slice(lt);
        const raw = s.slice(lt + 9, end);
        const escaped = raw.includes('&') || raw.includes('<') ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
        h.text(escaped, 0, escaped.length);
        at = end + 3;
        continue;
      }
      // A comment, or a declaration such as <!DOCTYPE …> (its entities are never expanded).
      const close = s.startsWith('<!--', lt) ? '-->' : '>';
      const end = s.indexOf(close, lt + 2);
      if (end < 0) return s.slice(lt);
      at = end + close.length;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      if (end < 0) return s.slice(lt);
      at = end + 2;
      continue;
    }
    const gt = tagEnd(s, lt + 1);
    if (gt < 0) return s.slice(lt);
    if (next === 47 /* / */) {
      h.close(localName(s, lt + 2, nameEnd(s, lt + 2, gt)));
    } else {
      const end = nameEnd(s, lt + 1, gt);
      const name = localName(s, lt + 1, end);
      const empty = s.charCodeAt(gt - 1) === 47;
      h.open(name, s, end, empty ? gt - 1 : gt);
      if (empty) h.close(name);
    }
    at = gt + 1;
  }
  return '';
}

/** The `>` that ends the tag whose name starts at `from`, or -1: a `>` inside a quoted attribute value does not count. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62) {
      return i;
    } else if (c === 34 || c === 39) {
      quote = c;
    }
  }
  return -1;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

function nameEnd(s: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  return i;
}

/** The element name from `from` to `to` without its prefix: `x:row` → `row`. */
function localName(s: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 58) start = i + 1;
  return s.slice(start, to);
}

/**
 * The value of attribute `name` in `tag` between `from` and `to` (entity references not decoded),
 * in single or double quotes. A name starting with `:` matches any prefix: `:id` finds `r:id`.
 */
function attribute(tag: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    const start = i;
    while (i < to) {
      const c = tag.charCodeAt(i);
      if (c === 61 || isSpace(c)) break;
      i++;
    }
    const end = i;
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    if (i >= to || tag.charCodeAt(i) !== 61) return undefined; // not an attribute list a spreadsheet writes
    i++;
    while (i < to && isSpace(tag.charCodeAt(i))) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    if (close < 0 || close > to) return undefined;
    const matches =
      name.charCodeAt(0) === 58
        ? end - start > name.length && tag.startsWith(name, end - name.length)
        : end - start === name.length && tag.startsWith(name, start);
    if (matches) return tag.slice(i + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** Calls `found` with the attributes of every `name` element. */
function eachElement(xml: Uint8Array, entry: string, name: string, found: (tag: string, from: number, to: number) => void): void {
  scanXml(xml, entry, {
    open: (element, tag, from, to) => {
      if (element === name) found(tag, from, to);
    },
    close: () => undefined,
    text: () => undefined,
    done: () => false,
  });
}

/** The text of a string item (<si>, or <is> in a cell) as its elements pass: its <t> runs, without phonetic guides (<rPh>). */
class ItemText {
  private value = '';
  private phonetic = 0;
  private run: string | undefined;

  reset(): void {
    this.value = '';
    this.phonetic = 0;
    this.run = undefined;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.run = '';
  }

  close(name: string): void {
    if (name === 'rPh') {
      if (this.phonetic > 0) this.phonetic--;
    } else if (name === 't') {
      this.finish();
    }
  }

  /** The item's text, a run left open included. */
  finish(): string {
    if (this.run !== undefined) {
      this.value += decodeXml(this.run);
      this.run = undefined;
    }
    return this.value;
  }

  text(s: string, from: number, to: number): void {
    if (this.run !== undefined) this.run += s.slice(from, to);
  }
}

class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private readonly item = new ItemText();
  private inItem = false;

  open(name: string): void {
    if (name === 'si') {
      // An item left open ends where the next one begins.
      if (this.inItem) this.strings.push(this.item.finish());
      this.item.reset();
      this.inItem = true;
    } else if (this.inItem) {
      this.item.open(name);
    }
  }

  close(name: string): void {
    if (!this.inItem) return;
    if (name === 'si') {
      this.strings.push(this.item.finish());
      this.inItem = false;
    } else {
      this.item.close(name);
    }
  }

  text(s: string, from: number, to: number): void {
    if (this.inItem) this.item.text(s, from, to);
  }

  done(): boolean {
    return false;
  }
}

/** Builds rows from a sheet's elements and hands each one over when it closes. */
class SheetHandler implements XmlHandler {
  private count = 0;
  private nextRow = 1;
  private row: SheetRow | undefined;
  private nextCol = 0;
  private inCell = false;
  private col = 0;
  private type: string | undefined;
  /** The raw text of the cell's <v>; undefined when it has none. */
  private value: string | undefined;
  private inValue = false;
  private readonly inline = new ItemText();
  private hasInline = false;
  private inInline = false;

  constructor(
    private readonly shared: readonly string[],
    private readonly visit: (row: SheetRow) => void,
    private readonly limit: number,
  ) {}

  done(): boolean {
    return this.count >= this.limit;
  }

  open(name: string, tag: string, from: number, to: number): void {
    // An inline string left open ends where the next cell or row begins.
    if (this.inInline && name !== 'c' && name !== 'row') {
      this.inline.open(name);
      return;
    }
    switch (name) {
      case 'row': {
        if (this.row) this.endRow();
        const r = Number(attribute(tag, from, to, 'r') ?? Number.NaN);
        const line = Number.isSafeInteger(r) && r > 0 ? r : this.nextRow;
        this.nextRow = line + 1;
        this.row = { line, cells: [] };
        this.nextCol = 0;
        return;
      }
      case 'c': {
        if (!this.row) return;
        if (this.inCell) this.endCell();
        const ref = attribute(tag, from, to, 'r');
        const col = ref ? columnIndex(ref) : -1;
        this.col = col >= 0 ? col : this.nextCol;
        this.nextCol = this.col + 1;
        this.type = attribute(tag, from, to, 't');
        this.value = undefined;
        this.hasInline = false;
        this.inCell = true;
        return;
      }
      case 'v':
        if (this.inCell) {
          this.value = '';
          this.inValue = true;
        }
        return;
      case 'is':
        if (this.inCell) {
          this.inline.reset();
          this.hasInline = true;
          this.inInline = true;
        }
        return;
    }
  }

  close(name: string): void {
    if (this.inInline && name !== 'c' && name !== 'row') {
      if (name === 'is') this.inInline = false;
      else this.inline.close(name);
      return;
    }
    if (name === 'v') this.inValue = false;
    else if (name === 'c' && this.inCell) this.endCell();
    else if (name === 'row' && this.row) this.endRow();
  }

  text(s: string, from: number, to: number): void {
    if (this.inValue) this.value += s.slice(from, to);
    else if (this.inInline) this.inline.text(s, from, to);
  }

  private endCell(): void {
    this.inCell = false;
    this.inValue = false;
    this.inInline = false;
    const cells = this.row!.cells;
    if (this.col >= MAX_COLUMNS) return;
    const value = this.type === 'inlineStr' ? (this.hasInline ? this.inline.finish() : '') : cellValue(this.type, this.value, this.shared);
    if (value === undefined) return;
    while (cells.length < this.col) cells.push('');
    cells[this.col] = value;
  }

  private endRow(): void {
    if (this.inCell) this.endCell();
    const row = this.row!;
    this.row = undefined;
    if (this.count >= this.limit) return;
    this.count++;
    this.visit(row);
  }
}

function cellValue(type: string | undefined, v: string | undefined, shared: readonly string[]): Cell | undefined {
  if (v === undefined) return undefined;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'str':
    case 'd':
      return decodeXml(v);
    case 'b':
      return v.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    default: {
      const n = Number(v);
      return Number.isFinite(n) && v.trim() !== '' ? n : decodeXml(v);
    }
  }
}

/** "AB12" → 27 (0-based column); -1 when the reference has no column letters. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference's character; one that names no character reads as U+FFFD. */
function fromReference(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** XML entities and OOXML's `_xHHHH_` escapes (used for control characters such as a TAB). */
export function decodeXml(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e.startsWith('#x') ? fromReference(parseInt(e.slice(2), 16)) : e.startsWith('#') ? fromReference(Number(e.slice(1))) : ENTITIES[e]!,
    );
  }
  if (out.includes('_x')) out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/**
 * The sheet that holds the bill: among sheets with a bill header in their first rows, the first
 * whose top-left cell is the export's own title (the DEG sample's other sheet is a Power Query
 * copy whose A1 reads "Column1"); else the first such sheet.
 */
export function pickBillSheet(workbook: Workbook): Sheet | undefined {
  const candidates = workbook.sheets.filter((sheet) =>
    sheet.head.some((row) => row.cells.some((c) => typeof c === 'string' && /^\s*(交易时间|收\/支|交易号)\s*$/.test(c))),
  );
  const titled = candidates.find((sheet) => {
    const a1 = sheet.head[0]?.cells[0];
    return typeof a1 === 'string' && /微信支付|支付宝|^-{3,}/.test(a1);
  });
  return titled ?? candidates[0];
}
