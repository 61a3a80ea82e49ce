/**
 * The streaming bill reader: bytes in (in chunks of any size), a `ParsedBill` out. Text exports are
 * decoded, split and classified row by row as they arrive; only the compact classified
 * transactions are kept. XLSX (a ZIP) has to be whole before it can be read, so its bytes are
 * collected first — WeChat's XLSX bills are small.
 */
import { fromDayNumber } from '../dates';
import type { ParsedBill } from './bill';
import { InputError } from '../errors';
import { importText, textOf, type ImportText } from '../i18n/import';
import { classifyInto, classifyWithFacts, fieldFacts, labelParts, newClassification, type Classification, type RowFacts } from './classify';
import { CsvSplitter, detectDelimiter } from './csv';
import { incompleteUtf8Tail, invalidUtf8At, lineFeedsBefore, sniff, SNIFF_BYTES, textDecoderFor } from './decode';
import { matchHeader, parseMetaLine, type Field, type HeaderMatch } from './formats';
import {
  cellText,
  directionFromFundState,
  idKeyOfCell,
  MANGLED_KEY,
  parentKeyAt,
  parseAmountFen,
  parseAmountFenUnits,
  parseDate,
  parseDateTime,
  parseDirection,
  parentKeyUnits,
  idKeyUnits,
  readDateTimeUnits,
  skipBlanks,
  textKey,
  trimEndAt,
  type DateTime,
} from './normalize';
import type { BillEncoding, BillFormatId, BillRow, Cell, Direction, Platform, ReaderOptions } from './types';
import { isXlsx, pickBillSheet, readWorkbook } from './xlsx';
import { CREDIT_FUNDED, KIND, KINDS, LargestK, OTHER_BY_COUNTERPARTY, OTHER_BY_METHOD, PLATFORM, REASON, TxnTable } from './table';
import { SpanCache } from './spans';
import { listZip, readZipEntry, shownEntryName, unpackBudget, ZipError, type UnpackBudget, type ZipProblem } from './zip';


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

/** 收/支 values by code, as the span caches hold them; code 4 is a value parseDirection does not know. */
const DIRECTIONS: readonly (Direction | undefined)[] = ['out', 'in', 'neutral', 'unknown', undefined];
const directionCode = (direction: Direction | undefined): number => DIRECTIONS.indexOf(direction);

/** The text fields the fast path reads through its span caches, and the facts each is known by. */
type TextField = 'category' | 'counterparty' | 'item' | 'method' | 'status' | 'direction';
const TEXT_FIELDS: readonly TextField[] = ['category', 'counterparty', 'item', 'method', 'status', 'direction'];
const FIELD_FACTS: Record<TextField, (text: string) => number> = {
  ...fieldFacts,
  direction: (text) => directionCode(parseDirection(text)),
};
const ABSENT_FIELD = { span: 0, texts: [''], facts: new Int32Array(1), more: new Int32Array(1), member: 0 };

export interface BillReader {
  /** The next bytes of the file. The reader copies what it keeps: `chunk` may be reused once this returns. */
  push(chunk: Uint8Array): void;
  end(): ParsedBill;
}

export function createBillReader(name: string, options: ReaderOptions): BillReader {
  return openReader(name, options, undefined);
}

