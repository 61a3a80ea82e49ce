/**
 * Box-drawn tables that fit the terminal. drawTable draws cells as given; fitTable first chooses
 * each column's width so the whole table fits a number of columns, wrapping text cells (and heads)
 * and never figures, ids or the names it is told to keep.
 */
import Table from 'cli-table3';
import { displayWidth, longestToken, wrapText } from './text-layout';

export interface TableSpec {
  head: string[];
  /** Cells may hold several lines (already wrapped to their column) and chalk colours. */
  rows: string[][];
  /** Content width of each column, without padding; by default the widest line in the column. */
  widths?: number[];
  aligns?: ('left' | 'right')[];
  /** No separator lines between rows (one-line rows: a month per row), only under the head. */
  compact?: boolean;
}

/**
 * A box-drawn table: cli-table3, built with narrow changes for its measured defects and measuring
 * width with displayWidth (scripts/cli-table3-patch.mjs). Cells arrive wrapped, so it only pads and
 * draws borders; its own colours for heads and borders are off, so what is coloured is only what
 * chalk coloured (and NO_COLOR / FORCE_COLOR hold).
 */
export function drawTable(spec: TableSpec): string {
  const table = new Table({
    head: spec.head,
    ...(spec.widths ? { colWidths: spec.widths.map((w) => w + 2) } : {}),
    ...(spec.aligns ? { colAligns: spec.aligns } : {}),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: spec.compact === true },
  });
  table.push(...spec.rows);
  return table.toString();
}

/** How wide a table of columns this wide is, borders and padding included. */
export function tableWidth(contentWidths: readonly number[]): number {
  return contentWidths.reduce((sum, w) => sum + w + 3, 1);
}

export interface FitColumn {
  head: string;
  align?: 'left' | 'right';
  /** Figures, months, ids: the column is as wide as its widest cell, never wrapped. */
  nowrap?: boolean;
}

export interface FitSpec {
  columns: FitColumn[];
  /** Plain text cells (no colour): they are wrapped to the width chosen for their column. */
  rows: string[][];
  /** The most columns the table may take, borders included. */
  width: number;
  /** Names (debts, lenders) that are not split where a column can hold them whole. */
  keep?: readonly string[];
  compact?: boolean;
}

/**
 * The widths that fit `spec.width`: every column at its natural width if they fit; otherwise the
 * widest columns shrink first, each keeping at least its longest word or name (a `nowrap` column:
 * its widest cell). Undefined when even that does not fit: the caller lays the content out another
 * way (fewer columns, a list).
 */
export function fitWidths(spec: FitSpec): number[] | undefined {
  const keep = spec.keep ?? [];
  const cells = (c: number) => [spec.columns[c]!.head, ...spec.rows.map((row) => row[c] ?? '')];
  const natural = spec.columns.map((_, c) => Math.max(1, ...cells(c).flatMap((text) => text.split('\n').map(displayWidth))));
  const least = spec.columns.map((column, c) =>
    column.nowrap ? Math.max(...spec.rows.map((row) => displayWidth(row[c] ?? '')), longestToken(column.head, keep)) : Math.max(1, ...cells(c).map((text) => longestToken(text, keep))),
  );
  const room = spec.width - tableWidth(spec.columns.map(() => 0));
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const floor = least.map((w, c) => Math.min(w, natural[c]!));
  if (floor.reduce((a, b) => a + b, 0) > room) return undefined;
  // The widest columns give way first: every column is capped at the highest level that fits
  // (never below its floor), so narrow columns and short heads keep their natural width.
  const capped = (level: number) => natural.map((w, c) => Math.max(floor[c]!, Math.min(w, level)));
  let level = Math.max(...natural);
  while (level > 0 && capped(level).reduce((a, b) => a + b, 0) > room) level -= 1;
  const widths = capped(level);
  // What is left over goes to the columns that still want it, left to right.
  let left = room - widths.reduce((a, b) => a + b, 0);
  for (let c = 0; c < widths.length && left > 0; c++) {
    const more = Math.min(left, natural[c]! - widths[c]!);
    widths[c]! += more;
    left -= more;
  }
  return widths;
}

/** The table drawn to fit `spec.width` (fitWidths), or undefined when it cannot fit. */
export function fitTable(spec: FitSpec): string | undefined {
  const widths = fitWidths(spec);
  if (widths === undefined) return undefined;
  const keep = spec.keep ?? [];
  const wrap = (text: string, c: number) => (spec.columns[c]!.nowrap ? text : wrapText(text, widths[c]!, keep).join('\n'));
  return drawTable({
    head: spec.columns.map((column, c) => wrapText(column.head, widths[c]!, keep).join('\n')),
    rows: spec.rows.map((row) => row.map(wrap)),
    widths,
    aligns: spec.columns.map((column) => column.align ?? 'left'),
    compact: spec.compact,
  });
}
