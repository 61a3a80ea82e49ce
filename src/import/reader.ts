/**
 * The streaming bill reader: bytes in (in chunks of any size), a `ParsedBill` out. Text exports are
 * decoded, split and classified row by row as they arrive; only the compact classified
 * transactions are kept. XLSX (a ZIP) has to be whole before it can be read, so its bytes are
 * collected first — WeChat's XLSX bills are small.
 */
import { fromDayNumber } from '../dates';
import { InputError } from '../errors';
import { classifyInto, labelParts, type Classification } from './classify';
import { CsvSplitter, detectDelimiter } from './csv';
import { sniff, SNIFF_BYTES, textDecoderFor } from './decode';
import { matchHeader, parseMetaLine, type Field, type HeaderMatch } from './formats';
import { importMessagesFor, type ImportMessages } from './messages';
import {
  cellText,
  directionFromFundState,
  idKeyAt,
  idKeyOfCell,
  MANGLED_KEY,
  parentKeyAt,
  parseAmountFen,
  parseAmountFenAt,
  parseDate,
  parseDateTime,
  parseDateTimeAt,
  parseDirection,
  skipBlanks,
  textKey,
  trimEndAt,
  type DateTime,
} from './normalize';
import type { BillEncoding, BillFormatId, BillRow, Cell, ParsedBill, Platform, ReaderOptions } from './types';
import { isXlsx, pickBillSheet, readWorkbook } from './xlsx';
import { CREDIT_FUNDED, KIND, LargestK, OTHER_BY_COUNTERPARTY, OTHER_BY_METHOD, PLATFORM, REASON, TxnTable, type TxnFields } from './table';
import { listZip, readZipEntry, ZipError } from './zip';


/** Larger than any real export (Alipay allows a year at a time); a guard, not a design limit. */
export const MAX_BILL_BYTES = 1024 * 1024 * 1024;
/**
 * A ZIP (XLSX) is held whole in memory to be read, so its limit is lower: a year of WeChat Pay
 * is a few megabytes, and this keeps the import under its 200 MB memory budget.
 */
export const MAX_ZIP_BYTES = 64 * 1024 * 1024;
/** A header must appear within this many rows, or the file is not a bill. */
const MAX_PREAMBLE_ROWS = 200;
const SKIPPED_LINES_SHOWN = 5;
/** As many as the profile can list as large purchases (spending.large_purchases holds 10,000). */
export const LABELLED_PURCHASES = 10_000;

type Mode = 'sniff' | 'text' | 'binary';
type Decoder = InstanceType<typeof TextDecoder>;

export interface BillReader {
  push(chunk: Uint8Array): void;
  end(): ParsedBill;
}

