/** `whatif --format markdown`: the comparison for notes and issue trackers. Lays out the finished document only. */
import { whatifText } from '../i18n/whatif';
import { markdownCell as cell } from './markdown';
import { comparisonRows, scenarioLines, settingsLine, targetLines } from './whatif-view';
import type { WhatifJson } from './whatif-schema';

export function renderWhatifMarkdown(json: WhatifJson): string {
  const t = whatifText(json.lang);
  const out: string[] = [`# ${cell(t.title(json.source))}`, '', settingsLine(json), ''];
  const { head, rows } = comparisonRows(json);
  out.push(`|  | ${head.map(cell).join(' | ')} |`, `| --- | ${head.map(() => '---:').join(' | ')} |`);
  for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  for (const scenario of json.scenarios) {
    const lines = scenarioLines(scenario, json.baseline, json.lang);
    out.push('', `## ${lines.heading}`, '', `- ${lines.changes}`);
    for (const note of lines.notes) out.push(`- ⚠ ${note}`);
    for (const line of [...lines.findings, lines.outcome]) out.push(`- ${line}`);
  }
  const target = targetLines(json);
  if (target !== null) {
    out.push('', `## ${target.heading}`, '');
    for (const line of target.lines) out.push(`- ${line}`);
  }
  return `${out.join('\n')}\n`;
}
