/**
 * A progress line on long imports (issue 23): on stderr, at a terminal only, for a file still
 * being read after a second, erased before the summary. The clock is the test's own: each reading
 * of it advances by a fixed step, so nothing here depends on how fast the machine is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import';
import { alipayCsv, cliContext, gbk, type AlipayRow } from './helpers';
import { tempDir } from '../temp';

const context = () => cliContext();

/** A clock that moves `step` ms each time it is read. */
const ticking = (step: number) => {
  let now = 0;
  return () => (now += step);
};

// About 3,000 rows: a few hundred kilobytes, read in 64 KB chunks.
const rows: AlipayRow[] = Array.from({ length: 3000 }, (_, i) => ({
  time: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')} 12:00:00`,
  dir: '支出',
  amount: '12.50',
  category: '餐饮美食',
  peer: `某餐厅${i % 50}`,
  item: '午饭套餐，两荤一素，米饭和汤',
}));
const dir = tempDir('limit-audit-progress-');
const bill = join(dir, 'big.csv');
writeFileSync(bill, gbk(alipayCsv(rows, { start: '2026-01-01', end: '2026-03-31' })));
const options = { bills: [bill], months: 6, yes: false };
const noAsk = { ask: () => Promise.reject(new Error('no prompt expected')) };

describe('the progress line', () => {
  it('is drawn at a terminal for a file still being read after a second, and erased before the summary', async () => {
    const { ctx, err } = context();
    expect(await runImport(options, ctx, { ...noAsk, progress: { isTTY: true, now: ticking(400) } })).toBe(0);
    const draws = err.filter((text) => text.startsWith('\r') && text.length > 4);
    expect(draws.length).toBeGreaterThan(0);
    for (const text of draws) expect(text).toMatch(new RegExp(`^\\r${bill.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d{1,3} % \\(\\d+\\.\\d of \\d+\\.\\d MB\\)\\u001b\\[K$`));
    // The line is erased, and only then comes the summary.
    const cleared = err.indexOf('\r\u001b[K');
    expect(cleared).toBeGreaterThan(err.indexOf(draws.at(-1)!));
    expect(err.findIndex((text) => text.includes('Alipay app export'))).toBeGreaterThan(cleared);
  });

  it('is not drawn within the first second', async () => {
    const { ctx, err } = context();
    await runImport(options, ctx, { ...noAsk, progress: { isTTY: true, now: ticking(1) } });
    expect(err.join('')).not.toContain('\r');
  });

  it('is never drawn when stderr is not a terminal', async () => {
    const { ctx, err } = context();
    await runImport(options, ctx, { ...noAsk, progress: { isTTY: false, now: ticking(400) } });
    expect(err.join('')).not.toContain('\r');
  });
});
