/** The `check` page: each report's header and score, its findings, and its plan. Several profiles make one page. */
import { htmlText } from '../../i18n/html';
import { reportText } from '../../i18n/report';
import type { Report } from '../schema';
import { reviewLine, snapshotName } from '../summary';
import { esc } from './escape';
import { htmlPage } from './page';
import { findingsSection, heading, planSection, ratesSection } from './sections';
import { htmlTable } from './table';

export function checkPage(reports: Report[]): string {
  const lang = reports[0]!.lang;
  const h = htmlText(lang);
  const t = reportText(lang);
  const several = reports.length > 1;
  const body: string[] = [];
  if (several) {
    body.push(heading(1, h.several(reports.length)));
    body.push(`<nav aria-label="${esc(h.contents)}"><ol>${reports.map((r, i) => `<li><a href="#r${i}">${esc(r.source)}</a></li>`).join('')}</ol></nav>`);
  }
  reports.forEach((report, i) => body.push(reportArticle(report, `r${i}`, several ? 2 : 1)));
  body.push(`<footer><p>${esc(reports[0]!.score.note)}</p><p>${esc(h.footer(reports[0]!.tool.version))}</p></footer>`);
  const title = several ? h.several(reports.length) : `${t.reportTitle} — ${reports[0]!.source}`;
  return htmlPage({ lang: h.htmlLang, title, body: body.join('\n') });
}

function reportArticle(report: Report, id: string, level: number): string {
  const t = reportText(report.lang);
  const h = htmlText(report.lang);
  const out = [`<article id="${id}" aria-labelledby="${id}-title">`, '<header>'];
  out.push(heading(level, `${t.reportTitle} — ${report.source}`, `${id}-title`));
  out.push(
    `<p class="meta">${esc(t.asOf)}${esc(t.colon)}${esc(report.asOf)} · ${esc(t.macroSnapshot)}${esc(t.colon)}${esc(report.macroSnapshot.date)} (${esc(snapshotName(report, t))})</p>`,
  );
  out.push('</header>');
  const { score } = report;
  out.push(
    `<div class="score"><div><div class="score-value" aria-label="${esc(`${t.score}${t.colon}${score.value}/100, ${t.grade} ${score.grade}`)}">` +
      `${score.value}<small>/100</small><span class="grade grade-${score.grade}">${esc(score.grade)}</span></div><div class="meta">${esc(t.score)}</div></div>`,
  );
  const areas = Object.keys(score.byArea) as (keyof Report['score']['byArea'])[];
  out.push(
    `<div>${htmlTable({ id: `${id}-areas`, caption: h.scoreCaption, head: [h.area, h.areaScore], rows: areas.map((a) => [t.area[a], String(score.byArea[a])]), numeric: [false, true], rowHeads: true })}</div></div>`,
  );
  // The review month, in one line after the score (issue 17), as the table and markdown show it.
  out.push(`<p class="review">${esc(reviewLine(report.reviewMonth, report.asOf, report.lang, { explained: true }))}</p>`);
  out.push(findingsSection(report, id, level + 1));
  out.push(ratesSection(report, id, level + 1));
  if (report.plan) out.push(planSection(report.plan, report.lang, { id, level: level + 1, scheduleOpen: false }));
  out.push('</article>');
  return out.join('\n');
}
