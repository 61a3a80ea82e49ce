/** `progress --format markdown`: the progress document for notes and issue trackers. */
import type { ProgressJson } from '../history/progress-schema';
import { progressText } from '../i18n/progress';
import { changeLines, debtFreeLine, debtsTable, noteLines, streakLines, timelineTable, titleLine } from './progress-lines';
import { markdownCell } from './markdown';

export function renderProgressMarkdown(doc: ProgressJson): string {
  const t = progressText(doc.lang);
  const out: string[] = [`# ${markdownCell(titleLine(doc))}`, '', `## ${t.timeline}`, ''];
  const timeline = timelineTable(doc);
  if (timeline.rows.length > 0) out.push(...markdownTable(timeline.head, timeline.rows, ['---', '---:', '---:', '---:', '---:', '---:', '---']));
  if (timeline.note !== null) out.push('', timeline.note.replace(/^\*/, '\\*'));
  if (timeline.hidden > 0) out.push('', `*${t.timelineHidden(timeline.hidden)}*`);
  if (!doc.enough) {
    out.push('', t.needMore(doc.timeline.length));
    return `${out.join('\n')}\n`;
  }
  const changes = changeLines(doc);
  if (changes !== null) {
    out.push('', `## ${changes.heading}`, '', ...changes.lines.map((line) => `- ${line}`));
    if (changes.note !== null) out.push('', `> ${changes.note}`);
  }
  const debts = debtsTable(doc);
  if (debts !== null) out.push('', `## ${debts.heading}`, '', ...markdownTable(debts.head, debts.rows, ['---', '---:', ...debts.head.slice(2).map(() => '---')]));
  const debtFree = debtFreeLine(doc);
  if (debtFree !== null) out.push('', `**${debtFree}**`);
  out.push('', `## ${t.streaks}`, '', ...streakLines(doc).map((line) => `- ${line}`));
  const notes = noteLines(doc);
  if (notes.length > 0) out.push('', ...notes.map((note) => `> ${note}`));
  return `${out.join('\n')}\n`;
}

function markdownTable(head: string[], rows: string[][], aligns: string[]): string[] {
  return [`| ${head.map(markdownCell).join(' | ')} |`, `| ${aligns.join(' | ')} |`, ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`)];
}