export function createBillReader(name: string, options: ReaderOptions): BillReader {
  const t = importMessagesFor(options.lang);
  const fail = (message: string, line?: number): never => {
    throw new InputError(name, [{ path: '', message, ...(line !== undefined ? { line } : {}) }]);
  };
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let total = 0;
  let mode: Mode = 'sniff';
  let decoder: Decoder | undefined;
  let splitter: CsvSplitter | undefined;
  let sink: RowSink | undefined;
  let encoding: BillEncoding = 'utf-8';

  /** Decides what the file is from its first bytes; returns the new mode. */
  const startText = (bytes: Uint8Array, final: boolean): Mode => {
    const sniffed = sniff(bytes);
    if (sniffed.kind === 'zip') return 'binary';
    if (sniffed.kind === 'xls') fail(t.xlsUnsupported());
    if (sniffed.kind === 'pdf') fail(t.pdfUnsupported());
    if (sniffed.kind !== 'text') return fail(t.binaryFile());
    encoding = sniffed.encoding;
    decoder = textDecoderFor(sniffed.encoding);
    const text = decoder.decode(bytes, { stream: !final });
    sink = new RowSink(name, options, t, encoding, 'csv');
    const delimiter = detectDelimiter(text);
    sink.delimiter = delimiter;
    sink.delimiterCode = delimiter.charCodeAt(0);
    splitter = new CsvSplitter(
      (cells, line) => sink!.row(cells, line),
      delimiter,
      (text, start, end, lineNumber, quoteFree) => sink!.plainLine(text, start, end, lineNumber, quoteFree),
    );
    feed(text);
    return 'text';
  };
  const feed = (text: string) => {
    sink!.noteText(text);
    splitter!.push(text);
  };

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      total += chunk.length;
      if (total > MAX_BILL_BYTES) fail(t.tooLarge(String(MAX_BILL_BYTES / 1024 / 1024)));
      if (mode === 'text') {
        feed(decoder!.decode(chunk, { stream: true }));
        return;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (mode === 'binary' && headBytes > MAX_ZIP_BYTES) fail(t.tooLarge(String(MAX_ZIP_BYTES / 1024 / 1024)));
      if (mode === 'sniff' && headBytes >= SNIFF_BYTES) {
        const bytes = concat(head);
        head = [];
        headBytes = 0;
        mode = startText(bytes, false);
        if (mode === 'binary') {
          head = [bytes];
          headBytes = bytes.length;
        }
      }
    },
    end() {
      if (mode === 'sniff') {
        const bytes = concat(head);
        head = [];
        if (bytes.length === 0 || isBlank(bytes)) fail(t.emptyFile());
        mode = startText(bytes, true);
        if (mode === 'text') {
          splitter!.end();
          return sink!.finish();
        }
        return readZipBill(name, bytes, options, t);
      } else if (mode === 'text') {
        feed(decoder!.decode());
        splitter!.end();
        return sink!.finish();
      }
      return readZipBill(name, concat(head), options, t);
    },
  };
}

/** A whole bill in memory: the same reader, fed at once. */
export function readBill(name: string, bytes: Uint8Array, options: ReaderOptions): ParsedBill {
  const reader = createBillReader(name, options);
  reader.push(bytes);
  return reader.end();
}

function readZipBill(name: string, bytes: Uint8Array, options: ReaderOptions, t: ImportMessages): ParsedBill {
  const fail = (message: string): never => {
    throw new InputError(name, [{ path: '', message }]);
  };
  if (!options.inflateRaw) return fail(t.noInflate());
  try {
    const entries = listZip(bytes);
    if (isXlsx(entries)) {
      const sheet = pickBillSheet(readWorkbook(bytes, options.inflateRaw));
      if (!sheet) return fail(t.xlsxNoSheet());
      const sink = new RowSink(name, options, t, 'xlsx', 'xlsx');
      for (const row of sheet.rows) sink.row(row.cells, row.line);
      return sink.finish();
    }
    // The archive a bill e-mail links to: read the bill inside, unless it is locked.
    const inner = entries.filter((e) => /\.(csv|xlsx|txt)$/i.test(e.name) && !e.name.startsWith('__MACOSX/'));
    if (inner.length === 0) return fail(t.zipNoBill());
    const first = inner[0]!;
    if (first.encrypted) return fail(t.zipEncrypted());
    return readBill(`${name}:${first.name}`, readZipEntry(bytes, first, options.inflateRaw), options);
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.reason === 'encrypted') return fail(t.zipEncrypted());
      return fail(t.zipDamaged(error.message));
    }
    throw error;
  }
}

/**
 * Receives rows (CSV records or XLSX rows) and walks preamble → header → data → footer.
 * Preamble and footer lines are only searched for the stated period, holder and record count.
 */
