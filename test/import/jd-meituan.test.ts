/**
 * JD and Meituan bills beside the wallets' (issue 23): 京东白条 / 京东金条 are central to borrowing
 * from several lenders, so their repayments and draws must count; a Meituan order paid through
 * WeChat Pay is one purchase when both bills are imported.
 *
 * The samples hold no 白条 or 金条 row. The rows below are written in the sample's layout (its
 * header, cells as it writes them); what they say is inferred from the lender rules, as
 * docs/import.md says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveImport } from '../../src/import/index';
import { DEG, layoutCsv, read, utf8, wechatCsv } from './helpers';

/** The JD sample's own preamble and header, rows given by column. */
function jdCsv(rows: Record<string, string>[]): string {
  const sample = readFileSync(join(DEG, 'jd.csv'), 'utf8');
  const lines = sample.split('\n');
  const header = lines.findIndex((line) => line.startsWith('交易时间,商户名称'));
  return layoutCsv({ preamble: lines.slice(0, header).map((l) => l.replace(/\r$/, '')), header: lines[header]!.trim().split(','), rows, eol: '\n' });
}

const jdRow = (fields: Record<string, string>) => ({ 交易状态: '交易成功', 交易订单号: '100000011234', 商家订单号: '1000345234234223', 备注: ' ', ...fields });

describe('JD 白条 and 金条', () => {
  const bill = read(
    'jd.csv',
    utf8(
      jdCsv([
        jdRow({ 交易时间: '2024-12-20 10:00:00', 商户名称: '京东白条', 交易说明: '白条主动还款', 金额: '1200.00', '收/付款方式': '中国银行储蓄卡(3147)', '收/支': '支出', 交易分类: '白条' }),
        jdRow({ 交易时间: '2024-12-21 10:00:00', 商户名称: '京东金条', 交易说明: '金条借款', 金额: '5000.00', '收/付款方式': '中国银行储蓄卡(3147)', '收/支': '不计收支', 交易分类: '金条' }),
        jdRow({ 交易时间: '2024-12-22 10:00:00', 商户名称: '京东金条', 交易说明: '金条还款', 金额: '900.00', '收/付款方式': '钱包余额', '收/支': '支出', 交易分类: '金条' }),
        jdRow({ 交易时间: '2024-12-23 10:00:00', 商户名称: '京东平台商户', 交易说明: '京东京造 电热毯', 金额: '68.19', '收/付款方式': '京东白条', '收/支': '支出', 交易分类: '其他网购' }),
      ]),
    ),
  );

  it('白条 and 金条 repayments are lender transfers, a 金条 draw is a draw, a purchase paid with 白条 is spending on credit', () => {
    expect(bill.format).toBe('jd');
    const rows = bill.txns.toArray().map((t) => [t.kind, t.lender ?? '', t.amountFen, t.creditFunded]);
    expect(rows).toEqual([
      ['repayment', '京东白条', 120000, false],
      ['draw', '京东金条', 500000, false],
      ['repayment', '京东金条', 90000, false],
      ['spending', '', 6819, true],
    ]);
    const result = deriveImport([bill], { months: 6 });
    expect(result.sections.credit?.draws).toEqual([{ date: '2024-12-21', amount: 5000, lender: '京东金条' }]);
    expect(result.sections.spending?.lender_transfers_per_month).toBe(2);
  });
});

describe('a Meituan order paid with WeChat Pay, both bills imported', () => {
  it('counts once: the Meituan record (the merchant’s) stays, the WeChat one goes', () => {
    const meituan = read('meituan.csv', readFileSync(join(DEG, 'meituan.csv')), 0);
    // WeChat's record of the 218.00 order of 2025-02-22 (paid 微信支付 on Meituan).
    const wechat = read(
      'w.csv',
      utf8(
        wechatCsv(
          [{ time: '2025-02-22 01:56:07', type: '商户消费', peer: '美团平台商户', item: '美团订单', dir: '支出', amount: '218.00' }],
          { start: '2025-02-01', end: '2025-02-28' },
        ),
      ),
      1,
    );
    const alone = deriveImport([meituan], { months: 6 }).months[0]!.spendingFen;
    const both = deriveImport([meituan, wechat], { months: 6 });
    expect(both.stats.crossPlatformPairs).toBe(1);
    expect(both.months[0]!.spendingFen).toBe(alone);
  });
});
