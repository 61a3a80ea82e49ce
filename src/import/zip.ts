/**
 * Just enough ZIP to read an XLSX: the central directory (the only reliable list of entries —
 * local headers may defer sizes to a data descriptor), stored and deflated entries. The
 * decompressor is passed in, so this module stays free of Node APIs.
 */

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {
  constructor(readonly reason: 'damaged' | 'encrypted' | 'unsupported', detail: string) {
    super(detail);
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
  if (eocd < 0) throw new ZipError('damaged', 'no end-of-archive record');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset === 0xffffffff || count === 0xffff) throw new ZipError('unsupported', 'ZIP64 archive');
  if (dirOffset + dirSize > bytes.length) throw new ZipError('damaged', 'central directory outside the file');
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  const gbk = new TextDecoder('gb18030');
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError('damaged', 'bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11 marks UTF-8 names; Chinese archivers write GBK names without it.
    const name = (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : decodeName(nameBytes, gbk);
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

function decodeName(bytes: Uint8Array, gbk: InstanceType<typeof TextDecoder>): string {
  return bytes.every((b) => b < 0x80) ? String.fromCharCode(...bytes) : gbk.decode(bytes);
}

export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, inflateRaw: (data: Uint8Array) => Uint8Array): Uint8Array {
  if (entry.encrypted) throw new ZipError('encrypted', entry.name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError('damaged', `bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('damaged', `${entry.name} is cut off`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError('unsupported', `compression method ${entry.method}`);
  let out: Uint8Array;
  try {
    out = inflateRaw(data);
  } catch (error) {
    throw new ZipError('damaged', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (out.length !== entry.size) throw new ZipError('damaged', `${entry.name} has the wrong size`);
  return out;
}