class RowSink {
  private state: 'preamble' | 'data' | 'footer' = 'preamble';
  private preambleRows = 0;
  private preambleSample = '';
  private header: HeaderMatch | undefined;
  private headerLine = 0;
  private readonly bill: ParsedBill;
  private sawNumericAmount = false;
  private sawUtcNote = false;
  /** The purchases that keep a label: the largest LABELLED_PURCHASES of this file. */
  private readonly largest = new LargestK(LABELLED_PURCHASES);
  private minDay = -1;
  private maxDay = -1;
  private readonly scratchRow: BillRow = {
    line: 0, date: '', seconds: 0, direction: 'neutral', amountFen: 0, category: '', counterparty: '',
    item: '', method: '', status: '', note: '',
  };
  /** Start offset of each cell of the current line (the CSV fast path). */
  private readonly bounds = new Int32Array(64);
  /** The previous row's short text of each column (see `field`). */
  private readonly lastCells: (string | undefined)[] = [];
  delimiter = ',';
  delimiterCode = 44;
  private readonly scratchClass: Classification = {
    kind: 'neutral', reason: 'not-counted', amountFen: 0, creditFunded: false, otherPlatform: '', unknownStatus: false,
  };
  private readonly scratchTxn: TxnFields = {
    file: 0, line: 0, platform: 0, day: 0, seconds: 0, kind: 0, reason: 0, flags: 0, amountFen: 0,
    orderKey: 0, merchantKey: 0, parentKey: 0, counterpartyKey: 0, labelA: '', labelB: '', lender: '',
  };
  private index: Partial<Record<Field, number>> = {};
  /** Column of each field, -1 when the layout has none (looked up once, not per row). */
  private col: Record<Field, number> = {
    time: -1, amount: -1, direction: -1, fundState: -1, orderId: -1, merchantOrderId: -1,
    category: -1, counterparty: -1, item: -1, method: -1, status: -1, note: -1,
  };
  private platform: Platform = 'alipay';
  private minCells = 0;

  constructor(
    private readonly name: string,
    private readonly options: ReaderOptions,
    private readonly t: ImportMessages,
    encoding: BillEncoding,
    private readonly source: 'csv' | 'xlsx',
  ) {
    this.bill = {
      name,
      platform: 'alipay',
      format: 'alipay-app',
      encoding,
      headerLine: 0,
      rows: 0,
      txns: new TxnTable(),
      counts: { income: 0, spending: 0, refund: 0, repayment: 0, draw: 0, neutral: 0, ignored: 0 },
      skipped: { count: 0, lines: [] },
      unknownStatuses: {},
      unknownDirections: {},
      mangledIds: 0,
      replacementChars: 0,
    };
  }

  /** Every decoded chunk passes here once: counts undecodable characters. */
  noteText(text: string): void {
    let at = text.indexOf('\uFFFD');
    while (at >= 0) {
      this.bill.replacementChars++;
      at = text.indexOf('\uFFFD', at + 1);
    }
  }

  row(cells: Cell[], line: number): void {
    if (this.state === 'data') {
      this.dataRow(cells, line);
      return;
    }
    const texts = cells.map(cellText);
    if (this.state === 'footer') {
      this.meta(texts.join(','));
      return;
    }
    const header = matchHeader(texts);
    if (header) {
      if (header.missing.length > 0) {
        const family = header.layout.family === 'wechat' ? 'wechat-csv' : header.layout.family;
        throw new InputError(this.name, [
          { line, path: '', message: this.t.missingColumns(this.t.formatName(family), header.missing.join(this.options.lang === 'zh' ? '、' : ', ')) },
        ]);
      }
      this.header = header;
      this.index = header.index;
      this.platform = header.layout.platform;
      this.scratchTxn.platform = PLATFORM[this.platform];
      this.scratchTxn.file = this.options.fileIndex ?? 0;
      const at = (field: Field) => header.index[field] ?? -1;
      this.col = {
        time: at('time'),
        amount: at('amount'),
        direction: at('direction'),
        fundState: at('fundState'),
        orderId: at('orderId'),
        merchantOrderId: at('merchantOrderId'),
        category: at('category'),
        counterparty: at('counterparty'),
        item: at('item'),
        method: at('method'),
        status: at('status'),
        note: at('note'),
      };
      // A row shorter than its last required column is cut off (CSV only: an XLSX row simply
      // ends at its last non-empty cell).
      const requiredAt = (Object.entries(header.layout.columns) as [Field, { required: boolean }][])
        .filter(([, spec]) => spec.required)
        .map(([field]) => header.index[field] ?? 0);
      this.minCells = this.source === 'csv' ? Math.max(...requiredAt) + 1 : 0;
      this.headerLine = line;
      this.state = 'data';
      return;
    }
    this.preambleRows++;
    const joined = texts.join(',').replace(/,+$/, '');
    if (this.preambleSample.length < 4000) this.preambleSample += `${joined}\n`;
    this.meta(joined);
    if (this.preambleRows > MAX_PREAMBLE_ROWS) this.unknownFormat(line);
  }

