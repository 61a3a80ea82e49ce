import type { CalendarMonth } from '../../dates';
import { yuanToFen } from '../../money';
import { debtOfOverdue, paidOffMonths } from '../../plan/effects';
import { lenderOf, yuan } from '../helpers';
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
        debt_overdue: '{name} (overdue since {date}, {days} days; balance {balance})',
        debt_overdue_amount: '{name} (overdue since {date}, {days} days, {amount}; balance {balance})',
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
        debt_overdue: '{name}（{date}起逾期{days}天；余额{balance}）',
        debt_overdue_amount: '{name}（{date}起逾期{days}天，{amount}；余额{balance}）',
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

    // An overdue record and a debt marked overdue with its lender (or name) are one loan, listed once
    // with both figures: each debt takes the oldest such record not yet taken.
    const matches = (debt: (typeof overdueDebts)[number], lender: string | undefined) =>
      lender !== undefined && (lenderOf(debt) === lender || debt.name === lender);
    const byDate = [...overdues].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const taken = new Set<(typeof overdues)[number]>();
    const recordOf = new Map<(typeof overdueDebts)[number], (typeof overdues)[number]>();
    for (const debt of overdueDebts) {
      const record = byDate.find((o) => !taken.has(o) && matches(debt, o.lender));
      if (record === undefined) continue;
      taken.add(record);
      recordOf.set(debt, record);
    }
    const loose = overdues.filter((o) => !taken.has(o));

    // clearsBy: the plan month the last overdue debt is paid off (the recovery order pays them
    // first). An overdue entry counts as the debt of the same lender; one that matches no debt in
    // the plan leaves the date unknown.
    const paidOff = paidOffMonths(plan);
    const months: (CalendarMonth | null)[] = overdueDebts.map((debt) => paidOff.get(debt.name) ?? null);
    for (const overdue of loose) {
      const debt = debtOfOverdue(profile.debts, overdue);
      months.push(debt ? (paidOff.get(debt.name) ?? null) : null);
    }
    const knownMonths = months.filter((month): month is CalendarMonth => month !== null);
    const clearsBy = knownMonths.length === months.length ? knownMonths.sort().at(-1) : undefined;

    const recordData = (o: (typeof overdues)[number]) => ({ date: o.date, days: o.days });
    const items = [
      ...loose.map((o) => {
        const overdue = { lender: o.lender ?? ({ fragment: 'unnamed_lender' } as const), ...recordData(o) };
        return o.amount === undefined
          ? ({ fragment: 'overdue', data: overdue } as const)
          : ({ fragment: 'overdue_amount', data: { ...overdue, amount: { fen: yuanToFen(o.amount) } } } as const);
      }),
      ...overdueDebts.map((d) => {
        const balance = { fen: yuanToFen(d.balance) };
        const record = recordOf.get(d);
        if (record === undefined) return { fragment: 'debt', data: { name: d.name, balance } } as const;
        const data = { name: d.name, balance, ...recordData(record) };
        return record.amount === undefined
          ? ({ fragment: 'debt_overdue', data } as const)
          : ({ fragment: 'debt_overdue_amount', data: { ...data, amount: { fen: yuanToFen(record.amount) } } } as const);
      }),
    ];

    return outcome({
      severity: 'critical',
      messageId: 'unsettled',
      data: { count: items.length, items: { list: items } },
      evidence: {
        count: items.length,
        overdues: overdues.map((o) => ({
          date: o.date,
          days: o.days,
          lender: o.lender ?? null,
          amount: o.amount === undefined ? null : yuan(yuanToFen(o.amount)),
        })),
        overdueDebts: overdueDebts.map((d) => {
          const record = recordOf.get(d);
          return { name: d.name, balance: yuan(yuanToFen(d.balance)), overdueIndex: record === undefined ? null : overdues.indexOf(record) };
        }),
      },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});
