/** The classification rules of docs/import.md, one row each. */
import { describe, expect, it } from 'vitest';
import { classifyRow, labelOf } from '../../src/import/classify';
import type { BillRow, Platform } from '../../src/import/types';

function row(fields: Partial<BillRow>): BillRow {
  return {
    line: 1,
    date: '2026-02-03',
    seconds: 0,
    direction: 'out',
    amountFen: 1000,
    category: '',
    counterparty: '某商户',
    item: '商品',
    method: '余额',
    status: '交易成功',
    note: '',
    ...fields,
  };
}

type Case = [string, Partial<BillRow>, string, string?, Platform?];

const cases: Case[] = [
  // [what, row, "kind/reason", lender, platform]
  ['a purchase', { category: '餐饮美食' }, 'spending/purchase'],
  ['a purchase paid into escrow (等待确认收货)', { status: '等待确认收货' }, 'spending/purchase'],
  ['income received', { direction: 'in', category: '转账红包', item: '转账' }, 'income/income'],
  ['a closed trade', { status: '交易关闭' }, 'ignored/closed'],
  ['a failed repayment', { category: '信用借还', counterparty: '花呗', item: '花呗自动还款', status: '还款失败', direction: 'neutral' }, 'ignored/closed'],
  ['a WeChat withdrawal that failed', { direction: 'neutral', category: '零钱提现', status: '提现失败，已退回零钱' }, 'ignored/closed', undefined, 'wechat'],
  ['a deposit-free rental', { direction: 'neutral', category: '信用借还', status: '芝麻免押下单成功', amountFen: 100 }, 'ignored/deposit'],
  ['a zero amount', { amountFen: 0 }, 'ignored/zero'],
  ['a 花呗 repayment', { direction: 'neutral', category: '信用借还', counterparty: '花呗', item: '花呗主动还款-2026年07月账单', status: '还款成功' }, 'repayment/repayment', '花呗'],
  ['a 借呗 repayment paid as 支出', { category: '信用借还', counterparty: '借呗', item: '借呗还款' }, 'repayment/repayment', '借呗'],
  ['a 借呗 disbursement', { direction: 'neutral', category: '信用借还', counterparty: '借呗', item: '借呗借款-放款至余额' }, 'draw/draw', '借呗'],
  ['a 微粒贷 disbursement into 零钱', { direction: 'in', category: '其他', counterparty: '微众银行', item: '微粒贷借款' }, 'draw/draw', '微粒贷', 'wechat'],
  ['a withdrawal from 余利宝 (网商银行 savings) is not a loan', { direction: 'neutral', counterparty: '网商银行', item: '余利宝-提现到余额' }, 'neutral/wallet'],
  ['a 美团借钱 repayment', { counterparty: '美团借钱', item: '主动还款' }, 'repayment/repayment', '美团借钱'],
  ['a 美团借钱 row with no action word is not a draw', { direction: 'in', counterparty: '美团借钱', item: '活动奖励' }, 'income/income'],
  ['a 京东白条 repayment', { counterparty: '京东白条', item: '白条还款' }, 'repayment/repayment', '京东白条'],
  ['a product called 白条鸡 stays a purchase', { category: '日用百货', item: '白条鸡 2kg' }, 'spending/purchase'],
  ['a 360借条 repayment', { counterparty: '上海淇毓信息科技', item: '360借条还款' }, 'repayment/repayment', '360借条'],
  ['a 度小满 draw', { direction: 'in', counterparty: '度小满', item: '有钱花借款放款' }, 'draw/draw', '度小满'],
  ['a 分期乐 repayment', { counterparty: '分期乐', item: '分期乐账单还款' }, 'repayment/repayment', '分期乐'],
  ['a credit-card repayment (WeChat)', { direction: 'neutral', category: '信用卡还款', counterparty: '建设银行信用卡还款', item: '/' }, 'repayment/card-repayment', '信用卡', 'wechat'],
  ['a credit-card repayment (Alipay)', { direction: 'neutral', category: '信用借还', counterparty: '招商银行', item: '信用卡还款' }, 'repayment/card-repayment', '信用卡'],
  ['a transfer to a friend whose note says 还花呗', { category: '转账', item: '转账备注:还花呗的钱', counterparty: '李四' }, 'spending/purchase', undefined, 'wechat'],
  ['an Alipay refund (不计收支)', { direction: 'neutral', category: '退款', item: '退款-亲情卡', status: '退款成功' }, 'refund/refund'],
  ['an Alipay refund recorded as 收入', { direction: 'in', category: '退款', item: '退款-滴露', status: '退款成功' }, 'refund/refund'],
  ['a web-export refund (blank 收/支)', { direction: 'unknown', item: '退款-住院预交金', status: '退款成功' }, 'refund/refund'],
  ['a WeChat refund row', { direction: 'in', category: '微信红包-退款', status: '已存入零钱' }, 'refund/refund', undefined, 'wechat'],
  ['a WeChat purchase later refunded is still the purchase', { category: '商户消费', status: '已全额退款' }, 'spending/purchase', undefined, 'wechat'],
  ['a wallet top-up', { direction: 'neutral', category: '零钱充值', status: '充值完成' }, 'neutral/top-up', undefined, 'wechat'],
  ['an Alipay balance top-up', { direction: 'neutral', category: '充值缴费', item: '充值-普通充值' }, 'neutral/top-up'],
  ['a phone top-up is spending', { category: '充值缴费', item: '话费充值' }, 'spending/purchase'],
  ['a 一卡通 top-up is spending', { category: '交通出行', item: '一卡通充值' }, 'spending/purchase'],
  ['a withdrawal', { direction: 'neutral', item: '提现-实时提现' }, 'neutral/withdrawal'],
  ['a WeChat withdrawal: its fee is the spending', { direction: 'neutral', category: '零钱提现', amountFen: 10010, note: '服务费¥0.10' }, 'spending/fee', undefined, 'wechat'],
  ['余额宝 moves', { direction: 'neutral', category: '投资理财', counterparty: '天弘基金', item: '余额宝-单次转入' }, 'neutral/wallet'],
  ['零钱通 moves', { direction: 'neutral', category: '转入零钱通-来自工商银行(9876)', item: '/' }, 'neutral/wallet', undefined, 'wechat'],
  ['a fund purchase', { direction: 'neutral', category: '投资理财', counterparty: '蚂蚁财富', item: '蚂蚁财富-某指数C-买入' }, 'neutral/investment'],
  ['a fund sale paid out as 收入', { direction: 'in', counterparty: '某基金管理有限公司', item: '某基金-卖出' }, 'neutral/investment'],
  ['余额宝 yield is not income (not earning capacity)', { direction: 'neutral', category: '投资理财', counterparty: '天弘基金', item: '余额宝-2026.01.08-收益发放' }, 'neutral/yield'],
  ['a fund dividend paid out as 收入', { direction: 'in', counterparty: '华夏基金管理有限公司', item: '华夏回报混合A-现金分红' }, 'neutral/yield'],
  ['a fund named 稳健收益 bought', { direction: 'neutral', category: '投资理财', counterparty: '蚂蚁财富', item: '蚂蚁财富-易方达稳健收益债券A-买入' }, 'neutral/investment'],
  ['a fund named 分红再投资 sold to 余额宝', { direction: 'neutral', category: '投资理财', counterparty: '蚂蚁财富', item: '蚂蚁财富-华夏分红再投资-卖出至余额宝' }, 'neutral/investment'],
  ['a fund bought as 支出 from its seller', { direction: 'out', counterparty: '蚂蚁财富-蚂蚁（杭州）基金销售有限公司', item: '蚂蚁财富-华夏收益宝-买入' }, 'neutral/investment'],
  ['a WeChat transfer the recipient sent back (对方已退还) is not spending', { category: '转账', counterparty: '李四', item: '/', status: '对方已退还' }, 'ignored/closed', undefined, 'wechat'],
  ['理财通 purchases', { direction: 'neutral', category: '购买理财通', counterparty: '理财通' }, 'neutral/investment', undefined, 'wechat'],
  ['other 不计收支 rows', { direction: 'neutral', category: '其他', item: '个人设置不计收支' }, 'neutral/not-counted'],
];

