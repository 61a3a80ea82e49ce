/** Shared helpers for the bill-import tests: fixtures, a GBK encoder, synthetic bills, a tiny ZIP writer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, deflateRawSync } from 'node:zlib';
import type { CliContext } from '../../src/cli/context';
import { inflateRaw } from '../../src/cli/bill-files';
import type { Lang } from '../../src/i18n/lang';
import { readBill, type ParsedBill } from '../../src/import/index';

export const FIXTURES = fileURLToPath(new URL('../fixtures/bills', import.meta.url));
export const DEG = join(FIXTURES, 'double-entry-generator');

export function fixture(...parts: string[]): Uint8Array {
  return readFileSync(join(FIXTURES, ...parts));
}

/** The CLI's own bounded decompressor (zip.ts, Inflate). */
export { inflateRaw } from '../../src/cli/bill-files';

/** Reads a fixture (or bytes) as the CLI would, in English. */
export function read(name: string, bytes: Uint8Array, fileIndex = 0): ParsedBill {
  return readBill(name, bytes, { lang: 'en', inflateRaw, fileIndex });
}

let gbkTable: Map<string, [number, number]> | undefined;

/** Text → GBK bytes (Node has a GB18030 decoder but no encoder: the table comes from decoding every code). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    }
    const decoded = new TextDecoder('gb18030').decode(Uint8Array.from(pairs));
    gbkTable = new Map();
    for (let i = 0; i < decoded.length; i++) if (!gbkTable.has(decoded[i]!)) gbkTable.set(decoded[i]!, [pairs[2 * i]!, pairs[2 * i + 1]!]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One row of the current Alipay app layout, by field. */
export interface AlipayRow {
  time: string;
  category?: string;
  peer?: string;
  item?: string;
  dir: '支出' | '收入' | '不计收支';
  amount: string;
  method?: string;
  status?: string;
  id?: string;
  merchantId?: string;
}

