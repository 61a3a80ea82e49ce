/**
 * The roadmap's terminal view: the review month, what to do now, one row per month in which
 * something happens, and what following the plan cannot clear. Lays out the finished document only.
 */
import { Chalk } from 'chalk';
import { reportText } from '../i18n/report';
import { roadmapText } from '../i18n/roadmap';
import { actionLine, apartLine, eventfulMonths, monthLines, roadmapHead } from './roadmap-summary';
import type { RoadmapJson } from './roadmap-schema';
import { drawTable, type TableOptions } from './table';
import { displayWidth, wrapText } from './text-layout';

export function renderRoadmapTable(doc: RoadmapJson, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = roadmapText(doc.lang);
  const r = reportText(doc.lang);
  const width = Math.max(60, options.width);
  const wrap = (text: string, indent = '') => wrapText(text, width - indent.length).map((line, i) => (i === 0 ? line : indent + line)).join('\n');
  const head = roadmapHead(doc);
  const out: string[] = [];

  out.push(chalk.bold(wrap(`${t.title} — ${doc.source}`)));
  out.push(wrap(head.header));
  out.push(chalk.dim(wrap(t.assumption)));
  out.push('');
  out.push(chalk.bold(wrap(head.review)));
  out.push(chalk.dim(wrap(t.reviewNote)));
  if (head.blockers.length > 0) {
    out.push(t.blockedBy(doc.months));
    for (const line of head.blockers) out.push(wrap(`- ${line}`, '  '));
  }
  out.push('');

  out.push(chalk.bold(wrap(t.now(doc.start.date, doc.start.score.value, doc.start.score.grade))));
  if (doc.start.actions.length > 0) {
    out.push(t.actionsNow);
    for (const action of doc.start.actions) out.push(wrap(`- ${actionLine(action, doc.lang)}`, '  '));
  }
  out.push('');

  out.push(chalk.bold(t.monthByMonth));
  const months = eventfulMonths(doc);
  if (months.length === 0) {
    out.push(t.nothingChanges(doc.months));
  } else {
    const monthWidth = Math.max(7, displayWidth(t.colMonth));
    const scoreWidth = Math.max(...[t.colScore, ...months.map((m) => t.scoreCell(m.score.value, m.score.grade))].map((s) => displayWidth(s)));
    // Three columns: content + 2 padding + 1 border each, plus the closing border.
    const textWidth = Math.max(20, width - monthWidth - scoreWidth - 3 * 3 - 1);
    const rows = months.map((month) => [
      month.review ? chalk.bold(month.month) : month.month,
      monthLines(month, doc.lang)
        .map((line) => wrapText(line, textWidth).join('\n'))
        .join('\n'),
      t.scoreCell(month.score.value, month.score.grade),
    ]);
    out.push(drawTable({ head: [t.colMonth, t.colWhat, t.colScore], rows, widths: [monthWidth, textWidth, scoreWidth], aligns: ['left', 'left', 'right'] }));
    out.push(chalk.dim(wrap(t.quiet)));
  }

  if (doc.apart.findings.length > 0 || doc.apart.notEvaluated.length > 0) {
    out.push('');
    out.push(chalk.bold(t.apart));
    for (const finding of doc.apart.findings) out.push(wrap(`- ${apartLine(finding, doc.lang)}`, '  '));
    if (doc.apart.notEvaluated.length > 0) {
      out.push(wrap(`- ${t.notEvaluated}${r.colon}${doc.apart.notEvaluated.map((item) => `${item.ruleId} (${item.missing.join(', ')})`).join('; ')}`, '  '));
    }
  }
  return `${out.join('\n')}\n`;
}
