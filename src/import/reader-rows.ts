/**
 * The row state machine every bill is read through: rows (CSV records or XLSX rows) walk
 * preamble → header → data → footer. Preamble and footer lines are only searched for the stated
 * period, holder and record count; the header fixes the layout; each data row is read the general
 * way (from its cells), classified, counted, and kept in the bill's TxnTable if it changes a
 * figure. The CSV fast path (reader-fast.ts) extends this class and reads most data lines in
 * place instead, through the same `classify` and `keep`.
 */
import { fromDayNumber } from '../dates';
import { fileProblem } from '../errors';
import { textOf, type ImportText } from '../i18n/import';
import type { ParsedBill } from './bill';
import { classifyInto, classifyWithFacts, labelParts, newClassification, type Classification, type RowFacts } from './classify';
import { matchHeader, parseMetaLine, type Field, type HeaderMatch } from './formats';
import { cellText, directionFromFundState, idKeyOfCell, MANGLED_KEY, parentKeyAt, parseAmountFen, parseDate, parseDateTime, parseDirection, textKey, type DateTime } from './normalize';
import { CREDIT_FUNDED, KIND, KINDS, LargestK, namedFlags, PLATFORM, REASON, TxnTable } from './table';
import type { BillEncoding, BillFormatId, BillRow, Cell, Direction, Platform, ReaderOptions, UnsupportedLook } from './types';

/** A header must appear within this many rows, or the file is not a bill. */
const MAX_PREAMBLE_ROWS = 200;
const SKIPPED_LINES_SHOWN = 5;
/**
 * A header that carries some of a layout's column names but lacks more than this many of its
 * required ones is not that layout with a column missing: it is another kind of table (a JD
 * export once read as "an Alipay export lacking 交易对方, 商品说明").
 */
const MAX_MISSING_COLUMNS = 2;
/** Words that mark a bank or card statement, in its preamble or header. */
const BANK_WORDS = /银行|记账|摘要|余额|借方|贷方|借贷|卡号|账户明细|流水/;
/** A cell that is a number, an amount or a date — data, not a column name. */
const DATA_CELL = /^[\d\s,.:/¥￥+\-]*$/;
/** As many as the profile can list as large purchases (spending.large_purchases holds 10,000). */
export const LABELLED_PURCHASES = 10_000;

/**
 * Receives rows (CSV records or XLSX rows) and walks preamble → header → data → footer.
 * Preamble and footer lines are only searched for the stated period, holder and record count.
 * Abstract: the one class made of it is FastRowSink (reader-fast.ts), for every file, CSV or XLSX,
 * so the code that reads rows only ever sees one shape of object.
 */