/** An Alipay app export (current layout) as text: preamble with period and holder, header, rows. */
export function alipayCsv(rows: readonly AlipayRow[], options: { start: string; end: string; name?: string } = { start: '2026-01-01', end: '2026-06-30' }): string {
  const lines = [
    '------------------------------------------------------------------------------------',
    '导出信息：',
    `姓名：${options.name ?? '张三'}`,
    '支付宝账户：z***@example.com',
    `起始时间：[${options.start} 00:00:00]    终止时间：[${options.end} 23:59:59]`,
    '导出交易类型：[全部]',
    `导出时间：[${options.end} 23:59:59]`,
    `共${rows.length}笔记录`,
    '',
    '特别提示：',
    '1.本回单内容可表明支付宝受理了相应支付交易申请；',
    '',
    '------------------------支付宝支付科技有限公司  电子客户回单------------------------',
    '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,',
  ];
  rows.forEach((r, i) => {
    lines.push(
      [
        r.time,
        r.category ?? '日用百货',
        r.peer ?? '某商户',
        '/',
        r.item ?? '商品',
        r.dir,
        r.amount,
        r.method ?? '余额',
        r.status ?? '交易成功',
        `${r.id ?? `20260101220014${String(i).padStart(14, '0')}`}\t`,
        `${r.merchantId ?? ''}\t`,
        '',
        '',
      ].join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** One row of the WeChat Pay CSV, by field. */
export interface WechatRow {
  time: string;
  type?: string;
  peer?: string;
  item?: string;
  dir: '支出' | '收入' | '/';
  amount: string;
  method?: string;
  status?: string;
  id?: string;
  merchantId?: string;
  note?: string;
}

/** A CSV cell in quotes, inner quotes doubled. */
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function wechatCsv(rows: readonly WechatRow[], options: { start: string; end: string } = { start: '2026-01-01', end: '2026-06-30' }): string {
  const pad = ',,,,,,,,,,';
  const lines = [
    `微信支付账单明细${pad}`,
    `微信昵称：[测试]${pad}`,
    `起始时间：[${options.start} 00:00:00] 终止时间：[${options.end} 23:59:59]${pad}`,
    `导出类型：[全部]${pad}`,
    `导出时间：[${options.end} 23:59:59]${pad}`,
    pad,
    `共${rows.length}笔记录${pad}`,
    `注：${pad}`,
    pad,
    `----------------------微信支付账单明细列表--------------------${pad}`,
    '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
  ];
  rows.forEach((r, i) => {
    lines.push(
      [
        r.time,
        q(r.type ?? '商户消费'),
        q(r.peer ?? '某商户'),
        q(r.item ?? '/'),
        q(r.dir),
        r.amount.includes(',') ? q(`¥${r.amount}`) : `¥${r.amount}`,
        q(r.method ?? '零钱'),
        q(r.status ?? '支付成功'),
        `${q(r.id ?? `4200000${String(i).padStart(21, '0')}`)}\t`,
        `${q(r.merchantId ?? '/')}\t`,
        q(r.note ?? '/'),
      ].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** What a ZIP entry holds: text or bytes (deflated unless `deflate: false`), or data deflated already with the size to declare. */
export type ZipData = Uint8Array | string | { deflated: Uint8Array; size: number };

export interface ZipInput {
  name: string;
  data: ZipData;
  deflate?: boolean;
  encrypted?: boolean;
}

/** A ZIP archive (stored or deflated entries), for crafted XLSX files and archives. */
export function zip(entries: readonly ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const given = typeof entry.data === 'object' && 'deflated' in entry.data ? entry.data : undefined;
    const raw = given ? undefined : typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data as Uint8Array);
    const deflate = given !== undefined || (entry.deflate ?? true);
    const body = given ? Buffer.from(given.deflated) : deflate ? deflateRawSync(raw!) : raw!;
    const size = given ? given.size : raw!.length;
    const name = Buffer.from(entry.name, 'utf8');
    const flags = (entry.encrypted ? 1 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Raw deflate data that unpacks to `size` spaces (a ZIP bomb's payload), made without ever holding
 * them: 16 MB of spaces deflated once (about 16 KB) and repeated — each piece ends on a full
 * flush, so pieces can follow one another — then an empty final block.
 */
export function spacesDeflated(size: number): Uint8Array {
  const block = 16 * 1024 * 1024;
  const piece = (n: number) => deflateRawSync(Buffer.alloc(n, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const whole = piece(Math.min(block, size));
  const parts: Buffer[] = [];
  for (let left = size; left > 0; left -= block) parts.push(left >= block ? whole : piece(left));
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook whose sheets (XML of their sheetData) are given: for crafted XLSX files. */
export function workbookParts(sheets: readonly { name: string; sheetData: string }[]): ZipInput[] {
  const list = sheets.map((sheet, i) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${RELS_NS}"><sheets>${list}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}"><sheetData>${sheet.sheetData}</sheetData></worksheet>`,
    })),
  ];
}

/** The sheetData of rows given cell by cell (strings inline, numbers as numbers). */
export function sheetData(rows: readonly (readonly (string | number)[])[]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  return rows
    .map((cells, r) => {
      const xml = cells
        .map((cell, c) =>
          typeof cell === 'number'
            ? `<c r="${col(c)}${r + 1}" s="1"><v>${cell}</v></c>`
            : `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(cell)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
}

/** A one-sheet XLSX whose cells are given row by row (strings inline, numbers as numbers). */
export function xlsx(rows: readonly (readonly (string | number)[])[], sheetName = 'Sheet1'): Uint8Array {
  return zip(workbookParts([{ name: sheetName, sheetData: sheetData(rows) }]));
}

/** A small WeChat Pay bill (2026 layout: numeric amounts), as rows of cells. */
export function wechatSheetRows(): (string | number)[][] {
  return [
    ['微信支付账单明细'],
    ['起始时间：[2026-01-01 00:00:00] 终止时间：[2026-03-31 23:59:59]'],
    ['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)', '支付方式', '当前状态', '交易单号', '商户单号', '备注'],
    ['2026-02-01 12:00:00', '商户消费', '某店', '午饭', '支出', 28.16, '零钱', '支付成功', '4200000000000000000000001\t', '/', '/'],
    ['2026-02-03 09:30:00', '转账', '李四', '/', '收入', 100, '/', '已收钱', '4200000000000000000000002\t', '/', '/'],
  ];
}

/** Yuan text → fen, for expected values written as the bill writes them. */
export const fen = (yuan: string): number => Math.round(Number(yuan) * 100);

/**
 * A CSV export of any layout: preamble lines, the header's cells, rows given by column name (a
 * column a row does not name is empty; order numbers get the trailing TAB the exports carry),
 * footer lines. For layouts without a helper of their own (the 2021 and web Alipay layouts, JD).
 */
export function layoutCsv(parts: { preamble?: readonly string[]; header: readonly string[]; rows: readonly Record<string, string>[]; footer?: readonly string[]; eol?: string }): string {
  const ids = /订单号|交易号|单号/;
  const lines = [...(parts.preamble ?? []), parts.header.join(',')];
  for (const row of parts.rows) lines.push(parts.header.map((name) => (ids.test(name) && row[name] ? `${row[name]}\t` : (row[name] ?? ''))).join(','));
  lines.push(...(parts.footer ?? []));
  const eol = parts.eol ?? '\r\n';
  return `${lines.join(eol)}${eol}`;
}

/** The Alipay app export's 2021 layout (收/支 first, 交易时间 last, period in the footer). */
export const ALIPAY_2021_HEADER = ['收/支', '交易对方', '对方账号', '商品说明', '收/付款方式', '金额', '交易状态', '交易分类', '交易订单号', '商家订单号', '交易时间', ''];
export function alipay2021Csv(rows: readonly Record<string, string>[], period = { start: '2026-01-01', end: '2026-06-30' }): string {
  return layoutCsv({
    preamble: ['------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------'],
    header: ALIPAY_2021_HEADER,
    rows,
    footer: [
      '------------------------------------------------------------------------------------',
      '导出信息：',
      `起始时间：[${period.start} 00:00:00]    终止时间：[${period.end} 23:59:59]`,
      `共${rows.length}笔记录`,
    ],
  });
}

/** The Alipay web export (支付宝交易记录明细查询). */
export const ALIPAY_WEB_HEADER = ['交易号', '商家订单号', '交易创建时间', '付款时间', '最近修改时间', '交易来源地', '类型', '交易对方', '商品名称', '金额（元）', '收/支', '交易状态', '服务费（元）', '成功退款（元）', '备注', '资金状态', ''];
export function alipayWebCsv(rows: readonly Record<string, string>[], period = { start: '2026-01-01', end: '2026-07-01' }): string {
  return layoutCsv({
    preamble: ['支付宝交易记录明细查询', '账号:[someone@example.com]', `起始日期:[${period.start} 00:00:00]    终止日期:[${period.end} 00:00:00]`, '---------------------------------交易记录明细列表------------------------------------'],
    header: ALIPAY_WEB_HEADER,
    rows,
    footer: ['------------------------------------------------------------------------------------', `共${rows.length}笔记录`],
  });
}

/** A CliContext for running the import command in-process, with what it writes to each stream. */
export function cliContext(options: { lang?: Lang; stdinIsTTY?: boolean; today?: string } = {}): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    lang: options.lang ?? 'en',
    color: false,
    columns: 80,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: false,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    today: () => options.today ?? '2026-07-15',
  };
  return { ctx, out, err };
}
