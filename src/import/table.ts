/**
 * The classified transactions of a bill, stored by column in typed arrays. A 200,000-row export
 * would otherwise be 200,000 long-lived objects (plus boxed numbers), and the garbage collector
 * would spend more time walking them than the importer spends reading the file (issue 9's speed
 * and memory limits). `get(i)` gives a plain `Txn` object for the few rows that need one.
 */
import { dayNumber, fromDayNumber } from '../dates';
import type { OtherPlatformMark, Platform, Txn, TxnKind, TxnReason } from './types';

export const KINDS: readonly TxnKind[] = ['income', 'spending', 'refund', 'repayment', 'draw', 'neutral', 'ignored'];
export const REASONS: readonly TxnReason[] = [
  'income',
  'yield',
  'purchase',
  'fee',
  'refund',
  'repayment',
  'card-repayment',
  'draw',
  'not-counted',
  'investment',
  'top-up',
  'withdrawal',
  'wallet',
  'closed',
  'zero',
  'deposit',
];
const PLATFORMS: readonly Platform[] = ['alipay', 'wechat', 'jd', 'meituan'];
export const KIND = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<TxnKind, number>;
export const REASON = Object.fromEntries(REASONS.map((r, i) => [r, i])) as Record<TxnReason, number>;
export const PLATFORM = { alipay: 0, wechat: 1, jd: 2, meituan: 3 } as const satisfies Record<Platform, number>;

/** Bits of `flags`. */
export const CREDIT_FUNDED = 1;
export const OTHER_BY_METHOD = 2;
export const OTHER_BY_COUNTERPARTY = 4;
/** Above these: the PLATFORM code of the wallet an OTHER_BY_… row names, plus 1 (0: none). */
const NAMED_SHIFT = 3;

/** `flags` bits for a row that names `named` (by `mark`), or 0. */
export function namedFlags(mark: OtherPlatformMark, named: Platform | ''): number {
  if (mark === '' || named === '') return 0;
  return (mark === 'method' ? OTHER_BY_METHOD : OTHER_BY_COUNTERPARTY) | ((PLATFORM[named] + 1) << NAMED_SHIFT);
}

/** The PLATFORM code of the wallet a row's flags name, -1 for none. */
export function namedPlatformOf(flags: number): number {
  return (flags >> NAMED_SHIFT) - 1;
}

/** One row's values, as the reader fills them (reused from row to row: no allocation per row). */
export interface TxnFields {
  file: number;
  line: number;
  platform: number;
  day: number;
  seconds: number;
  kind: number;
  reason: number;
  flags: number;
  amountFen: number;
  orderKey: number;
  merchantKey: number;
  parentKey: number;
  counterpartyKey: number;
  /** The label's two parts (counterparty and item; '' when none), joined with a space. */
  labelA: string;
  labelB: string;
  lender: string;
}

/**
 * Labels kept as characters in one growing buffer, not as 100,000 small strings: the garbage
 * collector never looks inside a typed array. `get(i)` makes the string when it is needed.
 */
export class LabelArena {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Start and length of each label, by row. */
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private count = 0;

  /** Appends the label `a b` (either may be empty) for the next row; returns its index. */
  add(a: string, b: string): number {
    const index = this.count;
    this.reserve(index, a.length + b.length + 1);
    const start = this.used;
    // Runs of whitespace collapse to one space; leading and trailing ones go.
    let at = this.put(a, start, true);
    const blank = at === start || this.chars[at - 1] === 32;
    if (a.length > 0 && b.length > 0 && !blank) this.chars[at++] = 32;
    at = this.put(b, at, at === start || this.chars[at - 1] === 32);
    if (at > start && this.chars[at - 1] === 32) at--;
    this.used = at;
    this.starts[index] = start;
    this.lengths[index] = at - start;
    this.count = index + 1;
    return index;
  }

  /** Copies `text` to `at`, collapsing whitespace (`blank`: what precedes counts as a space); returns the end. */
  private put(text: string, at: number, blank: boolean): number {
    const chars = this.chars;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000) {
        if (!blank) chars[at++] = 32;
        blank = true;
      } else {
        chars[at++] = c;
        blank = false;
      }
    }
    return at;
  }

  /** Room for one more label of up to `need` characters. */
  private reserve(index: number, need: number): void {
    if (index === this.starts.length) {
      this.starts = grown(this.starts, index * 2);
      this.lengths = grown(this.lengths, index * 2);
    }
    if (this.used + need > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, this.used + need));
  }

  get(index: number, maxLength = LABEL_MAX): string {
    const start = this.starts[index]!;
    const length = this.lengths[index]!;
    let text = '';
    for (let i = 0; i < length; i += 4096) {
      text += String.fromCharCode(...this.chars.subarray(start + i, start + Math.min(length, i + 4096)));
    }
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  }
}

