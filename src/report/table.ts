/**
 * The terminal view: header with the score, the diagnosis table, what was not evaluated, the plan
 * summary and the strategy comparison. Receives the finished report and only lays it out.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { reportText } from '../i18n/report';
import type { Severity } from '../findings';
import { debtRateRows, money, planSummary, scoreLine, snapshotName } from './summary';
import type { Report } from './schema';
import { displayWidth, wrapText } from './text-layout';

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

  out.push(chalk.bold(wrap(`${t.reportTitle} — ${report.source}`)));
  out.push(wrap(`${t.asOf}${t.colon}${report.asOf} · ${t.macroSnapshot}${t.colon}${report.macroSnapshot.date} (${snapshotName(report, t)})`));
  out.push(gradeColor(chalk, report.score.grade)(wrap(scoreLine(report))));
  out.push(chalk.dim(wrap(report.score.note)));
  out.push('');

  out.push(chalk.bold(t.findings));
  if (report.findings.length === 0) out.push(t.noFindings);
  else out.push(findingsTable(report, chalk, width));
  out.push('');

  if (report.notEvaluated.length > 0) {
    out.push(chalk.bold(t.notEvaluated));
    for (const item of report.notEvaluated) {
      const detail = item.detail === undefined ? '' : ` (${item.detail})`;
      out.push(wrap(`- ${item.ruleId}: ${item.missing.join(', ')}${detail}`, '  ').replace(/^ {2}/, ''));
    }
  } else {
    out.push(chalk.dim(t.allEvaluated));
  }

  const rates = debtRateRows(report);
  if (rates.length > 0) {
    out.push('');
    out.push(chalk.bold(wrap(t.debtRates)));
    out.push(drawTable({ head: [t.colDebt, t.colQuoted, t.colTrueApr, t.colEar], rows: rates, aligns: ['left', 'left', 'right', 'right'] }));
  }

  if (report.plan) {
    const plan = report.plan;
    const summary = planSummary(plan, report.lang);
    out.push('');
    out.push(chalk.bold(summary.title));
    if (summary.alert) out.push(chalk.red.bold(wrap(summary.alert)));
    for (const line of summary.lines) out.push(wrap(line));
    if (summary.warnings.length > 0) {
      out.push(chalk.yellow(`${t.warnings}${t.colon.trim()}`));
      for (const warning of summary.warnings) out.push(chalk.yellow(wrap(`- ${warning}`)));
    }
    if (summary.showComparison && plan.comparison.length > 0) {
      out.push('');
      out.push(chalk.bold(t.comparison));
      if (summary.comparisonNote) out.push(wrap(summary.comparisonNote));
      const rows = plan.comparison.map((c) => [
        c.strategy === plan.strategy ? `${t.strategy[c.strategy]} *` : t.strategy[c.strategy],
        c.months === null ? t.never : String(c.months),
        money(c.totalInterest, report.lang),
        c.lendersAtMost2By ?? t.never,
      ]);
      out.push(drawTable({ head: [t.colStrategy, t.colMonths, t.colInterest, t.colLenders], rows, aligns: ['left', 'right', 'right', 'left'] }));
    }
  }
  return `${out.join('\n')}\n`;
}

export interface TableSpec {
  head: string[];
  /** Cells may hold several lines (already wrapped to their column) and chalk colours. */
  rows: string[][];
  /** Content width of each column, without padding; by default the widest line in the column. */
  widths?: number[];
  aligns?: ('left' | 'right')[];
}

/**
 * A box-drawn table: cli-table3, built with narrow changes for its measured defects and measuring
 * width with displayWidth (scripts/cli-table3-patch.mjs). Cells arrive wrapped, so it only pads and
 * draws borders; its own colours for heads and borders are off, so what is coloured is only what
 * chalk coloured (and NO_COLOR / FORCE_COLOR hold).
 */
export function drawTable(spec: TableSpec): string {
  const table = new Table({
    head: spec.head,
    ...(spec.widths ? { colWidths: spec.widths.map((w) => w + 2) } : {}),
    ...(spec.aligns ? { colAligns: spec.aligns } : {}),
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  table.push(...spec.rows);
  return table.toString();
}

function findingsTable(report: Report, chalk: ChalkInstance, width: number): string {
  const t = reportText(report.lang);
  // Wide terminals get a column each for the rule and the recommendation; narrow ones (80 columns)
  // put the rule id under the title and the recommendation under the finding, so ids never break.
  const wide = width >= 120;
  const severityWidth = Math.max(...[...Object.values(t.severity), ...Object.values(t.area), t.colSeverity].map((s) => displayWidth(s)));
  const clearsWidth = 10;
  const ruleWidth = 26;
  const columns = wide ? 5 : 3;
  // Each column: content + 2 padding + 1 border, plus the closing border.
  const fixed = severityWidth + clearsWidth + (wide ? ruleWidth : 0) + columns * 3 + 1;
  const textWidth = Math.max(20, width - fixed);
  const findingWidth = wide ? Math.floor(textWidth * 0.55) : textWidth;
  const recWidth = textWidth - findingWidth;
  const head = wide
    ? [t.colSeverity, t.colRule, t.colFinding, t.colRecommendation, t.colClearsBy]
    : [t.colSeverity, `${t.colFinding} → ${t.colRecommendation}`, t.colClearsBy];
  const contentWidths = wide ? [severityWidth, ruleWidth, findingWidth, recWidth, clearsWidth] : [severityWidth, findingWidth, clearsWidth];
  const fit = (text: string, w: number) => wrapText(text, w).join('\n');
  const rows: string[][] = [];
  for (const f of report.findings) {
    const severity = `${severityColor(chalk, f.severity)(t.severity[f.severity])}\n${chalk.dim(fit(t.area[f.area], severityWidth))}`;
    const title = chalk.bold(fit(f.title, findingWidth));
    const clears = f.clearsBy ?? '';
    if (wide) {
      rows.push([severity, f.ruleId, `${title}\n${fit(f.message, findingWidth)}`, fit(f.recommendation, recWidth), clears]);
    } else {
      const body = [title, chalk.dim(fit(f.ruleId, findingWidth)), fit(f.message, findingWidth), fit(`→ ${f.recommendation}`, findingWidth)];
      rows.push([severity, body.join('\n'), clears]);
    }
  }
  return drawTable({ head: head.map((h, i) => fit(h, contentWidths[i]!)), rows, widths: contentWidths });
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
