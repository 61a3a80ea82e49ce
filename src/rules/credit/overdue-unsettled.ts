import type { CalendarMonth } from '../../dates';
import { yuanToFen } from '../../money';
import { debtOfOverdue, paidOffMonths } from '../../plan/effects';
import { yuan } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'credit/overdue-unsettled',
  area: 'credit',
  needs: ['credit.overdues', 'debts'],
  thresholds: {},
  bounds: {},
  basis: ['convention', 'regulation'],
  text: {
    en: {
      title: 'Unsettled overdue',
      summary: 'An overdue not yet settled, or a debt marked overdue',
      ladder: 'critical whenever one exists',
      messages: {
        unsettled: 'Not yet settled: {items} ({count} in all). Lenders reject every application while an overdue is current.',
      },
      fragments: {
        debt: '{name} (balance {balance}, marked overdue)',
        overdue: '{lender} (overdue since {date}, {days} days)',
        overdue_amount: '{lender} (overdue since {date}, {days} days, {amount})',
        unnamed_lender: 'unnamed lender',
      },
      recommendation:
        'Settle every overdue amount now, within the next few days and before any other payment in the plan, and keep the receipts. Then ask the lender to report the settlement. Apply for no new credit until your credit report shows it settled. The record stays on the credit report for 5 years from the day it is settled, so every week of delay also delays the day it ages out.',
      rationale:
        'A current overdue (当前逾期) is the strongest negative signal. Lenders reject every product until it is settled and the next reporting cycle has updated the report (source A5; a lender convention, medium confidence). The credit report keeps a negative record for 5 years counted from the day it is settled; a debt never repaid never ages out (source A1; a regulation, 《征信业管理条例》第十六条).',
      thresholds: {},
    },
    zh: {
      title: '存在未结清逾期',
      summary: '有尚未结清的逾期，或有债务标记为逾期',
      ladder: '只要存在即为严重',
      messages: {
        unsettled: '尚未结清：{items}（共{count}笔）。存在当前逾期时，机构通常拒绝一切申请。',
      },
      fragments: {
        debt: '{name}（余额{balance}，标记为逾期）',
        overdue: '{lender}（{date}起逾期{days}天）',
        overdue_amount: '{lender}（{date}起逾期{days}天，{amount}）',
        unnamed_lender: '未注明机构',
      },
      recommendation:
        '请在几天之内、先于计划中的其他还款，结清全部逾期金额，并保留还款凭证；随后请机构上报结清状态。在征信报告显示已结清之前，不要申请任何新的贷款或信用卡。不良记录自结清之日起保留5年，晚结清一周，记录消除的日期也晚一周。',
      rationale:
        '当前逾期是最强的负面信号：在结清且征信报告于下一个报送周期更新之前，机构通常拒绝所有产品（来源 A5，机构惯例，中等可信度）。不良信息自不良行为终止之日（即结清之日）起保存5年；从未还清的债务，记录永远不会消除（来源 A1，法规：《征信业管理条例》第十六条）。',
      thresholds: {},
    },
  },
  sources: ['A5', 'A1', 'seed (逾期)'],
  check({ profile, asOf, plan, outcome }) {
    const overdues = (profile.credit?.overdues ?? []).filter((o) => !o.settled && o.date <= asOf);
    const overdueDebts = profile.debts.filter((debt) => debt.overdue === true);
    if (overdues.length === 0 && overdueDebts.length === 0) return null;

    // clearsBy: the plan month the last overdue debt is paid off (the recovery order pays them
    // first). An overdue entry counts as the debt of the same lender; one that matches no debt in
    // the plan leaves the date unknown.
    const paidOff = paidOffMonths(plan);
    const months: (CalendarMonth | null)[] = overdueDebts.map((debt) => paidOff.get(debt.name) ?? null);
    for (const overdue of overdues) {
      const debt = debtOfOverdue(profile.debts, overdue);
      months.push(debt ? (paidOff.get(debt.name) ?? null) : null);
    }
    const knownMonths = months.filter((month): month is CalendarMonth => month !== null);
    const clearsBy = knownMonths.length === months.length ? knownMonths.sort().at(-1) : undefined;

    type Item = { kind: 'overdue'; lender?: string; date: string; days: number; amountFen?: number } | { kind: 'debt'; name: string; balanceFen: number };
    const items: Item[] = [
      ...overdues.map((o): Item => ({
        kind: 'overdue',
        date: o.date,
        days: o.days,
        ...(o.lender !== undefined ? { lender: o.lender } : {}),
        ...(o.amount !== undefined ? { amountFen: yuanToFen(o.amount) } : {}),
      })),
      ...overdueDebts.map((d): Item => ({ kind: 'debt', name: d.name, balanceFen: yuanToFen(d.balance) })),
    ];

    return outcome({
      severity: 'critical',
      messageId: 'unsettled',
      data: {
        count: items.length,
        items: {
          list: items.map((item) => {
            if (item.kind === 'debt') return { fragment: 'debt', data: { name: item.name, balance: { fen: item.balanceFen } } };
            const overdue = { lender: item.lender ?? ({ fragment: 'unnamed_lender' } as const), date: item.date, days: item.days };
            return item.amountFen === undefined
              ? { fragment: 'overdue', data: overdue }
              : { fragment: 'overdue_amount', data: { ...overdue, amount: { fen: item.amountFen } } };
          }),
        },
      },
      evidence: {
        count: items.length,
        overdues: overdues.map((o) => ({
          date: o.date,
          days: o.days,
          lender: o.lender ?? null,
          amount: o.amount === undefined ? null : yuan(yuanToFen(o.amount)),
        })),
        overdueDebts: overdueDebts.map((d) => ({ name: d.name, balance: yuan(yuanToFen(d.balance)) })),
      },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});
