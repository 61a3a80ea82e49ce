/**
 * Box-drawn tables for the terminal, with the border characters cli-table3 uses.
 *
 * Why not cli-table3 itself: measured on the report (issue 7), it spent ~150 ms per table
 * re-measuring and truncating multi-line cells character by character, and its string-width
 * disagreed with our wrapping on some characters. Cells here arrive already wrapped to their
 * column (text-layout.ts), so drawing is only padding and borders: well under a millisecond.
 */
import { displayWidth } from './text-layout';

export type Align = 'left' | 'right';

export interface BoxTable {
  head: string[];
  rows: string[][];
  /** Content width of each column (without padding); defaults to the widest line in the column. */
  widths?: number[];
  aligns?: Align[];
  /** Applied to each border segment (e.g. a dim colour); identity by default. */
  border?: (text: string) => string;
}

export function drawBox(table: BoxTable): string {
  const columns = table.head.length;
  const cells = [table.head, ...table.rows].map((row) => Array.from({ length: columns }, (_, i) => (row[i] ?? '').split('\n')));
  const widths =
    table.widths ?? Array.from({ length: columns }, (_, i) => Math.max(1, ...cells.map((row) => Math.max(...row[i]!.map(displayWidth)))));
  const border = table.border ?? ((text: string) => text);
  const rule = (left: string, middle: string, right: string) =>
    border(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${right}`);
  const line = (row: string[][]): string[] => {
    const height = Math.max(...row.map((cell) => cell.length));
    const out: string[] = [];
    for (let l = 0; l < height; l++) {
      const parts = row.map((cell, i) => {
        const text = cell[l] ?? '';
        const pad = ' '.repeat(Math.max(0, widths[i]! - displayWidth(text)));
        return table.aligns?.[i] === 'right' ? ` ${pad}${text} ` : ` ${text}${pad} `;
      });
      out.push(`${border('│')}${parts.join(border('│'))}${border('│')}`);
    }
    return out;
  };
  const out = [rule('┌', '┬', '┐'), ...line(cells[0]!)];
  for (const row of cells.slice(1)) out.push(rule('├', '┼', '┤'), ...line(row));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
