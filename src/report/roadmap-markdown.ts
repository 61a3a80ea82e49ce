/** The roadmap as markdown, for notes and issue trackers. Lays out the finished document only. */
import { reportText } from '../i18n/report';
import { roadmapText } from '../i18n/roadmap';
import { markdownCell } from './markdown';
import { actionLine, apartLine, eventfulMonths, monthLines, roadmapHead } from './roadmap-summary';
import type { RoadmapJson } from './roadmap-schema';

export function renderRoadmapMarkdown(doc: RoadmapJson): string {
  const t = roadmapText(doc.lang);
  const r = reportText(doc.lang);
  const head = roadmapHead(doc);
  const out: string[] = [];
  out.push(`# ${t.title}${r.colon}\`${doc.source}\``, '');
  out.push(head.header, '');
  out.push(`> ${t.assumption}`, '');
  out.push(`**${head.review}**`, '');
  out.push(t.reviewNote, '');
  if (head.blockers.length > 0) {
    out.push(t.blockedBy(doc.months), '');
    for (const line of head.blockers) out.push(`- ${markdownCell(line)}`);
    out.push('');
  }
  out.push(`## ${t.now(doc.start.date, doc.start.score.value, doc.start.score.grade)}`, '');
  if (doc.start.actions.length > 0) {
    out.push(t.actionsNow, '');
    for (const action of doc.start.actions) out.push(`- ${markdownCell(actionLine(action, doc.lang))}`);
    out.push('');
  }
  out.push(`## ${t.monthByMonth}`, '');
  const months = eventfulMonths(doc);
  if (months.length === 0) {
    out.push(t.nothingChanges(doc.months));
  } else {
    out.push(`| ${t.colMonth} | ${t.colWhat} | ${t.colScore} |`, '| --- | --- | ---: |');
    for (const month of months) {
      const name = month.review ? `**${month.month}**` : month.month;
      out.push(`| ${name} | ${monthLines(month, doc.lang).map(markdownCell).join('<br>')} | ${t.scoreCell(month.score.value, month.score.grade)} |`);
    }
    out.push('', `_${t.quiet}_`);
  }
  if (doc.apart.findings.length > 0 || doc.apart.notEvaluated.length > 0) {
    out.push('', `## ${t.apart}`, '');
    for (const finding of doc.apart.findings) out.push(`- ${markdownCell(apartLine(finding, doc.lang))}`);
    if (doc.apart.notEvaluated.length > 0) {
      out.push(`- ${t.notEvaluated}${r.colon}${doc.apart.notEvaluated.map((item) => `\`${item.ruleId}\` (${item.missing.map((m) => `\`${m}\``).join(', ')})`).join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
