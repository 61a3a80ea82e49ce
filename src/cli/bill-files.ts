/**
 * Reading bill exports, shared by `import` and `check --bills` (neither command imports the other):
 * each file streamed through the pure reader (src/import) with a bounded decompressor, a progress
 * line on a terminal for long files, and the summary both commands print on stderr.
 */
import { statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { fileProblem, InputError, UserError } from '../errors';
import { formatMoney } from '../i18n/format';
import { importText, textOf, type ImportText } from '../i18n/import';
import type { Lang } from '../i18n/lang';
import { createBillReader, deriveImport, type ImportOptions, type ImportResult, type ParsedBill } from '../import/index';
import { InflateLimitError, MAX_UNPACKED_BYTES, type Inflate } from '../import/zip';
import { displayWidth, padEnd, padStart } from '../report/text-layout';

/** Whether stderr is a terminal (the progress line is drawn only there), and a clock in milliseconds. */
export interface ProgressClock {
  isTTY: boolean;
  now(): number;
}

/** The real terminal's: stderr's own flag, the monotonic clock. */
export function terminalProgress(): ProgressClock {
  return { isTTY: process.stderr.isTTY === true, now: () => performance.now() };
}


/**
 * Streams bill files (or `-` for standard input) through the reader and derives the sections.
 * Exported for `check --bills`, which audits with the imported data without writing anything.
 */
export async function loadBills(
  paths: readonly string[],
  options: Omit<ImportOptions, 'lang' | 'inflateRaw'>,
  lang: Lang,
  progress?: ProgressClock & { write(text: string): void },
): Promise<ImportResult> {
  const bills: ParsedBill[] = [];
  for (const [fileIndex, path] of paths.entries()) {
    const line = progress?.isTTY ? new ProgressLine(path === '-' ? '<stdin>' : path, progress, importText(lang)) : undefined;
    try {
      bills.push(await readBillFile(path, fileIndex, lang, line));
    } finally {
      line?.clear();
    }
  }
  return deriveImport(bills, options);
}

/** Redraws of the progress line are at least this far apart (ms); it first shows after PROGRESS_AFTER_MS. */
const PROGRESS_EVERY_MS = 200;
const PROGRESS_AFTER_MS = 1000;

/**
 * One line on stderr (a terminal's only), redrawn in place while a long file is read: the file,
 * how far, in bytes. The clock is read once per chunk read (64 KB, some hundreds of rows), never
 * per row, and the line appears only for a file still being read after a second.
 */
class ProgressLine {
  private readonly started: number;
  private drawn = -Infinity;
  private shown = false;

  constructor(
    private readonly name: string,
    private readonly out: ProgressClock & { write(text: string): void },
    private readonly t: ImportText,
  ) {
    this.started = out.now();
  }

  /** `read` bytes of `total` (undefined: standard input, whose size is not known). */
  update(read: number, total: number | undefined): void {
    const now = this.out.now();
    if (now - this.started < PROGRESS_AFTER_MS || now - this.drawn < PROGRESS_EVERY_MS) return;
    this.drawn = now;
    this.shown = true;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const text = total ? this.t.progress(this.name, Math.floor((read / total) * 100), mb(read), mb(total)) : this.t.progressStdin(this.name, mb(read));
    // Back to the line's start, the text, the rest of the line erased.
    this.out.write(`\r${text}\u001b[K`);
  }

  /** Erases the line (the summary then starts on a clean line). */
  clear(): void {
    if (this.shown) this.out.write('\r\u001b[K');
  }
}

/**
 * The bounded decompressor the ZIP reader needs (zip.ts, Inflate): zlib stops once the output
 * passes `maxBytes`, so a lying entry costs no more than the size it declared. The output buffer
 * is one byte larger than that: an honest entry is inflated into it whole, never joined from
 * pieces (a copy of the whole), and a lying one overflows it before zlib asks for a second.
 */
export const inflateRaw: Inflate = (data, maxBytes) => {
  const limit = Math.max(1, maxBytes);
  try {
    return inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, Math.min(limit, MAX_UNPACKED_BYTES) + 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError();
    throw error;
  }
};

async function readBillFile(path: string, fileIndex: number, lang: Lang, progress: ProgressLine | undefined): Promise<ParsedBill> {
  const reader = createBillReader(path === '-' ? '<stdin>' : path, { lang, fileIndex, inflateRaw });
  let read = 0;
  if (path === '-') {
    for await (const chunk of process.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      reader.push(bytes);
      read += bytes.length;
      progress?.update(read, undefined);
    }
    return reader.end();
  }
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fileProblem(path, importText(lang).isDirectory());
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw (await import('./io')).fsProblem(path, error, lang);
  }
  // 64 KB at a time, into one buffer used over and over (the reader copies nothing it does not
  // keep): fresh memory for every chunk costs page faults, and a decoded chunk of this size is
  // an ordinary young-generation string, not a large object (measured with scripts/bench-import.mjs).
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      reader.push(buffer.subarray(0, bytesRead));
      read += bytesRead;
      progress?.update(read, size);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw (await import('./io')).fsProblem(path, error, lang);
  } finally {
    await handle?.close();
  }
  return reader.end();
}

const READ_CHUNK = 64 * 1024;

export function renderSummary(result: ImportResult, lang: Lang): string[] {
  const t = importText(lang);
  const lines: string[] = [];
  for (const file of result.stats.files) {
    const period = file.period ? `${file.period.start} … ${file.period.end}` : '';
    lines.push(t.fileLine(file.name, t.formatName[file.format], file.encoding, file.rows, period));
    const kinds = (Object.keys(file.counts) as (keyof typeof file.counts)[]).filter((kind) => file.counts[kind] > 0);
    lines.push(t.countsLine(kinds.map((kind) => [t.kindName[kind], file.counts[kind]] as const)));
  }
  const s = result.stats;
  lines.push(t.mergeLine(s.duplicates, s.crossPlatformPairs, s.ownTransfers, s.refundsMatched, s.refundsOfClosed));
  if (result.months.length > 0) {
    const table = [
      t.monthColumns(),
      ...result.months.map((f) => [
        f.month,
        formatMoney(f.incomeFen, lang),
        formatMoney(f.spendingFen, lang),
        formatMoney(f.creditFundedFen, lang),
        String(f.repayments),
        String(f.draws),
      ]),
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => displayWidth(row[c]!))));
    lines.push('');
    table.forEach((row, r) => {
      const cells = row.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]!) : padStart(cell, widths[c]!)));
      const partial = r > 0 && !result.months[r - 1]!.complete ? `  ${t.partialMonth()}` : '';
      lines.push(cells.join('  ') + partial);
    });
    lines.push('');
  }
  const large = result.large;
  if (large.thresholdFen !== undefined && large.source !== 'none') {
    lines.push(t.largeLine(formatMoney(large.thresholdFen, lang), t.largeSource(large.source), result.sections.spending?.large_purchases?.length ?? 0));
  }
  for (const warning of result.warnings) lines.push(`${t.warningPrefix()}${textOf(t.warning, warning)}`);
  return lines;
}
