/** Merging several bills and deriving the profile sections: months, refunds, large purchases, lenders. */
import { describe, expect, it } from 'vitest';
import { applyImport, deriveImport, importBills, profileFromImport } from '../../src/import/index';
import { profileSchema } from '../../src/profile/schema';
import { alipayCsv, gbk, inflateRaw, read, utf8, wechatCsv, type AlipayRow, type WechatRow } from './helpers';

const alipay = (rows: AlipayRow[], period = { start: '2026-01-01', end: '2026-06-30' }, name = 'a.csv', file = 0) =>
  read(name, gbk(alipayCsv(rows, period)), file);
const wechat = (rows: WechatRow[], period = { start: '2026-01-01', end: '2026-06-30' }, name = 'w.csv', file = 1) =>
  read(name, utf8(wechatCsv(rows, period)), file);

describe('merging Alipay and WeChat bills', () => {
  it('counts an order recorded in both bills once (same merchant order number, same amount)', () => {
    const a = alipay([{ time: '2026-03-10 12:00:00', dir: '支出', amount: '88.00', merchantId: 'MT2026031012345678', category: '餐饮美食' }]);
    const w = wechat([{ time: '2026-03-10 12:00:05', dir: '支出', amount: '88.00', merchantId: 'MT2026031012345678' }]);
    const result = deriveImport([a, w], { months: 6 });
    expect(result.stats.duplicates).toBe(1);
    expect(result.months.find((f) => f.month === '2026-03')!.spendingFen).toBe(8800);
  });

  it('counts a WeChat payment funded from Alipay once, keeping the merchant record', () => {
    // WeChat: paid 某餐厅 "via 支付宝"; Alipay: the same 45.00 sent to 财付通 (WeChat's payment company).
    const w = wechat([{ time: '2026-03-11 19:00:00', dir: '支出', amount: '45.00', peer: '某餐厅', method: '支付宝' }]);
    const a = alipay([{ time: '2026-03-11 19:00:01', dir: '支出', amount: '45.00', peer: '财付通支付科技有限公司', category: '其他' }]);
    const result = deriveImport([a, w], { months: 6 });
    expect(result.stats.crossPlatformPairs).toBe(1);
    expect(result.months.find((f) => f.month === '2026-03')!.spendingFen).toBe(4500);
    expect(result.sections.spending?.history?.find((h) => h.month === '2026-03')).toEqual({ month: '2026-03', amount: 45 });
  });

  it('money moved between one’s own wallets is neither income nor spending', () => {
    // Alipay pays 200.00 to 财付通; WeChat receives 200.00 the same day from 支付宝.
    const a = alipay([{ time: '2026-04-02 08:00:00', dir: '支出', amount: '200.00', peer: '财付通支付科技有限公司', category: '其他' }]);
    const w = wechat([{ time: '2026-04-02 08:00:03', type: '转账', dir: '收入', amount: '200.00', peer: '支付宝' }]);
    const april = deriveImport([a, w], { months: 6 }).months.find((f) => f.month === '2026-04')!;
    expect([april.incomeFen, april.spendingFen]).toEqual([0, 0]);
  });

  it('drops the overlap of two exports of the same account, once per later file', () => {
    const rows: AlipayRow[] = [
      { time: '2026-02-01 10:00:00', dir: '支出', amount: '10.00', id: '2026020122001400000000000001' },
      { time: '2026-02-02 10:00:00', dir: '支出', amount: '20.00', id: '2026020222001400000000000002' },
    ];
    const first = alipay(rows, undefined, 'jan-jun.csv', 0);
    const second = alipay(rows, undefined, 'copy.csv', 1);
    const third = alipay(rows.slice(1), undefined, 'again.csv', 2);
    const result = deriveImport([first, second, third], { months: 6 });
    expect(result.stats.duplicates).toBe(3);
    expect(result.months.find((f) => f.month === '2026-02')!.spendingFen).toBe(3000);
  });

  it('never merges rows within one file, even when sample ids repeat', () => {
    const bill = alipay([
      { time: '2026-02-01 10:00:00', dir: '支出', amount: '10.00', id: '123456' },
      { time: '2026-02-01 10:00:00', dir: '支出', amount: '10.00', id: '123456' },
    ]);
    expect(deriveImport([bill], { months: 6 }).months.find((f) => f.month === '2026-02')!.spendingFen).toBe(2000);
  });

  it('uses only months covered by every platform and says which were left out', () => {
    const a = alipay([{ time: '2026-01-15 10:00:00', dir: '支出', amount: '10.00' }], { start: '2026-01-01', end: '2026-06-30' });
    const w = wechat([{ time: '2026-03-15 10:00:00', dir: '支出', amount: '5.00' }], { start: '2026-03-01', end: '2026-06-30' });
    const result = deriveImport([a, w], { months: 6 });
    expect(result.sections.spending?.history?.map((h) => h.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
    const disjoint = deriveImport([a, wechat([], { start: '2025-01-01', end: '2025-03-31' })], { months: 6 });
    expect(disjoint.warnings.map((w) => w.code)).toContain('disjointPeriods');
    expect(disjoint.sections).toEqual({});
  });

  it('two consecutive exports of one platform cover the months between them', () => {
    const first = alipay([{ time: '2026-01-10 10:00:00', dir: '支出', amount: '1.00' }], { start: '2026-01-01', end: '2026-03-31' }, 'q1.csv', 0);
    const second = alipay([{ time: '2026-05-10 10:00:00', dir: '支出', amount: '2.00' }], { start: '2026-04-01', end: '2026-06-30' }, 'q2.csv', 1);
    const history = deriveImport([first, second], { months: 6 }).sections.spending!.history!;
    expect(history).toEqual([
      { month: '2026-01', amount: 1 },
      { month: '2026-02', amount: 0 },
      { month: '2026-03', amount: 0 },
      { month: '2026-04', amount: 0 },
      { month: '2026-05', amount: 2 },
      { month: '2026-06', amount: 0 },
    ]);
  });
});

describe('deriving the sections', () => {
  // January–June 2026: salary-like transfers in, purchases, 花呗 and 借呗 flows, one refund.
  const rows: AlipayRow[] = [
    { time: '2026-01-05 09:00:00', dir: '收入', amount: '8000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-02-05 09:00:00', dir: '收入', amount: '8000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-03-05 09:00:00', dir: '收入', amount: '8000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-04-05 09:00:00', dir: '收入', amount: '6000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-05-05 09:00:00', dir: '收入', amount: '8000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-06-05 09:00:00', dir: '收入', amount: '8000.00', category: '转账红包', peer: '某公司' },
    { time: '2026-02-10 20:00:00', dir: '支出', amount: '5999.00', category: '数码电器', peer: 'Apple Store', item: 'iPhone', method: '花呗', id: '2026021022001400000000000777' },
    { time: '2026-02-12 20:00:00', dir: '不计收支', amount: '1000.00', category: '退款', peer: 'Apple Store', item: '退款-iPhone', status: '退款成功', id: '2026021022001400000000000777_1' },
    { time: '2026-03-01 10:00:00', dir: '支出', amount: '300.00', category: '餐饮美食' },
    { time: '2026-03-09 10:00:00', dir: '不计收支', amount: '1200.00', category: '信用借还', peer: '花呗', item: '花呗自动还款', status: '还款成功' },
    { time: '2026-04-09 10:00:00', dir: '不计收支', amount: '1200.00', category: '信用借还', peer: '花呗', item: '花呗自动还款', status: '还款成功' },
    { time: '2026-04-15 10:00:00', dir: '不计收支', amount: '5000.00', category: '信用借还', peer: '借呗', item: '借呗借款-放款至余额' },
    { time: '2026-05-09 10:00:00', dir: '不计收支', amount: '1200.00', category: '信用借还', peer: '花呗', item: '花呗自动还款', status: '还款成功' },
    { time: '2026-05-20 10:00:00', dir: '支出', amount: '2000.00', category: '转账红包', peer: '张三', item: '转账到银行卡' },
    { time: '2026-06-30 23:00:00', dir: '支出', amount: '4100.00', category: '家居家装', peer: '某家具店', item: '沙发' },
  ];
  const bill = alipay(rows);

  it('gives income and spending per month, refunds netted, own transfers left out', () => {
    const result = deriveImport([bill], { months: 6 });
    expect(result.sections.income?.history.map((h) => h.amount)).toEqual([8000, 8000, 8000, 6000, 8000, 8000]);
    // February: 5,999.00 − refund 1,000.00 (id <original>_1) = 4,999.00, bought with 花呗.
    // May: 2,000.00 sent to 张三 — the account holder — is not spending.
    expect(result.sections.spending?.history).toEqual([
      { month: '2026-01', amount: 0 },
      { month: '2026-02', amount: 4999 },
      { month: '2026-03', amount: 300 },
      { month: '2026-04', amount: 0 },
      { month: '2026-05', amount: 0 },
      { month: '2026-06', amount: 4100 },
    ]);
    expect(result.months.find((f) => f.month === '2026-02')!.creditFundedFen).toBe(499900);
    expect(result.stats).toMatchObject({ refundsMatched: 1, ownTransfers: 1 });
    // Three 花呗 repayments over six months.
    expect(result.sections.spending?.lender_transfers_per_month).toBe(0.5);
    expect(result.sections.credit?.draws).toEqual([{ date: '2026-04-15', amount: 5000, lender: '借呗' }]);
  });

  it('lists large purchases against half the mean income in the bills, or the profile’s income, or --large', () => {
    // Mean bill income: (5 × 8,000 + 6,000) / 6 = 7,666.67 → line 3,833.34: the iPhone (net 4,999) and the sofa.
    const fromBills = deriveImport([bill], { months: 6 });
    expect(fromBills.large).toEqual({ thresholdFen: 383334, source: 'bills' });
    expect(fromBills.sections.spending?.large_purchases).toEqual([
      { date: '2026-02-10', amount: 4999, note: 'Apple Store iPhone' },
      { date: '2026-06-30', amount: 4100, note: '某家具店 沙发' },
    ]);
    // A profile income of 12,000 → line 6,000: nothing is large.
    expect(deriveImport([bill], { months: 6, monthlyIncomeFen: 1_200_000 }).sections.spending?.large_purchases).toEqual([]);
    // --large 4500 → only the iPhone.
    const option = deriveImport([bill], { months: 6, largeFen: 450_000, monthlyIncomeFen: 1_200_000 });
    expect(option.large.source).toBe('option');
    expect(option.sections.spending?.large_purchases?.map((p) => p.amount)).toEqual([4999]);
  });

  it('takes the last N whole months, and stops at the profile’s as_of', () => {
    expect(deriveImport([bill], { months: 2 }).sections.income?.history.map((h) => h.month)).toEqual(['2026-05', '2026-06']);
    const asOf = deriveImport([bill], { months: 6, asOf: '2026-05-20' });
    // May is cut by as_of: the last whole month is April.
    expect(asOf.sections.income?.history.map((h) => h.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(asOf.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['asOfBeforeBills', 'partialMonths']));
    expect(asOf.period).toEqual({ start: '2026-01-01', end: '2026-05-20' });
  });

  it('fits the profile schema, alone or merged into a profile', () => {
    const result = deriveImport([bill], { months: 6 });
    const fresh = profileFromImport(result);
    expect(profileSchema.safeParse(fresh).success).toBe(true);
    // income.monthly of a new profile: the mean bill income, 7,666.67.
    expect(fresh.income.monthly).toBe(7666.67);
    expect(fresh.as_of).toBe('2026-06-30');
    const merged = applyImport(
      { version: 1, income: { monthly: 9000, source: 'salary' }, debts: [], credit: { sesame_score: 700, draws: [{ date: '2025-12-01', amount: 100 }] } },
      result.sections,
    );
    expect(profileSchema.safeParse(merged).success).toBe(true);
    expect(merged.income).toMatchObject({ monthly: 9000, source: 'salary' });
    expect(merged.credit).toMatchObject({ sesame_score: 700, draws: [{ date: '2026-04-15', amount: 5000, lender: '借呗' }] });
  });

  it('keeps the user’s draws when the bills show none', () => {
    const noDraws = alipay(rows.filter((r) => !r.item?.includes('借款')));
    const result = deriveImport([noDraws], { months: 6 });
    expect(result.sections.credit).toBeUndefined();
    const merged = applyImport({ version: 1, income: { monthly: 1 }, debts: [], credit: { draws: [{ date: '2026-01-01', amount: 1 }] } }, result.sections);
    expect(merged.credit?.draws).toEqual([{ date: '2026-01-01', amount: 1 }]);
  });

  it('importBills reads and derives in one call', () => {
    const result = importBills([{ name: 'a.csv', bytes: gbk(alipayCsv(rows)) }], { lang: 'en', months: 6, inflateRaw });
    expect(result.sections).toEqual(deriveImport([bill], { months: 6 }).sections);
  });
});
