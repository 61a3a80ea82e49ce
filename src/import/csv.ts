/**
 * A streaming, forgiving CSV splitter for bill exports. Text arrives in chunks; complete records
 * go to `onRow` one at a time, so a 200,000-row export is never held as rows.
 *
 * Forgiving where the exports need it (bill-formats.md §0, §2.2): WeChat writes junk after a
 * closing quote (`"3985734"\t,`), quotes inside unquoted cells are literal (`点击底部"多多视频"`),
 * Excel re-saves quote cells that contain commas (`"1,020.00"`) and may put line breaks inside
 * quoted cells. Lines end in LF, CRLF or (Excel for Mac) a lone CR.
 */

import { CodeUnits } from './normalize';

export type RowHandler = (cells: string[], line: number) => void;
/**
 * Optional fast path for a record without quotes: gets the raw line and returns true when it
 * handled it (the bill reader reads data rows by offsets, without cutting every cell out).
 * `codes` holds the UTF-16 code units of `text` (at least up to `end`): reading them is cheaper
 * than `charCodeAt`. `quoteFree`: no quote anywhere in `text` from this line on.
 */
export type PlainLineHandler = (text: string, start: number, end: number, line: number, quoteFree: boolean, codes: Uint16Array) => boolean;

/** A quoted cell left open this many lines is not a multi-line cell but a stray quote. */
const MAX_CONTINUATION_LINES = 50;

export class CsvSplitter {
  private carry = '';
  private pending: string | undefined;
  private pendingLines = 0;
  private pendingStart = 0;
  private lineNumber = 0;
  private lineBreak: '\n' | '\r' | undefined;
  /** Code units of the text being split, for the fast path. */
  private readonly units = new CodeUnits();
  private codes: Uint16Array = new Uint16Array(0);

  constructor(
    private readonly onRow: RowHandler,
    private readonly delimiter: string = ',',
    private readonly onPlainLine?: PlainLineHandler,
  ) {}

  /** Physical lines read so far (the line being read, if any, is the next one). */
  get lines(): number {
    return this.lineNumber;
  }

  push(text: string): void {
    if (text.length === 0) return;
    if (this.lineBreak === undefined) {
      // LF (or CRLF) unless a CR is followed by something else (Excel for Mac's lone CRs). Until
      // the text shows which, it waits: a chunk may end between a CR and its LF.
      const seen = this.carry + text;
      const cr = seen.indexOf('\r');
      if (seen.includes('\n')) this.lineBreak = '\n';
      else if (cr >= 0 && cr < seen.length - 1) this.lineBreak = '\r';
      else {
        this.carry = seen;
        return;
      }
      this.carry = '';
      text = seen;
    }
    const breakChar = this.lineBreak;
    let start = 0;
    if (this.carry.length > 0) {
      // The line cut by the previous chunk's end: joined on its own, so that `text` itself stays
      // the flat string the decoder made (reading characters from a joined string is slower).
      const at = text.indexOf(breakChar);
      if (at < 0) {
        this.carry += text;
        return;
      }
      const first = this.carry + text.slice(0, at);
      this.carry = '';
      this.setText(first);
      this.range(first, 0, first.length, first.indexOf('"') < 0);
      start = at + 1;
    }
    this.setText(text);
    // Exports without any quote (Alipay's) let the fast path skip looking for them line by line.
    const quoteFree = text.indexOf('"', start) < 0;
    for (;;) {
      const at = text.indexOf(breakChar, start);
      if (at < 0) break;
      this.range(text, start, at, quoteFree);
      start = at + 1;
    }
    this.carry = start < text.length ? text.slice(start) : '';
  }

  /** The text the next lines come from: its code units are taken for the fast path. */
  private setText(text: string): void {
    if (this.onPlainLine !== undefined) this.codes = this.units.of(text);
  }

