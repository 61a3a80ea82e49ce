/**
 * The CSV fast path (issue 9's speed criterion: a 200,000-row export within its time budget).
 * A data line without quotes is cut by offset and read in place from the decoded chunk's code
 * units; its text cells come from the span caches (spans.ts), so a text seen before is neither cut
 * out nor classified again. Any other line — preamble, footer, quotes, short or odd rows — goes to
 * the general path of the row state machine (reader-rows.ts), which reads it the same way from its
 * cells. This file owns the fast path's caches and `plainLine`; classifying and keeping a row are
 * the state machine's, shared by both paths.
 */
import { fieldFacts, type RowFacts } from './classify';
import { directionFromFundState, idKeyUnits, parentKeyUnits, parseAmountFenUnits, parseDirection, readDateTimeUnits, skipBlanks, trimEndAt, type DateTime } from './normalize';
import { RowSink } from './reader-rows';
import { SpanCache } from './spans';
import { KIND } from './table';
import type { Direction } from './types';

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

/**
 * The sink every bill is read through: the row state machine plus the CSV fast path. XLSX rows
 * never take the fast path (only the CSV splitter calls `plainLine`) but use this class too.
 */
export class FastRowSink extends RowSink {
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
  /** The current line's time (filled in place: no allocation per row). */
  private readonly when: DateTime = { date: '', day: 0, seconds: 0 };
  private readonly scratchFacts: RowFacts = { category: 0, status: 0, method: 0, counterparty: 0, item: 0, itemMore: 0 };
  /** The file's CSV delimiter, as text and as a code unit (set by the reader once it is detected). */
  delimiter = ',';
  delimiterCode = 44;
  /** The last column the fast path reads. */
  private lastColumn = 0;

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

  protected override layoutFound(): void {
    this.buildSpans();
    const c = this.col;
    this.lastColumn = Math.max(
      c.time, c.amount, c.direction, c.fundState, c.orderId, c.merchantOrderId, c.category, c.counterparty, c.item, c.method, c.status,
      this.platform === 'wechat' ? c.note : -1,
    );
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
  protected override peerKey(slot: number): number {
    const where = this.where.counterparty;
    const span = this.spans[where.span];
    return span === undefined ? 0 : span.keyOf(where.member, slot);
  }
}
