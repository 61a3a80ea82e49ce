import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, detectDelimiter, splitQuoted } from '../../src/import/csv';
import { createBillReader } from '../../src/import/index';
import { alipayCsv, fixture, gbk, inflateRaw, read } from './helpers';

function rows(text: string, chunks: number[] = [text.length], plain = false): [string[], number][] {
  const out: [string[], number][] = [];
  const splitter = new CsvSplitter(
    (cells, line) => out.push([cells, line]),
    ',',
    plain
      ? (t, start, end, line) => {
          if (t.slice(start, end).includes('"')) return false;
          out.push([t.slice(start, end).split(','), line]);
          return true;
        }
      : undefined,
  );
  let at = 0;
  for (const size of chunks) {
    splitter.push(text.slice(at, at + size));
    at += size;
  }
  splitter.push(text.slice(at));
  splitter.end();
  return out;
}

describe('the CSV splitter', () => {
  it('reads WeChat quoting: junk after a closing quote, literal quotes inside unquoted cells', () => {
    expect(splitQuoted('2019-09-26,"商户消费","3985734"\t,"/"', ',')).toEqual(['2019-09-26', '商户消费', '3985734\t', '/']);
    expect(splitQuoted('a,点击底部"多多视频",b', ',')).toEqual(['a', '点击底部"多多视频"', 'b']);
    expect(splitQuoted('"say ""hi""",x', ',')).toEqual(['say "hi"', 'x']);
    expect(splitQuoted('"open', ',')).toBeUndefined();
  });

  it('joins a quoted cell that spans lines and numbers rows by their first line', () => {
    expect(rows('h1,h2\n"a\nb",c\nd,e\n')).toEqual([
      [['h1', 'h2'], 1],
      [['a\nb', 'c'], 2],
      [['d', 'e'], 4],
    ]);
  });

  it('handles CRLF, a lone-CR file and a last line without a break', () => {
    expect(rows('a,b\r\nc,d').map(([cells]) => cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rows('a,b\rc,d\r').map(([cells]) => cells)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives up on a stray quote after 50 lines instead of swallowing the file', () => {
    const text = `"stray,x\n${Array.from({ length: 60 }, (_, i) => `r${i},v`).join('\n')}\n`;
    const out = rows(text);
    expect(out[0]).toEqual([['"stray', 'x'], 1]);
    expect(out.at(-1)).toEqual([['r59', 'v'], 61]);
    expect(out).toHaveLength(61);
  });

  it('yields the same rows however the text is cut into chunks', () => {
    const text = 'h1,h2,h3\r\n"q,1",x,y\r\n2,"multi\r\nline",z\r\n3,4,5\r\nlast,row,here';
    const whole = rows(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 20 }), fc.boolean(), (cuts, plain) => {
        expect(rows(text, cuts, plain)).toEqual(whole);
      }),
    );
  });

  it('tells a tab-separated save from a comma-separated one by the header line', () => {
    expect(detectDelimiter('x\n交易时间\t交易分类\t金额\n')).toBe('\t');
    expect(detectDelimiter('交易时间,交易分类,金额\n')).toBe(',');
    expect(detectDelimiter('no header here')).toBe(',');
  });
});

describe('the streaming reader', () => {
  it('gives the same bill for any chunking of the bytes, multi-byte characters cut included', () => {
    const bytes = gbk(
      alipayCsv([
        { time: '2026-02-03 10:00:00', dir: '支出', amount: '12.00', peer: '某餐厅' },
        { time: '2026-02-04 10:00:00', dir: '收入', amount: '100.00', category: '转账红包', peer: '李四' },
        { time: '2026-02-05 10:00:00', dir: '不计收支', amount: '12.00', category: '退款', item: '退款-午饭', status: '退款成功' },
      ]),
    );
    const whole = read('a.csv', bytes);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const reader = createBillReader('a.csv', { lang: 'en', inflateRaw });
        let at = 0;
        for (const size of sizes) {
          reader.push(bytes.subarray(at, at + size));
          at += size;
        }
        reader.push(bytes.subarray(at));
        const bill = reader.end();
        expect(bill.txns.toArray()).toEqual(whole.txns.toArray());
        expect(bill.counts).toEqual(whole.counts);
        expect(bill.statedPeriod).toEqual(whole.statedPeriod);
      }),
      { numRuns: 60 },
    );
  });

  it('streams an XLSX too (its bytes are gathered, then read)', () => {
    const bytes = fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx');
    const reader = createBillReader('w.xlsx', { lang: 'en', inflateRaw });
    for (let at = 0; at < bytes.length; at += 1000) reader.push(bytes.subarray(at, at + 1000));
    expect(reader.end().rows).toBe(27);
  });
});
