/**
 * The parts of a page that more than one command's page shows: the findings table and the plan
 * (summary, balance chart, strategy comparison, schedule). Each takes the command's finished
 * object and an id prefix, so that several reports on one page keep their ids apart.
 */
import { formatCompactMoney, formatMoney } from '../../i18n/format';
import { htmlText } from '../../i18n/html';
import type { Lang } from '../../i18n/lang';
import { reportText } from '../../i18n/report';
import { yuanToFen } from '../../money';
import type { PlanJson, Report } from '../schema';
import { debtRateRows, money, planSummary, scheduleRows } from '../summary';
import { barPanels, legend, stackedAreaChart } from './charts';
import { esc, raw } from './escape';
import { htmlTable } from './table';

/** A heading at `level` (1–6): pages nest a report's sections one level below their own heading. */
export function heading(level: number, text: string, id?: string): string {
  const tag = `h${Math.min(6, Math.max(1, level))}`;
  return `<${tag}${id ? ` id="${id}"` : ''}>${esc(text)}</${tag}>`;
}

export function findingsSection(report: Report, id: string, level: number): string {
  const t = reportText(report.lang);
  const out = [`<section aria-labelledby="${id}-findings">`, heading(level, t.findings, `${id}-findings`)];
  if (report.findings.length === 0) {
    out.push(`<p>${esc(t.noFindings)}</p>`);
  } else {
    out.push(
      htmlTable({
        id: `${id}-findings-table`,
        caption: t.findings,
        className: 'findings',
        head: [t.colSeverity, t.colFinding, t.colRecommendation, t.colClearsBy],
        rows: report.findings.map((f) => [
          raw(`<span class="sev sev-${f.severity}">${esc(t.severity[f.severity])}</span><span class="area">${esc(t.area[f.area])}</span>`),
          raw(`<span class="title">${esc(f.title)}</span><span class="rule">${esc(f.ruleId)}</span>${esc(f.message)}`),
          f.recommendation,
          f.clearsBy ?? '',
        ]),
      }),
    );
  }
  out.push('</section>');
  if (report.notEvaluated.length > 0) {
    out.push(`<section aria-labelledby="${id}-not-evaluated">`, heading(level, t.notEvaluated, `${id}-not-evaluated`), '<ul>');
    for (const item of report.notEvaluated) {
      const detail = item.detail === undefined ? '' : ` (${esc(item.detail)})`;
      out.push(`<li><code>${esc(item.ruleId)}</code>: ${item.missing.map((m) => `<code>${esc(m)}</code>`).join(', ')}${detail}</li>`);
    }
    out.push('</ul></section>');
  } else {
    out.push(`<p class="note">${esc(t.allEvaluated)}</p>`);
  }
  return out.join('\n');
}

/** What each debt costs: the rate as quoted, the true APR and the EAR (the same rows as the table and markdown views). */
export function ratesSection(report: Report, id: string, level: number): string {
  const t = reportText(report.lang);
  const rows = debtRateRows(report);
  if (rows.length === 0) return '';
  return [
    `<section aria-labelledby="${id}-rates">`,
    heading(level, t.debtRates, `${id}-rates`),
    htmlTable({ id: `${id}-rates-table`, caption: t.debtRates, head: [t.colDebt, t.colQuoted, t.colTrueApr, t.colEar], rows, numeric: [false, false, true, true], rowHeads: true }),
    '</section>',
  ].join('\n');
}

export interface PlanSectionOptions {
  id: string;
  level: number;
  /** The schedule shown open (the `plan` page), or folded under the chart as its values (the check page). */
  scheduleOpen: boolean;
}

