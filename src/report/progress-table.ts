/** The terminal view of `limit-audit progress`: the finished document laid out, tables by drawTable. */
import { Chalk } from 'chalk';
import type { ProgressJson } from '../history/progress-schema';
import { progressText } from '../i18n/progress';
import { changeLines, debtFreeLine, debtsTable, noteLines, streakLines, timelineTable, titleLine } from './progress-lines';
import { drawTable } from './grid';
import type { TableOptions } from './table';
import { displayWidth, wrapText } from './text-layout';

export function renderProgressTable(doc: ProgressJson, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = progressText(doc.lang);
  const width = Math.max(60, options.width);
  const wrap = (text: string, indent = '') => wrapText(text, width - indent.length).map((line, i) => (i === 0 ? line : indent + line)).join('\n');
  const out: string[] = [chalk.bold(wrap(titleLine(doc))), ''];

  const timeline = timelineTable(doc);
  out.push(chalk.bold(t.timeline));
  if (timeline.rows.length > 0) {
    // Each column as wide as its figures; a heading wider than them wraps, its words kept whole.
    const widths = timeline.head.map((head, i) => Math.max(...timeline.rows.map((row) => displayWidth(row[i]!)), headingMinimum(head)));
    out.push(
      drawTable({
        head: timeline.head.map((head, i) => wrapText(head, widths[i]!).join('\n')),
        rows: timeline.rows.map((row) => row.map((cell, i) => wrapText(cell, widths[i]!).join('\n'))),
        widths,
        aligns: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      }),
    );
  }
  if (timeline.note !== null) out.push(chalk.dim(wrap(timeline.note)));
  if (timeline.hidden > 0) out.push(chalk.dim(wrap(t.timelineHidden(timeline.hidden))));
  if (!doc.enough) {
    out.push('', wrap(t.needMore(doc.timeline.length)));
    return `${out.join('\n')}\n`;
  }

  const changes = changeLines(doc);
  if (changes !== null) {
    out.push('', chalk.bold(wrap(changes.heading)));
    for (const line of changes.lines) out.push(wrap(`- ${line}`, '  '));
    if (changes.note !== null) out.push(chalk.dim(wrap(changes.note)));
  }

  const debts = debtsTable(doc);
  if (debts !== null) {
    out.push('', chalk.bold(wrap(debts.heading)));
    // The comparison columns share what the name and balance leave (3 columns of border and padding each).
    const nameWidth = Math.min(20, Math.max(...[debts.head[0]!, ...debts.rows.map((row) => row[0]!)].map(displayWidth)));
    const balanceWidth = Math.max(...[debts.head[1]!, ...debts.rows.map((row) => row[1]!)].map(displayWidth));
    const compared = debts.head.length - 2;
    const rest = Math.max(24, width - nameWidth - balanceWidth - 3 * (compared + 2) - 1);
    const widths = [nameWidth, balanceWidth, ...Array.from({ length: compared }, (_, i) => Math.floor(rest / compared) + (i === 0 ? rest % compared : 0))];
    const fit = (text: string, w: number) => wrapText(text, w).join('\n');
    out.push(
      drawTable({
        head: debts.head.map((h, i) => fit(h, widths[i]!)),
        rows: debts.rows.map((row) => row.map((cell, i) => fit(cell, widths[i]!))),
        widths,
        aligns: ['left', 'right', ...Array<'left'>(compared).fill('left')],
      }),
    );
  }

  const debtFree = debtFreeLine(doc);
  if (debtFree !== null) out.push('', wrap(debtFree));
  out.push('', chalk.bold(t.streaks));
  for (const line of streakLines(doc)) out.push(wrap(`- ${line}`, '  '));
  const notes = noteLines(doc);
  if (notes.length > 0) out.push('', ...notes.map((note) => chalk.dim(wrap(note))));
  return `${out.join('\n')}\n`;
}

/** The narrowest a heading may wrap to: its longest word (Chinese breaks between any two characters), and 4 columns. */
function headingMinimum(head: string): number {
  return Math.max(4, ...head.split(/\s+/).map((word) => (displayWidth(word) === word.length ? word.length : 4)));
}
