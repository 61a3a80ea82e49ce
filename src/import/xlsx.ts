/**
 * A minimal XLSX reader for WeChat Pay bills (and bills a user re-saved as XLSX): workbook order,
 * shared strings, inline strings and raw cell values. Number formats are not applied on purpose:
 * the 2026 WeChat layout stores 金额(元) as a number formatted `\¥#,##0.00`, and the raw number is
 * exactly what we want (bill-formats.md §2.4). Times may be Excel date serials; the row
 * normaliser converts those.
 */
import type { Cell } from './types';
import { listZip, readZipEntry, ZipError, type ZipEntry } from './zip';

export interface SheetRow {
  line: number;
  cells: Cell[];
}

export interface Workbook {
  sheets: { name: string; rows: SheetRow[] }[];
}

export function isXlsx(entries: ZipEntry[]): boolean {
  return entries.some((e) => e.name === 'xl/workbook.xml');
}

export function readWorkbook(bytes: Uint8Array, inflateRaw: (data: Uint8Array) => Uint8Array): Workbook {
  const entries = listZip(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const utf8 = new TextDecoder('utf-8');
  const text = (name: string): string | undefined => {
    const entry = byName.get(name);
    return entry ? utf8.decode(readZipEntry(bytes, entry, inflateRaw)) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw new ZipError('damaged', 'xl/workbook.xml missing');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = parseSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const sheets: Workbook['sheets'] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = decodeXml(attr(m[1]!, 'name') ?? '');
    const id = attr(m[1]!, 'r:id');
    const path = id ? rels.get(id) : undefined;
    const xml = path ? text(path) : undefined;
    if (xml !== undefined) sheets.push({ name, rows: parseSheet(xml, shared) });
  }
  return { sheets };
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`).exec(attrs);
  return m?.[1];
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(runText(m[1] ?? ''));
  return out;
}

/** The text of a string item: its <t> runs, without phonetic guides (<rPh>). */
function runText(inner: string): string {
  const withoutPhonetics = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let out = '';
  for (const m of withoutPhonetics.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += decodeXml(m[1] ?? '');
  return out;
}

export function parseSheet(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let nextRow = 1;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = attr(rm[1]!, 'r');
    const line = r ? Number(r) : nextRow;
    nextRow = line + 1;
    const cells: Cell[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1]!;
      const ref = attr(attrs, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const value = cellValue(attr(attrs, 't'), cm[2] ?? '', shared);
      if (value === undefined) continue;
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    rows.push({ line, cells });
  }
  return rows;
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[]): Cell | undefined {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? runText(is[1]!) : '';
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return undefined;
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'str':
    case 'd':
      return decodeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : decodeXml(v);
    }
  }
}

/** "AB12" → 27 (0-based column). */
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

/** XML entities and OOXML's `_xHHHH_` escapes (used for control characters such as a TAB). */
export function decodeXml(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
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
export function pickBillSheet(workbook: Workbook): { name: string; rows: SheetRow[] } | undefined {
  const candidates = workbook.sheets.filter((sheet) =>
    sheet.rows.slice(0, 80).some((row) => row.cells.some((c) => typeof c === 'string' && /^\s*(交易时间|收\/支|交易号)\s*$/.test(c))),
  );
  const titled = candidates.find((sheet) => {
    const a1 = sheet.rows[0]?.cells[0];
    return typeof a1 === 'string' && /微信支付|支付宝|^-{3,}/.test(a1);
  });
  return titled ?? candidates[0];
}
