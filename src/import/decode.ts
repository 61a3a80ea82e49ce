/**
 * Bytes → text for bill exports. Alipay writes GBK, WeChat UTF-8; users re-save either in Excel or
 * WPS, which may switch to UTF-8 with a BOM, to GBK ("ANSI" on a Chinese Windows), or to UTF-16
 * ("Unicode text"). So the encoding is detected from the bytes, never assumed from the platform.
 */
import type { BillEncoding } from './types';

/** What kind of file the first bytes say this is. */
export type Sniffed =
  | { kind: 'text'; encoding: Exclude<BillEncoding, 'xlsx'> }
  | { kind: 'zip' }
  | { kind: 'xls' }
  | { kind: 'pdf' }
  | { kind: 'binary' };

/** How many leading bytes the sniffer wants to see before deciding (less at end of file). */
export const SNIFF_BYTES = 64 * 1024;

export function sniff(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'xls' };
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { kind: 'pdf' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8-bom' };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { kind: 'text', encoding: utf16 };
  if (head.includes(0)) return { kind: 'binary' };
  // GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE are followed by 0x40–0xFE,
  // which UTF-8 rejects as continuations), so valid UTF-8 over 64 KB means UTF-8.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { kind: 'text', encoding: 'utf-8' };
  } catch {
    return { kind: 'text', encoding: 'gb18030' };
  }
}

/** UTF-16 saved without a BOM: ASCII-heavy CSV text puts a zero in every other byte. */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * A streaming decoder for the detected encoding; a BOM is dropped by TextDecoder itself. UTF-8 is
 * decoded strictly (as fast as leniently): a byte that is not UTF-8 throws, and the reader decides
 * what it means, rather than it silently becoming U+FFFD. GB18030 and UTF-16 stay lenient: the
 * characters they cannot decode are counted and reported.
 */
export function textDecoderFor(encoding: Exclude<BillEncoding, 'xlsx'>): InstanceType<typeof TextDecoder> {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new TextDecoder('utf-8', { fatal: true });
  return new TextDecoder(encoding);
}

/**
 * The offset of the first byte of `bytes` that is not part of valid UTF-8, or -1. A sequence cut
 * by the end of `bytes` is not counted (the next chunk may complete it), nor are up to three
 * continuation bytes at the start (they may complete a sequence the previous chunk began).
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (length < 0) return i;
    // The second byte's range depends on the first: no overlong forms, surrogates or code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= length; k++) {
      if (i + k >= bytes.length) return -1;
      const c = bytes[i + k]!;
      if (k === 1 ? c < low || c > high : (c & 0xc0) !== 0x80) return i;
    }
    i += length + 1;
  }
  return -1;
}

/** How many bytes at the end of `bytes` start a UTF-8 character they do not finish (0–3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > k ? k : 0;
  }
  return 0;
}

/** How many line feeds `bytes` holds before `end`. */
export function lineFeedsBefore(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}