  private meta(text: string): void {
    if (text === '') return;
    const meta = parseMetaLine(text);
    if (meta.period) {
      const start = parseDate(meta.period.start);
      const end = parseDate(meta.period.end);
      if (start && end && start <= end) this.bill.statedPeriod = { start, end };
    }
    // Masked or placeholder names (xx, ***) match nobody.
    if (meta.owner && meta.owner.length >= 2 && !/^[x*＊]+$/i.test(meta.owner)) this.bill.ownerName = meta.owner;
    if (meta.declaredRows !== undefined) this.bill.declaredRows = meta.declaredRows;
    if (meta.utcNote) this.sawUtcNote = true;
  }

  private unknownFormat(line?: number): never {
    const sample = this.preambleSample;
    // Garbled: undecodable characters, or Latin-1 look-alikes of UTF-8 bytes and no Chinese at all.
    const garbled = this.bill.replacementChars > 0 || (!/[\u4e00-\u9fff]/.test(sample) && /[\u00c0-\u00ff]{3}/.test(sample));
    throw new InputError(this.name, [{ path: '', message: this.t.unknownFormat(garbled), ...(line !== undefined ? { line } : {}) }]);
  }

  private skip(line: number): void {
    const skipped = this.bill.skipped;
    skipped.count++;
    if (skipped.lines.length < SKIPPED_LINES_SHOWN) skipped.lines.push(line);
  }

