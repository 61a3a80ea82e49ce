/** The `plan` command's views: the summary, then one row per month with a column per debt (balances). */
import { Chalk } from 'chalk';
import { formatYuan } from '../money';
import { reportText } from '../i18n/report';
import { yuanToFen } from '../money';
import type { Lang } from '../i18n/lang';
import type { PlanJson } from './schema';
import { money, planSummary } from './summary';
import { drawTable, fitTable, fitWidths } from './grid';
import { comparisonLine, planNames, type TableOptions } from './table';
import { MIN_WIDTH, wrapHanging, wrapText } from './text-layout';

function scheduleRows(plan: PlanJson): { debts: string[]; rows: string[][] } {
  const debts = plan.order.map((entry) => entry.debt);
  const rows = plan.schedule.map((m) => {
    const paid = Object.values(m.payments).reduce((sum, yuan) => sum + yuanToFen(yuan), 0);
    const remaining = Object.values(m.balances).reduce((sum, yuan) => sum + yuanToFen(yuan), 0);
    return [m.month, ...debts.map((d) => formatYuan(yuanToFen(m.balances[d] ?? 0))), formatYuan(paid), formatYuan(remaining)];
  });
  return { debts, rows };
}

export function renderPlanTable(plan: PlanJson, lang: Lang, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const t = reportText(lang);
  const width = Math.max(MIN_WIDTH, options.width);
  const names = planNames(plan);
  const wrap = (text: string) => wrapText(text, width, names).join('\n');
  const summary = planSummary(plan, lang);
  const out: string[] = [chalk.bold(wrap(summary.title))];
  if (summary.alert) out.push(chalk.red.bold(wrap(summary.alert)));
  for (const line of summary.lines) out.push(wrap(line));
  for (const warning of summary.warnings) out.push(chalk.yellow(wrapHanging(warning, width, '- ', '  ', names).join('\n')));
  const { debts, rows } = scheduleRows(plan);
  if (rows.length > 0) {
    out.push('', chalk.bold(wrap(t.schedule)), chalk.dim(wrap(t.scheduleNote)));
    out.push(...scheduleTables([...debts, t.colPaid, t.colRemaining], t.colMonth, rows, width, names));
  }
  if (summary.showComparison) {
    out.push('', chalk.bold(wrap(t.comparison)));
    if (summary.comparisonNote) out.push(wrap(summary.comparisonNote));
    for (const c of plan.comparison) out.push(wrapHanging(comparisonLine(c, t.strategy[c.strategy], lang, t), width, '- ', '  ', names).join('\n'));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The schedule as tables that fit `width`: a row per month without separators, a column per debt
 * and the month's totals. When the columns do not fit side by side they are split into as few
 * groups as fit, each a table of its own with the month repeated (the totals come last). A name
 * wider than a column is broken only when nothing else fits.
 */
function scheduleTables(heads: string[], monthHead: string, rows: string[][], width: number, names: readonly string[]): string[] {
  const spec = (group: number[], keep: readonly string[]) => ({
    columns: [{ head: monthHead, nowrap: true }, ...group.map((c) => ({ head: heads[c]!, align: 'right' as const, nowrap: true }))],
    rows: rows.map((row) => [row[0]!, ...group.map((c) => row[c + 1]!)]),
    width,
    keep,
    compact: true,
  });
  const all = heads.map((_, c) => c);
  for (const keep of [names, []]) {
    for (let count = 1; count <= all.length; count++) {
      const groups = evenSplit(all, count);
      if (groups.every((group) => fitWidths(spec(group, keep)) !== undefined)) return groups.map((group) => fitTable(spec(group, keep))!);
    }
  }
  // Narrower than a month and one figure: one column at a time, as it comes.
  return all.map((c) => drawTable({ head: [monthHead, heads[c]!], rows: rows.map((row) => [row[0]!, row[c + 1]!]), aligns: ['left', 'right'], compact: true }));
}

/** `items` in `count` consecutive groups whose sizes differ by at most one. */
function evenSplit<T>(items: readonly T[], count: number): T[][] {
  const groups: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    groups.push(items.slice(start, start + size));
    start += size;
  }
  return groups;
}

export function renderPlanMarkdown(plan: PlanJson, lang: Lang): string {
  const t = reportText(lang);
  const summary = planSummary(plan, lang);
  const out: string[] = [`# ${summary.title}`, ''];
  if (summary.alert) out.push(`> **${summary.alert}**`, '');
  for (const line of summary.lines) out.push(`- ${line}`);
  for (const warning of summary.warnings) out.push(`- ⚠ ${warning}`);
  const { debts, rows } = scheduleRows(plan);
  if (rows.length > 0) {
    out.push('', `## ${t.schedule}`, '', t.scheduleNote, '');
    out.push(`| ${[t.colMonth, ...debts, t.colPaid, t.colRemaining].join(' | ')} |`);
    out.push(`| --- | ${[...debts, '', ''].map(() => '---:').join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
