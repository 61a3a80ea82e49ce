import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idKeyOfCell, MANGLED_KEY, parseAmountFen, parseDateTime, parseDirection, textKey } from '../../src/import/normalize';
import { KeyIndex, LargestK, TxnTable } from '../../src/import/table';

describe('cell values', () => {
  it('reads the export’s times and what spreadsheet programs make of them', () => {
    expect(parseDateTime('2023-02-12 21:32:14 ')).toMatchObject({ date: '2023-02-12', seconds: 77534 });
    expect(parseDateTime('2023/2/12 21:32')).toMatchObject({ date: '2023-02-12', seconds: 77520 });
    expect(parseDateTime('2023年2月12日')).toMatchObject({ date: '2023-02-12', seconds: -1 });
    // 44969 is 2023-02-12 in Excel's day count; .5 is noon.
    expect(parseDateTime(44969.5)).toMatchObject({ date: '2023-02-12', seconds: 43200 });
    expect(parseDateTime('44969.5')).toMatchObject({ date: '2023-02-12' });
    for (const bad of ['2023-02-30 10:00:00', '2023-02-12 25:00:00', 'yesterday', '', undefined]) expect(parseDateTime(bad)).toBeUndefined();
  });

  it('reads amounts to exact fen', () => {
    const cases: [string | number, number][] = [
      ['49.74', 4974],
      [' 16.03 ', 1603],
      ['¥28.16', 2816],
      ['￥1,234.56', 123456],
      ['"1,020.00"'.replace(/"/g, ''), 102000],
      ['50.0', 5000],
      ['222228.50', 22222850],
      ['0.07', 7],
      ['28.160000000000004', 2816],
      ['0.005', 1],
      [548.58000000000004, 54858],
      [7.0000000000000007e-2, 7],
    ];
    for (const [cell, fen] of cases) expect(parseAmountFen(cell)).toBe(fen);
    for (const bad of ['', 'abc', '1.2.3', '¥']) expect(parseAmountFen(bad)).toBeUndefined();
  });

  it('fen from text agree with decimal arithmetic for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        expect(parseAmountFen(text)).toBe(fen);
        expect(parseAmountFen(`¥${Number(text).toLocaleString('en-US', { minimumFractionDigits: 2 })}`)).toBe(fen);
      }),
    );
  });

  it('maps 收/支 of every layout', () => {
    expect(['支出', '收入', '不计收支', '其他', '/', ''].map(parseDirection)).toEqual(['out', 'in', 'neutral', 'neutral', 'neutral', 'unknown']);
    expect(parseDirection('新的值')).toBeUndefined();
  });

  it('keys order numbers; placeholders match nothing; spreadsheet floats are flagged', () => {
    expect(idKeyOfCell('2023021222001400000000000001\t')).toBe(textKey('2023021222001400000000000001'));
    expect(idKeyOfCell("'2023021222001400000000000001")).toBe(textKey('2023021222001400000000000001'));
    for (const none of ['/', '', 'xxxx', undefined]) expect(idKeyOfCell(none)).toBe(0);
    expect(idKeyOfCell('2.02302E+27')).toBe(MANGLED_KEY);
    expect(idKeyOfCell(2.02302e27)).toBe(MANGLED_KEY);
    expect(idKeyOfCell(123456)).toBe(textKey('123456'));
  });

  it('keys differ for different ids (no collisions among 100,000 sequential order numbers)', () => {
    const keys = new Set<number>();
    for (let i = 0; i < 100_000; i++) keys.add(textKey(`2026010122001400${String(i).padStart(12, '0')}`));
    expect(keys.size).toBe(100_000);
  });
});

describe('the columnar helpers', () => {
  it('LargestK keeps exactly the K largest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 200 }), fc.integer({ min: 1, max: 20 }), (amounts, k) => {
        const largest = new LargestK(k);
        const kept = new Set<number>();
        amounts.forEach((amount, row) => {
          if (!largest.admits(amount)) return;
          kept.add(row);
          const evicted = largest.add(amount, row);
          if (evicted >= 0) kept.delete(evicted);
        });
        const expected = [...amounts].sort((a, b) => b - a).slice(0, k);
        expect([...kept].map((row) => amounts[row]!).sort((a, b) => b - a)).toEqual(expected);
      }),
    );
  });

  it('KeyIndex finds every row recorded under a key, and nothing else', () => {
    const index = new KeyIndex(1000);
    const keys = Array.from({ length: 1000 }, (_, i) => textKey(`id-${i}`));
    keys.forEach((key, i) => {
      index.add(key, i);
      if (i % 3 === 0) index.add(key, i + 10_000);
    });
    expect(index.rows(keys[3]!).sort((a, b) => a - b)).toEqual([3, 10_003]);
    expect(index.rows(keys[4]!)).toEqual([4]);
    expect(index.has(textKey('absent'))).toBe(false);
    expect(index.rows(0)).toEqual([]);
  });

  it('TxnTable round-trips rows and concatenates files', () => {
    const txn = {
      file: 0, line: 3, platform: 'wechat' as const, date: '2026-02-03', seconds: 60, kind: 'draw' as const, reason: 'draw' as const,
      amountFen: 500000, orderKey: textKey('abcdef'), merchantKey: 0, parentKey: 0, counterpartyKey: 0, label: '微众银行 微粒贷借款',
      creditFunded: false, otherPlatform: '' as const, lender: '微粒贷',
    };
    const a = TxnTable.from([txn]);
    expect(a.get(0)).toEqual(txn);
    const both = TxnTable.concat([a, TxnTable.from([{ ...txn, line: 9 }])]);
    expect(both.toArray().map((t) => [t.file, t.line, t.lender, t.label])).toEqual([
      [0, 3, '微粒贷', '微众银行 微粒贷借款'],
      [1, 9, '微粒贷', '微众银行 微粒贷借款'],
    ]);
  });
});
