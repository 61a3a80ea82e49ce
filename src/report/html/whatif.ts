/**
 * The `whatif` page: the sides compared (the table the terminal shows), the baseline's and each
 * scenario's total debt month by month as lines (issue 20), what each scenario does, the --target
 * answer. The same words as the table and markdown views (whatif-view.ts).
 */
import { formatCompactMoney } from '../../i18n/format';
import { htmlText } from '../../i18n/html';
import { whatifText } from '../../i18n/whatif';
import { reportText } from '../../i18n/report';
import { money } from '../summary';
import type { WhatifCurves } from '../whatif-assemble';
import type { WhatifJson } from '../whatif-schema';
import { comparisonRows, scenarioLines, settingsLine, targetLines } from '../whatif-view';
import { legend, lineChart } from './charts';
import { esc } from './escape';
import { htmlPage } from './page';
import { heading } from './sections';
import { htmlTable } from './table';

/** What the page is made of: the document `--json` prints, and the sides' balance curves. */
export interface WhatifPageInput {
  json: WhatifJson;
  curves: WhatifCurves;
}

export function whatifPage({ json, curves }: WhatifPageInput): string {
  const t = whatifText(json.lang);
  const h = htmlText(json.lang);
  const title = t.title(json.source);
  const list = (lines: string[]) => `<ul>${lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`;
  const body = [`<header>${heading(1, title)}<p class="meta">${esc(settingsLine(json))}</p></header>`];

  const { head, rows } = comparisonRows(json);
  body.push(htmlTable({ id: 'w-compare', caption: h.whatifCompare, head: ['', ...head], rows, numeric: [false, ...head.map(() => true)], rowHeads: true }));
  if (curves.labels.length > 1) body.push(chart(json, curves));

  json.scenarios.forEach((scenario, i) => {
    const lines = scenarioLines(scenario, json.baseline, json.lang);
    body.push(`<section aria-labelledby="w-s${i}">`, heading(2, lines.heading, `w-s${i}`), `<p>${esc(lines.changes)}</p>`);
    if (lines.notes.length > 0) body.push(`<div class="notes">${list(lines.notes)}</div>`);
    body.push(list([...lines.findings, lines.outcome]), '</section>');
  });
  const target = targetLines(json);
  if (target !== null) body.push(`<section aria-labelledby="w-target">`, heading(2, target.heading, 'w-target'), list(target.lines), '</section>');
  body.push(`<footer><p>${esc(h.footer(json.tool.version))}</p></footer>`);
  return htmlPage({ lang: h.htmlLang, title, body: body.join('\n') });
}

/** One line per side: its total debt at each month-end, from now; the values in a table. */
function chart(json: WhatifJson, curves: WhatifCurves): string {
  const h = htmlText(json.lang);
  const r = reportText(json.lang);
  const lang = json.lang;
  const lines = curves.series.map((side) => h.whatifLine(side.name, money(side.values[0] ?? 0, lang), side.debtFreeBy)).join('; ');
  const svg = lineChart(
    { labels: curves.labels, series: curves.series.map((side) => ({ name: side.name, values: side.values })) },
    {
      id: 'w-balance',
      title: h.whatifTitle,
      desc: h.whatifDesc(curves.series.length, curves.labels.length - 1, curves.labels[0]!, curves.labels.at(-1)!, lines),
      tick: (yuan) => formatCompactMoney(yuan, lang),
    },
  );
  const rows = curves.labels.map((month, i) => [month, ...curves.series.map((side) => (side.values[i] == null ? '' : money(side.values[i]!, lang)))]);
  return [
    `<section aria-labelledby="w-chart">`,
    heading(2, h.whatifTitle, 'w-chart'),
    `<figure>${svg}<figcaption>${esc(h.whatifTitle)}</figcaption>${legend(curves.series.map((side, i) => ({ label: side.name, index: i, line: 'solid' })))}</figure>`,
    `<details><summary>${esc(h.whatifValues)}</summary>`,
    htmlTable({ id: 'w-values', caption: h.whatifValues, head: [r.colMonth, ...curves.series.map((side) => side.name)], rows, numeric: [false, ...curves.series.map(() => true)], rowHeads: true }),
    '</details></section>',
  ].join('\n');
}
