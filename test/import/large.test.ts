/**
 * A synthetic export of 20,000 rows (the speed itself is measured by scripts/bench-import.mjs, not
 * asserted here): streamed in 64 KB chunks it gives the same bill as read whole, and its monthly
 * totals match a plain recount of the generated rows.
 */
import { describe, expect, it } from 'vitest';
import { createBillReader, deriveImport } from '../../src/import/index';
import { alipayCsv, gbk, inflateRaw, read, type AlipayRow } from './helpers';

function generate(count: number): { rows: AlipayRow[]; spentFen: Map<string, number>; earnedFen: Map<string, number> } {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const rows: AlipayRow[] = [];
  const spentFen = new Map<string, number>();
  const earnedFen = new Map<string, number>();
  const add = (map: Map<string, number>, month: string, fen: number) => map.set(month, (map.get(month) ?? 0) + fen);
  const start = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2026, 6, 1) - start;
  for (let i = 0; i < count; i++) {
    // Newest first, as exports are.
    const t = new Date(start + span - ((i + 1) * span) / (count + 1));
    const time = t.toISOString().slice(0, 19).replace('T', ' ');
    const month = time.slice(0, 7);
    const fen = 100 + Math.floor(rand() * 50_000);
    const amount = (fen / 100).toFixed(2);
    const id = `2026${String(i).padStart(24, '0')}`;
    const r = rand();
    if (r < 0.7) {
      rows.push({ time, dir: '支出', amount, category: '餐饮美食', peer: `商户${i % 97}`, id, method: r < 0.2 ? '花呗' : '余额' });
      add(spentFen, month, fen);
    } else if (r < 0.8) {
      rows.push({ time, dir: '收入', amount, category: '转账红包', peer: '李四', id });
      add(earnedFen, month, fen);
    } else if (r < 0.9) {
      rows.push({ time, dir: '支出', amount, category: '日用百货', status: '交易关闭', id });
    } else {
      rows.push({ time, dir: '不计收支', amount, category: '投资理财', peer: '某基金', item: '某基金-买入', id });
    }
  }
  return { rows, spentFen, earnedFen };
}

describe('a synthetic 20,000-row export', () => {
  const { rows, spentFen, earnedFen } = generate(20_000);
  const bytes = gbk(alipayCsv(rows, { start: '2026-01-01', end: '2026-06-30' }));

  it('streams in chunks to the same bill as a whole read', () => {
    const whole = read('big.csv', bytes);
    const reader = createBillReader('big.csv', { lang: 'en', inflateRaw });
    for (let at = 0; at < bytes.length; at += 65_536) reader.push(bytes.subarray(at, at + 65_536));
    const streamed = reader.end();
    expect(streamed.rows).toBe(20_000);
    expect(streamed.counts).toEqual(whole.counts);
    expect(streamed.txns.length).toBe(whole.txns.length);
    expect(Array.from(streamed.txns.amountFen.subarray(0, streamed.txns.length))).toEqual(Array.from(whole.txns.amountFen.subarray(0, whole.txns.length)));
  });

  it('derives the months a recount of the generated rows gives', () => {
    const result = deriveImport([read('big.csv', bytes)], { months: 6 });
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    expect(result.sections.spending?.history).toEqual(months.map((month) => ({ month, amount: (spentFen.get(month) ?? 0) / 100 })));
    expect(result.sections.income?.history).toEqual(months.map((month) => ({ month, amount: (earnedFen.get(month) ?? 0) / 100 })));
  });
});
