/**
 * The SVG charts as functions of their data (src/report/html/charts.ts): what the pages of `check`
 * and `plan` use, and the line chart kept for the pages still to come (progress, whatif).
 */
import { describe, expect, it } from 'vitest';
import { barPanels, lineChart, stackedAreaChart } from '../../src/report/html/charts';

const text = { id: 'c', title: 'T <1>', desc: 'D & d', tick: (v: number) => `¥${v}` };
const paths = (svg: string) => [...svg.matchAll(/<path class="series"[^>]*\sd="([^"]*)"/g)].map((m) => m[1]!);

describe('stackedAreaChart', () => {
  it('stacks: each band starts where the one below ends, and the top reaches the largest total', () => {
    const svg = stackedAreaChart({ labels: ['2027-01', '2027-02'], series: [{ name: 'a', values: [30, 10] }, { name: 'b', values: [70, 0] }], marks: [] }, text);
    const [a, b] = paths(svg).map((d) => d.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number)));
    // Band a's top edge (its first points) is band b's bottom edge (its last points, reversed).
    expect(a!.slice(0, 2)).toEqual(b!.slice(2).reverse());
    // The y scale is nice()d to 100: b's top at the first month is the plot's top.
    const tops = b!.slice(0, 2).map(([, y]) => y!);
    expect(Math.min(...tops!)).toBe(44);
    expect(svg).toContain('<title id="c-title">T &lt;1&gt;</title><desc id="c-desc">D &amp; d</desc>');
  });
  it('marks the payoff months that are on the chart, several in one month one above the other', () => {
    const svg = stackedAreaChart(
      {
        labels: ['2027-01', '2027-02'],
        series: [{ name: 'a', values: [1, 0] }],
        marks: [
          { label: '2027-02', number: 1, text: 'a' },
          { label: '2027-02', number: 2, text: 'b' },
          { label: '2030-01', number: 3, text: 'not on the chart' },
        ],
      },
      text,
    );
    const marks = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(marks).toHaveLength(2);
    expect(marks[0]![0]).toBe(marks[1]![0]);
    expect(marks[1]![1]).toBeGreaterThan(marks[0]![1]!);
  });
});

describe('barPanels', () => {
  it('draws a bar per value, the longest for the largest, and words where there is none', () => {
    const svg = barPanels(['x', 'y', 'z'], 1, [{ title: 'P', values: [10, 20, null], format: String, missing: 'never' }], text);
    const widths = [...svg.matchAll(/<rect class="bar( chosen)?"[^>]*width="([\d.]+)"/g)].map((m) => [Boolean(m[1]), Number(m[2])] as const);
    expect(widths).toHaveLength(2);
    expect(widths[1]).toEqual([true, widths[0]![1] * 2]);
    expect(svg).toContain('>never</text>');
  });
});

describe('lineChart', () => {
  it('draws one line per series, broken where a value is missing, dashed for an expectation', () => {
    const svg = lineChart(
      {
        labels: ['2026-01-01', '2026-04-01', '2026-07-01'],
        series: [
          { name: 'debt', values: [100, null, 50] },
          { name: 'plan <first>', values: [100, 80, 60], dashed: true },
        ],
      },
      text,
    );
    const [debt, plan] = paths(svg);
    expect(debt!.match(/M/g)).toHaveLength(2);
    expect(plan!.match(/M/g)).toHaveLength(1);
    expect(svg).toMatch(/data-series="plan &lt;first&gt;"[^>]*stroke-dasharray/);
    expect(svg.match(/<circle /g)).toHaveLength(5);
  });
});
