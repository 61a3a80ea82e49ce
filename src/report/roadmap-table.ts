/**
 * The roadmap's terminal view: the review month, what to do now, one row per month in which
 * something happens, and what following the plan cannot clear. Lays out the finished document only.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { reportText } from '../i18n/report';
import { roadmapText } from '../i18n/roadmap';
import { actionLine, apartLine, eventfulMonths, monthLines, roadmapHead } from './roadmap-summary';
import type { RoadmapJson } from './roadmap-schema';
import { drawTable, fitWidths } from './grid';
import type { TableOptions } from './table';
import { MIN_WIDTH, wrapHanging, wrapText } from './text-layout';

export function renderRoadmapTable(doc: RoadmapJson, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = roadmapText(doc.lang);
  const r = reportText(doc.lang);
  const width = Math.max(MIN_WIDTH, options.width);
  const wrap = (text: string) => wrapText(text, width).join('\n');
  const item = (text: string) => wrapHanging(text, width, '- ', '  ').join('\n');
  const head = roadmapHead(doc);
  const out: string[] = [];

  out.push(chalk.bold(wrap(`${t.title} — ${doc.source}`)));
  out.push(wrap(head.header));
  out.push(chalk.dim(wrap(t.assumption)));
  out.push('');
  out.push(chalk.bold(wrap(head.review)));
  out.push(chalk.dim(wrap(t.reviewNote)));
  if (head.blockers.length > 0) {
    out.push(wrap(t.blockedBy(doc.months)));
    for (const line of head.blockers) out.push(item(line));
  }
  out.push('');

  out.push(chalk.bold(wrap(t.now(doc.start.date, doc.start.score.value, doc.start.score.grade))));
  if (doc.start.actions.length > 0) {
    out.push(wrap(t.actionsNow));
    for (const action of doc.start.actions) out.push(item(actionLine(action, doc.lang)));
  }
  out.push('');

  out.push(chalk.bold(wrap(t.monthByMonth)));
  const months = eventfulMonths(doc);
  if (months.length === 0) {
    out.push(wrap(t.nothingChanges(doc.months)));
  } else {
    out.push(monthTable(months, doc, width, chalk));
    out.push(chalk.dim(wrap(t.quiet)));
  }

  if (doc.apart.findings.length > 0 || doc.apart.notEvaluated.length > 0) {
    out.push('');
    out.push(chalk.bold(wrap(t.apart)));
    for (const finding of doc.apart.findings) out.push(item(apartLine(finding, doc.lang)));
    if (doc.apart.notEvaluated.length > 0) {
      out.push(item(`${t.notEvaluated}${r.colon}${doc.apart.notEvaluated.map((entry) => `${entry.ruleId} (${entry.missing.join(', ')})`).join('; ')}`));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * One row per eventful month — the month, what happens, the score — fitted to the terminal
 * (src/report/grid.ts); where even the narrowest table does not fit, each month as a list item.
 */
function monthTable(months: ReturnType<typeof eventfulMonths>, doc: RoadmapJson, width: number, chalk: ChalkInstance): string {
  const t = roadmapText(doc.lang);
  const rows = months.map((month) => [month.month, monthLines(month, doc.lang).join('\n'), t.scoreCell(month.score.value, month.score.grade)]);
  const columns = [{ head: t.colMonth, nowrap: true }, { head: t.colWhat }, { head: t.colScore, align: 'right' as const, nowrap: true }];
  const widths = fitWidths({ columns, rows, width });
  if (widths === undefined) {
    return months
      .flatMap((month, i) => [
        ...wrapHanging(`${month.review ? chalk.bold(month.month) : month.month} · ${rows[i]![2]}`, width, '- ', '  '),
        ...monthLines(month, doc.lang).flatMap((line) => wrapHanging(line, width, '    ', '    ')),
      ])
      .join('\n');
  }
  const textWidth = widths[1]!;
  return drawTable({
    head: columns.map((column, c) => wrapText(column.head, widths[c]!).join('\n')),
    rows: months.map((month, i) => [
      month.review ? chalk.bold(month.month) : month.month,
      monthLines(month, doc.lang)
        .map((line) => wrapText(line, textWidth).join('\n'))
        .join('\n'),
      rows[i]![2]!,
    ]),
    widths,
    aligns: ['left', 'left', 'right'],
  });
}
