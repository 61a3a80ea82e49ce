/**
 * The reader's fast path (issue 9's speed criterion) must read every row exactly as the general
 * path does: code-unit readers against the string readers, the span caches against cutting every
 * cell, whole bills read both ways, and the helpers the fast path leans on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBillReader, type ParsedBill } from '../../src/import/index';
import {
  CodeUnits,
  idKeyAt,
  idKeyUnits,
  parentKeyAt,
  parentKeyUnits,
  parseAmountFenAt,
  parseAmountFenUnits,
  readDateTimeAt,
  readDateTimeUnits,
  skipBlanks,
  textKey,
  textKeyAt,
  textKeyUnits,
  trimEndAt,
  type DateTime,
} from '../../src/import/normalize';
import { SpanCache } from '../../src/import/spans';
import { KeyIndex, LabelArena } from '../../src/import/table';
import { alipayCsv, fixture, gbk, inflateRaw, read, wechatCsv, type AlipayRow, type WechatRow } from './helpers';

/** Cell-like text: the characters the readers treat specially, and some that they do not. */
const cellText = fc
  .array(fc.constantFrom(...'0123456789-:. \t\u3000\u00a0\r,_\'E+e¥￥元年月日/x甲乙', '2026-01-31 ', '23:59:59', '12.34', '0.00'), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('the code-unit readers', () => {
  const units = new CodeUnits();
  /** `cell` inside other text, so that offsets matter; returns the text, its code units and the cell's range. */
  const embed = (prefix: string, cell: string, suffix: string) => {
    const text = `${prefix}${cell}${suffix}`;
    return { text, u: units.of(text), start: prefix.length, end: prefix.length + cell.length };
  };

  it('agree with the string readers on any cell', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), cellText, fc.string({ maxLength: 3 }), (prefix, cell, suffix) => {
        const { text, u, start, end } = embed(prefix, cell, suffix);
        const a: DateTime = { date: '', day: 0, seconds: 0 };
        const b: DateTime = { date: '', day: 0, seconds: 0 };
        expect(readDateTimeUnits(text, u, start, end, a)).toBe(readDateTimeAt(text, start, end, b));
        expect(a).toEqual(b);
        expect(parseAmountFenUnits(text, u, start, end)).toBe(parseAmountFenAt(text, start, end));
        expect(idKeyUnits(text, u, start, end)).toBe(idKeyAt(text, start, end));
        expect(parentKeyUnits(text, u, start, end)).toBe(parentKeyAt(text, start, end));
        expect(textKeyUnits(u, start, end)).toBe(textKeyAt(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('read the exports’ own forms in place, and refuse what is not a date or an amount', () => {
    const out: DateTime = { date: '', day: 0, seconds: 0 };
    const at = (cell: string) => embed('x,', cell, ',y');
    const time = (cell: string) => {
      const { text, u, start, end } = at(cell);
      return readDateTimeUnits(text, u, start, end, out) ? `${out.date} ${out.seconds}` : undefined;
    };
    expect(time('2026-10-31 23:59:59')).toBe(`2026-10-31 ${23 * 3600 + 59 * 60 + 59}`);
    expect(time('2026-10-31 00:00:00')).toBe('2026-10-31 0');
    expect(time(' 2026-02-03 04:05:06\t')).toBe(`2026-02-03 ${4 * 3600 + 5 * 60 + 6}`);
    expect(time('2026/2/3 4:05')).toBe(`2026-02-03 ${4 * 3600 + 5 * 60}`);
    expect(time('2026-02-30 12:00:00')).toBeUndefined();
    expect(time('2026-1a-31 12:00:00')).toBeUndefined();
    expect(time('2026-10-31 24:00:00')).toBeUndefined();
    expect(time('2026-10-31 1:-0:00')).toBeUndefined();
    const fen = (cell: string) => {
      const { text, u, start, end } = at(cell);
      return parseAmountFenUnits(text, u, start, end);
    };
    expect(fen('28.16')).toBe(2816);
    expect(fen('28.1')).toBe(2810);
    expect(fen('28')).toBe(2800);
    expect(fen('¥1,234.56')).toBe(123456);
    expect(fen('28.165')).toBe(2817);
    expect(fen('28.')).toBeUndefined();
    expect(fen('')).toBeUndefined();
  });

  it('give one key to the same characters wherever they are, and different keys to different ones', () => {
    const { text, u, start, end } = embed('前缀,', '2026103122001000100000000000', '\t,');
    expect(textKeyUnits(u, start, end)).toBe(textKey('2026103122001000100000000000'));
    const keys = new Set<number>();
    for (let i = 0; i < 50_000; i++) {
      const id = `2026103122001${String(100000000000000 + i)}`;
      keys.add(textKeyUnits(units.of(id), 0, id.length));
    }
    expect(keys.size).toBe(50_000);
    expect(text.slice(start, end)).toBe('2026103122001000100000000000');
  });
});

describe('the span caches', () => {
  const trimmed = (cell: string) => {
    const s = skipBlanks(cell, 0, cell.length);
    return cell.slice(s, trimEndAt(cell, s, cell.length));
  };
  /** Looks a line's cells first … last up as the reader does. */
  const lookup = (cache: SpanCache, line: string, first: number, last: number) => {
    const cells = line.split(',');
    const bounds = new Int32Array(cells.length + 1);
    let at = 0;
    cells.forEach((cell, i) => {
      bounds[i] = at;
      at += cell.length + 1;
    });
    bounds[cells.length] = at;
    const u = new CodeUnits().of(line);
    return cache.lookup(line, u, bounds, first, Math.min(last, cells.length - 1));
  };

  it('give back each cell trimmed, with its facts, whatever the order and however many texts collide', () => {
    const cache = new SpanCache([(text) => text.length, (text) => (text === '交易成功' ? 1 : 2)]);
    const methods = ['余额', '余额宝', '花呗', ' 花呗 ', '花呗\t', '招商银行储蓄卡(1234)', '', '交通银行信用卡(7449)', 'x'.repeat(80)];
    const statuses = ['交易成功', '还款成功', '交易关闭', '', ' 交易成功'];
    // Thousands of distinct spans in a table of 1,024 slots: every lookup must still be exact.
    const spans: [string, string][] = [];
    for (const method of methods) for (const status of statuses) spans.push([method, status]);
    for (let i = 0; i < 3000; i++) spans.push([`商户${i}`, statuses[i % statuses.length]!]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: spans.length - 1 }), { minLength: 1, maxLength: 400 }), (picks) => {
        for (const k of picks) {
          const [method, status] = spans[k]!;
          const slot = lookup(cache, `2026-01-01 00:00:00,${method},${status},1.00`, 1, 2);
          expect(cache.texts[0]![slot]).toBe(trimmed(method));
          expect(cache.texts[1]![slot]).toBe(trimmed(status));
          expect(cache.facts[0]![slot]).toBe(trimmed(method).length);
          expect(cache.facts[1]![slot]).toBe(trimmed(status) === '交易成功' ? 1 : 2);
          expect(cache.keyOf(0, slot)).toBe(textKey(trimmed(method)));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('read the cells a short line lacks as empty', () => {
    const cache = new SpanCache([(text) => text.length, (text) => text.length]);
    let slot = lookup(cache, 'a,b', 1, 2);
    expect([cache.texts[0]![slot], cache.texts[1]![slot]]).toEqual(['b', '']);
    slot = lookup(cache, 'a', 1, 2);
    expect([cache.texts[0]![slot], cache.texts[1]![slot]]).toEqual(['', '']);
    slot = lookup(cache, 'a,b,c', 1, 2);
    expect([cache.texts[0]![slot], cache.texts[1]![slot]]).toEqual(['b', 'c']);
  });
});

/** A bill's content, without the file name, for comparing two reads of the same rows. */
function content(bill: ParsedBill) {
  const { name: _name, txns, ...rest } = bill;
  return { ...rest, txns: txns.toArray() };
}

function readInChunks(bytes: Uint8Array, size: number): ParsedBill {
  const reader = createBillReader('bill.csv', { lang: 'en', inflateRaw });
  // One buffer, reused for every chunk: the reader must copy whatever it keeps.
  const buffer = new Uint8Array(size);
  for (let at = 0; at < bytes.length; at += size) {
    const n = Math.min(size, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n));
    reader.push(buffer.subarray(0, n));
    buffer.fill(0x41);
  }
  return reader.end();
}

describe('the fast path reads rows as the general path does', () => {
  const rows: AlipayRow[] = [
    { time: '2026-03-31 23:59:59', dir: '支出', amount: '28.16', category: '餐饮美食', peer: '肯德基', method: '花呗' },
    { time: '2026-03-31 12:00:00', dir: '支出', amount: '0.00', category: '餐饮美食' },
    { time: '2026-03-30 12:00:00', dir: '收入', amount: '1020.00', category: '转账红包', peer: '李四', item: '转账' },
    { time: '2026-03-30 11:00:00', dir: '不计收支', amount: '28.16', category: '退款', item: '退款-收纳盒', id: '2026010122001400000000000000_1', status: '退款成功' },
    { time: '2026-03-29 10:00:00', dir: '不计收支', amount: '500.00', category: '信用借还', peer: '花呗', item: '花呗主动还款-2026年02月账单', status: '还款成功' },
    { time: '2026-03-29 09:00:00', dir: '不计收支', amount: '5000.00', category: '信用借还', peer: '借呗', item: '借呗借款-放款至余额' },
    { time: '2026-03-28 09:00:00', dir: '支出', amount: '66.00', category: '日用百货', status: '交易关闭' },
    { time: '2026-03-28 08:00:00', dir: '支出', amount: '3.50', category: '交通出行', status: '某种新状态' },
    { time: '2026-03-27 08:00:00', dir: '不计收支', amount: '100.00', category: '投资理财', peer: '天弘基金', item: '余额宝-收益发放' },
    { time: '2026-03-27 07:00:00', dir: '支出', amount: '12.00', category: ' 餐饮美食 ', peer: '\t星巴克', item: ' 拿铁 ', method: '余额宝 ' },
    { time: '2026-03-26 07:00:00', dir: '不计收支', amount: '200.00', category: '充值缴费', peer: '支付宝', item: '提现-实时提现' },
    { time: '2026-03-26 06:00:00', dir: '支出', amount: '7.00', merchantId: 'T200P0001' },
    { time: '2026-03-25', dir: '支出', amount: '9.00' },
    { time: 'not a time', dir: '支出', amount: '9.00' },
  ];
  const text = alipayCsv(rows, { start: '2026-01-01', end: '2026-03-31' });
  // The same rows with the empty 备注 cell quoted: every data line then contains a quote, and goes the general way.
  const quoted = text.replace(/\t,,\r\n/g, '\t,"",\r\n');

  it('on an Alipay export, in GBK and UTF-8, in chunks of any size', () => {
    expect(quoted).not.toBe(text);
    for (const encode of [gbk, (t: string) => Buffer.from(t, 'utf8')]) {
      const bytes = encode(text);
      const fast = read('bill.csv', bytes);
      const general = read('bill.csv', encode(quoted));
      expect(fast.rows).toBe(rows.length - 1);
      expect(content(fast)).toEqual(content(general));
      for (const size of [7, 100, 4096]) expect(content(readInChunks(bytes, size))).toEqual(content(fast));
    }
  });

  it('on a WeChat Pay CSV written without quotes', () => {
    const wechat: WechatRow[] = [
      { time: '2026-03-31 10:00:00', dir: '支出', amount: '28.16', peer: '肯德基' },
      { time: '2026-03-30 10:00:00', dir: '收入', amount: '100.00', type: '转账', peer: '李四' },
      { time: '2026-03-29 10:00:00', dir: '/', amount: '100.10', type: '零钱提现', note: '服务费¥0.10' },
      { time: '2026-03-28 10:00:00', dir: '收入', amount: '28.16', type: '商户消费-退款', status: '已全额退款' },
    ];
    const withQuotes = wechatCsv(wechat, { start: '2026-01-01', end: '2026-03-31' });
    const without = withQuotes.replace(/"/g, '');
    const fast = read('bill.csv', Buffer.from(without));
    const general = read('bill.csv', Buffer.from(withQuotes));
    expect(fast.rows).toBe(wechat.length);
    expect(content(fast)).toEqual(content(general));
  });

  it('on the JD sample (no quotes; amounts such as `131.77(已退款89.84)` are read the general way)', () => {
    const text = new TextDecoder().decode(fixture('double-entry-generator', 'jd.csv'));
    const withQuotes = text.replace(/, ,$/gm, ',"",');
    expect(withQuotes).not.toBe(text);
    const fast = read('jd.csv', Buffer.from(text));
    expect(fast.rows).toBe(26);
    expect(content(fast)).toEqual(content(read('jd.csv', Buffer.from(withQuotes))));
    for (const size of [7, 100, 4096]) expect(content(readInChunks(Buffer.from(text), size))).toEqual(content(fast));
  });

  it('keeps labels for the largest purchases only, and for every draw', () => {
    const many: AlipayRow[] = [];
    for (let i = 0; i < 10_050; i++) {
      many.push({ time: '2026-03-01 10:00:00', dir: '支出', amount: ((i * 7919) % 100_000 / 100 + 1).toFixed(2), peer: `商户${i}` });
    }
    many.push({ time: '2026-03-01 09:00:00', dir: '不计收支', amount: '5000.00', category: '信用借还', peer: '借呗', item: '借呗借款-放款至余额' });
    const bill = read('bill.csv', gbk(alipayCsv(many)));
    const txns = bill.txns.toArray();
    const purchases = txns.filter((t) => t.kind === 'spending');
    const labelled = purchases.filter((t) => t.label !== '');
    expect(labelled).toHaveLength(10_000);
    const cut = [...purchases].map((t) => t.amountFen).sort((a, b) => b - a)[9_999]!;
    expect(labelled.every((t) => t.amountFen >= cut)).toBe(true);
    expect(labelled[0]!.label).toMatch(/^商户\d+ 商品$/);
    expect(txns.filter((t) => t.kind === 'draw').map((t) => t.label)).toEqual(['借呗 借呗借款-放款至余额']);
  });

  it('copies the chunks it keeps (an XLSX arrives whole only at the end)', () => {
    const bytes = fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx');
    expect(content(readInChunks(bytes, 1000))).toEqual(content(read('bill.csv', bytes)));
  });
});

describe('the columnar helpers of the fast path', () => {
  it('KeyIndex walks the rows of a key without an array, and says no to keys it lacks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 300 }), (ids) => {
        const index = new KeyIndex(ids.length);
        ids.forEach((id, i) => (i % 2 === 0 ? index.add(textKey(id), i) : undefined));
        ids.forEach((id, i) => {
          const rows: number[] = [];
          for (let e = index.firstEntry(textKey(id)); e >= 0; e = index.nextEntry(e)) rows.push(index.rowOf(e));
          expect(rows).toEqual(i % 2 === 0 ? [i] : []);
          expect(index.has(textKey(id))).toBe(i % 2 === 0);
        });
      }),
    );
  });

  it('LabelArena joins the two parts and collapses whitespace', () => {
    const arena = new LabelArena();
    const cases: [string, string, string][] = [
      ['肯德基', '午餐', '肯德基 午餐'],
      ['', '午餐', '午餐'],
      ['肯德基', '', '肯德基'],
      ['  肯德基\t ', ' 午餐  套餐 ', '肯德基 午餐 套餐'],
      [' ', '\u3000', ''],
    ];
    for (const [a, b, label] of cases) expect(arena.get(arena.add(a, b))).toBe(label);
  });
});
