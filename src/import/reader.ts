/**
 * Format dispatch: bytes in (in chunks of any size), a `ParsedBill` out. The first bytes decide
 * what the file is — a text export (its encoding found, then decoded, split into lines and handed
 * to the row sink as they arrive), an XLSX workbook or the archive a bill e-mail links to (both
 * ZIPs, collected whole, then unpacked on one budget), or something to refuse with one clear line.
 * The rows themselves go to the sink: reader-rows.ts walks preamble → header → data → footer,
 * reader-fast.ts reads the common CSV data line in place. WeChat's XLSX bills are small.
 */
import { fileProblem } from '../errors';
import { importText, textOf, type ImportText } from '../i18n/import';
import type { ParsedBill } from './bill';
import { CsvSplitter, detectDelimiter } from './csv';
import { incompleteUtf8Tail, invalidUtf8At, lineFeedsBefore, sniff, SNIFF_BYTES, textDecoderFor } from './decode';
import { FastRowSink } from './reader-fast';
import type { BillEncoding, ReaderOptions } from './types';
import { isXlsx, pickBillSheet, readWorkbook } from './xlsx';
import { listZip, readZipEntry, shownEntryName, unpackBudget, ZipError, type UnpackBudget, type ZipProblem } from './zip';

/** Larger than any real export (Alipay allows a year at a time); a guard, not a design limit. */
export const MAX_BILL_BYTES = 1024 * 1024 * 1024;
/**
 * A ZIP (XLSX) is held whole in memory to be read, so its limit is lower: a year of WeChat Pay
 * is a few megabytes, and this keeps the import under its 200 MB memory budget.
 */
export const MAX_ZIP_BYTES = 64 * 1024 * 1024;

type Mode = 'sniff' | 'text' | 'binary';

type Decoder = InstanceType<typeof TextDecoder>;

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
    throw fileProblem(name, message, line);
  };
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let total = 0;
  let mode: Mode = 'sniff';
  let decoder: Decoder | undefined;
  let splitter: CsvSplitter | undefined;
  let sink: FastRowSink | undefined;
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
    sink = new FastRowSink(name, options, t, encoding, 'csv');
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
    throw fileProblem(name, message);
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
      const sink = new FastRowSink(name, options, t, 'xlsx', 'xlsx');
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