/** A label is cut to this many characters (the profile's `note` allows 200). */
export const LABEL_MAX = 60;

function grown<A extends Int32Array | Uint16Array>(a: A, capacity: number): A {
  const b = new (a.constructor as new (n: number) => A)(capacity);
  b.set(a);
  return b;
}

export class TxnTable {
  length = 0;
  file: Int32Array;
  line: Int32Array;
  day: Int32Array;
  seconds: Int32Array;
  platform: Uint8Array;
  kind: Uint8Array;
  reason: Uint8Array;
  flags: Uint8Array;
  amountFen: Float64Array;
  orderKey: Float64Array;
  merchantKey: Float64Array;
  parentKey: Float64Array;
  counterpartyKey: Float64Array;
  /** Index of the row's label in `arena`, -1 for none (only purchases and draws have one). */
  label: Int32Array;
  readonly arena = new LabelArena();
  /** Lender names of repayments and draws, by row (few rows have one). */
  lenders = new Map<number, string>();

  constructor(capacity = 256) {
    this.file = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.platform = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.reason = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.amountFen = new Float64Array(capacity);
    this.orderKey = new Float64Array(capacity);
    this.merchantKey = new Float64Array(capacity);
    this.parentKey = new Float64Array(capacity);
    this.counterpartyKey = new Float64Array(capacity);
    this.label = new Int32Array(capacity);
  }

  push(f: TxnFields): number {
    const i = this.addRow();
    this.file[i] = f.file;
    this.line[i] = f.line;
    this.day[i] = f.day;
    this.seconds[i] = f.seconds;
    this.platform[i] = f.platform;
    this.kind[i] = f.kind;
    this.reason[i] = f.reason;
    this.flags[i] = f.flags;
    this.amountFen[i] = f.amountFen;
    this.orderKey[i] = f.orderKey;
    this.merchantKey[i] = f.merchantKey;
    this.parentKey[i] = f.parentKey;
    this.counterpartyKey[i] = f.counterpartyKey;
    this.setLabel(i, f.labelA, f.labelB);
    if (f.lender !== '') this.lenders.set(i, f.lender);
    return i;
  }

  /** Appends a row, its columns still to be filled, and returns its index (the reader fills them in place). */
  addRow(): number {
    const i = this.length;
    if (i === this.file.length) this.grow(i * 2);
    this.length = i + 1;
    return i;
  }

  /** Row `i` as a plain object. */
  get(i: number): Txn {
    const flags = this.flags[i]!;
    const otherPlatform: OtherPlatformMark =
      (flags & OTHER_BY_COUNTERPARTY) !== 0 ? 'counterparty' : (flags & OTHER_BY_METHOD) !== 0 ? 'method' : '';
    const named = namedPlatformOf(flags);
    const txn: Txn = {
      file: this.file[i]!,
      line: this.line[i]!,
      platform: PLATFORMS[this.platform[i]!]!,
      date: fromDayNumber(this.day[i]!),
      seconds: this.seconds[i]!,
      kind: KINDS[this.kind[i]!]!,
      reason: REASONS[this.reason[i]!]!,
      amountFen: this.amountFen[i]!,
      orderKey: this.orderKey[i]!,
      merchantKey: this.merchantKey[i]!,
      parentKey: this.parentKey[i]!,
      counterpartyKey: this.counterpartyKey[i]!,
      label: this.labelOf(i),
      creditFunded: (flags & CREDIT_FUNDED) !== 0,
      otherPlatform,
      ...(named >= 0 ? { namedPlatform: PLATFORMS[named]! } : {}),
    };
    const lender = this.lenders.get(i);
    if (lender !== undefined) txn.lender = lender;
    return txn;
  }

  /** Gives row `i` the label `a b` (none when both are empty). */
  setLabel(i: number, a: string, b: string): void {
    this.label[i] = a !== '' || b !== '' ? this.arena.add(a, b) : -1;
  }

  /** Drops a row's label (it fell out of the largest purchases; see LargestK). */
  unlabel(i: number): void {
    this.label[i] = -1;
  }

