/**
 * The terminal view: header with the score, the diagnosis table, what was not evaluated, the plan
 * summary and the strategy comparison. Receives the finished report and only lays it out.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { reportText, type ReportText } from '../i18n/report';
import type { Severity } from '../findings';
import { drawTable, fitTable } from './grid';
import { debtRateRows, money, planSummary, reviewLine, scoreLine, snapshotName } from './summary';
import type { PlanJson, Report } from './schema';
import { displayWidth, MIN_WIDTH, wrapHanging, wrapText } from './text-layout';

export interface TableOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
}

export function renderTable(report: Report, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = reportText(report.lang);
  const width = Math.max(MIN_WIDTH, options.width);
  const names = reportNames(report);
  const out: string[] = [];
  const wrap = (text: string) => wrapText(text, width, names).join('\n');
  const item = (text: string) => wrapHanging(text, width, '- ', '  ', names).join('\n');

  out.push(chalk.bold(wrap(`${t.reportTitle} — ${report.source}`)));
  out.push(wrap(`${t.asOf}${t.colon}${report.asOf} · ${t.macroSnapshot}${t.colon}${report.macroSnapshot.date} (${snapshotName(report, t)})`));
  out.push(gradeColor(chalk, report.score.grade)(wrap(scoreLine(report))));
  out.push(wrap(reviewLine(report.reviewMonth, report.asOf, report.lang, { explained: true })));
  out.push(chalk.dim(wrap(report.score.note)));
  out.push('');

  out.push(chalk.bold(wrap(t.findings)));
  if (report.findings.length === 0) out.push(wrap(t.noFindings));
  else out.push(findingsTable(report, chalk, width, names));
  out.push('');

  if (report.notEvaluated.length > 0) {
    out.push(chalk.bold(wrap(t.notEvaluated)));
    for (const entry of report.notEvaluated) {
      const detail = entry.detail === undefined ? '' : ` (${entry.detail})`;
      out.push(item(`${entry.ruleId}: ${entry.missing.join(', ')}${detail}`));
    }
  } else {
    out.push(chalk.dim(wrap(t.allEvaluated)));
  }

  const rates = debtRateRows(report);
  if (rates.length > 0) {
    out.push('');
    out.push(chalk.bold(wrap(t.debtRates)));
    const fitted = fitTable({
      columns: [{ head: t.colDebt }, { head: t.colQuoted }, { head: t.colTrueApr, align: 'right', nowrap: true }, { head: t.colEar, align: 'right', nowrap: true }],
      rows: rates,
      width,
      keep: names,
    });
    out.push(fitted ?? rates.map((row) => item(`${row[0]}${t.colon}${row[1]} · ${t.colTrueApr} ${row[2]} · ${t.colEar} ${row[3]}`)).join('\n'));
  }

  if (report.plan) {
    const plan = report.plan;
    const summary = planSummary(plan, report.lang);
    out.push('');
    out.push(chalk.bold(wrap(summary.title)));
    if (summary.alert) out.push(chalk.red.bold(wrap(summary.alert)));
    for (const line of summary.lines) out.push(wrap(line));
    if (summary.warnings.length > 0) {
      out.push(chalk.yellow(wrap(`${t.warnings}${t.colon.trim()}`)));
      for (const warning of summary.warnings) out.push(chalk.yellow(item(warning)));
    }
    if (summary.showComparison && plan.comparison.length > 0) {
      out.push('');
      out.push(chalk.bold(wrap(t.comparison)));
      if (summary.comparisonNote) out.push(wrap(summary.comparisonNote));
      out.push(comparisonView(plan, report.lang, width));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The strategies side by side: a table that fits the width (heads and strategy names wrap), or,
 * in a terminal too narrow for four columns, a line per strategy.
 */
export function comparisonView(plan: PlanJson, lang: Report['lang'], width: number): string {
  const t = reportText(lang);
  const name = (strategy: PlanJson['strategy']) => (strategy === plan.strategy ? `${t.strategy[strategy]} *` : t.strategy[strategy]);
  const table = fitTable({
    columns: [{ head: t.colStrategy }, { head: t.colMonths, align: 'right', nowrap: true }, { head: t.colInterest, align: 'right', nowrap: true }, { head: t.colLenders }],
    rows: plan.comparison.map((c) => [name(c.strategy), c.months === null ? t.never : String(c.months), money(c.totalInterest, lang), c.lendersAtMost2By ?? t.never]),
    width,
  });
  if (table !== undefined) return table;
  return plan.comparison
    .flatMap((c) => wrapHanging(comparisonLine(c, name(c.strategy), lang, t), width, '- ', '  '))
    .join('\n');
}

