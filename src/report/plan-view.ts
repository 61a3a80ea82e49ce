/** The `plan` command's views: the summary, then one row per month with a column per debt (balances). */
import { Chalk } from 'chalk';
import { formatYuan } from '../money';
import { reportText } from '../i18n/report';
import { yuanToFen } from '../money';
import type { Lang } from '../i18n/lang';
import type { PlanJson } from './schema';
import { money, planSummary } from './summary';
import { drawTable, type TableOptions } from './table';
import { wrapText } from './text-layout';

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
  const width = Math.max(60, options.width);
  const summary = planSummary(plan, lang);
  const out: string[] = [chalk.bold(summary.title)];
  if (summary.alert) out.push(chalk.red.bold(wrapText(summary.alert, width).join('\n')));
  for (const line of summary.lines) out.push(wrapText(line, width).join('\n'));
  for (const warning of summary.warnings) out.push(chalk.yellow(wrapText(`- ${warning}`, width).join('\n')));
  const { debts, rows } = scheduleRows(plan);
  if (rows.length > 0) {
    out.push('', chalk.bold(t.schedule), chalk.dim(t.scheduleNote));
    out.push(
      drawTable({
        head: [t.colMonth, ...debts, t.colPaid, t.colRemaining],
        rows,
        aligns: ['left', ...debts.map(() => 'right' as const), 'right', 'right'],
      }),
    );
  }
  if (summary.showComparison) {
    out.push('', chalk.bold(t.comparison));
    if (summary.comparisonNote) out.push(wrapText(summary.comparisonNote, width).join('\n'));
    for (const c of plan.comparison) {
      const months = c.months === null ? t.never : t.monthCount(c.months);
      out.push(`- ${t.strategy[c.strategy]}${t.colon}${months} · ${t.colInterest} ${money(c.totalInterest, lang)} · ${t.colLenders} ${c.lendersAtMost2By ?? t.never}`);
    }
  }
  return `${out.join('\n')}\n`;
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
