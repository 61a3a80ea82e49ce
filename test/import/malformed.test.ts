/**
 * Files that are not what they should be: every one is an InputError (exit 2) with a message that
 * says what was expected, or — for damage inside a valid export — a warning, never a wrong figure.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { createBillReader, deriveImport, readBill } from '../../src/import/index';
import { alipayCsv, fixture, gbk, inflateRaw, read, utf8, wechatCsv, xlsx, zip } from './helpers';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('formats that are not a supported bill', () => {
  it('says a bank statement looks like one, names its header line and the formats that are supported', () => {
    const error = inputError(() => read('cmb.csv', fixture('double-entry-generator', 'cmb-debit.csv')));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^cmb\.csv:1:1: not a supported bill export: looks like a bank or card statement\. Supported: /);
    expect(error.message).toMatch(/Alipay app export.*Alipay web export.*WeChat Pay bill.*JD.*Meituan/);
  });

  it('says so in Chinese too', () => {
    const error = inputError(() => readBill('x.csv', utf8('a,b,c\n1,2,3\n'), { lang: 'zh' }));
    expect(error.message).toContain('x.csv:1:1: 不是支持的账单导出文件：看起来是一个列为 a、b、c 的表格');
  });

  it('names the header line of a long file it cannot read, not the row where it gave up', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},商品${i},${i}.00,已完成`);
    const text = ['某某商城订单导出', '导出时间：2026-02-01', '下单时间,商品名称,订单金额,订单状态,收货人', ...rows].join('\n');
    const error = inputError(() => read('shop.csv', utf8(text)));
    expect(error.issues[0]).toMatchObject({ line: 3 });
    expect(error.message).toContain('looks like a table with the columns 下单时间, 商品名称, 订单金额, 订单状态, …');
  });

  it('a header sharing a few names with a layout is another table, not that layout with columns missing', () => {
    // Five of WeChat's names, five of its required columns missing: not "a WeChat CSV lacking …".
    const text = ['某钱包账单', '交易时间,交易类型,收/支,支付方式,备注,变动金额', '2026-02-01 10:00:00,消费,支出,余额,/,12.00'].join('\n');
    const error = inputError(() => read('other.csv', utf8(text)));
    expect(error.issues[0]).toMatchObject({ line: 2 });
    expect(error.message).toContain('not a supported bill export: looks like a table with the columns 交易时间, 交易类型, 收/支, 支付方式, …');
    expect(error.message).not.toContain('WeChat Pay CSV');
  });

  it('refuses empty, binary, PDF and old-Excel files with a reason', () => {
    expect(inputError(() => read('e.csv', new Uint8Array())).message).toContain('empty');
    expect(inputError(() => read('e.csv', utf8(' \n,,,\n'))).message).toContain('empty');
    expect(inputError(() => read('b.bin', Uint8Array.from([1, 0, 2, 0, 0, 0, 7, 0, 0, 9]))).message).toContain('binary');
    expect(inputError(() => read('s.pdf', utf8('%PDF-1.7\n'))).message).toContain('PDF');
    expect(inputError(() => read('s.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).message).toContain('.xls');
  });

  it('explains the password-protected ZIP the bill e-mail links to', () => {
    const locked = zip([{ name: '微信支付账单流水文件(20260101-20260331).xlsx', data: 'secret', encrypted: true }]);
    expect(inputError(() => read('bill.zip', locked)).message).toMatch(/password-protected ZIP/);
  });

  it('reads the bill inside an unlocked ZIP', () => {
    const inner = gbk(alipayCsv([{ time: '2026-02-03 10:00:00', dir: '支出', amount: '12.00' }]));
    const bill = read('bill.zip', zip([{ name: '支付宝交易明细(20260101-20260630).csv', data: inner }]));
    expect(bill).toMatchObject({ format: 'alipay-app', rows: 1 });
  });
});

describe('a header missing a column', () => {
  it('names the column and the line', () => {
    // The WeChat CSV without its 金额(元) column.
    const text = new TextDecoder().decode(fixture('double-entry-generator', 'wechat.csv')).replace('收/支,金额(元),支付方式', '收/支,支付方式');
    const error = inputError(() => read('wechat.csv', utf8(text)));
    expect(error.issues[0]).toMatchObject({ line: 17 });
    expect(error.message).toContain('金额(元)');
    expect(error.message).toContain('WeChat Pay CSV');
  });

  it('in an Alipay header too, in Chinese', () => {
    const text = alipayCsv([]).replace(',交易状态,', ',');
    const error = inputError(() => readBill('a.csv', gbk(text), { lang: 'zh' }));
    expect(error.message).toContain('支付宝 App 账单的表头缺少列：交易状态');
  });
});

describe('a truncated file', () => {
  it('CSV cut in the middle of a row: the row is skipped and named, the rest read', () => {
    const full = fixture('double-entry-generator', 'alipay-app-2023.csv');
    // Cut inside the last row (after its time and category).
    const cut = full.subarray(0, full.length - 60);
    const bill = read('cut.csv', cut);
    expect(bill.rows).toBe(9);
    expect(bill.skipped).toEqual({ count: 1, lines: [35] });
    const codes = deriveImport([bill]).warnings.map((w) => w.code);
    expect(codes).toContain('rowsSkipped');
  });

  it('XLSX cut short: a damaged-file error, not a crash', () => {
    const full = fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx');
    const error = inputError(() => read('cut.xlsx', full.subarray(0, Math.floor(full.length * 0.7))));
    expect(error.message).toMatch(/damaged or truncated/);
  });

  it('states how many records the export declared against how many were read', () => {
    const text = alipayCsv([{ time: '2026-02-03 10:00:00', dir: '支出', amount: '1.00' }]).replace('共1笔记录', '共5笔记录');
    const warnings = deriveImport([read('a.csv', gbk(text))]).warnings;
    expect(warnings).toContainEqual({ code: 'declaredRows', file: 'a.csv', declared: 5, read: 1 });
  });
});

describe('encodings', () => {
  const rows = [{ time: '2026-02-03 10:00:00', dir: '支出' as const, amount: '12.34' }];

  it('reads GBK, UTF-8, UTF-8 with a BOM and UTF-16 alike, whatever the platform', () => {
    const text = alipayCsv(rows);
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const variants: [string, Uint8Array][] = [
      ['gb18030', gbk(text)],
      ['utf-8', utf8(text)],
      ['utf-8-bom', utf8(`\ufeff${text}`)],
      ['utf-16le', le],
      ['utf-16le', Buffer.from(text, 'utf16le')], // no BOM: recognised by its zero bytes
    ];
    for (const [encoding, bytes] of variants) {
      const bill = read('a.csv', bytes);
      expect(bill.encoding).toBe(encoding);
      expect(bill.txns.toArray().map((t) => t.amountFen)).toEqual([1234]);
    }
  });

  it('a file re-saved in the wrong encoding is named as garbled', () => {
    // GBK bytes read as Latin-1 and saved as UTF-8: the classic mojibake.
    const mojibake = utf8(Buffer.from(gbk(alipayCsv(rows))).toString('latin1'));
    const error = inputError(() => read('a.csv', mojibake));
    expect(error.message).toMatch(/garbled/);
  });

  it('counts characters that could not be decoded', () => {
    const bytes = gbk(alipayCsv(rows));
    // A stray lead byte at the end of the item text.
    const text = new TextDecoder('gb18030').decode(bytes);
    const at = Buffer.from(bytes).lastIndexOf(gbk('商品')); // the row's item, not the header
    const broken = Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    expect(text).toContain('商品');
    expect(read('a.csv', broken).replacementChars).toBeGreaterThan(0);
  });
});

describe('an encoding that changes after the first 64 KB', () => {
  const rows = [
    { time: '2026-02-03 10:00:00', dir: '支出' as const, amount: '12.34', peer: '花呗', item: '花呗自动还款', category: '信用借还', status: '还款成功' },
    { time: '2026-03-04 11:00:00', dir: '收入' as const, amount: '500.00', peer: '李四', category: '转账红包' },
  ];
  // A plain-ASCII head longer than what the encoding is guessed on (120 lines of 600 dashes, 72 KB).
  const asciiHead = `${'-'.repeat(600)}\r\n`.repeat(120);
  const chunkings = [65_536, 4096, 1000, 7];

  function readInChunks(bytes: Uint8Array, size: number) {
    const reader = createBillReader('a.csv', { lang: 'en', inflateRaw });
    for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
    return reader.end();
  }

  it('a GBK bill after a plain-ASCII head is read as GB18030, not as UTF-8 gone to U+FFFD', () => {
    const bytes = Uint8Array.from([...utf8(asciiHead), ...gbk(alipayCsv(rows))]);
    expect(bytes.subarray(0, 65_536).every((b) => b < 0x80)).toBe(true);
    for (const size of chunkings) {
      const bill = readInChunks(bytes, size);
      expect(bill.encoding).toBe('gb18030');
      expect(bill.replacementChars).toBe(0);
      expect(bill.txns.toArray().map((t) => [t.kind, t.amountFen])).toEqual([
        ['repayment', 1234],
        ['income', 50000],
      ]);
    }
  });

  it('the first GBK character cut between two chunks is not lost', () => {
    // 姓 is D0 D5 in GBK: D0 could start a UTF-8 character, so a chunk ending on it decides nothing.
    const bytes = Uint8Array.from([...utf8(asciiHead), ...gbk(`姓名：张三\r\n${alipayCsv(rows)}`)]);
    const first = bytes.findIndex((b) => b >= 0x80);
    expect([first, bytes[first], bytes[first + 1]]).toEqual([asciiHead.length, 0xd0, 0xd5]);
    const reader = createBillReader('a.csv', { lang: 'en', inflateRaw });
    reader.push(bytes.subarray(0, 65_536)); // the head the encoding is guessed on: all ASCII
    reader.push(bytes.subarray(65_536, first + 1)); // the lead byte alone ends this chunk
    reader.push(bytes.subarray(first + 1, first + 2));
    reader.push(bytes.subarray(first + 2));
    const bill = reader.end();
    expect([bill.encoding, bill.replacementChars, bill.rows]).toEqual(['gb18030', 0, 2]);
  });

  it('UTF-8 after a plain-ASCII head stays UTF-8', () => {
    const bytes = utf8(asciiHead + alipayCsv(rows));
    for (const size of chunkings) {
      const bill = readInChunks(bytes, size);
      expect([bill.encoding, bill.replacementChars, bill.rows]).toEqual(['utf-8', 0, 2]);
    }
  });

  it('a UTF-8 bill that turns into GBK is refused at the line where it does, whatever the chunks', () => {
    const wechat = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ time: '2026-02-03 10:00:00', dir: '支出' as const, amount: '1.00', peer: `商户${from + i}` }));
    const head = wechatCsv(wechat(600, 0)); // 11 lines before the rows: the last UTF-8 line is 611
    const tail = wechatCsv(wechat(3, 600)).split('\n').slice(11).join('\n').replace(/¥/g, '￥'); // ¥ has no GBK code
    const bytes = Uint8Array.from([...utf8(head), ...gbk(tail)]);
    expect(utf8(head).length).toBeGreaterThan(65_536);
    for (const size of chunkings) {
      const error = inputError(() => readInChunks(bytes, size));
      expect(error.issues).toEqual([{ path: '', line: 612, message: expect.stringMatching(/^the text stops being valid UTF-8 on this line/) }]);
    }
    expect(inputError(() => readBill('a.csv', bytes, { lang: 'zh', inflateRaw })).message).toMatch(/^a\.csv:612:1: 从这一行起文本不再是有效的 UTF-8/);
  });

  it('a byte that is not UTF-8 in a file marked UTF-8 by its BOM is refused with its line', () => {
    const text = `\ufeff${alipayCsv(rows)}`;
    const bytes = utf8(text);
    const at = Buffer.from(bytes).indexOf(utf8('李四'));
    const broken = Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const line = text.slice(0, text.indexOf('李四')).split('\n').length;
    expect(inputError(() => read('a.csv', broken)).issues[0]).toMatchObject({ line });
  });

  it('a UTF-8 file cut inside its last character is read, that character counted as undecodable', () => {
    const bytes = utf8(`${alipayCsv(rows)}汉`);
    const bill = read('a.csv', bytes.subarray(0, bytes.length - 1));
    expect([bill.encoding, bill.replacementChars, bill.rows]).toEqual(['utf-8', 1, 2]);
  });
});

describe('files re-saved by a spreadsheet program', () => {
  it('accepts dropped seconds, slashes, thousands separators, quoting and a lost trailing comma', () => {
    const header = '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注';
    const text = [
      '起始时间：[2026-01-01 00:00:00]    终止时间：[2026-06-30 23:59:59]',
      header,
      '2026/2/3 9:05,餐饮美食,某店,/,午饭,支出,"1,020.00",余额,交易成功,2026020322001400000000000001,,',
      '"2026-02-04 10:00","日用百货","某超市","/","纸巾","支出","￥8.50","花呗","交易成功","2026020422001400000000000002","",""',
      '2026-02-05 11:00:00,转账红包,李四,/,转账,收入,"2,000",余额,交易成功,2.02602E+27,,',
    ].join('\r\n');
    const bill = read('resaved.csv', gbk(text));
    const txns = bill.txns.toArray();
    expect(txns.map((t) => [t.date, t.seconds, t.amountFen, t.kind])).toEqual([
      ['2026-02-03', 9 * 3600 + 5 * 60, 102000, 'spending'],
      ['2026-02-04', 10 * 3600, 850, 'spending'],
      ['2026-02-05', 11 * 3600, 200000, 'income'],
    ]);
    expect(txns[1]!.creditFunded).toBe(true);
    expect(bill.mangledIds).toBe(1);
    expect(deriveImport([bill]).warnings.map((w) => w.code)).toContain('mangledIds');
  });

  it('reads a tab-separated UTF-16 "Unicode text" save', () => {
    const text = alipayCsv([{ time: '2026-02-03 10:00:00', dir: '支出', amount: '5.00' }]).replace(/,/g, '\t');
    const bill = read('unicode.txt', Buffer.from(`\ufeff${text}`, 'utf16le'));
    expect(bill.txns.toArray().map((t) => t.amountFen)).toEqual([500]);
  });

  it('reads a WeChat bill whose times are Excel date serials', () => {
    const rows = [
      ['微信支付账单明细'],
      ['起始时间：[2026-01-01 00:00:00] 终止时间：[2026-03-31 23:59:59]'],
      ['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)', '支付方式', '当前状态', '交易单号', '商户单号', '备注'],
      // 46054.5 = 2026-02-01 12:00 (46023 is 2026-01-01, counting days since 1899-12-30)
      [46054.5, '商户消费', '某店', '/', '支出', 28.16, '零钱', '支付成功', '4200000000000000000000001\t', '/', '/'],
    ];
    const bill = read('w.xlsx', xlsx(rows));
    expect(bill.format).toBe('wechat-xlsx-v2');
    expect(bill.txns.toArray().map((t) => [t.date, t.seconds, t.amountFen])).toEqual([['2026-02-01', 43200, 2816]]);
  });
});

describe('WeChat CSV generated for these tests', () => {
  it('is read through quotes and the tab after them', () => {
    const bill = read('w.csv', utf8(wechatCsv([{ time: '2026-02-03 10:00:00', dir: '支出', amount: '1,234.50', item: '一个"带引号"的商品' }])));
    expect(bill.txns.toArray().map((t) => [t.amountFen, t.label])).toEqual([[123450, '某商户 一个"带引号"的商品']]);
  });

  it('fails clearly without a decompressor for XLSX', () => {
    const error = inputError(() => readBill('w.xlsx', fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx'), { lang: 'en' }));
    expect(error.message).toContain('XLSX');
    expect(() => readBill('w.xlsx', fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx'), { lang: 'en', inflateRaw })).not.toThrow();
  });
});