/** `archive`: the budget of the archive this file was unpacked from (a file inside a ZIP), if any. */
function openReader(name: string, options: ReaderOptions, archive: UnpackBudget | undefined): BillReader {
  const t = importText(options.lang);
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
  /**
   * UTF-8 chosen on a head of plain ASCII, and only ASCII seen since: the encoding is still open.
   * (A chunk decodes to as many characters as it has bytes exactly when it is all ASCII.)
   */
  let asciiSoFar = false;
  /** While asciiSoFar: the start of a character the last chunk cut off (which decides nothing yet). */
  let held: Uint8Array | undefined;

  /**
   * The text of the next chunk. UTF-8 is decoded strictly; when a chunk is not UTF-8, either
   * everything before it was plain ASCII — then the file is GB18030 after all, and since ASCII
   * reads the same in both, only the decoder changes, from this chunk on — or the lines before
   * were UTF-8 with other characters in them: the file mixes encodings, and is refused at the
   * line where it stops being UTF-8. Either way nothing becomes U+FFFD silently.
   */
  const decodeChunk = (chunk: Uint8Array): string => {
    try {
      const text = decoder!.decode(chunk, { stream: true });
      if (asciiSoFar && (held !== undefined || text.length !== chunk.length)) {
        // Fewer characters than bytes: a character other than ASCII, so the file is UTF-8 — unless
        // all that is missing is a character cut at the end, whose next bytes will tell.
        if (held !== undefined && text.length === 0) {
          held = concat([held, chunk]); // still not a whole character
        } else {
          const cut = held === undefined ? incompleteUtf8Tail(chunk) : 0;
          held = cut > 0 && text.length + cut === chunk.length ? chunk.slice(chunk.length - cut) : undefined;
          if (held === undefined) asciiSoFar = false;
        }
      }
      return text;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      if (!asciiSoFar) {
        const at = invalidUtf8At(chunk);
        return fail(t.mixedEncoding(), (splitter?.lines ?? 0) + 1 + lineFeedsBefore(chunk, at < 0 ? 0 : at));
      }
      const bytes = held ? concat([held, chunk]) : chunk;
      asciiSoFar = false;
      held = undefined;
      encoding = 'gb18030';
      sink?.decodedAs(encoding);
      decoder = textDecoderFor(encoding);
      return decoder.decode(bytes, { stream: true });
    }
  };
  /** The end of the text: a UTF-8 character cut by the end of the file reads as U+FFFD (and is counted). */
  const flush = (): string => {
    try {
      return decoder!.decode();
    } catch {
      return '\uFFFD';
    }
  };

  /** Decides what the file is from its first bytes; returns the new mode. */
  const startText = (bytes: Uint8Array, final: boolean): Mode => {
    const sniffed = sniff(bytes);
    if (sniffed.kind === 'zip') return 'binary';
    if (sniffed.kind === 'xls') fail(t.xlsUnsupported());
    if (sniffed.kind === 'pdf') fail(t.pdfUnsupported());
    if (sniffed.kind !== 'text') return fail(t.binaryFile());
    encoding = sniffed.encoding;
    decoder = textDecoderFor(sniffed.encoding);
    asciiSoFar = encoding === 'utf-8';
    let text = decodeChunk(bytes);
    if (final) text += flush();
    sink = new RowSink(name, options, t, encoding, 'csv');
    const delimiter = detectDelimiter(text);
    sink.delimiter = delimiter;
    sink.delimiterCode = delimiter.charCodeAt(0);
    splitter = new CsvSplitter(
      (cells, line) => sink!.row(cells, line),
      delimiter,
      (text, start, end, lineNumber, quoteFree, codes) => sink!.plainLine(text, start, end, lineNumber, quoteFree, codes),
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
        feed(decodeChunk(chunk));
        return;
      }
      // Kept for later: copied, since the caller may reuse the chunk's memory (the CLI does).
      head.push(new Uint8Array(chunk));
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
        return readZipBill(name, bytes, options, t, archive);
      } else if (mode === 'text') {
        feed(flush());
        splitter!.end();
        return sink!.finish();
      }
      return readZipBill(name, concat(head), options, t, archive);
    },
  };
}

/** A whole bill in memory: the same reader, fed as the CLI feeds it (64 KB at a time). */
export function readBill(name: string, bytes: Uint8Array, options: ReaderOptions): ParsedBill {
  return feedWhole(createBillReader(name, options), bytes);
}

function feedWhole(reader: BillReader, bytes: Uint8Array): ParsedBill {
  for (let at = 0; at < bytes.length; at += SNIFF_BYTES) reader.push(bytes.subarray(at, at + SNIFF_BYTES));
  return reader.end();
}

/**
 * An XLSX, or the archive a bill e-mail links to. Everything unpacked from it — and from an XLSX
 * inside it — draws on one budget (zip.ts), so no archive can unpack to more than MAX_UNPACKED_BYTES.
 * `archive`: set when this ZIP was itself unpacked from one; it is read only if it is an XLSX
 * (an archive inside an archive is not a bill, and could nest without end).
 */
