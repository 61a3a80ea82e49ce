/**
 * Charts as inline SVG. Scales, ticks, stacking and paths come from d3-scale and d3-shape; this
 * module only places what they compute. Each chart names itself for assistive technology
 * (`role="img"`, `<title>` and `<desc>`), and its values are also in a table on the page.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line, stack, type SeriesPoint } from 'd3-shape';
import { esc } from './escape';

/** Tableau 10: distinct on white and on a dark background, and for the common colour deficiencies. */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export const colorOf = (index: number) => PALETTE[index % PALETTE.length]!;

/** Coordinates in the SVG's own units, to two decimals: small files, no visible difference. */
const n = (value: number) => String(Math.round(value * 100) / 100);

interface Frame {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  className: string;
  body: string;
}

function svg(frame: Frame): string {
  return (
    `<svg class="chart ${frame.className}" id="${frame.id}" viewBox="0 0 ${frame.width} ${frame.height}" role="img" ` +
    `aria-labelledby="${frame.id}-title ${frame.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${frame.id}-title">${esc(frame.title)}</title><desc id="${frame.id}-desc">${esc(frame.desc)}</desc>\n${frame.body}</svg>`
  );
}

export interface StackedSeries {
  /** One label per x position (the months). */
  labels: string[];
  /** Series bottom to top: a name and one value per label. */
  series: { name: string; values: number[] }[];
  /** Marks on the x axis: at a label, numbered in the given order. */
  marks: { label: string; number: number; text: string }[];
}

export interface ChartText {
  id: string;
  title: string;
  desc: string;
  /** Axis values (money). */
  tick(value: number): string;
}

/**
 * A stacked area chart: one band per series (a debt's balance month by month), numbered marks
 * (the month each debt is paid off) as dashed lines with a circled number at the top.
 */
export function stackedAreaChart(data: StackedSeries, text: ChartText): string {
  const width = 760;
  const height = 340;
  // Room for labels at 19 px, the size the style sheet gives chart text on a phone (the chart is drawn at half size there).
  const margin = { top: 44, right: 40, bottom: 40, left: 76 };
  const count = data.labels.length;
  const rows = data.labels.map((_, i) => i);
  const keys = data.series.map((_, i) => i);
  const stacked = stack<number, number>()
    .keys(keys)
    .value((row, key) => data.series[key]!.values[row] ?? 0)(rows);
  const top = Math.max(0, ...stacked.flatMap((layer) => layer.map((point) => point[1])));
  const x = scaleLinear()
    .domain([0, Math.max(1, count - 1)])
    .range([margin.left, width - margin.right]);
  const y = valueScale(top, height - margin.bottom, margin.top);
  const shape = area<SeriesPoint<number>>()
    .x((point) => x(point.data))
    .y0((point) => y(point[0]))
    .y1((point) => y(point[1]));

  const parts: string[] = [grid(y, margin.left, width - margin.right, text.tick)];
  stacked.forEach((layer, i) => {
    const series = data.series[i]!;
    parts.push(`<path class="series" data-series="${esc(series.name)}" fill="${colorOf(i)}" fill-opacity="0.85" d="${shape(layer) ?? ''}"><title>${esc(series.name)}</title></path>`);
  });
  parts.push(labelAxis(x, data.labels, margin.left, width - margin.right, height - margin.bottom));
  // Marks at the same month are drawn one above the other.
  const atIndex = new Map<number, number>();
  for (const mark of data.marks) {
    const index = data.labels.indexOf(mark.label);
    if (index < 0) continue;
    const level = atIndex.get(index) ?? 0;
    atIndex.set(index, level + 1);
    const cx = x(index);
    const cy = 16 + level * 30;
    parts.push(
      `<g class="mark" data-month="${esc(mark.label)}"><title>${esc(mark.text)}</title>` +
        `<line class="payoff" x1="${n(cx)}" x2="${n(cx)}" y1="${n(cy + 12)}" y2="${n(height - margin.bottom)}"/>` +
        `<circle cx="${n(cx)}" cy="${n(cy)}" r="12"/><text x="${n(cx)}" y="${n(cy)}" dy="0.35em" text-anchor="middle">${mark.number}</text></g>`,
    );
  }
  return svg({ id: text.id, width, height, title: text.title, desc: text.desc, className: 'balance', body: parts.join('\n') });
}

