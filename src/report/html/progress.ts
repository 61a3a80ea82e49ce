/**
 * The `progress` page: the score and the total debt over the audits (the debt against what the
 * first audit's plan expected by the latest one), the timeline, what changed, each debt against the
 * plans, the streaks — the same words as the table and markdown views (progress-lines.ts).
 */
import type { ProgressJson } from '../../history/progress-schema';
import { formatCompactMoney } from '../../i18n/format';
import { htmlText } from '../../i18n/html';
import { progressText } from '../../i18n/progress';
import { yuanToFen } from '../../money';
import { changeLines, debtFreeLine, debtsTable, noteLines, streakLines, timelineTable, titleLine, yuanText } from '../progress-lines';
import { legend, lineChart, type LineSeries } from './charts';
import { esc } from './escape';
import { htmlPage } from './page';
import { heading } from './sections';
import { htmlTable } from './table';

export function progressPage(doc: ProgressJson): string {
  const t = progressText(doc.lang);
  const h = htmlText(doc.lang);
  const title = titleLine(doc);
  const body = [`<header>${heading(1, title)}</header>`];
  if (doc.timeline.length >= 2) body.push(charts(doc));

  const timeline = timelineTable(doc);
  body.push(`<section aria-labelledby="g-timeline">`, heading(2, t.timeline, 'g-timeline'));
  if (timeline.rows.length > 0) {
    body.push(htmlTable({ id: 'g-timeline-table', caption: t.timeline, head: timeline.head, rows: timeline.rows, numeric: [false, true, true, true, true, true, false], rowHeads: true }));
  }
  if (timeline.note !== null) body.push(`<p class="note">${esc(timeline.note)}</p>`);
  if (timeline.hidden > 0) body.push(`<p class="note">${esc(t.timelineHidden(timeline.hidden))}</p>`);
  body.push('</section>');

  if (!doc.enough) {
    body.push(`<p>${esc(t.needMore(doc.timeline.length))}</p>`);
  } else {
    const changes = changeLines(doc);
    if (changes !== null) {
      body.push(`<section aria-labelledby="g-changes">`, heading(2, changes.heading, 'g-changes'));
      body.push(`<ul>${changes.lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
      if (changes.note !== null) body.push(`<p class="note">${esc(changes.note)}</p>`);
      body.push('</section>');
    }
    const debts = debtsTable(doc);
    if (debts !== null) {
      body.push(`<section aria-labelledby="g-debts">`, heading(2, debts.heading, 'g-debts'));
      body.push(htmlTable({ id: 'g-debts-table', caption: debts.heading, head: debts.head, rows: debts.rows, numeric: [false, true, ...debts.head.slice(2).map(() => false)], rowHeads: true }));
      body.push('</section>');
    }
    const debtFree = debtFreeLine(doc);
    if (debtFree !== null) body.push(`<p><strong>${esc(debtFree)}</strong></p>`);
    body.push(`<section aria-labelledby="g-streaks">`, heading(2, t.streaks, 'g-streaks'), `<ul>${streakLines(doc).map((line) => `<li>${esc(line)}</li>`).join('')}</ul></section>`);
    for (const note of noteLines(doc)) body.push(`<p class="note">${esc(note)}</p>`);
  }
  body.push(`<footer><p>${esc(h.footer(doc.tool.version))}</p></footer>`);
  return htmlPage({ lang: h.htmlLang, title, body: body.join('\n') });
}

/**
 * What the first audit's plan expected the total debt to be by the latest audit: the sum of its
 * expectation for each debt, when it has one for every debt (else nothing is drawn: a partial sum
 * would look like progress).
 */
export function firstPlanExpected(doc: ProgressJson): number | null {
  if (doc.debts.length === 0 || doc.debts.some((debt) => debt.first.expected === null)) return null;
  return doc.debts.reduce((sum, debt) => sum + yuanToFen(debt.first.expected!), 0) / 100;
}

function charts(doc: ProgressJson): string {
  const h = htmlText(doc.lang);
  const labels = doc.timeline.map((point) => point.asOf);
  const first = doc.timeline[0]!;
  const last = doc.timeline.at(-1)!;
  const score = lineChart(
    { labels, series: [{ name: h.seriesScore, values: doc.timeline.map((point) => point.score) }], max: 100 },
    { id: 'g-score', title: h.scoreOverTime, desc: h.scoreOverTimeDesc(labels.length, first.asOf, last.asOf, first.score, last.score), tick: String },
  );
  const expected = firstPlanExpected(doc);
  const series: LineSeries[] = [{ name: h.seriesDebt, values: doc.timeline.map((point) => point.totalDebt) }];
  // The expectation runs from the first audit's debt to what its plan foresaw for the latest audit's month.
  if (expected !== null) series.push({ name: h.seriesFirstPlan, values: labels.map((_, i) => (i === 0 ? first.totalDebt : i === labels.length - 1 ? expected : null)), dashed: true, connect: true });
  const debt = lineChart(
    { labels, series },
    {
      id: 'g-debt',
      title: h.debtOverTime,
      desc: h.debtOverTimeDesc(labels.length, first.asOf, last.asOf, yuanText(first.totalDebt, doc.lang), yuanText(last.totalDebt, doc.lang), expected === null ? null : yuanText(expected, doc.lang)),
      tick: (yuan) => formatCompactMoney(yuan, doc.lang),
    },
  );
  return `<figure>${score}<figcaption>${esc(h.scoreOverTime)}</figcaption></figure>\n<figure>${debt}<figcaption>${esc(h.debtOverTime)}</figcaption>${legend(series.map((s, i) => ({ label: s.name, index: i, line: s.dashed ? 'dashed' : 'solid' })))}</figure>`;
}
