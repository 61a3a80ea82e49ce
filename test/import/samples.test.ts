/**
 * Every real-format sample: its layout is recognised by its header, and the figures derived from
 * it match totals worked out by hand from the file (each listed row and its sum is in a comment).
 */
import { describe, expect, it } from 'vitest';
import { deriveImport, type ImportResult, type MonthFigures } from '../../src/import/index';
import { fixture, read } from './helpers';

const month = (result: ImportResult, m: string): MonthFigures => {
  const found = result.months.find((f) => f.month === m);
  if (!found) throw new Error(`no figures for ${m}`);
  return found;
};

describe('Alipay app export, current layout (DEG sample, GBK)', () => {
  const bill = read('alipay-app-2023.csv', fixture('double-entry-generator', 'alipay-app-2023.csv'));

  it('is recognised by its header on line 25, decoded from GBK', () => {
    expect(bill).toMatchObject({ platform: 'alipay', format: 'alipay-app', encoding: 'gb18030', headerLine: 25, rows: 10 });
    expect(bill.statedPeriod).toEqual({ start: '2023-02-10', end: '2023-02-13' });
    // The sample's test rows reach beyond the stated period; the file covers what it holds.
    expect(bill.seenPeriod).toEqual({ start: '2023-01-09', end: '2023-07-10' });
    expect(bill.declaredRows).toBe(66);
  });

  it('classifies every row', () => {
    // 2 purchases + 2 in July; 1 transfer received; 2 refunds; 1 fund sale; 2 closed trades.
    expect(bill.counts).toEqual({ income: 1, spending: 4, refund: 2, repayment: 0, draw: 0, neutral: 1, ignored: 2 });
  });

  it('derives the months it fully covers, refunds netted', () => {
    const result = deriveImport([bill], { months: 6 });
    // Covered 2023-01-09 … 2023-07-10: February to June are whole months.
    expect(result.sections.spending?.history?.map((h) => h.month)).toEqual(['2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    // February: 亲情卡 49.74 (paid by credit card) + 商品示例 20.00 (等待确认收货: paid into escrow)
    // − refund 16.03 whose purchase is not in the file = 53.71.
    expect(month(result, '2023-02')).toMatchObject({ spendingFen: 4974 + 2000 - 1603, creditFundedFen: 4974, refundsFen: 1603, incomeFen: 0 });
    expect(result.sections.spending?.history?.[0]).toEqual({ month: '2023-02', amount: 53.71 });
    // January is partial: the transfer of 222,228.50 is there but not in the history.
    expect(month(result, '2023-01')).toMatchObject({ complete: false, incomeFen: 22222850 });
    // The 一卡通 top-up of 50.00 was closed and refunded: neither counts (refund id = <original>_<n>).
    expect(month(result, '2023-01').spendingFen).toBe(0);
    expect(result.stats.refundsOfClosed).toBe(1);
    // July (partial): 9.90 + 82.00.
    expect(month(result, '2023-07')).toMatchObject({ complete: false, spendingFen: 990 + 8200 });
    expect(result.sections.income?.history.every((h) => h.amount === 0)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['declaredRows', 'unmatchedRefunds', 'partialMonths', 'noIncomeForLarge', 'noDraws']),
    );
  });
});

describe('Alipay app export, 2021 layout (DEG sample)', () => {
  const bill = read('alipay-app-2021.csv', fixture('double-entry-generator', 'alipay-app-2021.csv'));

  it('is recognised although 收/支 comes first and 交易时间 last; the footer gives period and holder', () => {
    expect(bill).toMatchObject({ format: 'alipay-app-2021', encoding: 'gb18030', headerLine: 2, rows: 16, ownerName: 'TripleZ', declaredRows: 21 });
    expect(bill.statedPeriod).toEqual({ start: '2021-05-19', end: '2021-06-19' });
  });

  it('reads 其他 as neutral, fund yield as neither income nor spending, refunds of a closed trade as nothing', () => {
    // income: 商品 10.00, 转账 42.00; spending: 6.51, 87.90, 79.00, 31.00, 7.50; refunds: the two
    // 109.90 rows; neutral: 5 fund/余额宝 moves and the 收益发放 0.11; ignored: the closed 109.90.
    expect(bill.counts).toEqual({ income: 2, spending: 5, refund: 2, repayment: 0, draw: 0, neutral: 6, ignored: 1 });
    const result = deriveImport([bill], { months: 6 });
    // Covered 2020-06-02 … 2021-12-11 → the last 6 whole months are 2021-06 … 2021-11.
    expect(result.sections.income?.history).toEqual([
      { month: '2021-06', amount: 52 }, // 10.00 + 42.00
      { month: '2021-07', amount: 0 },
      { month: '2021-08', amount: 0 },
      { month: '2021-09', amount: 0 }, // 3,000 + 20 of fund purchases are neutral
      { month: '2021-10', amount: 0 },
      { month: '2021-11', amount: 0 },
    ]);
    // June: 相互宝 6.51 only; the 109.90 order was closed and both refund rows point at it.
    expect(result.sections.spending?.history?.[0]).toEqual({ month: '2021-06', amount: 6.51 });
    expect(result.stats.refundsOfClosed).toBe(2);
    // December (partial): 31.00 + 7.50.
    expect(month(result, '2021-12')).toMatchObject({ complete: false, spendingFen: 3850 });
    // The bills' mean income, 52.00 / 6 months = 8.67, is no whole income: half of it (4.34) once
    // made 6.51, 7.50 and 31.00 "large". No line is drawn from it; the summary asks for --large.
    expect(result.large).toEqual({ source: 'none' });
    expect(result.sections.spending?.large_purchases).toBeUndefined();
    expect(result.warnings).toContainEqual({ code: 'lowBillIncome', incomeFen: 867 });
    // With --large (or a profile's income) the line is the user's.
    const withLine = deriveImport([bill], { months: 6, largeFen: 3000 });
    expect(withLine.sections.spending?.large_purchases).toEqual([{ date: '2021-12-11', amount: 31, note: '北京稻香村食品有限责任公司' }]);
  });
});

describe('Alipay web export (DEG sample)', () => {
  const bill = read('alipay-web-2019.csv', fixture('double-entry-generator', 'alipay-web-2019.csv'));

  it('is recognised by 交易号 / 交易创建时间 …, period from the preamble', () => {
    expect(bill).toMatchObject({ format: 'alipay-web', encoding: 'gb18030', headerLine: 5, rows: 7, declaredRows: 6 });
    expect(bill.statedPeriod).toEqual({ start: '2019-08-01', end: '2019-10-01' });
  });

  it('nets a partial refund against its purchase and drops a refunded closed trade', () => {
    const result = deriveImport([bill], { months: 6 });
    // 住院预交金 3,000.00 − refund 2,725.42 (id 987654_321 → 987654) = 274.58, in February 2021 (partial).
    expect(month(result, '2021-02')).toMatchObject({ complete: false, spendingFen: 300000 - 272542, refundsFen: 272542 });
    expect(result.stats.refundsMatched).toBe(1);
    // 肯德基 83.00 closed after a full refund (202011_133899 → 202011): nothing counts.
    expect(result.stats.refundsOfClosed).toBe(1);
    const all = deriveImport([bill], { months: 24 });
    // September 2019: 27.00 + 27.00 spent; the 0.01 of 余额宝 yield (收入 from a fund company) is
    // the user's savings growing, not income.
    expect(month(all, '2019-09')).toMatchObject({ complete: true, spendingFen: 5400, incomeFen: 0 });
  });
});

describe('WeChat Pay CSV and both XLSX layouts (DEG samples)', () => {
  const csv = read('wechat.csv', fixture('double-entry-generator', 'wechat.csv'));
  const v2 = read('wechat-xlsx-2026.xlsx', fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx'));
  const v1 = read('wechat-xlsx-2025.xlsx', fixture('double-entry-generator', 'wechat-xlsx-2025.xlsx'));

  it('recognises each layout by its header, wherever it is', () => {
    expect(csv).toMatchObject({ platform: 'wechat', format: 'wechat-csv', encoding: 'utf-8', headerLine: 17, rows: 27 });
    // v2: a 4th note line moves the header to row 18, amounts are numbers formatted ¥#,##0.00.
    expect(v2).toMatchObject({ format: 'wechat-xlsx-v2', encoding: 'xlsx', headerLine: 18, rows: 27 });
    expect(v1).toMatchObject({ format: 'wechat-xlsx-v1', encoding: 'xlsx', headerLine: 17, rows: 27 });
    for (const bill of [csv, v1, v2]) expect(bill.statedPeriod).toEqual({ start: '2019-08-01', end: '2019-09-30' });
  });

  it('classifies 零钱 / 零钱通 / 理财通 moves as neutral, a withdrawal fee as spending, a card repayment as a lender repayment', () => {
    // income: 红包 0.35, 二维码收款 23.00, 2 × 0.07 cash-back, 赞赏 5.00;
    // spending: 11 purchases and transfers + 3 withdrawal fees; repayment: 信用卡还款 548.58;
    // neutral: 转入零钱通 ×2, 零钱通转出 ×2, 理财通 ×2, 零钱充值 ×1.
    expect(csv.counts).toEqual({ income: 5, spending: 14, refund: 0, repayment: 1, draw: 0, neutral: 7, ignored: 0 });
    const fees = csv.txns.toArray().filter((t) => t.reason === 'fee').map((t) => t.amountFen);
    expect(fees).toEqual([10, 10, 100]); // 服务费¥0.10, ¥0.10, ¥1.00 — not the 100.10 / 10.10 / 1001.10 withdrawn
  });

  it('derives the same figures from the CSV and from both XLSX files', () => {
    const fromCsv = deriveImport([csv], { months: 120 });
    // The rows span 2017-10-20 … 2024-06-07; whole months 2017-11 … 2024-05.
    const history = fromCsv.sections.spending!.history!;
    expect(history[0]!.month).toBe('2017-11');
    expect(history.at(-1)!.month).toBe('2024-05');
    const sum = (xs: { amount: number }[]) => Math.round(xs.reduce((s, x) => s + x.amount * 100, 0));
    // income: 0.35 + 23.00 + 0.07 + 0.07 + 5.00 = 28.49
    expect(sum(fromCsv.sections.income!.history)).toBe(35 + 2300 + 7 + 7 + 500);
    // spending: 28.16 + 12.00 + 500.00 + fees (0.10 + 0.10 + 1.00) + 2,243.46 + 12.00 + 12.00 + 36.99
    //           + 9.90 + 50.00 = 2,905.71 (the two 0.01 rows of 2024-06 are in a partial month)
    expect(sum(history)).toBe(2816 + 1200 + 50000 + 10 + 10 + 100 + 224346 + 1200 + 1200 + 3699 + 990 + 5000);
    expect(month(fromCsv, '2021-07').spendingFen).toBe(120); // the three withdrawal fees
    // The 信用卡还款 of 2017-10-20 falls in the partial first month: no lender transfer in the history.
    expect(fromCsv.sections.spending!.lender_transfers_per_month).toBe(0);
    for (const bill of [v1, v2]) {
      const fromXlsx = deriveImport([bill], { months: 120 });
      expect(fromXlsx.months).toEqual(fromCsv.months);
      expect(fromXlsx.sections).toEqual(fromCsv.sections);
    }
  });
});

describe('Alipay app export with the 2025 divider (beancount-daoru synthetic sample)', () => {
  const bytes = fixture('beancount-daoru', '支付宝交易明细(20201122-20201214).csv');
  const bill = read('支付宝交易明细(20201122-20201214).csv', bytes);

  it('is recognised although its preamble is one line shorter', () => {
    expect(bill).toMatchObject({ format: 'alipay-app', headerLine: 25, rows: 24, declaredRows: 35 });
    expect(bill.ownerName).toBeUndefined(); // 姓名：*** is masked
  });

  it('sums purchases as an independent reading of the file does', () => {
    // Independently: decode, take the rows after the header, sum 支出 rows whose status means paid.
    const lines = new TextDecoder('gb18030').decode(bytes).split(/\r?\n/);
    const header = lines.findIndex((l) => l.startsWith('交易时间,交易分类'));
    let expectedFen = 0;
    for (const line of lines.slice(header + 1)) {
      const cells = line.split(',');
      if (cells[5] === '支出' && (cells[8] === '交易成功' || cells[8] === '等待确认收货')) expectedFen += Math.round(Number(cells[6]) * 100);
    }
    const spentFen = bill.txns.toArray().filter((t) => t.kind === 'spending').reduce((s, t) => s + t.amountFen, 0);
    expect(spentFen).toBe(expectedFen);
    // The file covers 2020-11-22 … 2020-12-15: no whole month, so no history.
    const result = deriveImport([bill], {});
    expect(result.sections).toEqual({});
    expect(result.warnings.map((w) => w.code)).toContain('noCompleteMonth');
  });
});

describe('JD (京东) transaction export (DEG sample, UTF-8 with BOM)', () => {
  const bill = read('jd.csv', fixture('double-entry-generator', 'jd.csv'));

  it('is recognised as JD — not as an Alipay export lacking columns — with its period and record count', () => {
    expect(bill).toMatchObject({ platform: 'jd', format: 'jd', encoding: 'utf-8-bom', headerLine: 22, rows: 26, declaredRows: 26 });
    // 日期区间：2024-12-01 至 2024-12-31
    expect(bill.statedPeriod).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });

  it('counts purchases net of what was refunded, as the export itself does', () => {
    // 16 支出 rows; neutral: 6 refund rows with an amount, the wholly refunded 468.32 (不计收支),
    // the 先享后付 order of 35.61 (不计收支: counted when paid); ignored: two rows of 0.00.
    expect(bill.counts).toEqual({ income: 0, spending: 16, refund: 0, repayment: 0, draw: 0, neutral: 8, ignored: 2 });
    const spent = bill.txns.toArray().filter((t) => t.kind === 'spending');
    // `131.77(已退款89.84)` is 41.93 spent; its refund row adds nothing (no double netting).
    expect(spent.find((t) => t.date === '2024-12-28')?.amountFen).toBe(13177 - 8984);
    const result = deriveImport([bill], { months: 6 });
    // The export states 支出：16笔(含4笔部分退款)，1648.43元.
    expect(month(result, '2024-12')).toMatchObject({ complete: true, spendingFen: 164843, refundsFen: 0, incomeFen: 0 });
    // Paid by credit card: all but the two 京东物流 rows paid from 钱包余额 (10.20 and 13.00).
    expect(month(result, '2024-12').creditFundedFen).toBe(164843 - 1020 - 1300);
  });
});

describe('Meituan (美团) bill (DEG sample, UTF-8 with BOM, CRLF)', () => {
  const bill = read('meituan.csv', fixture('double-entry-generator', 'meituan.csv'));

  it('is recognised as Meituan — not as a WeChat CSV lacking columns', () => {
    expect(bill).toMatchObject({ platform: 'meituan', format: 'meituan', encoding: 'utf-8-bom', headerLine: 20, rows: 29, declaredRows: 29 });
    expect(bill.statedPeriod).toEqual({ start: '2025-02-01', end: '2025-02-28' });
  });

  it('reads 实付金额 (what was paid), refunds, and the 美团月付 repayment as a lender transfer', () => {
    expect(bill.counts).toEqual({ income: 0, spending: 22, refund: 6, repayment: 1, draw: 0, neutral: 0, ignored: 0 });
    const repayment = bill.txns.toArray().find((t) => t.kind === 'repayment');
    expect(repayment).toMatchObject({ date: '2025-02-12', amountFen: 4812, lender: '美团月付' });
    const result = deriveImport([bill], { months: 6 });
    // The export states 支出 1,175.68 (the 23 支出 rows but the repayment) and 收入 209.73 (the six
    // refunds, whose purchases carry other order numbers: they lower their month's spending).
    expect(month(result, '2025-02')).toMatchObject({ spendingFen: 117568 - 20973, refundsFen: 20973, repayments: 1, repaymentsFen: 4812 });
    expect(result.sections.spending?.lender_transfers_per_month).toBe(1);
    // Purchases paid with 美团月付 (a credit line) or a credit card are spending on credit.
    const onCredit = bill.txns.toArray().filter((t) => t.kind === 'spending' && t.creditFunded);
    expect(onCredit.map((t) => t.amountFen).reduce((a, b) => a + b, 0)).toBe(33328);
  });
});