function readZipBill(name: string, bytes: Uint8Array, options: ReaderOptions, t: ImportText, archive: UnpackBudget | undefined): ParsedBill {
  const fail = (message: string): never => {
    throw new InputError(name, [{ path: '', message }]);
  };
  if (!options.inflateRaw) return fail(t.noInflate());
  const budget = archive ?? unpackBudget();
  let xlsx = false;
  try {
    const entries = listZip(bytes);
    xlsx = isXlsx(entries);
    if (xlsx) {
      const sheet = pickBillSheet(readWorkbook(bytes, options.inflateRaw, budget));
      if (!sheet) return fail(t.xlsxNoSheet());
      const sink = new RowSink(name, options, t, 'xlsx', 'xlsx');
      sheet.eachRow((row) => sink.row(row.cells, row.line));
      return sink.finish();
    }
    // The archive a bill e-mail links to: read the bill inside, unless it is locked.
    const inner = archive ? [] : entries.filter((e) => /\.(csv|xlsx|txt)$/i.test(e.name) && !e.name.startsWith('__MACOSX/'));
    if (inner.length === 0) return fail(t.zipNoBill());
    const first = inner[0]!;
    const innerName = `${name}:${shownEntryName(first.name)}`;
    return feedWhole(openReader(innerName, options, budget), readZipEntry(bytes, first, options.inflateRaw, budget));
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.problem.code === 'encrypted') return fail(xlsx ? t.xlsxEncrypted() : t.zipEncrypted());
      return fail(zipProblemText(t, error.problem));
    }
    throw error;
  }
}

