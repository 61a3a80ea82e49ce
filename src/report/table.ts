/**
 * The terminal view: header with the score, the diagnosis table, what was not evaluated, the plan
 * summary and the strategy comparison. Receives the finished report and only lays it out.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { reportText } from '../i18n/report';
import type { Severity } from '../rules/types';
import { money, planSummary, scoreLine } from './summary';
import type { Report } from './schema';
import { wrapText } from './text-layout';

export interface TableOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
}

export function renderTable(report: Report, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = reportText(report.lang);
  const width = Math.max(60, options.width);
  const out: string[] = [];
  const wrap = (text: string, indent = '') => wrapText(text, width - indent.length).map((line) => indent + line).join('\n');

  out.push(chalk.bold(`${t.reportTitle} — ${report.source}`));
  out.push(`${t.asOf}: ${report.asOf} · ${t.macroSnapshot}: ${report.macroSnapshot.date} (${report.macroSnapshot.source})`);
  out.push(gradeColor(chalk, report.score.grade)(scoreLine(report)));
  out.push(chalk.dim(wrap(report.score.note)));
  out.push('');

  out.push(chalk.bold(t.findings));
  if (report.findings.length === 0) out.push(t.noFindings);
  else out.push(findingsTable(report, chalk, width));
  out.push('');

  if (report.notEvaluated.length > 0) {
    out.push(chalk.bold(t.notEvaluated));
    for (const item of report.notEvaluated) out.push(wrap(`- ${item.ruleId}: ${item.missing.join(', ')}`, '  ').replace(/^ {2}/, ''));
  } else {
    out.push(chalk.dim(t.allEvaluated));
  }

  if (report.plan) {
    const plan = report.plan;
    const summary = planSummary(plan, report.lang);
    out.push('');
    out.push(chalk.bold(t.plan));
    if (summary.alert) out.push(chalk.red.bold(wrap(summary.alert)));
    for (const line of summary.lines) out.push(wrap(line));
    if (summary.warnings.length > 0) {
      out.push(chalk.yellow(`${t.warnings}:`));
      for (const warning of summary.warnings) out.push(chalk.yellow(wrap(`- ${warning}`)));
    }
    if (plan.comparison.length > 0) {
      out.push('');
      out.push(chalk.bold(t.comparison));
      const table = new Table({ head: [t.colStrategy, t.colMonths, t.colInterest, t.colLenders], style: { head: [], border: [] } });
      for (const c of plan.comparison) {
        const name = c.strategy === plan.strategy ? `${t.strategy[c.strategy]} *` : t.strategy[c.strategy];
        table.push([name, c.months === null ? t.never : String(c.months), money(c.totalInterest, report.lang), c.lendersAtMost2By ?? t.never]);
      }
      out.push(table.toString());
    }
  }
  return `${out.join('\n')}\n`;
}

function findingsTable(report: Report, chalk: ChalkInstance, width: number): string {
  const t = reportText(report.lang);
  const wide = width >= 120;
  // Column content widths; cli-table3's colWidths add 2 for padding, and each column one border.
  const severityWidth = Math.max(...Object.values(t.severity).map((s) => s.length), t.colSeverity.length, 6) + 0;
  const clearsWidth = 10;
  const ruleWidth = wide ? 26 : 20;
  const fixed = severityWidth + clearsWidth + ruleWidth + (wide ? 5 : 4) * 3 + 1;
  const textWidth = Math.max(16, width - fixed);
  const findingWidth = wide ? Math.floor(textWidth * 0.55) : textWidth;
  const recWidth = wide ? textWidth - findingWidth : 0;
  const head = wide
    ? [t.colSeverity, t.colRule, t.colFinding, t.colRecommendation, t.colClearsBy]
    : [t.colSeverity, t.colRule, `${t.colFinding} → ${t.colRecommendation}`, t.colClearsBy];
  const colWidths = wide
    ? [severityWidth + 2, ruleWidth + 2, findingWidth + 2, recWidth + 2, clearsWidth + 2]
    : [severityWidth + 2, ruleWidth + 2, findingWidth + 2, clearsWidth + 2];
  const table = new Table({
    head: head.map((h, i) => wrapText(h, colWidths[i]! - 2).join('\n')),
    colWidths,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  const fit = (text: string, w: number) => wrapText(text, w).join('\n');
  for (const f of report.findings) {
    const severity = severityColor(chalk, f.severity)(t.severity[f.severity]);
    const rule = `${fit(f.ruleId, ruleWidth)}\n${chalk.dim(fit(t.area[f.area], ruleWidth))}`;
    const finding = `${chalk.bold(fit(f.title, findingWidth))}\n${fit(f.message, findingWidth)}`;
    const clears = f.clearsBy ?? '';
    if (wide) table.push([severity, rule, finding, fit(f.recommendation, recWidth), clears]);
    else table.push([severity, rule, `${finding}\n${fit(`→ ${f.recommendation}`, findingWidth)}`, clears]);
  }
  return table.toString();
}

function severityColor(chalk: ChalkInstance, severity: Severity): ChalkInstance {
  switch (severity) {
    case 'critical':
      return chalk.bgRed.white.bold;
    case 'high':
      return chalk.red.bold;
    case 'medium':
      return chalk.yellow;
    case 'low':
      return chalk.cyan;
    case 'info':
      return chalk.dim;
  }
}

function gradeColor(chalk: ChalkInstance, grade: Report['score']['grade']): ChalkInstance {
  if (grade === 'A' || grade === 'B') return chalk.green.bold;
  if (grade === 'C') return chalk.yellow.bold;
  return chalk.red.bold;
}
