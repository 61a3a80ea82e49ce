import { describe, expect, it } from 'vitest';
import { inLastMonths } from '../../src/dates';
import { parseDate, parseMoney, parseMonth, parseNumber, parseRate, parseRememberedDate, spreadCounts } from '../../src/interview/questions/parse';

const value = <T>(parsed: { ok: true; value: T } | { ok: false }) => (parsed.ok ? parsed.value : 'refused');

describe('parseMoney', () => {
  it.each([
    ['12000', 12000],
    ['1.2万', 12000],
    ['12,000', 12000],
    ['¥12,000.50', 12000.5],
    ['￥12，000．50', 12000.5], // full-width, as a Chinese IME types it
    ['１２０００', 12000],
    ['12000元', 12000],
    ['1.2万元', 12000],
    ['1.2w', 12000],
    ['3.5k', 3500],
    ['3千', 3000],
    ['1亿', 100_000_000],
    ['12 000', 12000],
    ['CNY 800', 800],
    ['0.5', 0.5],
    ['1,234,567.89', 1234567.89],
  ])('reads %s as %s yuan', (text, yuan) => {
    expect(value(parseMoney(text))).toBe(yuan);
  });

  it('multiplies exactly: 1.23456万 is 12345.6, not 12345.599999999999', () => {
    expect(value(parseMoney('1.23456万'))).toBe(12345.6);
    expect(value(parseMoney('0.0001万'))).toBe(1);
  });

  it('keeps a third decimal and a sign, for the schema to refuse with its own message', () => {
    expect(value(parseMoney('12000.555'))).toBe(12000.555);
    expect(value(parseMoney('-500'))).toBe(-500);
    expect(value(parseMoney('-¥500'))).toBe(-500);
  });

  it('refuses what is not an amount, and says when commas are misplaced', () => {
    for (const text of ['', 'abc', '12a', '1.2.3', '万', '¥', '1e5', 'NaN', 'Infinity']) {
      expect(parseMoney(text)).toEqual({ ok: false, reason: 'money' });
    }
    expect(parseMoney('12,5')).toEqual({ ok: false, reason: 'commas' });
    expect(parseMoney('1,2000')).toEqual({ ok: false, reason: 'commas' });
  });
});

describe('parseNumber and parseRate', () => {
  it('reads counts with or without a unit word', () => {
    expect(value(parseNumber('3'))).toBe(3);
    expect(value(parseNumber('3次'))).toBe(3);
    expect(value(parseNumber('12 months'))).toBe(12);
    expect(value(parseNumber('2.5'))).toBe(2.5); // the schema then says "a whole number"
    expect(parseNumber('three')).toEqual({ ok: false, reason: 'number' });
  });

  it('reads percentages and decimals exactly', () => {
    expect(value(parseRate('18.25%'))).toBe(0.1825);
    expect(value(parseRate('0.05%'))).toBe(0.0005);
    expect(value(parseRate('0.1825'))).toBe(0.1825);
    expect(value(parseRate('18.25'))).toBe(18.25); // the schema suggests 0.1825
    expect(parseRate('18%%')).toEqual({ ok: false, reason: 'rate' });
  });
});

describe('dates', () => {
  it('re-spells common ways of writing a date, and leaves checking to the schema', () => {
    expect(value(parseDate('2026-08-15'))).toBe('2026-08-15');
    expect(value(parseDate('2026/8/5'))).toBe('2026-08-05');
    expect(value(parseDate('2026.8.5'))).toBe('2026-08-05');
    expect(value(parseDate('2026年8月5日'))).toBe('2026-08-05');
    expect(value(parseDate('2026-02-30'))).toBe('2026-02-30');
    expect(parseDate('15/08/2026')).toEqual({ ok: false, reason: 'date' });
    expect(value(parseMonth('2026年8月'))).toBe('2026-08');
    expect(value(parseMonth('2026/8'))).toBe('2026-08');
  });

  it('takes a remembered month as its 15th, or as_of when the 15th has not come yet', () => {
    expect(value(parseRememberedDate('2026-08', '2026-11-01'))).toEqual({ date: '2026-08-15', fromMonth: true });
    expect(value(parseRememberedDate('2026-11', '2026-11-03'))).toEqual({ date: '2026-11-03', fromMonth: true });
    expect(value(parseRememberedDate('2026-08-02', '2026-11-01'))).toEqual({ date: '2026-08-02', fromMonth: false });
  });
});

describe('spreadCounts', () => {
  const asOf = '2026-11-01';

  it('puts each count inside its window, and the difference in the band before it', () => {
    // 1 in the last month, 3 in the last 3 months, 4 in the last 6: 1 + 2 + 1 dates.
    const dates = spreadCounts(asOf, [1, 3, 6], [1, 3, 4]);
    expect(dates).toHaveLength(4);
    expect(dates.filter((d) => inLastMonths(d, asOf, 1))).toHaveLength(1);
    expect(dates.filter((d) => inLastMonths(d, asOf, 3))).toHaveLength(3);
    expect(dates.filter((d) => inLastMonths(d, asOf, 6))).toHaveLength(4);
    expect([...dates].sort()).toEqual(dates); // oldest first
  });

  it('spreads evenly: 3 in the last month (2026-10-01, 31 days) are 5, 16 and 26 days in', () => {
    // offsets round((i + 0.5) × 31 / 3) = 5, 16, 26 days after 2026-10-01
    expect(spreadCounts(asOf, [1, 3, 6], [3, 3, 3])).toEqual(['2026-10-06', '2026-10-17', '2026-10-27']);
  });

  it('gives nothing for zero counts, and never a date past as_of', () => {
    expect(spreadCounts(asOf, [1, 3, 6], [0, 0, 0])).toEqual([]);
    const many = spreadCounts(asOf, [1, 3, 6], [100, 100, 100]);
    expect(many).toHaveLength(100);
    expect(many.every((d) => d > '2026-10-01' && d <= asOf)).toBe(true);
  });
});