/** What the user reads about an archive that cannot be read; entry names are made safe to show first. */
function zipProblemText(t: ImportText, problem: ZipProblem): string {
  return textOf(t.zipProblem, 'entry' in problem ? { ...problem, entry: shownEntryName(problem.entry) } : problem);
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
  private readonly scratchLabel = { labelA: '', labelB: '' };
  private minDay = -1;
  private maxDay = -1;
  private readonly scratchRow: BillRow = {
    line: 0, date: '', seconds: 0, direction: 'neutral', amountFen: 0, category: '', counterparty: '',
    item: '', method: '', status: '', note: '',
  };
  /** Start offset of each cell of the current line (the CSV fast path). */
  private readonly bounds = new Int32Array(64);
  /**
   * The CSV fast path's caches of text cells (spans.ts): one per run of neighbouring text columns,
   * and where each text field is found — its span (an index into `spanSlots`) and its place in it.
   * A field the layout lacks points at the last entry of `spanSlots`, always 0, and reads ''.
   */
  private spans: SpanCache[] = [];
  private spanFirst: number[] = [];
  private spanLast: number[] = [];
  private spanSlots = new Int32Array(1);
  private readonly where: Record<TextField, { span: number; texts: string[]; facts: Int32Array; more: Int32Array; member: number }> = {
    category: ABSENT_FIELD,
    counterparty: ABSENT_FIELD,
    item: ABSENT_FIELD,
    method: ABSENT_FIELD,
    status: ABSENT_FIELD,
    direction: ABSENT_FIELD,
  };
  /** The current row's counterparty slot, -1 when the row came the general way. */
  private peerSlot = -1;
  private readonly when: DateTime = { date: '', day: 0, seconds: 0 };
  private readonly scratchFacts: RowFacts = { category: 0, status: 0, method: 0, counterparty: 0, item: 0, itemMore: 0 };
  delimiter = ',';
  delimiterCode = 44;
  private readonly scratchClass: Classification = newClassification();
  /** Rows per kind, by KIND code (bill.counts is filled from it at the end). */
  private readonly kindCounts = new Int32Array(KINDS.length);
  /** This file's position among the imported ones, and its platform's code (table.ts). */
  private fileIndex = 0;
  private platformCode = 0;
  private index: Partial<Record<Field, number>> = {};
  /** Column of each field, -1 when the layout has none (looked up once, not per row). */
  private col: Record<Field, number> = {
    time: -1, amount: -1, direction: -1, fundState: -1, orderId: -1, merchantOrderId: -1,
    category: -1, counterparty: -1, item: -1, method: -1, status: -1, note: -1,
  };
  private platform: Platform = 'alipay';
  private minCells = 0;
  /** The last column the CSV fast path reads. */
  private lastColumn = 0;

  constructor(
    private readonly name: string,
    private readonly options: ReaderOptions,
    private readonly t: ImportText,
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

  /** The encoding turned out to be another than the one the head suggested (reader: decodeChunk). */
  decodedAs(encoding: BillEncoding): void {
    this.bill.encoding = encoding;
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
          { line, path: '', message: this.t.missingColumns(this.t.formatName[family], header.missing) },
        ]);
      }
      this.header = header;
      this.index = header.index;
      this.platform = header.layout.platform;
      this.platformCode = PLATFORM[this.platform];
      this.fileIndex = this.options.fileIndex ?? 0;
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
      this.buildSpans();
      const c = this.col;
      this.lastColumn = Math.max(
        c.time, c.amount, c.direction, c.fundState, c.orderId, c.merchantOrderId, c.category, c.counterparty, c.item, c.method, c.status,
        this.platform === 'wechat' ? c.note : -1,
      );
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
   * The CSV fast path for a data line without quotes: cells are found by offset and read in place
   * from the chunk's code units; the text cells come from the span caches (spans.ts), so a repeated
   * text is neither cut out nor classified again. Returns false to hand the line to the general
   * path (preamble, footer, short or odd lines), which reads it the same way from its cells.
   */
  plainLine(text: string, start: number, end: number, line: number, quoteFree: boolean, codes: Uint16Array): boolean {
    if (this.state !== 'data') return false;
    // Cell i is text[bounds[i], bounds[i + 1] - 1).
    const bounds = this.bounds;
    const max = bounds.length - 1;
    let count = 1;
    bounds[0] = start;
    if (quoteFree) {
      // Only as far as the last column read (`lastColumn`): the cells after it are never looked at
      // and, in a chunk without quotes, cannot change how this line reads.
      const delimiter = this.delimiter;
      const enough = this.lastColumn + 2;
      for (let at = text.indexOf(delimiter, start); at >= 0 && at < end; at = text.indexOf(delimiter, at + 1)) {
        if (count === max) return false;
        bounds[count++] = at + 1;
        if (count === enough) break;
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
    const when = this.when;
    if (!readDateTimeUnits(text, codes, bounds[col.time]!, bounds[col.time + 1]! - 1, when)) return false;
    const amountFen = parseAmountFenUnits(text, codes, bounds[col.amount]!, bounds[col.amount + 1]! - 1);
    if (amountFen === undefined) return false;
    const row = this.scratchRow;
    const facts = this.scratchFacts;
    const spans = this.spans;
    const slots = this.spanSlots;
    for (let k = 0; k < spans.length; k++) {
      slots[k] = spans[k]!.lookup(text, codes, bounds, this.spanFirst[k]!, Math.min(this.spanLast[k]!, count - 1));
    }
    const w = this.where;
    let slot = slots[w.category.span]!;
    row.category = w.category.texts[slot]!;
    facts.category = w.category.facts[slot]!;
    slot = slots[w.counterparty.span]!;
    this.peerSlot = slot;
    row.counterparty = w.counterparty.texts[slot]!;
    facts.counterparty = w.counterparty.facts[slot]!;
    const itemSlot = slots[w.item.span]!;
    row.item = w.item.texts[itemSlot]!;
    facts.item = w.item.facts[itemSlot]!;
    facts.itemMore = w.item.more[itemSlot]!;
    slot = slots[w.method.span]!;
    row.method = w.method.texts[slot]!;
    facts.method = w.method.facts[slot]!;
    slot = slots[w.status.span]!;
    row.status = w.status.texts[slot]!;
    facts.status = w.status.facts[slot]!;
    // Only WeChat's 备注 carries anything classification reads (a withdrawal's fee).
    row.note = this.platform === 'wechat' ? this.cellText(text, col.note, count) : '';
    slot = slots[w.direction.span]!;
    let direction = this.directionOf(DIRECTIONS[w.direction.facts[slot]!], w.direction.texts[slot]!);
    if (direction === 'unknown' && col.fundState >= 0) direction = directionFromFundState(this.cellText(text, col.fundState, count));
    const c = this.classify(line, when, amountFen, direction, facts, false);
    // Facts classification worked out about the item stay with the item's slot for the next rows.
    w.item.more[itemSlot] = facts.itemMore;
    if (c === undefined) return true;
    // Order numbers are only read for the rows that are kept.
    const orderAt = bounds[col.orderId]!;
    const orderEnd = bounds[col.orderId + 1]! - 1;
    const orderKey = idKeyUnits(text, codes, orderAt, orderEnd);
    const m = col.merchantOrderId;
    const merchantKey = m >= 0 && m < count ? idKeyUnits(text, codes, bounds[m]!, bounds[m + 1]! - 1) : 0;
    const parentKey = orderKey > 0 && c.kindCode === KIND.refund ? parentKeyUnits(text, codes, orderAt, orderEnd) : 0;
    this.keep(c, line, when, orderKey, merchantKey, parentKey);
    return true;
  }

  /** Trimmed text of cell `i` of the line split into `count` cells by `bounds`. */
  private cellText(text: string, i: number, count: number): string {
    if (i < 0 || i >= count) return '';
    const start = skipBlanks(text, this.bounds[i]!, this.bounds[i + 1]! - 1);
    return text.slice(start, trimEndAt(text, start, this.bounds[i + 1]! - 1));
  }

  /** A parsed 收/支 (undefined: a value we do not know, counted by text and read as neutral). */
  private directionOf(parsed: Direction | undefined, text: string): Direction {
    if (parsed !== undefined) return parsed;
    const unknown = this.bill.unknownDirections;
    unknown[text] = (unknown[text] ?? 0) + 1;
    return 'neutral';
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
    this.peerSlot = -1;
    let direction = this.directionOf(parseDirection(text(col.direction)), text(col.direction));
    if (direction === 'unknown' && col.fundState >= 0) direction = directionFromFundState(text(col.fundState));
    const c = this.classify(line, when, amountFen, direction, undefined, typeof amountCell === 'number');
    if (c === undefined) return;
    const orderCell = cells[col.orderId];
    const orderKey = idKeyOfCell(orderCell);
    const merchantKey = col.merchantOrderId >= 0 ? idKeyOfCell(cells[col.merchantOrderId]) : 0;
    const parentKey = orderKey > 0 && c.kind === 'refund' && typeof orderCell === 'string' ? parentKeyAt(orderCell, 0, orderCell.length) : 0;
    this.keep(c, line, when, orderKey, merchantKey, parentKey);
  }

  /**
   * Classifies the row now in `scratchRow` (text fields filled) and counts it; returns the
   * classification when the row is to be kept. `facts`: the texts' facts when the caller has
   * them (the fast path), else the memos work them out.
   */
  private classify(
    line: number,
    when: DateTime,
    amountFen: number,
    direction: Direction,
    facts: RowFacts | undefined,
    numericAmount: boolean,
  ): Classification | undefined {
    const bill = this.bill;
    bill.rows++;
    if (numericAmount) this.sawNumericAmount = true;
    const row = this.scratchRow;
    row.line = line;
    row.date = when.date;
    row.seconds = when.seconds;
    row.direction = direction;
    row.amountFen = amountFen;
    // Stored on every row, not in a branch taken now and then: a store first reached after the
    // reader's code has been optimised would throw that code away.
    this.minDay = this.minDay < 0 ? when.day : Math.min(this.minDay, when.day);
    this.maxDay = Math.max(this.maxDay, when.day);
    const c = facts ? classifyWithFacts(row, facts, this.platform, this.scratchClass) : classifyInto(row, this.platform, this.scratchClass);
    if (c.unknownStatus) bill.unknownStatuses[row.status] = (bill.unknownStatuses[row.status] ?? 0) + 1;
    const kind = c.kindCode;
    this.kindCounts[kind]!++;
    // Neutral and plain ignored rows change no figure; closed trades stay so refunds can find them.
    if (kind === KIND.neutral || (kind === KIND.ignored && c.reasonCode !== REASON.closed)) return undefined;
    return c;
  }

  /** Stores a kept row (the one in `scratchRow`) in the bill's table, column by column. */
  private keep(c: Classification, line: number, when: DateTime, orderKey: number, merchantKey: number, parentKey: number): void {
    const bill = this.bill;
    if (orderKey === MANGLED_KEY || merchantKey === MANGLED_KEY) bill.mangledIds++;
    const row = this.scratchRow;
    const kind = c.kindCode;
    const t = bill.txns;
    const i = t.addRow();
    t.file[i] = this.fileIndex;
    t.line[i] = line;
    t.day[i] = when.day;
    t.seconds[i] = when.seconds;
    t.platform[i] = this.platformCode;
    t.kind[i] = kind;
    t.reason[i] = c.reasonCode;
    t.flags[i] =
      (c.creditFunded ? CREDIT_FUNDED : 0) |
      (c.otherPlatform === 'method' ? OTHER_BY_METHOD : c.otherPlatform === 'counterparty' ? OTHER_BY_COUNTERPARTY : 0);
    t.amountFen[i] = c.amountFen;
    t.orderKey[i] = orderKey > 0 ? orderKey : 0;
    t.merchantKey[i] = merchantKey > 0 ? merchantKey : 0;
    t.parentKey[i] = parentKey;
    t.counterpartyKey[i] =
      kind === KIND.income || kind === KIND.spending ? (this.peerSlot >= 0 ? this.peerKey(this.peerSlot) : textKey(row.counterparty)) : 0;
    if (c.lender !== undefined && c.lender !== '') t.lenders.set(i, c.lender);
    // Draws are few and all listed; a purchase needs its label only if it can be a large one.
    t.label[i] = -1;
    if (kind === KIND.draw || (kind === KIND.spending && this.largest.admits(c.amountFen))) {
      const parts = labelParts(row, this.scratchLabel);
      t.setLabel(i, parts.labelA, parts.labelB);
      if (kind === KIND.spending) {
        const evicted = this.largest.add(c.amountFen, i);
        if (evicted >= 0) t.unlabel(evicted);
      }
    }
  }

  /** Groups the text fields the layout has into runs of neighbouring columns, one SpanCache each. */
  private buildSpans(): void {
    const present = TEXT_FIELDS.filter((field) => this.col[field] >= 0).sort((a, b) => this.col[a] - this.col[b]);
    const runs: TextField[][] = [];
    for (const field of present) {
      const run = runs.at(-1);
      if (run && this.col[field] === this.col[run.at(-1)!] + 1) run.push(field);
      else runs.push([field]);
    }
    this.spans = runs.map((run) => new SpanCache(run.map((field) => FIELD_FACTS[field])));
    this.spanFirst = runs.map((run) => this.col[run[0]!]);
    this.spanLast = runs.map((run) => this.col[run.at(-1)!]);
    this.spanSlots = new Int32Array(runs.length + 1);
    runs.forEach((run, span) =>
      run.forEach((field, member) => {
        const cache = this.spans[span]!;
        this.where[field] = { span, texts: cache.texts[member]!, facts: cache.facts[member]!, more: cache.more[member]!, member };
      }),
    );
    for (const field of TEXT_FIELDS) {
      // A field the layout lacks reads as an empty cell, from a span slot that stays 0.
      if (this.col[field] < 0) {
        this.where[field] = { span: runs.length, texts: [''], facts: Int32Array.of(FIELD_FACTS[field]('')), more: new Int32Array(1), member: 0 };
      }
    }
  }

  /** textKey of the current row's counterparty, from its span's slot. */
  private peerKey(slot: number): number {
    const where = this.where.counterparty;
    const span = this.spans[where.span];
    return span === undefined ? 0 : span.keyOf(where.member, slot);
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
    KINDS.forEach((kind, code) => (bill.counts[kind] = this.kindCounts[code]!));
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
