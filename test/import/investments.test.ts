/**
 * Investments are never income (issue 23): a fund buy, sale or yield is the user's own money
 * moving, whatever the fund is called. Funds whose names hold 收益 or 分红 (易方达稳健收益债券A,
 * 华夏收益宝, 华夏分红再投资) were once counted as income; the same rows with any other fund name were
 * rightly neutral. Each Alipay and WeChat layout is read here with the same rows under both kinds
 * of name, and must classify them alike.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedBill } from '../../src/import/index';
import { alipay2021Csv, alipayCsv, alipayWebCsv, gbk, read, utf8, wechatCsv, xlsx } from './helpers';

const TRICKY = ['易方达稳健收益债券A', '华夏收益宝', '华夏分红再投资', '易方达稳健收益债券B'];
const PLAIN = '某指数C';
const SELLER = '蚂蚁财富-蚂蚁（杭州）基金销售有限公司';

/** Every layout, as a function of the fund's name: a bill of buys and sales of that fund. */
const layouts: Record<string, (fund: string) => ParsedBill> = {
  'Alipay app export (current)': (fund) =>
    read(
      'a.csv',
      gbk(
        alipayCsv([
          { time: '2026-02-02 10:00:00', category: '投资理财', peer: SELLER, item: `蚂蚁财富-${fund}-买入`, dir: '不计收支', amount: '1000.00' },
          { time: '2026-02-09 10:00:00', category: '投资理财', peer: SELLER, item: `蚂蚁财富-${fund}-卖出至余额宝`, dir: '不计收支', amount: '1010.00', method: '余额宝' },
          // The same sale, were it ever written as 收入: still no income.
          { time: '2026-02-10 10:00:00', category: '投资理财', peer: SELLER, item: `蚂蚁财富-${fund}-卖出`, dir: '收入', amount: '20.00' },
        ]),
      ),
    ),
  'Alipay app export (2021 layout)': (fund) =>
    read(
      'a2021.csv',
      gbk(
        alipay2021Csv([
          { '收/支': '其他', 交易对方: SELLER, 商品说明: `蚂蚁财富-${fund}-买入`, 金额: '50.00', 交易状态: '交易成功', 交易分类: '投资理财', 交易订单号: '2021092900108', 交易时间: '2026-02-02 09:42:54' },
          { '收/支': '其他', 交易对方: SELLER, 商品说明: `蚂蚁财富-${fund}-卖出至余额宝`, '收/付款方式': '余额宝', 金额: '15.40', 交易状态: '交易成功', 交易分类: '投资理财', 交易订单号: '2021092900109', 交易时间: '2026-02-03 15:34:06' },
        ]),
      ),
    ),
  'Alipay web export': (fund) =>
    read(
      'web.csv',
      gbk(
        alipayWebCsv([
          // No category says "investment" here: the seller and the action after the last `-` do.
          { 交易号: '2026020200108', 交易创建时间: '2026-02-02 10:00:00', 类型: '即时到账交易', 交易对方: SELLER, 商品名称: `蚂蚁财富-${fund}-买入`, '金额（元）': '1000.00', '收/支': '支出', 交易状态: '交易成功', 资金状态: '已支出' },
          { 交易号: '2026020900108', 交易创建时间: '2026-02-09 10:00:00', 类型: '即时到账交易', 交易对方: SELLER, 商品名称: `蚂蚁财富-${fund}-卖出至余额宝`, '金额（元）': '1010.00', '收/支': '收入', 交易状态: '交易成功', 资金状态: '已收入' },
          { 交易号: '2026021000108', 交易创建时间: '2026-02-10 10:00:00', 类型: '即时到账交易', 交易对方: SELLER, 商品名称: `蚂蚁财富-${fund}-买入`, '金额（元）': '30.00', '收/支': '', 交易状态: '交易成功', 资金状态: '资金转移' },
        ]),
      ),
    ),
  'WeChat Pay CSV': (fund) =>
    read(
      'w.csv',
      utf8(
        wechatCsv([
          { time: '2026-02-14 01:32:14', type: '购买理财通', peer: '理财通', item: `${fund}(000569)`, dir: '/', amount: '10000.00', method: '工商银行' },
          { time: '2026-02-15 01:32:14', type: '购买理财通', peer: '理财通', item: fund, dir: '支出', amount: '300.00', method: '零钱' },
        ]),
      ),
    ),
  ...Object.fromEntries(
    (['v1', 'v2'] as const).map((version) => [
      `WeChat Pay XLSX (${version})`,
      (fund: string) => {
        const amount = (yuan: number) => (version === 'v2' ? yuan : `¥${yuan.toFixed(2)}`);
        return read(
          'w.xlsx',
          xlsx([
            ['微信支付账单明细'],
            ['起始时间：[2026-01-01 00:00:00] 终止时间：[2026-06-30 23:59:59]'],
            ...(version === 'v2' ? [['4. 本账单中所有时间均为UTC+08:00时间']] : []),
            ['交易时间', '交易类型', '交易对方', '商品', '收/支', '金额(元)', '支付方式', '当前状态', '交易单号', '商户单号', '备注'],
            ['2026-02-14 01:32:14', '购买理财通', '理财通', `${fund}(000569)`, '/', amount(10000), '工商银行', '支付成功', '1800007367312002141165262215\t', '/', '/'],
            ['2026-02-15 01:32:14', '购买理财通', '理财通', fund, '支出', amount(300), '零钱', '支付成功', '1800007367312002141165262216\t', '/', '/'],
          ]),
        );
      },
    ]),
  ),
};

describe('a fund whose name holds 收益 or 分红 is classified as any other fund', () => {
  for (const [layout, bill] of Object.entries(layouts)) {
    it(layout, () => {
      const plain = bill(PLAIN);
      expect(plain.counts.income).toBe(0);
      expect(plain.counts.neutral).toBe(plain.rows);
      for (const fund of TRICKY) expect([fund, bill(fund).counts]).toEqual([fund, plain.counts]);
    });
  }
});

describe('yield is not income: it is not earning capacity', () => {
  it('余额宝 收益发放, in the current layout and the web export (where it is written as 收入)', () => {
    const app = read(
      'a.csv',
      gbk(alipayCsv([{ time: '2026-02-07 06:03:08', category: '投资理财', peer: '天弘基金', item: '余额宝-2026.02.06-收益发放', dir: '不计收支', amount: '0.31', method: '余额宝' }])),
    );
    const web = read(
      'web.csv',
      gbk(alipayWebCsv([{ 交易号: '2026020700108', 交易创建时间: '2026-02-07 05:26:50', 类型: '即时到账交易', 交易对方: '中欧基金管理有限公司', 商品名称: '余额宝-2026.02.06-收益发放', '金额（元）': '0.01', '收/支': '收入', 交易状态: '交易成功', 资金状态: '已收入' }])),
    );
    for (const bill of [app, web]) expect(bill.counts).toMatchObject({ income: 0, neutral: 1 });
  });

  it('a 收入 from a fund company without a fund action is the bill\'s own income', () => {
    const bill = read('a.csv', gbk(alipayCsv([{ time: '2026-02-07 06:03:08', category: '转账红包', peer: '某基金管理有限公司', item: '员工报销', dir: '收入', amount: '300.00' }])));
    expect(bill.counts.income).toBe(1);
  });
});
