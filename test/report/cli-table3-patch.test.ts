/**
 * The tables are drawn by cli-table3 changed at build time (scripts/cli-table3-patch.mjs). These
 * tests notice when the installed cli-table3 no longer matches what the changes expect (an upstream
 * fix or rewrite), prove that the built bundle and the cli-table3 the tests load are the changed
 * one, and that the changes alter nothing drawn: the original, loaded by Node's own require
 * (outside vitest's transform), draws the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { patchSource, TARGETS } from '../../scripts/cli-table3-patch.mjs';
import { drawTable } from '../../src/report/grid';
import { displayWidth } from '../../src/report/text-layout';

const require = createRequire(import.meta.url);
type TableClass = typeof Table;
const Original = require('cli-table3') as TableClass;

describe('the installed cli-table3 matches the build-time changes', () => {
  it('is the exact version package.json pins (a new version must be looked at before it is used)', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['cli-table3'];
    const installed = JSON.parse(readFileSync(join('node_modules', 'cli-table3', 'package.json'), 'utf8')).version;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
  });
  for (const target of TARGETS) {
    const name = target.file.slice(target.file.indexOf('cli-table3'));
    it(`${name} holds \`${target.find.trim().split('\n')[0]}\` exactly once, and the change replaces it`, () => {
      expect(target.file).toContain(join('node_modules', 'cli-table3', 'src'));
      const source = readFileSync(target.file, 'utf8');
      expect(source.split(target.find).length - 1).toBe(1);
      const patched = patchSource(target.file, source);
      expect(patched).not.toContain(target.find);
      expect(patched).toContain(target.replace);
    });
  }
  it('the slow call is gone: nothing truncates the whole cell any more', () => {
    const file = TARGETS[0]!.file;
    expect(readFileSync(file, 'utf8')).toMatch(/utils\.truncate\(this\.content\b/);
    expect(patchSource(file, readFileSync(file, 'utf8'))).not.toMatch(/utils\.truncate\(this\.content\b/);
  });
  it('a change refuses a file where its text is missing or doubled', () => {
    const target = TARGETS.find((t) => t.file.endsWith('utils.js'))!;
    expect(() => patchSource(target.file, 'module.exports = {};')).toThrow(/exactly once .* found it 0 times/);
    expect(() => patchSource(target.file, `${target.find}\n${target.find}`)).toThrow(/found it 2 times/);
  });
});

/**
 * With a debug level set, cli-table3 records a message per cell holding the preview the slow call
 * built: its first 10 columns, "abcdefghi…". Changed, the message holds the whole cell.
 */
function debugPreview(Class: TableClass): string[] {
  // The debug API cli-table3 has but does not declare.
  const Debug = Class as unknown as {
    new (options: { debug: number | string }): { push(...rows: string[][]): number; toString(): string; messages: string[] };
    reset(): void;
  };
  const table = new Debug({ debug: 2 });
  try {
    Debug.reset();
    table.push(['abcdefghijklmnopqrstuvwxyz']);
    table.toString();
    return table.messages.filter((m) => m.includes('Cell'));
  } finally {
    Debug.reset();
    new Debug({ debug: '0' }); // the level is global to the module: back to none
  }
}

/** A cell line holding characters string-width measures unlike displayWidth, exactly as wide as its column by ours. */
const disputed = 'a🚀✅\u200bb';

function disputedTable(Class: TableClass): string {
  const table = new Class({ head: ['h'], colWidths: [displayWidth(disputed) + 2], wordWrap: false, style: { head: [], border: [] } });
  table.push([disputed]);
  return table.toString();
}

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const plain = { head: [], border: [] };