  /**
   * The CSV fast path for a data line without quotes: cells are found by offset and only the
   * text fields are cut out; time, amount and order numbers are read in place. Returns false to
   * hand the line to the general path (preamble, footer, short or odd lines).
   */
  plainLine(text: string, start: number, end: number, line: number, quoteFree: boolean): boolean {
    if (this.state !== 'data') return false;
    // Cell i is text[bounds[i], bounds[i + 1] - 1).
    const bounds = this.bounds;
    const max = bounds.length - 1;
    let count = 1;
    bounds[0] = start;
    if (quoteFree) {
      const delimiter = this.delimiter;
      for (let at = text.indexOf(delimiter, start); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
        if (count === max) return false;
        bounds[count++] = at + 1;
      }
    } else {
      const delimiter = this.delimiterCode;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          if (count === max) return false;
          bounds[count++] = i + 1;
        } else if (c === 34) {
          return false; // a quote: the general CSV path reads it
        }
      }
    }
    bounds[count] = end + 1;
    if (count < this.minCells || text.startsWith('---', start)) return false;
    const col = this.col;
    const when = parseDateTimeAt(text, bounds[col.time]!, bounds[col.time + 1]! - 1);
    const amountFen = parseAmountFenAt(text, bounds[col.amount]!, bounds[col.amount + 1]! - 1);
    if (!when || amountFen === undefined) return false;
    const row = this.scratchRow;
    row.category = this.field(text, col.category, count);
    row.counterparty = this.field(text, col.counterparty, count);
    row.item = this.field(text, col.item, count);
    row.method = this.field(text, col.method, count);
    row.status = this.field(text, col.status, count);
    // Only WeChat's 备注 carries anything classification reads (a withdrawal's fee).
    row.note = this.platform === 'wechat' ? this.field(text, col.note, count) : '';
    const c = this.classify(line, when, amountFen, this.field(text, col.direction, count), this.field(text, col.fundState, count), false);
    if (c === undefined) return true;
    // Order numbers are only read for the rows that are kept.
    const orderAt = bounds[col.orderId]!;
    const orderEnd = bounds[col.orderId + 1]! - 1;
    const orderKey = idKeyAt(text, orderAt, orderEnd);
    const m = col.merchantOrderId;
    const merchantKey = m >= 0 && m < count ? idKeyAt(text, bounds[m]!, bounds[m + 1]! - 1) : 0;
    const parentKey = orderKey > 0 && c.kind === 'refund' ? parentKeyAt(text, orderAt, orderEnd) : 0;
    this.keep(c, line, when, orderKey, merchantKey, parentKey);
    return true;
  }

  /** Trimmed text of cell `i` of the line split into `count` cells by `bounds`. */
  private field(text: string, i: number, count: number): string {
    if (i < 0 || i >= count) return '';
    const bounds = this.bounds;
    const start = skipBlanks(text, bounds[i]!, bounds[i + 1]! - 1);
    const end = trimEndAt(text, start, bounds[i + 1]! - 1);
    if (start === end) return '';
    // A column that repeats the previous row's short value (交易成功, 支出, a category) hands back
    // the same string: no new string, and classification's memo recognises it at once.
    const last = this.lastCells[i];
    if (last !== undefined && last.length === end - start && text.startsWith(last, start)) return last;
    const value = text.slice(start, end);
    if (end - start < 13) this.lastCells[i] = value;
    return value;
  }

  private dataRow(cells: Cell[], line: number): void {
    const first = cells[0];
    const firstText = typeof first === 'string' ? first.trim() : first === undefined ? '' : String(first);
    if (cells.length < this.minCells) {
      if (cells.every((c) => cellText(c) === '')) return;
      // The footer of the 2021 and web layouts starts with a dashes line or `共N笔记录`.
      if (firstText.startsWith('---') || /^共\s*\d+\s*笔/.test(firstText)) {
        this.state = 'footer';
        this.meta(cells.map(cellText).join(','));
        return;
      }
      this.skip(line);
      return;
    }
    if (firstText.startsWith('---')) {
      this.state = 'footer';
      return;
    }
    const col = this.col;
    const when = parseDateTime(cells[col.time]);
    const amountCell = cells[col.amount];
    const amountFen = parseAmountFen(amountCell);
    if (!when || amountFen === undefined) {
      if (cells.every((c) => cellText(c) === '')) return;
      this.skip(line);
      return;
    }
    const text = (i: number) => (i >= 0 ? cellText(cells[i]) : '');
    const row = this.scratchRow;
    row.category = text(col.category);
    row.counterparty = text(col.counterparty);
    row.item = text(col.item);
    row.method = text(col.method);
    row.status = text(col.status);
    row.note = text(col.note);
    const c = this.classify(line, when, amountFen, text(col.direction), text(col.fundState), typeof amountCell === 'number');
    if (c === undefined) return;
    const orderCell = cells[col.orderId];
    const orderKey = idKeyOfCell(orderCell);
    const merchantKey = col.merchantOrderId >= 0 ? idKeyOfCell(cells[col.merchantOrderId]) : 0;
    const parentKey = orderKey > 0 && c.kind === 'refund' && typeof orderCell === 'string' ? parentKeyAt(orderCell, 0, orderCell.length) : 0;
    this.keep(c, line, when, orderKey, merchantKey, parentKey);
  }

  /**
   * Classifies the row now in `scratchRow` (text fields filled) and counts it; returns the
   * classification when the row is to be kept.
   */
  private classify(
    line: number,
    when: DateTime,
    amountFen: number,
    directionText: string,
    fundStateText: string,
    numericAmount: boolean,
  ): Classification | undefined {
    const bill = this.bill;
    bill.rows++;
    if (numericAmount) this.sawNumericAmount = true;
    let direction = parseDirection(directionText);
    if (direction === undefined) {
      bill.unknownDirections[directionText] = (bill.unknownDirections[directionText] ?? 0) + 1;
      direction = 'neutral';
    } else if (direction === 'unknown' && this.col.fundState >= 0) {
      direction = directionFromFundState(fundStateText);
    }
    const row = this.scratchRow;
    row.line = line;
    row.date = when.date;
    row.seconds = when.seconds;
    row.direction = direction;
    row.amountFen = amountFen;
    if (this.minDay < 0 || when.day < this.minDay) this.minDay = when.day;
    if (when.day > this.maxDay) this.maxDay = when.day;
    const c = classifyInto(row, this.platform, this.scratchClass);
    if (c.unknownStatus) bill.unknownStatuses[row.status] = (bill.unknownStatuses[row.status] ?? 0) + 1;
    bill.counts[c.kind]++;
    // Neutral and plain ignored rows change no figure; closed trades stay so refunds can find them.
    if (c.kind === 'neutral' || (c.kind === 'ignored' && c.reason !== 'closed')) return undefined;
    return c;
  }

  /** Stores a kept row (the one in `scratchRow`) in the bill's table. */
  private keep(c: Classification, line: number, when: DateTime, orderKey: number, merchantKey: number, parentKey: number): void {
    const bill = this.bill;
    if (orderKey === MANGLED_KEY || merchantKey === MANGLED_KEY) bill.mangledIds++;
    const row = this.scratchRow;
    const f = this.scratchTxn;
    f.line = line;
    f.day = when.day;
    f.seconds = when.seconds;
    f.kind = KIND[c.kind];
    f.reason = REASON[c.reason];
    f.flags =
      (c.creditFunded ? CREDIT_FUNDED : 0) |
      (c.otherPlatform === 'method' ? OTHER_BY_METHOD : c.otherPlatform === 'counterparty' ? OTHER_BY_COUNTERPARTY : 0);
    f.amountFen = c.amountFen;
    f.orderKey = orderKey > 0 ? orderKey : 0;
    f.merchantKey = merchantKey > 0 ? merchantKey : 0;
    f.parentKey = parentKey;
    f.counterpartyKey = c.kind === 'income' || c.kind === 'spending' ? textKey(row.counterparty) : 0;
    // Draws are few and all listed; a purchase needs its label only if it can be a large one.
    const labelled = c.kind === 'draw' || (c.kind === 'spending' && this.largest.admits(c.amountFen));
    if (labelled) {
      labelParts(row, f);
    } else {
      f.labelA = '';
      f.labelB = '';
    }
    f.lender = c.lender ?? '';
    const at = bill.txns.push(f);
    if (labelled && c.kind === 'spending') {
      const evicted = this.largest.add(c.amountFen, at);
      if (evicted >= 0) bill.txns.unlabel(evicted);
    }
  }

  finish(): ParsedBill {
    if (this.state === 'preamble') {
      if (this.preambleRows === 0 || this.preambleSample.replace(/[\s,]/g, '') === '') {
        throw new InputError(this.name, [{ path: '', message: this.t.emptyFile() }]);
      }
      this.unknownFormat();
    }
    const layout = this.header!.layout;
    const bill = this.bill;
    bill.platform = layout.platform;
    bill.format = formatOf(layout.family, this.index.time ?? 0, this.source, this.sawNumericAmount || this.sawUtcNote);
    bill.headerLine = this.headerLine;
    if (this.minDay >= 0) bill.seenPeriod = { start: fromDayNumber(this.minDay), end: fromDayNumber(this.maxDay) };
    return bill;
  }
}

function formatOf(family: HeaderMatch['layout']['family'], timeColumn: number, source: 'csv' | 'xlsx', v2: boolean): BillFormatId {
  if (family === 'alipay-app') return timeColumn === 0 ? 'alipay-app' : 'alipay-app-2021';
  if (family === 'alipay-web') return 'alipay-web';
  if (source === 'csv') return 'wechat-csv';
  return v2 ? 'wechat-xlsx-v2' : 'wechat-xlsx-v1';
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x2c) return false;
  return true;
}
