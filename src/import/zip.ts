/**
 * Just enough ZIP to read an XLSX: the central directory (the only reliable list of entries —
 * local headers may defer sizes to a data descriptor), stored and deflated entries. The
 * decompressor is passed in, so this module stays free of Node APIs.
 *
 * Archives can be hostile (a "ZIP bomb" unpacks a megabyte to gigabytes), so nothing is unpacked
 * without a bound known beforehand: an entry unpacks to at most the size its directory record
 * declares, and all the entries read from one archive to at most MAX_UNPACKED_BYTES together. An
 * entry that declares more than is left is refused before a byte of it is inflated; one that lies
 * about its size is stopped at the size it declared.
 */

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * A raw-deflate decompressor (node:zlib's inflateRawSync in the CLI) that never returns or
 * holds more than `maxBytes`: when the data unpacks to more, it stops and throws InflateLimitError.
 */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** What an Inflate throws when the data unpacks to more than it was allowed. */
export class InflateLimitError extends Error {
  constructor() {
    super('the data unpacks to more than allowed');
    this.name = 'InflateLimitError';
  }
}

/**
 * What unpacking one archive may still produce, in bytes: shared by every entry read from it (and
 * from an archive inside it), so that reading an entry twice, or many entries, counts every time.
 */
export interface UnpackBudget {
  left: number;
  readonly limit: number;
}

/**
 * All the entries read from one archive unpack to at most this much. A year of WeChat Pay bills is
 * a sheet of a few megabytes, an Alipay year in a ZIP well under 30 MB (200,000 rows are 27.5 MB);
 * the bound keeps an import within its 200 MB memory budget.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
/** A bill archive holds one or two files and an XLSX a dozen parts: more entries than this is not a bill. */
export const MAX_ZIP_ENTRIES = 1000;

export function unpackBudget(limit = MAX_UNPACKED_BYTES): UnpackBudget {
  return { left: limit, limit };
}

/** Why an archive cannot be read; the reader words it (src/i18n/import.ts, zh and en). */
export type ZipProblem =
  | { code: 'noEnd' }
  | { code: 'directory' }
  | { code: 'zip64' }
  | { code: 'tooManyEntries'; count: number; max: number }
  | { code: 'missing'; entry: string }
  | { code: 'cutOff'; entry: string }
  | { code: 'method'; entry: string; method: number }
  | { code: 'corrupt'; entry: string }
  | { code: 'wrongSize'; entry: string; declared: number }
  | { code: 'encrypted'; entry: string }
  | { code: 'tooLarge'; entry: string; limit: number }
  | { code: 'xml'; entry: string };

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.code);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError({ code: 'noEnd' });
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset === 0xffffffff || count === 0xffff) throw new ZipError({ code: 'zip64' });
  // Refused on the count the end record states, before a single entry is looked at.
  if (count > MAX_ZIP_ENTRIES) throw new ZipError({ code: 'tooManyEntries', count, max: MAX_ZIP_ENTRIES });
  const dirEnd = dirOffset + dirSize;
  if (dirEnd > bytes.length) throw new ZipError({ code: 'directory' });
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  const gbk = new TextDecoder('gb18030');
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dirEnd || view.getUint32(p, true) !== CENTRAL) throw new ZipError({ code: 'directory' });
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > dirEnd) throw new ZipError({ code: 'directory' });
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11 marks UTF-8 names; Chinese archivers write GBK names without it.
    const name = (flags & 0x800) !== 0 || nameBytes.every((b) => b < 0x80) ? utf8.decode(nameBytes) : gbk.decode(nameBytes);
    entries.push({
      name,
      method: view.getUint16(p + 10, true),
      encrypted: (flags & 1) !== 0,
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry, drawn from `budget`: refused before inflating when the size it declares
 * is more than is left, and never inflated beyond that size.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, inflateRaw: Inflate, budget: UnpackBudget): Uint8Array {
  const name = entry.name;
  if (entry.encrypted) throw new ZipError({ code: 'encrypted', entry: name });
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError({ code: 'method', entry: name, method: entry.method });
  if (entry.size > budget.left) throw new ZipError({ code: 'tooLarge', entry: name, limit: budget.limit });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError({ code: 'cutOff', entry: name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError({ code: 'cutOff', entry: name });
  const data = bytes.subarray(start, end);
  budget.left -= entry.size;
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipError({ code: 'wrongSize', entry: name, declared: entry.size });
    return data;
  }
  let out: Uint8Array;
  try {
    out = inflateRaw(data, entry.size);
  } catch (error) {
    if (error instanceof InflateLimitError) throw new ZipError({ code: 'wrongSize', entry: name, declared: entry.size });
    throw new ZipError({ code: 'corrupt', entry: name });
  }
  if (out.length !== entry.size) throw new ZipError({ code: 'wrongSize', entry: name, declared: entry.size });
  return out;
}

/**
 * An entry name as messages show it: names come from the archive, so control characters (a
 * newline, a terminal escape) and direction overrides are replaced, and a long name is shortened.
 */
export function shownEntryName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
}
