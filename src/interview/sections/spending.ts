/** Spending: monthly totals, large purchases, transfers to lending platforms. */
import { formatMoney } from '../../i18n/format';
import { roundHalfUp, yuanToFen } from '../../money';
import { spendingSchema } from '../../profile/schema';
import { askList } from '../questions/ask';
import { byDate, compact, fieldCheck, oneOf, problemAt } from '../questions/validate';
import { askMonthSeries } from './month-series';
import { againstIncome, MONTHLY_PER_INCOME, orSkipped, outcome, PURCHASE_PER_INCOME } from './shared';
import type { LargePurchase, Note, SectionContext, SectionOutcome, Spending } from './types';

export async function askSpending(ctx: SectionContext, previous: SectionOutcome<Spending> | undefined): Promise<SectionOutcome<Spending>> {
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const before = previous?.value;
  const modes: Record<string, string> = {};
  const notes: Note[] = [];

  const history = await askMonthSeries(ctx, {
    id: 'spending.history',
    countMessage: t.spending.historyMonths,
    amountMessage: t.spending.historyAmount,
    previous: before?.history,
    suggested: undefined,
    check: (series, index) => (amount) => problemAt(spendingSchema, { history: [...series, amount] }, ['history', index, 'amount'], lang),
    plausible: againstIncome(ctx, MONTHLY_PER_INCOME),
  });

  // "Large" is what the rule counts: half a month's net income or more (rules.md, spending/large-purchases).
  const monthly = ctx.answers.income?.value?.monthly;
  const halfIncome = monthly === undefined ? undefined : formatMoney(roundHalfUp(yuanToFen(monthly) / 2), lang);
  const mode = await ask.choose(
    'spending.large.mode',
    t.spending.largeMode(halfIncome),
    [
      { value: 'none', name: t.spending.largeNone },
      { value: 'list', name: t.spending.largeList },
      { value: 'unknown', name: t.notSure },
    ],
    oneOf(previous?.modes.large, ['none', 'list', 'unknown'] as const) ?? 'none',
  );
  modes.large = mode;
  let large_purchases: LargePurchase[] | undefined;
  if (mode === 'none') large_purchases = [];
  if (mode === 'list') {
    const fromMonth: string[] = [];
    const at = (draft: object, key: string) => (value: unknown) =>
      problemAt(spendingSchema, { large_purchases: [{ ...draft, [key]: value }] }, ['large_purchases', 0, key], lang);
    large_purchases = await askList<LargePurchase>(ask, {
      id: 'spending.large',
      existing: previous?.modes.large === 'list' ? (before?.large_purchases ?? []) : [],
      describe: (p) => `${p.date} · ${formatMoney(yuanToFen(p.amount), lang)}${p.note ? ` · ${p.note}` : ''}`,
      addFirst: t.spending.largeAddFirst,
      addFirstDefault: true,
      addMore: t.spending.largeAddMore,
      askItem: async (p) => {
        const date = await ask.rememberedDate({ id: 'spending.large.date', message: t.spending.largeDate, default: p?.date, check: at({}, 'date') }, asOf);
        if (date.fromMonth) fromMonth.push(date.date);
        const amount = await ask.money({
          id: 'spending.large.amount',
          message: t.spending.largeAmount,
          default: p?.amount,
          check: at({ date: date.date }, 'amount'),
          plausible: againstIncome(ctx, PURCHASE_PER_INCOME),
        });
        const note = await ask.text({ id: 'spending.large.note', message: t.spending.largeNote, default: p?.note, optional: true, check: at({ date: date.date, amount }, 'note') });
        return compact({ date: date.date, amount, note });
      },
    });
    large_purchases.sort(byDate);
    if (fromMonth.length > 0) notes.push({ path: ['spending', 'large_purchases'], text: t.notes.fromMonth(fromMonth) });
  }

  const lender_transfers_per_month = await ask.number({
    id: 'spending.lender_transfers',
    message: t.spending.lenderTransfers,
    default: before?.lender_transfers_per_month,
    optional: true,
    check: fieldCheck(spendingSchema, {}, 'lender_transfers_per_month', lang),
  });
  return outcome(orSkipped(compact({ history, large_purchases, lender_transfers_per_month })), notes, modes);
}
