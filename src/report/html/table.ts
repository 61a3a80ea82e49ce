/** Data tables: a real `<table>` with a caption and header cells, in a region that scrolls sideways on a narrow screen. */
import { content, esc, type Html } from './escape';

export interface HtmlTableSpec {
  /** Used for the caption and, through it, as the scrolling region's name. */
  caption: string;
  id: string;
  head: string[];
  rows: (string | Html)[][];
  /** Columns of figures, right-aligned with tabular digits. */
  numeric?: boolean[];
  /** The first cell of each row heads its row (a month, a strategy). */
  rowHeads?: boolean;
  className?: string;
}

/**
 * The table sits in a focusable region that scrolls on its own: the page itself never gets wider
 * than the screen (a schedule with seven debts at 390 px), and a keyboard user can still scroll it.
 */
export function htmlTable(spec: HtmlTableSpec): string {
  const cls = (i: number) => (spec.numeric?.[i] ? ' class="num"' : '');
  const head = spec.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const rows = spec.rows
    .map((row) => {
      const cells = row.map((cell, i) => (i === 0 && spec.rowHeads ? `<th scope="row"${cls(i)}>${content(cell)}</th>` : `<td${cls(i)}>${content(cell)}</td>`));
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const captionId = `${spec.id}-caption`;
  return (
    `<div class="scroll" role="region" tabindex="0" aria-labelledby="${captionId}">` +
    `<table id="${spec.id}"${spec.className ? ` class="${spec.className}"` : ''}><caption id="${captionId}">${esc(spec.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`
  );
}