/** Tables of every shape the changes touch: ours, and the layouts (missing cells, spans, own characters) they must leave alone. */
const tables: [string, (Class: TableClass) => string][] = [
  ['a diagnosis-like table: fixed widths, coloured multi-line cells', (Class) => {
    const t = new Class({ head: ['严重程度', '发现 → 建议', '何时'], colWidths: [10, 30, 12], wordWrap: false, style: { ...plain, 'padding-left': 1, 'padding-right': 1 } });
    t.push([`${bold('严重')}\n信用行为`, `${bold('借呗逾期')}\ncredit/overdue\n尚未结清：借呗（47天）`, '2027-05-01'], ['低', 'x', '']);
    return t.toString();
  }],
  ['a schedule-like table: many rows, right-aligned', (Class) => {
    const t = new Class({ head: ['月份', '借呗', '剩余'], colAligns: ['left', 'right', 'right'], style: plain });
    for (let i = 0; i < 40; i++) t.push([`2027-${i}`, `${i * 1000}.00`, `${(40 - i) * 999}.50`]);
    return t.toString();
  }],
  ['rows missing cells', (Class) => {
    const t = new Class({ head: ['a', 'b', 'c'], style: plain });
    t.push(['1'], ['1', '2'], [], ['1', '2', '3']);
    return t.toString();
  }],
  ['row and column spans', (Class) => {
    const t = new Class({ style: plain });
    t.push([{ content: 'tall', rowSpan: 3 }, { content: 'wide', colSpan: 2 }], ['x', 'y'], [{ content: 'both', colSpan: 2, rowSpan: 2 }], ['z']);
    return t.toString();
  }],
  ['a cell with border characters of its own, beside the table’s', (Class) => {
    const t = new Class({ chars: { mid: '=', 'mid-mid': '#' }, style: plain });
    t.push(['a', { content: 'b', chars: { left: '!', middle: '?' } }], ['c', 'd']);
    return t.toString();
  }],
  ['two tables with different characters, each drawn twice', (Class) => {
    const one = new Class({ chars: { top: '=' }, style: plain });
    const two = new Class({ chars: { top: '~' }, style: plain });
    one.push(['1']);
    two.push(['2']);
    return [one.toString(), two.toString(), one.toString(), two.toString()].join('\n');
  }],
];

describe.each([
  ['the built bundle (dist/cli-table3.cjs)', () => require('../../dist/cli-table3.cjs') as TableClass],
  ['the cli-table3 the tests load (vitest.config.ts)', () => Table],
])('%s', (_, load) => {
  it('is not the original (the checks below would pass vacuously)', () => {
    expect(load()).not.toBe(Original);
  });
  it('no longer truncates every cell for a debug preview', () => {
    expect(debugPreview(Original)).toEqual([expect.stringContaining('Cell abcdefghi…')]);
    expect(debugPreview(load())).toEqual([expect.stringContaining('Cell abcdefghijklmnopqrstuvwxyz')]);
  });
  it('pads by displayWidth: a line our wrap fitted is never cut, and every line is as wide', () => {
    const out = disputedTable(load());
    expect(disputedTable(Original)).toContain('…');
    expect(out).toContain(`│ ${disputed} │`);
    expect(out).not.toContain('…');
    expect(new Set(out.split('\n').map(displayWidth)).size).toBe(1);
  });
  it.each(tables)('draws %s exactly as the original does', (_, draw) => {
    expect(draw(load())).toBe(draw(Original));
  });
});

describe('drawTable', () => {
  it('draws the box with cli-table3’s borders, right-aligning where asked, head included', () => {
    expect(drawTable({ head: ['名称', 'n'], rows: [['a', '12'], ['借呗\n花呗', '3']], aligns: ['left', 'right'] })).toBe(
      ['┌──────┬────┐', '│ 名称 │  n │', '├──────┼────┤', '│ a    │ 12 │', '├──────┼────┤', '│ 借呗 │  3 │', '│ 花呗 │    │', '└──────┴────┘'].join('\n'),
    );
  });
  it('keeps given column widths, and colours only what the cells carry', () => {
    expect(drawTable({ head: ['x'], rows: [[bold('risk')]], widths: [6] })).toBe(
      ['┌────────┐', '│ x      │', '├────────┤', `│ ${bold('risk')}   │`, '└────────┘'].join('\n'),
    );
  });
});
