/** `--format markdown`: the report for notes and issue trackers. Lays out the finished report only. */
import { reportText } from '../i18n/report';
import { debtRateRows, money, planSummary, reviewLine, scoreLine, snapshotName } from './summary';
import type { Report } from './schema';

export function renderMarkdown(report: Report): string {
  const t = reportText(report.lang);
  const out: string[] = [];
  out.push(`# ${t.reportTitle}${t.colon}\`${report.source}\``);
  out.push('');
  out.push(`- **${t.asOf}${t.colon.trim()}** ${report.asOf}`);
  out.push(`- **${t.macroSnapshot}${t.colon.trim()}** ${report.macroSnapshot.date} (${snapshotName(report, t)})`);
  out.push(`- **${scoreLine(report)}**`);
  out.push(`- ${reviewLine(report.reviewMonth, report.asOf, report.lang, { explained: true })}`);
  out.push('');
  out.push(`> ${report.score.note}`);
  out.push('');
  out.push(`## ${t.findings}`);
  out.push('');
  if (report.findings.length === 0) {
    out.push(t.noFindings);
  } else {
    out.push(`| ${t.colSeverity} | ${t.colRule} | ${t.colFinding} | ${t.colRecommendation} | ${t.colClearsBy} |`);
    out.push('| --- | --- | --- | --- | --- |');
    for (const f of report.findings) {
      out.push(
        `| ${markdownCell(t.severity[f.severity])} | \`${f.ruleId}\` | **${markdownCell(f.title)}**<br>${markdownCell(f.message)} | ${markdownCell(f.recommendation)} | ${f.clearsBy ?? ''} |`,
      );
    }
  }
  out.push('');
  out.push(`## ${t.notEvaluated}`);
  out.push('');
  if (report.notEvaluated.length === 0) out.push(t.allEvaluated);
  for (const item of report.notEvaluated) {
    const detail = item.detail === undefined ? '' : ` (${item.detail})`;
    out.push(`- \`${item.ruleId}\`: ${item.missing.map((m) => `\`${m}\``).join(', ')}${detail}`);
  }
  const rates = debtRateRows(report);
  if (rates.length > 0) {
    out.push('', `## ${t.debtRates}`, '');
    out.push(`| ${t.colDebt} | ${t.colQuoted} | ${t.colTrueApr} | ${t.colEar} |`);
    out.push('| --- | --- | ---: | ---: |');
    for (const row of rates) out.push(`| ${row.map(markdownCell).join(' | ')} |`);
  }
  if (report.plan) {
    const plan = report.plan;
    const summary = planSummary(plan, report.lang);
    out.push('');
    out.push(`## ${summary.title}`);
    out.push('');
    if (summary.alert) out.push(`> **${summary.alert}**`, '');
    for (const line of summary.lines) out.push(`- ${line}`);
    if (summary.warnings.length > 0) {
      out.push('', `**${t.warnings}${t.colon.trim()}**`, '');
      for (const warning of summary.warnings) out.push(`- ${warning}`);
    }
    if (summary.showComparison) {
      out.push('', `### ${t.comparison}`, '');
      if (summary.comparisonNote) out.push(summary.comparisonNote, '');
      out.push(`| ${t.colStrategy} | ${t.colMonths} | ${t.colInterest} | ${t.colLenders} |`);
      out.push('| --- | ---: | ---: | --- |');
      for (const c of plan.comparison) {
        const name = c.strategy === plan.strategy ? `**${t.strategy[c.strategy]}**` : t.strategy[c.strategy];
        out.push(`| ${name} | ${c.months ?? t.never} | ${money(c.totalInterest, report.lang)} | ${c.lendersAtMost2By ?? t.never} |`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Escapes what would break a table cell. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
