/**
 * The terminal view of `whatif`: the sides in columns (the baseline first), then what each
 * scenario does, then the --target answer. When the scenarios do not fit the terminal's width
 * side by side, they are shown a few at a time, each table with the baseline again.
 */
import { Chalk } from 'chalk';
import { drawTable, tableWidth } from './grid';
import type { TableOptions } from './table';
import { displayWidth, wrapText } from './text-layout';
import { comparisonRows, scenarioLines, settingsLine, targetLines } from './whatif-view';
import { whatifText } from '../i18n/whatif';
import type { WhatifJson } from './whatif-schema';

/**
 * A scenario's name is wrapped above `name` columns (unless its figures are wider), a row's label
 * above `label`: narrow terminals fit more scenarios side by side, wide ones wrap less.
 */
const WIDTHS = { narrow: { name: 12, label: 24 }, wide: { name: 18, label: 44 } };
const WIDE = 120;
const MIN_LABEL = 14;

export function renderWhatifTable(json: WhatifJson, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(60, options.width);
  const wrap = (text: string) => wrapText(text, width).join('\n');
  // A list item: its continuation lines indented under the text.
  const item = (mark: string, text: string) => wrapText(text, width - 2).map((line, i) => (i === 0 ? `${mark} ${line}` : `  ${line}`)).join('\n');
  const out: string[] = [chalk.bold(wrap(whatifText(json.lang).title(json.source))), chalk.dim(wrap(settingsLine(json))), ''];

  const { head, rows } = comparisonRows(json);
  const limits = width >= WIDE ? WIDTHS.wide : WIDTHS.narrow;
  const sideWidths = head.map((name, j) => Math.max(...rows.map((row) => displayWidth(row[j + 1]!)), Math.min(displayWidth(name), limits.name)));
  // The labels wrap to leave room for the baseline and the widest scenario beside them.
  const room = width - tableWidth([0, sideWidths[0]!, Math.max(0, ...sideWidths.slice(1))]);
  const labelWidth = Math.max(MIN_LABEL, Math.min(limits.label, room, Math.max(...rows.map((row) => displayWidth(row[0]!)))));
  for (const sides of chunks(sideWidths, labelWidth, width)) {
    const widths = [labelWidth, ...sides.map((j) => sideWidths[j]!)];
    const fit = (text: string, w: number) => wrapText(text, w).join('\n');
    out.push(
      drawTable({
        head: ['', ...sides.map((j) => chalk.bold(fit(head[j]!, sideWidths[j]!)))],
        rows: rows.map((row) => [fit(row[0]!, labelWidth), ...sides.map((j) => row[j + 1]!)]),
        widths,
        aligns: ['left', ...sides.map(() => 'right' as const)],
      }),
    );
  }

  for (const scenario of json.scenarios) {
    const lines = scenarioLines(scenario, json.baseline, json.lang);
    out.push('', chalk.bold(wrap(lines.heading)), item('-', lines.changes));
    for (const note of lines.notes) out.push(chalk.yellow(item('!', note)));
    for (const line of [...lines.findings, lines.outcome]) out.push(item('-', line));
  }

  const target = targetLines(json);
  if (target !== null) {
    out.push('', chalk.bold(wrap(target.heading)));
    for (const line of target.lines) out.push(item('-', line));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The sides to draw in each table: the baseline (column 0) in every one, then as many scenarios as
 * fit `width` (at least one); grid.ts's tableWidth counts the padding and borders.
 */
function chunks(sideWidths: readonly number[], labelWidth: number, width: number): number[][] {
  const column = (w: number) => w + 3;
  const fixed = tableWidth([labelWidth, sideWidths[0]!]);
  if (sideWidths.length === 1) return [[0]];
  const out: number[][] = [];
  let current: number[] = [0];
  let used = fixed;
  for (let j = 1; j < sideWidths.length; j++) {
    if (current.length > 1 && used + column(sideWidths[j]!) > width) {
      out.push(current);
      current = [0];
      used = fixed;
    }
    current.push(j);
    used += column(sideWidths[j]!);
  }
  out.push(current);
  return out;
}
