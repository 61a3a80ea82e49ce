/**
 * Caches of cell texts for the reader's CSV fast path (reader-fast.ts, `plainLine`).
 *
 * A bill repeats a few dozen categories, statuses, directions and payment methods, and a few
 * thousand counterparties and items. Cutting each such cell out of its line would make a new
 * string per cell — a million of them for a 200,000-row export — that the memos would then hash
 * again to find facts they already know. Instead, the text columns the classification reads are
 * grouped into spans of neighbouring columns (Alipay's 交易分类 + 交易对方, 商品说明 + 收/支,
 * 收/付款方式 + 交易状态), and each span keeps a small direct-mapped table of the raw texts it has
 * seen: a span is hashed from its length and three of its code units, and compared in place with
 * the text in its slot. Only a span not in its slot has its cells cut out and trimmed, and their
 * facts worked out. The answers are those of cutting every cell: only the work differs.
 */
import { detach, skipBlankUnits, textKey, trimEndUnits } from './normalize';

/** Slots per span: SETS sets of two (a power of two). */
const SETS = 512;
const SLOTS = 2 * SETS;
/** Code units kept per slot for comparing in place (see `units`). */
const STRIDE = 64;

export class SpanCache {
  /** The raw text of a slot too long for `units`: its cells and the delimiters between them, untrimmed. */
  private readonly raw: string[] = new Array<string>(SLOTS).fill('');
  /** Per member cell: its trimmed text, by slot. */
  readonly texts: string[][];
  /** Per member cell: `factsOf[member](text)`, by slot. */
  readonly facts: Int32Array[];
  /** Per member cell: facts worked out later, when a row first needs them (see RowFacts.itemMore); 0 until then. */
  readonly more: Int32Array[];
  /** Per member cell: `textKey(text)`, by slot; -1 until asked for. */
  private readonly keys: Float64Array[];
  /** The hash of each slot's text. */
  private readonly hashes = new Int32Array(SLOTS);
  /** The length of each slot's text, -1 for an empty slot. */
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  /**
   * The code units of each slot's text, STRIDE per slot: comparing them with the line's code units
   * in a loop is cheaper than `startsWith` on these short texts. A longer text is compared as a string.
   */
  private readonly units = new Uint16Array(SLOTS * STRIDE);
  /** Per set, the way used last (0 or 1): a new text replaces the other one. */
  private readonly recent = new Uint8Array(SETS);

  constructor(private readonly factsOf: readonly ((text: string) => number)[]) {
    this.texts = factsOf.map(() => new Array<string>(SLOTS).fill(''));
    this.facts = factsOf.map(() => new Int32Array(SLOTS));
    this.more = factsOf.map(() => new Int32Array(SLOTS));
    this.keys = factsOf.map(() => new Float64Array(SLOTS).fill(-1));
  }

  /**
   * The slot holding the span of cells `first` … `last` of a line (cell i is
   * text[bounds[i], bounds[i + 1] - 1); `u` holds the text's code units), filled now if the span
   * is not in the table. `last` < `first`: the line ends before the span, whose cells are all
   * empty; a span cut short by the end of its line simply has fewer cells.
   */
  lookup(text: string, u: Uint16Array, bounds: Int32Array, first: number, last: number): number {
    const start = last < first ? 0 : bounds[first]!;
    const end = last < first ? 0 : bounds[last + 1]! - 1;
    const n = end - start;
    // The hash reads each cell's length and its first, middle and last code units: cheap, and
    // enough to tell apart the texts a column repeats (交易成功 / 还款成功, 余额 / 余额宝).
    let h = Math.imul(n, 0x9e3779b1);
    for (let i = first; i <= last; i++) {
      const cs = bounds[i]!;
      const len = bounds[i + 1]! - 1 - cs;
      h = Math.imul(h ^ len, 0x85ebca6b);
      if (len > 0) h = Math.imul(h ^ u[cs]! ^ (u[cs + (len >> 1)]! << 8) ^ (u[cs + len - 1]! << 16), 0xc2b2ae35);
    }
    h ^= h >>> 15;
    // Two ways per set: two texts that hash alike both stay; of the two, the one used less
    // recently goes. The full hash is compared first, so that a text is compared only with
    // the one that is most likely the same.
    const way0 = (h & (SETS - 1)) << 1;
    let slot = way0;
    if (!this.holds(slot, h, text, u, start, n)) {
      slot = way0 + 1;
      if (!this.holds(slot, h, text, u, start, n)) {
        slot = this.recent[way0 >> 1] === 1 ? way0 : way0 + 1;
        this.hashes[slot] = h;
        this.lengths[slot] = n;
        if (n <= STRIDE) {
          // A loop, not set(subarray()): no typed-array object made per new text.
          const units = this.units;
          const base = slot * STRIDE - start;
          for (let i = start; i < end; i++) units[base + i] = u[i]!;
        } else {
          this.raw[slot] = detach(text.slice(start, end));
        }
        this.fill(slot, text, u, bounds, first, last);
      }
    }
    this.recent[way0 >> 1] = slot - way0;
    return slot;
  }

  private holds(slot: number, h: number, text: string, u: Uint16Array, start: number, n: number): boolean {
    if (this.hashes[slot] !== h || this.lengths[slot] !== n) return false;
    if (n > STRIDE) return text.startsWith(this.raw[slot]!, start);
    const units = this.units;
    const base = slot * STRIDE - start;
    for (let i = start; i < start + n; i++) if (u[i] !== units[base + i]) return false;
    return true;
  }

  /** Cuts the span's cells out (trimmed, detached: a slot must not keep a decoded chunk alive) and works out their facts. */
  private fill(slot: number, text: string, u: Uint16Array, bounds: Int32Array, first: number, last: number): void {
    for (let m = 0; m < this.factsOf.length; m++) {
      const i = first + m;
      let cell = '';
      if (i <= last) {
        const s = skipBlankUnits(u, bounds[i]!, bounds[i + 1]! - 1);
        cell = detach(text.slice(s, trimEndUnits(u, s, bounds[i + 1]! - 1)));
      }
      this.texts[m]![slot] = cell;
      this.facts[m]![slot] = this.factsOf[m]!(cell);
      this.more[m]![slot] = 0;
      this.keys[m]![slot] = -1;
    }
  }

  /** textKey of a member cell's text, worked out once per text. */
  keyOf(member: number, slot: number): number {
    const keys = this.keys[member]!;
    let key = keys[slot]!;
    if (key < 0) {
      key = textKey(this.texts[member]![slot]!);
      keys[slot] = key;
    }
    return key;
  }
}