/** One strategy in words: "avalanche: 23 months · Total interest ¥32,664.93 · Online lenders ≤ 2 by 2027-10". */
export function comparisonLine(c: PlanJson['comparison'][number], name: string, lang: Report['lang'], t: ReportText): string {
  const months = c.months === null ? t.never : t.monthCount(c.months);
  return `${name}${t.colon}${months} · ${t.colInterest} ${money(c.totalInterest, lang)} · ${t.colLenders} ${c.lendersAtMost2By ?? t.never}`;
}

/**
 * The debt and lender names a report mentions (the plan's debts, the names in findings' evidence),
 * which wrapping keeps whole.
 */
export function reportNames(report: Report): string[] {
  const names = new Set<string>(report.plan ? planNames(report.plan) : []);
  const visit = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (key === 'name' || key === 'lender' || key === 'debt') names.add(value);
    } else if (Array.isArray(value)) {
      for (const entry of value) visit(entry, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  for (const finding of report.findings) visit(finding.evidence, undefined);
  return [...names];
}

/** The debts a plan names. */
export function planNames(plan: PlanJson): string[] {
  return [...plan.order.map((entry) => entry.debt), ...plan.warnings.flatMap((w) => (w.debt === undefined ? [] : [w.debt]))];
}

function findingsTable(report: Report, chalk: ChalkInstance, width: number, names: readonly string[]): string {
  const t = reportText(report.lang);
  // Wide terminals get a column each for the rule and the recommendation; narrow ones (80 columns)
  // put the rule id under the title and the recommendation under the finding, so ids never break;
  // below 60 columns the expected clearing month goes under them too.
  const wide = width >= 120;
  const narrow = width < 60;
  const severityWidth = Math.max(...[...Object.values(t.severity), ...Object.values(t.area), t.colSeverity].map((s) => displayWidth(s)));
  const clearsWidth = narrow ? 0 : 10;
  const ruleWidth = 26;
  const columns = wide ? 5 : narrow ? 2 : 3;
  // Each column: content + 2 padding + 1 border, plus the closing border.
  const fixed = severityWidth + clearsWidth + (wide ? ruleWidth : 0) + columns * 3 + 1;
  const textWidth = Math.max(10, width - fixed);
  const findingWidth = wide ? Math.floor(textWidth * 0.55) : textWidth;
  const recWidth = textWidth - findingWidth;
  const head = wide
    ? [t.colSeverity, t.colRule, t.colFinding, t.colRecommendation, t.colClearsBy]
    : [t.colSeverity, `${t.colFinding} → ${t.colRecommendation}`, ...(narrow ? [] : [t.colClearsBy])];
  const contentWidths = wide ? [severityWidth, ruleWidth, findingWidth, recWidth, clearsWidth] : [severityWidth, findingWidth, ...(narrow ? [] : [clearsWidth])];
  const fit = (text: string, w: number) => wrapText(text, w, names).join('\n');
  const rows: string[][] = [];
  for (const f of report.findings) {
    const severity = `${severityColor(chalk, f.severity)(t.severity[f.severity])}\n${chalk.dim(fit(t.area[f.area], severityWidth))}`;
    const title = chalk.bold(fit(f.title, findingWidth));
    const clears = f.clearsBy ?? '';
    if (wide) {
      rows.push([severity, f.ruleId, `${title}\n${fit(f.message, findingWidth)}`, fit(f.recommendation, recWidth), clears]);
    } else {
      const body = [title, chalk.dim(fit(f.ruleId, findingWidth)), fit(f.message, findingWidth), fit(`→ ${f.recommendation}`, findingWidth)];
      if (!narrow) rows.push([severity, body.join('\n'), clears]);
      else rows.push([severity, [...body, ...(clears === '' ? [] : [fit(`${t.colClearsBy}${t.colon}${clears}`, findingWidth)])].join('\n')]);
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