  labelOf(i: number): string {
    const index = this.label[i]!;
    return index < 0 ? '' : this.arena.get(index);
  }

  /** Every row as an object (tests, small bills). */
  toArray(): Txn[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  /** A table from `Txn` objects (tests build bills this way). */
  static from(txns: readonly Txn[]): TxnTable {
    const table = new TxnTable(Math.max(1, txns.length));
    for (const t of txns) {
      table.push({
        file: t.file,
        line: t.line,
        platform: PLATFORM[t.platform],
        day: dayNumber(t.date),
        seconds: t.seconds,
        kind: KIND[t.kind],
        reason: REASON[t.reason],
        flags:
          (t.creditFunded ? CREDIT_FUNDED : 0) |
          namedFlags(t.otherPlatform, t.namedPlatform ?? (t.platform === 'alipay' ? 'wechat' : t.platform === 'wechat' ? 'alipay' : '')),
        amountFen: t.amountFen,
        orderKey: t.orderKey,
        merchantKey: t.merchantKey,
        parentKey: t.parentKey,
        counterpartyKey: t.counterpartyKey,
        labelA: t.label,
        labelB: '',
        lender: t.lender ?? '',
      });
    }
    return table;
  }

  /** Several tables as one, each row's `file` set to its table's position. */
  static concat(tables: readonly TxnTable[]): TxnTable {
    const total = tables.reduce((n, t) => n + t.length, 0);
    const out = new TxnTable(Math.max(1, total));
    let at = 0;
    tables.forEach((t, fileIndex) => {
      const n = t.length;
      out.file.fill(fileIndex, at, at + n);
      out.line.set(t.line.subarray(0, n), at);
      out.day.set(t.day.subarray(0, n), at);
      out.seconds.set(t.seconds.subarray(0, n), at);
      out.platform.set(t.platform.subarray(0, n), at);
      out.kind.set(t.kind.subarray(0, n), at);
      out.reason.set(t.reason.subarray(0, n), at);
      out.flags.set(t.flags.subarray(0, n), at);
      out.amountFen.set(t.amountFen.subarray(0, n), at);
      out.orderKey.set(t.orderKey.subarray(0, n), at);
      out.merchantKey.set(t.merchantKey.subarray(0, n), at);
      out.parentKey.set(t.parentKey.subarray(0, n), at);
      out.counterpartyKey.set(t.counterpartyKey.subarray(0, n), at);
      for (let i = 0; i < n; i++) out.label[at + i] = t.label[i]! < 0 ? -1 : out.arena.add(t.labelOf(i), '');
      for (const [row, lender] of t.lenders) out.lenders.set(at + row, lender);
      at += n;
    });
    out.length = total;
    return out;
  }

  private grow(capacity: number): void {
    const grow = <A extends Int32Array | Uint8Array | Float64Array>(a: A, make: (n: number) => A): A => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.file = grow(this.file, (n) => new Int32Array(n));
    this.line = grow(this.line, (n) => new Int32Array(n));
    this.day = grow(this.day, (n) => new Int32Array(n));
    this.seconds = grow(this.seconds, (n) => new Int32Array(n));
    this.platform = grow(this.platform, (n) => new Uint8Array(n));
    this.kind = grow(this.kind, (n) => new Uint8Array(n));
    this.reason = grow(this.reason, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.amountFen = grow(this.amountFen, (n) => new Float64Array(n));
    this.orderKey = grow(this.orderKey, (n) => new Float64Array(n));
    this.merchantKey = grow(this.merchantKey, (n) => new Float64Array(n));
    this.parentKey = grow(this.parentKey, (n) => new Float64Array(n));
    this.counterpartyKey = grow(this.counterpartyKey, (n) => new Float64Array(n));
    this.label = grow(this.label, (n) => new Int32Array(n));
  }
}

/**
 * Row lookup by key (order numbers' and names' 53-bit keys): open addressing in typed arrays, so
 * that 200,000 lookups make no garbage (a Map would box every key above 2³¹ into an object).
 * A key may map to several rows; `first` / `next` walk them.
 */
export class KeyIndex {
  private readonly keys: Float64Array;
  private readonly heads: Int32Array;
  private readonly mask: number;
  private entryRow: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  private count = 0;
  /**
   * A bit array of a cheaper hash of the keys (64 bits or more per key): most keys that are not in
   * the index are turned away here, without the float arithmetic of `slot` (matchRefunds asks
   * about every purchase).
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(expectedKeys: number) {
    let size = 16;
    while (size < expectedKeys * 2) size *= 2;
    this.filter = new Int32Array(size);
    this.filterShift = 32 - Math.log2(size * 32);
    this.keys = new Float64Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.entryRow = new Int32Array(Math.max(16, expectedKeys));
    this.entryNext = new Int32Array(Math.max(16, expectedKeys));
  }

  /** The slot holding `key`, or the empty slot where it would go. Keys are never 0. */
  private slot(key: number): number {
    // Mix both halves of the key: its low bits alone are the weaker of its two hashes.
    // Division by a power of two is exact; `%` on a double would be a slow library call.
    const high = Math.floor(key / 2_097_152);
    const low = key - high * 2_097_152;
    let h = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 16)) & this.mask;
    while (this.keys[h] !== 0 && this.keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }

  /** Adds `key` (with a row, or -1 to record the key alone). The key count must stay under the expected. */
  add(key: number, row = -1): void {
    const h = this.slot(key);
    if (this.keys[h] === 0) {
      // A full table would make `slot` loop for ever; callers size it, this only guards them.
      if (++this.count * 2 > this.keys.length) throw new Error('KeyIndex over capacity');
      this.keys[h] = key;
      const bit = this.filterBit(key);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    if (row < 0) return;
    if (this.entries === this.entryRow.length) {
      const rows = new Int32Array(this.entries * 2);
      rows.set(this.entryRow);
      this.entryRow = rows;
      const next = new Int32Array(this.entries * 2);
      next.set(this.entryNext);
      this.entryNext = next;
    }
    const e = this.entries++;
    this.entryRow[e] = row;
    this.entryNext[e] = this.heads[h]!;
    this.heads[h] = e;
  }

  has(key: number): boolean {
    return this.mayHave(key) && key !== 0 && this.keys[this.slot(key)] === key;
  }

  /** False when `key` is surely not in the index (the filter's bit for it is clear). */
  private mayHave(key: number): boolean {
    const bit = this.filterBit(key);
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** The bit of `filter` for `key`: a multiplicative hash of the key's low 32 bits (`| 0` takes them without a division). */
  private filterBit(key: number): number {
    return Math.imul(key | 0, 0x9e3779b1) >>> this.filterShift;
  }

  /** The rows recorded under `key`. */
  rows(key: number): number[] {
    const out: number[] = [];
    for (let e = this.firstEntry(key); e >= 0; e = this.nextEntry(e)) out.push(this.rowOf(e));
    return out;
  }

  /** The first entry recorded under `key`, -1 for none; `nextEntry` walks the others (no array made). */
  firstEntry(key: number): number {
    if (key === 0 || !this.mayHave(key)) return -1;
    const h = this.slot(key);
    return this.keys[h] === key ? this.heads[h]! : -1;
  }

  nextEntry(entry: number): number {
    return this.entryNext[entry]!;
  }

  rowOf(entry: number): number {
    return this.entryRow[entry]!;
  }
}

/**
 * The K largest amounts seen so far, with their rows: a min-heap in typed arrays. The reader
 * labels only purchases that are among the largest K — the profile lists at most 10,000 large
 * purchases, and copying a label for each of 200,000 rows is a measurable part of an import.
 */
export class LargestK {
  private readonly amounts: Float64Array;
  private readonly rows: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.amounts = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  /** Whether an amount would enter the K largest. */
  admits(amount: number): boolean {
    return this.size < this.capacity || amount > this.amounts[0]!;
  }

  /** Adds a row; returns the row it pushed out of the K largest, or -1. */
  add(amount: number, row: number): number {
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.amounts[parent]! <= amount) break;
        this.amounts[i] = this.amounts[parent]!;
        this.rows[i] = this.rows[parent]!;
        i = parent;
      }
      this.amounts[i] = amount;
      this.rows[i] = row;
      return -1;
    }
    const evicted = this.rows[0]!;
    // Sift the new entry down from the root.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.amounts[right]! < this.amounts[left]! ? right : left;
      if (this.amounts[child]! >= amount) break;
      this.amounts[i] = this.amounts[child]!;
      this.rows[i] = this.rows[child]!;
      i = child;
    }
    this.amounts[i] = amount;
    this.rows[i] = row;
    return evicted;
  }
}