export interface BarPanel {
  title: string;
  /** null: no bar, `missing` is written in its place. */
  values: (number | null)[];
  format(value: number): string;
  missing: string;
}

/**
 * Horizontal bars, one panel under the other, sharing the row labels (the strategies); the
 * highlighted row is drawn in the accent colour with a bold label.
 */
export function barPanels(rows: string[], highlight: number, panels: BarPanel[], text: Omit<ChartText, 'tick'>): string {
  const width = 760;
  // Room for the labels at 19 px, as on a phone (see stackedAreaChart).
  const labelWidth = 200;
  const valueWidth = 150;
  const rowHeight = 30;
  const panelGap = 34;
  const panelHeight = rows.length * rowHeight;
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([0, panelHeight])
    .paddingInner(0.25);
  const parts: string[] = [];
  let offset = 8;
  for (const panel of panels) {
    const present = panel.values.filter((v): v is number => v !== null);
    const x = scaleLinear()
      .domain([0, Math.max(1, ...present)])
      .range([labelWidth, width - valueWidth]);
    parts.push(`<text class="strong" x="0" y="${n(offset)}" dy="1em">${esc(panel.title)}</text>`);
    offset += 30;
    rows.forEach((label, i) => {
      const top = offset + y(i)!;
      const middle = top + y.bandwidth() / 2;
      const chosen = i === highlight;
      parts.push(`<text x="${labelWidth - 10}" y="${n(middle)}" dy="0.32em" text-anchor="end"${chosen ? ' class="strong"' : ''}>${esc(label)}</text>`);
      const value = panel.values[i];
      if (value === null || value === undefined) {
        parts.push(`<text class="muted" x="${labelWidth}" y="${n(middle)}" dy="0.32em">${esc(panel.missing)}</text>`);
        return;
      }
      const end = x(value);
      parts.push(
        `<rect class="bar${chosen ? ' chosen' : ''}" x="${labelWidth}" y="${n(top)}" width="${n(Math.max(1, end - labelWidth))}" height="${n(y.bandwidth())}"/>` +
          `<text x="${n(end + 6)}" y="${n(middle)}" dy="0.32em">${esc(panel.format(value))}</text>`,
      );
    });
    offset += panelHeight + panelGap;
  }
  const height = offset - panelGap + 8;
  return svg({ id: text.id, width, height, title: text.title, desc: text.desc, className: 'bars', body: parts.join('\n') });
}

export interface LineSeries {
  name: string;
  /** One value per label; null where the series has none (the line breaks there). */
  values: (number | null)[];
  /** Drawn dashed: an expectation (what a plan foresaw) beside what happened. */
  dashed?: boolean;
  /** Join the values across missing ones (an expectation known at some points only); by default the line breaks there. */
  connect?: boolean;
}

/** A series as [index, value] points: the missing ones dropped when the line joins across them. */
function points(series: LineSeries): [number, number | null][] {
  const all = series.values.map((v, i): [number, number | null] => [i, v]);
  return series.connect ? all.filter(([, v]) => v !== null) : all;
}

/** The value axis from zero: d3's linear scale, its domain made nice (round ticks at both ends). */
function valueScale(top: number, bottom: number, upper: number) {
  return scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([bottom, upper]);
}

/**
 * The axis of labels (months, audit dates) under the plot: at d3's ticks of the index scale, whole
 * indices only, at most 6 (they fit on a phone too); the first and the last kept inside the chart.
 */