export function planSection(plan: PlanJson, lang: Lang, options: PlanSectionOptions): string {
  const t = reportText(lang);
  const h = htmlText(lang);
  const { id, level } = options;
  const summary = planSummary(plan, lang);
  const out = [`<section aria-labelledby="${id}-plan">`, heading(level, summary.title, `${id}-plan`)];
  if (summary.alert) out.push(`<p class="alert" role="note">${esc(summary.alert)}</p>`);
  out.push(`<ul>${summary.lines.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`);
  if (summary.warnings.length > 0) {
    out.push(heading(level + 1, t.warnings), `<ul class="warnings">${summary.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`);
  }

  const { debts, rows } = scheduleRows(plan);
  if (rows.length > 0) {
    out.push(balanceFigure(plan, lang, `${id}-balance`));
    const schedule = htmlTable({
      id: `${id}-schedule`,
      caption: `${t.schedule} — ${t.scheduleNote}`,
      className: 'schedule',
      head: [t.colMonth, ...debts, t.colPaid, t.colRemaining],
      rows,
      numeric: [false, ...debts.map(() => true), true, true],
      rowHeads: true,
    });
    if (options.scheduleOpen) out.push(heading(level + 1, t.schedule), schedule);
    else out.push(`<details><summary>${esc(h.scheduleValues)}</summary>${schedule}</details>`);
  }

  if (summary.showComparison && plan.comparison.length > 0) {
    out.push(heading(level + 1, t.comparison));
    if (summary.comparisonNote) out.push(`<p>${esc(summary.comparisonNote)}</p>`);
    out.push(strategiesFigure(plan, lang, `${id}-strategies`));
    out.push(
      htmlTable({
        id: `${id}-comparison`,
        caption: t.comparison,
        head: [t.colStrategy, t.colMonths, t.colInterest, t.colLenders],
        rows: plan.comparison.map((c) => [
          c.strategy === plan.strategy ? raw(`<strong>${esc(t.strategy[c.strategy])}</strong> (${esc(h.chosen)})`) : t.strategy[c.strategy],
          c.months === null ? h.notPayable : String(c.months),
          money(c.totalInterest, lang),
          c.lendersAtMost2By ?? t.never,
        ]),
        numeric: [false, true, true, false],
        rowHeads: true,
      }),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

/** The balance of each debt, stacked, month by month, with the payoff months numbered in payoff order. */
function balanceFigure(plan: PlanJson, lang: Lang, id: string): string {
  const h = htmlText(lang);
  const labels = plan.schedule.map((m) => m.month);
  const series = plan.order.map((entry) => ({ name: entry.debt, values: plan.schedule.map((m) => m.balances[entry.debt] ?? 0) }));
  const marks = plan.order.flatMap((entry, i) =>
    entry.paidOffMonth === null ? [] : [{ label: entry.paidOffMonth, number: i + 1, text: h.paidOffMark(entry.debt, entry.paidOffMonth) }],
  );
  const first = plan.schedule[0]!;
  const startFen = Object.values(first.balances).reduce((sum, yuan) => sum + yuanToFen(yuan), 0);
  const chart = stackedAreaChart(
    { labels, series, marks },
    {
      id,
      title: h.balanceTitle,
      desc: h.balanceDesc(series.length, labels.length, labels[0]!, labels.at(-1)!, formatMoney(startFen, lang)),
      tick: (yuan) => formatCompactMoney(yuan, lang),
    },
  );
  const entries = plan.order.map((entry, i) => ({
    label: `${i + 1}. ${entry.debt} — ${entry.paidOffMonth === null ? h.legendNotPaid : h.legendPaidOff(entry.paidOffMonth)}`,
    index: i,
  }));
  return `<figure>${chart}<figcaption>${esc(h.balanceTitle)}</figcaption>${legend(entries)}</figure>`;
}

/** Months to debt-free and total interest of the three strategies, the chosen one highlighted. */
function strategiesFigure(plan: PlanJson, lang: Lang, id: string): string {
  const t = reportText(lang);
  const h = htmlText(lang);
  const names = plan.comparison.map((c) => t.strategy[c.strategy]);
  const lines = plan.comparison
    .map((c, i) => h.strategyLine(names[i]!, c.months === null ? h.notPayable : t.monthCount(c.months), money(c.totalInterest, lang)))
    .join('; ');
  const chart = barPanels(
    names,
    plan.comparison.findIndex((c) => c.strategy === plan.strategy),
    [
      { title: t.colMonths, values: plan.comparison.map((c) => c.months), format: t.monthCount, missing: h.notPayable },
      { title: t.colInterest, values: plan.comparison.map((c) => c.totalInterest), format: (v) => money(v, lang), missing: h.notPayable },
    ],
    { id, title: h.strategiesTitle, desc: h.strategiesDesc(lines) },
  );
  return `<figure>${chart}<figcaption>${esc(h.strategiesTitle)}</figcaption></figure>`;
}
