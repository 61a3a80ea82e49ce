/**
 * Line charts for the terminal, drawn by asciichart and sized to the terminal's width: the plan's
 * total balance month by month, and the total debt over the audits of `progress`. A bundle of its
 * own (build.mjs, COLD): only a view that draws a chart reads it.
 *
 * asciichart draws one column per value, so a series is resampled to the columns there are: d3's
 * linear scale over the months' indices gives the value at any point between two months.
 */
import { cyan, plot } from 'asciichart';
import { scaleLinear } from 'd3-scale';
import { formatCompactMoney } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { reportText } from '../i18n/report';
import { yuanToFen } from '../money';
import type { ProgressJson } from '../history/progress-schema';
import type { PlanJson } from './schema';
import { displayWidth, padEnd, padStart, wrapText } from './text-layout';

export interface TerminalChartOptions {
  /** The terminal's width in columns: the chart's lines are never wider. */
  width: number;
  color: boolean;
  /** Rows of the plot (default 10). */
  height?: number;
}

export interface LineChartSpec {
  title: string;
  /** One value per point, in order (yuan). */
  values: number[];
  /** The labels of the first and the last point, shown under the x axis. */
  first: string;
  last: string;
  lang: Lang;
}

/** Narrower than this there is no room for a useful chart; none is drawn. */
const MIN_WIDTH = 30;

/** A line chart of `values`, `options.width` columns wide at most; '' when there is nothing to draw or no room. */
export function lineChart(spec: LineChartSpec, options: TerminalChartOptions): string {
  if (spec.values.length === 0) return '';
  const format = (yuan: number) => `${formatCompactMoney(yuan, spec.lang)} `;
  const min = Math.min(0, ...spec.values);
  const max = Math.max(...spec.values);
  // The labels' column: as wide as the widest label asciichart can print (its rows run from max to min).
  const labelWidth = Math.max(...[min, max, (min + max) / 2].map((v) => displayWidth(format(v)))) + 1;
  // asciichart's line: the label, the axis, then one column per value after the first.
  const columns = options.width - 1 - labelWidth - 1;
  if (options.width < MIN_WIDTH || columns < 10) return '';
  const last = spec.values.length - 1;
  const position = scaleLinear()
    .domain([0, columns])
    .range([0, last]);
  const value = scaleLinear()
    .domain(spec.values.map((_, i) => i))
    .range(spec.values);
  const resampled = last === 0 ? Array.from({ length: columns + 1 }, () => spec.values[0]!) : Array.from({ length: columns + 1 }, (_, c) => value(position(c)));
  const drawn = plot(resampled, {
    height: options.height ?? 10,
    min,
    max: max > min ? max : min + 1,
    offset: 2,
    format: (v) => padStart(format(v), labelWidth),
    colors: options.color ? [cyan] : [],
  });
  const axisStart = labelWidth;
  const under = padEnd(' '.repeat(axisStart) + spec.first, options.width - 1 - displayWidth(spec.last)) + spec.last;
  // asciichart fills each line to its full width with spaces: those are trimmed.
  return [...wrapText(spec.title, options.width - 1), drawn.replace(/ +$/gm, ''), last === 0 ? ' '.repeat(axisStart) + spec.first : under].join('\n');
}

/** The plan's total balance at the end of each month. */
export function planBalanceChart(plan: PlanJson, lang: Lang, options: TerminalChartOptions): string {
  if (plan.schedule.length === 0) return '';
  const values = plan.schedule.map((m) => Object.values(m.balances).reduce((sum, yuan) => sum + yuanToFen(yuan), 0) / 100);
  const first = plan.schedule[0]!.month;
  const last = plan.schedule.at(-1)!.month;
  return lineChart({ title: reportText(lang).balanceChart(first, last), values, first, last, lang }, options);
}

/** The total debt at each audit of a history (at least two audits; '' otherwise). */
export function progressDebtChart(doc: ProgressJson, options: TerminalChartOptions): string {
  if (doc.timeline.length < 2) return '';
  const first = doc.timeline[0]!.asOf;
  const last = doc.timeline.at(-1)!.asOf;
  const values = doc.timeline.map((point) => point.totalDebt);
  return lineChart({ title: reportText(doc.lang).debtChart(first, last), values, first, last, lang: doc.lang }, options);
}