function labelAxis(x: ReturnType<typeof scaleLinear<number, number>>, labels: string[], left: number, right: number, bottom: number): string {
  const ticks = x.ticks(Math.min(labels.length, 6)).filter((t) => Number.isInteger(t) && t < labels.length);
  const anchor = (tick: number) => (tick === 0 ? 'start' : tick === labels.length - 1 ? 'end' : 'middle');
  const marks = ticks.map(
    (tick) =>
      `<line x1="${n(x(tick))}" x2="${n(x(tick))}" y1="${n(bottom)}" y2="${n(bottom + 5)}"/>` +
      `<text class="muted" x="${n(x(tick))}" y="${n(bottom + 8)}" dy="1em" text-anchor="${anchor(tick)}">${esc(labels[tick]!)}</text>`,
  );
  return `<g class="axis"><line x1="${n(left)}" x2="${n(right)}" y1="${n(bottom)}" y2="${n(bottom)}"/>${marks.join('')}</g>`;
}

/** Horizontal grid lines at d3's ticks of the value scale, each labelled on the left. */
function grid(y: ReturnType<typeof valueScale>, left: number, right: number, tick: (value: number) => string): string {
  return y
    .ticks(5)
    .map(
      (value) =>
        `<line class="grid" x1="${n(left)}" x2="${n(right)}" y1="${n(y(value))}" y2="${n(y(value))}"/>` +
        `<text class="muted" x="${n(left - 6)}" y="${n(y(value))}" dy="0.32em" text-anchor="end">${esc(tick(value))}</text>`,
    )
    .join('\n');
}

/**
 * Lines over the same labels (audits, months), from zero up: the pages of `progress` (total debt
 * over the audits against what the first plan expected) and `whatif` (the baseline's and each
 * scenario's balance) draw with it. A point is marked on each value when there are few (≤ 24).
 */
export function lineChart(data: { labels: string[]; series: LineSeries[]; /** The top of the value axis (a score's 100); by default the largest value, made nice. */ max?: number }, text: ChartText): string {
  const width = 760;
  const height = 320;
  const margin = { top: 20, right: 40, bottom: 40, left: 76 };
  const count = data.labels.length;
  const top = data.max ?? Math.max(0, ...data.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = scaleLinear()
    .domain([0, Math.max(1, count - 1)])
    .range([margin.left, width - margin.right]);
  const y = valueScale(top, height - margin.bottom, margin.top);
  const path = line<[number, number | null]>()
    .defined(([, v]) => v !== null)
    .x(([i]) => x(i))
    .y(([, v]) => y(v ?? 0));
  const parts: string[] = [grid(y, margin.left, width - margin.right, text.tick)];
  parts.push(labelAxis(x, data.labels, margin.left, width - margin.right, height - margin.bottom));
  data.series.forEach((series, i) => {
    const color = colorOf(i);
    parts.push(
      `<path class="series" data-series="${esc(series.name)}" fill="none" stroke="${color}" stroke-width="2.5"${series.dashed ? ' stroke-dasharray="6 4"' : ''} d="${path(points(series)) ?? ''}"><title>${esc(series.name)}</title></path>`,
    );
    if (count <= 24) {
      series.values.forEach((v, j) => {
        if (v !== null) parts.push(`<circle cx="${n(x(j))}" cy="${n(y(v))}" r="3.5" fill="${color}"><title>${esc(`${series.name}, ${data.labels[j]}: ${text.tick(v)}`)}</title></circle>`);
      });
    }
  });
  return svg({ id: text.id, width, height, title: text.title, desc: text.desc, className: 'lines', body: parts.join('\n') });
}

/** A chart's legend: a colour sample (a filled square, or a line, dashed for an expectation) and its label per entry. */
export function legend(entries: { label: string; index: number; line?: 'solid' | 'dashed' }[]): string {
  const items = entries.map(({ label, index, line }) => {
    const sample =
      line === undefined
        ? `<rect width="10" height="10" rx="2" fill="${colorOf(index)}"/>`
        : `<line x1="0" x2="10" y1="5" y2="5" stroke="${colorOf(index)}" stroke-width="2.5"${line === 'dashed' ? ' stroke-dasharray="3 2"' : ''}/>`;
    return `<li><span class="swatch" aria-hidden="true"><svg viewBox="0 0 10 10" width="14" height="14">${sample}</svg></span><span>${esc(label)}</span></li>`;
  });
  return `<ol class="legend">${items.join('')}</ol>`;
}