describe('classification', () => {
  for (const [what, fields, expected, lender, platform] of cases) {
    it(what, () => {
      const c = classifyRow(row(fields), platform ?? 'alipay');
      expect(`${c.kind}/${c.reason}`).toBe(expected);
      expect(c.lender).toBe(lender);
    });
  }

  it('counts a purchase paid with 花呗 (or a card) as spending, on credit', () => {
    for (const method of ['花呗', '花呗&红包', '交通银行信用卡(7449)', '美团月付']) {
      expect(classifyRow(row({ method }), 'alipay')).toMatchObject({ kind: 'spending', creditFunded: true });
    }
    expect(classifyRow(row({ method: '招商银行储蓄卡(8705)' }), 'alipay').creditFunded).toBe(false);
  });

  it('the withdrawal fee is the amount that counts', () => {
    expect(classifyRow(row({ direction: 'neutral', category: '零钱提现', amountFen: 100110, note: '服务费¥1.00' }), 'wechat').amountFen).toBe(100);
  });

  it('flags a status it does not know, and still counts the row', () => {
    expect(classifyRow(row({ status: '某种新状态' }), 'alipay')).toMatchObject({ kind: 'spending', unknownStatus: true });
    expect(classifyRow(row({}), 'alipay').unknownStatus).toBe(false);
  });

  it('marks rows that name the other wallet', () => {
    expect(classifyRow(row({ method: '支付宝' }), 'wechat').otherPlatform).toBe('method');
    expect(classifyRow(row({ counterparty: '财付通支付科技有限公司' }), 'alipay').otherPlatform).toBe('counterparty');
    expect(classifyRow(row({}), 'alipay').otherPlatform).toBe('');
  });

  it('labels a purchase by counterparty and item, without `/`, at most 60 characters', () => {
    expect(labelOf(row({ counterparty: '云膳过桥米线', item: '总共消费:28.16' }))).toBe('云膳过桥米线 总共消费:28.16');
    expect(labelOf(row({ counterparty: '房东', item: '/' }))).toBe('房东');
    expect(labelOf(row({ counterparty: '/', item: 'x'.repeat(80) }))).toHaveLength(60);
  });
});