export abstract class RowSink {
  protected state: 'preamble' | 'data' | 'footer' = 'preamble';
  private preambleRows = 0;
  private preambleSample = '';
  /** The first preamble row that looks like a table's header: named when the file is no bill. */
  private headerGuess: { line: number; cells: string[] } | undefined;
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
  /** The day of the row before (rows come in time order: the set is touched once a day). */
  private lastDay = -1;
  /** The row being read, its text fields filled by whichever path reads it (no allocation per row). */
  protected readonly scratchRow: BillRow = {
    line: 0, date: '', seconds: 0, direction: 'neutral', amountFen: 0, category: '', counterparty: '',
    item: '', method: '', status: '', note: '',
  };
  /** The current row's counterparty slot in the fast path's caches, -1 when the row came the general way. */
  protected peerSlot = -1;
  private readonly scratchClass: Classification = newClassification();
  /** Rows per kind, by KIND code (bill.counts is filled from it at the end). */
  private readonly kindCounts = new Int32Array(KINDS.length);
  /** This file's position among the imported ones, and its platform's code (table.ts). */
  private fileIndex = 0;
  private platformCode = 0;
  private index: Partial<Record<Field, number>> = {};
  /** Column of each field, -1 when the layout has none (looked up once, not per row). */
  protected col: Record<Field, number> = {
    time: -1, amount: -1, direction: -1, fundState: -1, orderId: -1, merchantOrderId: -1,
    category: -1, counterparty: -1, item: -1, method: -1, status: -1, note: -1,
  };
  protected platform: Platform = 'alipay';
  /** Cells a data row has at least (CSV: up to its last required column); a shorter one is skipped or ends the data. */
  protected minCells = 0;

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
      daysWithRows: new Set(),
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
    if (header && header.missing.length > MAX_MISSING_COLUMNS) this.unsupported({ line, cells: texts });
    if (header) {
      if (header.missing.length > 0) {
        const family = header.layout.family === 'wechat' ? 'wechat-csv' : header.layout.family;
        throw fileProblem(this.name, this.t.missingColumns(this.t.formatName[family], header.missing), line);
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
      this.layoutFound();
      this.headerLine = line;
      this.state = 'data';
      return;
    }
    this.preambleRows++;
    const joined = texts.join(',').replace(/,+$/, '');
    if (this.preambleSample.length < 4000) this.preambleSample += `${joined}\n`;
    this.meta(joined);
    if (this.headerGuess === undefined) {
      const named = texts.filter((text) => text !== '');
      if (named.length >= 3 && named.every((text) => !DATA_CELL.test(text))) this.headerGuess = { line, cells: named };
    }
    if (this.preambleRows > MAX_PREAMBLE_ROWS) this.unsupported(this.headerGuess);
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

  /**
   * Refuses a file that is no supported bill, saying what it looks like — a bank statement, a table
   * with other columns, garbled text — and naming the line of the row taken for its header.
   */
  private unsupported(header: { line: number; cells: string[] } | undefined): never {
    const sample = this.preambleSample + (header ? header.cells.join(',') : '');
    // Garbled: undecodable characters, or Latin-1 look-alikes of UTF-8 bytes and no Chinese at all.
    const garbled = this.bill.replacementChars > 0 || (!/[\u4e00-\u9fff]/.test(sample) && /[\u00c0-\u00ff]{3}/.test(sample));
    const looksLike: UnsupportedLook = garbled
      ? { code: 'garbled' }
      : BANK_WORDS.test(sample)
        ? { code: 'bank' }
        : header
          ? { code: 'table', columns: header.cells.slice(0, 4), more: header.cells.length > 4 }
          : { code: 'noHeader' };
    const message = textOf(this.t.unsupported, looksLike);
    throw fileProblem(this.name, message, header?.line);
  }

  private skip(line: number): void {
    const skipped = this.bill.skipped;
    skipped.count++;
    if (skipped.lines.length < SKIPPED_LINES_SHOWN) skipped.lines.push(line);
  }

  /** A parsed 收/支 (undefined: a value we do not know, counted by text and read as neutral). */
  protected directionOf(parsed: Direction | undefined, text: string): Direction {
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
  protected classify(
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
    if (when.day !== this.lastDay) {
      this.lastDay = when.day;
      bill.daysWithRows.add(when.day);
    }
    const c = facts ? classifyWithFacts(row, facts, this.platform, this.scratchClass) : classifyInto(row, this.platform, this.scratchClass);
    if (c.unknownStatus) bill.unknownStatuses[row.status] = (bill.unknownStatuses[row.status] ?? 0) + 1;
    const kind = c.kindCode;
    this.kindCounts[kind]!++;
    // Neutral and plain ignored rows change no figure; closed trades stay so refunds can find them.
    if (kind === KIND.neutral || (kind === KIND.ignored && c.reasonCode !== REASON.closed)) return undefined;
    return c;
  }

  /** Stores a kept row (the one in `scratchRow`) in the bill's table, column by column. */
  protected keep(c: Classification, line: number, when: DateTime, orderKey: number, merchantKey: number, parentKey: number): void {
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
    t.flags[i] = (c.creditFunded ? CREDIT_FUNDED : 0) | (c.otherPlatform === '' ? 0 : namedFlags(c.otherPlatform, c.namedPlatform));
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

  /** The header was found and `col`, `platform` and `minCells` are set: the fast path prepares its caches. */
  protected abstract layoutFound(): void;

  /** textKey of the current row's counterparty, from its slot in the fast path's caches (`peerSlot`). */
  protected abstract peerKey(slot: number): number;

  finish(): ParsedBill {
    if (this.state === 'preamble') {
      if (this.preambleRows === 0 || this.preambleSample.replace(/[\s,]/g, '') === '') {
        throw fileProblem(this.name, this.t.emptyFile());
      }
      this.unsupported(this.headerGuess);
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
  if (family === 'alipay-web' || family === 'jd' || family === 'meituan') return family;
  if (source === 'csv') return 'wechat-csv';
  return v2 ? 'wechat-xlsx-v2' : 'wechat-xlsx-v1';
}