  /** One physical line: text[start, end), line break excluded (the text last given to setText). */
  private range(text: string, start: number, end: number, quoteFree = false): void {
    if (this.lineBreak === '\n' && end > start && text.charCodeAt(end - 1) === 13) end--;
    if (this.pending === undefined && this.onPlainLine !== undefined) {
      this.lineNumber++;
      if (this.onPlainLine(text, start, end, this.lineNumber, quoteFree, this.codes)) return;
      this.lineNumber--;
    }
    this.line(text.slice(start, end));
  }

  end(): void {
    this.lineBreak ??= '\n';
    if (this.carry.length > 0) {
      const last = this.carry;
      this.carry = '';
      this.setText(last);
      this.range(last, 0, last.length, last.indexOf('"') < 0);
    }
    if (this.pending !== undefined) {
      // The file ended inside a quoted cell: read the quote literally rather than lose the record.
      const record = this.pending;
      this.pending = undefined;
      this.onRow(splitLiteral(record, this.delimiter), this.pendingStart);
    }
  }

  private line(text: string): void {
    this.lineNumber++;
    let record = text;
    let startLine = this.lineNumber;
    if (this.pending !== undefined) {
      record = `${this.pending}\n${text}`;
      startLine = this.pendingStart;
      this.pendingLines++;
    }
    if (record.indexOf('"') < 0) {
      this.pending = undefined;
      this.onRow(record.split(this.delimiter), startLine);
      return;
    }
    const cells = splitQuoted(record, this.delimiter);
    if (cells !== undefined) {
      this.pending = undefined;
      this.onRow(cells, startLine);
      return;
    }
    if (this.pending !== undefined && this.pendingLines >= MAX_CONTINUATION_LINES) {
      // Give up on the open quote: emit the first line alone, literally, and restart after it.
      const first = this.pending.split('\n')[0] ?? '';
      const rest = this.pending.split('\n').slice(1).concat(text);
      this.pending = undefined;
      this.onRow(splitLiteral(first, this.delimiter), startLine);
      this.lineNumber = startLine;
      for (const line of rest) this.line(line);
      return;
    }
    if (this.pending === undefined) {
      this.pendingStart = startLine;
      this.pendingLines = 0;
    }
    this.pending = record;
  }
}

/** Splits one record; undefined when a quoted cell is still open at the end (it continues on the next line). */
export function splitQuoted(record: string, delimiter: string): string[] | undefined {
  const cells: string[] = [];
  const n = record.length;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < n && (record.charCodeAt(j) === 32 || record.charCodeAt(j) === 9)) j++;
    if (j < n && record.charCodeAt(j) === 34) {
      let value = '';
      let from = j + 1;
      for (;;) {
        const quote = record.indexOf('"', from);
        if (quote < 0) return undefined;
        if (record.charCodeAt(quote + 1) === 34) {
          value += record.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += record.slice(from, quote);
        from = quote + 1;
        break;
      }
      // Whatever follows the closing quote up to the delimiter (WeChat's tab) belongs to the cell.
      const next = record.indexOf(delimiter, from);
      if (next < 0) {
        cells.push(value + record.slice(from));
        return cells;
      }
      cells.push(value + record.slice(from, next));
      i = next + delimiter.length;
    } else {
      const next = record.indexOf(delimiter, i);
      if (next < 0) {
        cells.push(record.slice(i));
        return cells;
      }
      cells.push(record.slice(i, next));
      i = next + delimiter.length;
    }
  }
}

function splitLiteral(record: string, delimiter: string): string[] {
  return record.split(delimiter);
}

/**
 * The delimiter of a CSV text, judged on its header line: Excel's "Unicode text" is tab-separated.
 * Defaults to a comma.
 */
export function detectDelimiter(sample: string): ',' | '\t' {
  const at = sample.indexOf('交易时间');
  if (at < 0) return ',';
  const lineStart = Math.max(sample.lastIndexOf('\n', at), sample.lastIndexOf('\r', at)) + 1;
  let lineEnd = sample.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = sample.length;
  const header = sample.slice(lineStart, lineEnd);
  const commas = header.split(',').length - 1;
  const tabs = header.split('\t').length - 1;
  return tabs > commas ? '\t' : ',';
}
