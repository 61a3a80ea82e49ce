/**
 * The `roadmap` page: the review month, what to do now, two charts of the months ahead — the score,
 * and the findings holding the review month back falling to none at it (issue 20: "the roadmap as a
 * timeline of findings clearing up to the review month") — the month-by-month table and what the
 * plan cannot clear. The same words as the table and markdown views (roadmap-summary.ts).
 */
import { htmlText } from '../../i18n/html';
import { reportText } from '../../i18n/report';
import { roadmapText } from '../../i18n/roadmap';
import { actionLine, apartLine, eventfulMonths, monthLines, roadmapHead } from '../roadmap-summary';
import type { RoadmapJson } from '../roadmap-schema';
import { lineChart } from './charts';
import { esc, raw } from './escape';
import { htmlPage } from './page';
import { heading } from './sections';
import { htmlTable } from './table';

export function roadmapPage(doc: RoadmapJson): string {
  const t = roadmapText(doc.lang);
  const r = reportText(doc.lang);
  const h = htmlText(doc.lang);
  const head = roadmapHead(doc);
  const title = `${t.title} — ${doc.source}`;
  const list = (lines: string[]) => `<ul>${lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`;
  const body = [`<header>${heading(1, title)}<p class="meta">${esc(head.header)}</p><p class="note">${esc(t.assumption)}</p></header>`];

  body.push(`<section aria-labelledby="g-review">`, heading(2, head.review, 'g-review'), `<p class="note">${esc(t.reviewNote)}</p>`);
  if (head.blockers.length > 0) body.push(`<p>${esc(t.blockedBy(doc.months))}</p>`, list(head.blockers));
  body.push('</section>');

  body.push(`<section aria-labelledby="g-now">`, heading(2, t.now(doc.start.date, doc.start.score.value, doc.start.score.grade), 'g-now'));
  if (doc.start.actions.length > 0) body.push(`<p>${esc(t.actionsNow)}</p>`, list(doc.start.actions.map((action) => actionLine(action, doc.lang))));
  body.push('</section>');

  if (doc.timeline.length > 0) body.push(charts(doc));

  body.push(`<section aria-labelledby="g-months">`, heading(2, t.monthByMonth, 'g-months'));
  const months = eventfulMonths(doc);
  if (months.length === 0) {
    body.push(`<p>${esc(t.nothingChanges(doc.months))}</p>`);
  } else {
    const rows = months.map((month) => [
      month.review ? raw(`<strong>${esc(month.month)}</strong>`) : month.month,
      raw(monthLines(month, doc.lang).map(esc).join('<br>')),
      t.scoreCell(month.score.value, month.score.grade),
    ]);
    body.push(htmlTable({ id: 'g-months-table', caption: t.monthByMonth, head: [t.colMonth, t.colWhat, t.colScore], rows, numeric: [false, false, true], rowHeads: true, className: 'months' }));
    body.push(`<p class="note">${esc(t.quiet)}</p>`);
  }
  body.push('</section>');

  if (doc.apart.findings.length > 0 || doc.apart.notEvaluated.length > 0) {
    const lines = doc.apart.findings.map((finding) => apartLine(finding, doc.lang));
    if (doc.apart.notEvaluated.length > 0) {
      lines.push(`${t.notEvaluated}${r.colon}${doc.apart.notEvaluated.map((item) => `${item.ruleId} (${item.missing.join(', ')})`).join('; ')}`);
    }
    body.push(`<section aria-labelledby="g-apart">`, heading(2, t.apart, 'g-apart'), list(lines), '</section>');
  }
  body.push(`<footer><p>${esc(doc.review.note)}</p><p>${esc(h.footer(doc.tool.version))}</p></footer>`);
  return htmlPage({ lang: h.htmlLang, title, body: body.join('\n') });
}

/** The score and the findings holding the review month back, at every month-end from now; their values in a table. */
function charts(doc: RoadmapJson): string {
  const h = htmlText(doc.lang);
  const t = roadmapText(doc.lang);
  const labels = [doc.start.date.slice(0, 7), ...doc.timeline.map((month) => month.month)];
  const scores = [doc.start.score.value, ...doc.timeline.map((month) => month.score.value)];
  const blocking = [doc.start.findings.filter((finding) => finding.blocksReview).length, ...doc.timeline.map((month) => month.blocking.length)];
  const [first, last] = [labels[0]!, labels.at(-1)!];
  const score = lineChart(
    { labels, series: [{ name: h.seriesScore, values: scores }], max: 100 },
    { id: 'g-score', title: h.roadmapScoreTitle, desc: h.roadmapScoreDesc(doc.months, first, last, scores[0]!, scores.at(-1)!, doc.reviewMonth), tick: String },
  );
  const held = lineChart(
    { labels, series: [{ name: h.seriesBlocking, values: blocking }], max: Math.max(1, ...blocking) },
    { id: 'g-blocking', title: h.roadmapBlockingTitle, desc: h.roadmapBlockingDesc(doc.months, first, last, blocking[0]!, doc.reviewMonth), tick: String },
  );
  const figure = (chart: string, caption: string) => `<figure>${chart}<figcaption>${esc(caption)}</figcaption></figure>`;
  const rows = labels.map((month, i) => [month, String(scores[i]), String(blocking[i])]);
  return [
    `<section aria-labelledby="g-charts">`,
    heading(2, h.roadmapCharts, 'g-charts'),
    figure(score, h.roadmapScoreTitle),
    figure(held, h.roadmapBlockingTitle),
    `<details><summary>${esc(h.roadmapValues)}</summary>`,
    htmlTable({ id: 'g-values-table', caption: h.roadmapValues, head: [t.colMonth, t.colScore, h.colBlocking], rows, numeric: [false, true, true], rowHeads: true }),
    '</details></section>',
  ].join('\n');
}
