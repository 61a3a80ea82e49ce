/** Income: the monthly figure, where it comes from, and its recent history. Required: it cannot be skipped. */
import { INCOME_SOURCES, incomeSchema } from '../../profile/schema';
import { choices } from '../questions/ask';
import { compact, fieldCheck, problemAt } from '../questions/validate';
import { askMonthSeries } from './month-series';
import { againstIncome, outcome } from './shared';
import type { Income, SectionContext, SectionOutcome } from './types';

export async function askIncome(ctx: SectionContext, previous: SectionOutcome<Income> | undefined): Promise<SectionOutcome<Income>> {
  const { ask } = ctx;
  const { t, io } = ask;
  const before = previous?.value;
  const monthly = await ask.money({
    id: 'income.monthly',
    message: t.income.monthly,
    default: before?.monthly,
    check: fieldCheck(incomeSchema, {}, 'monthly', io.lang),
  });
  const source = await ask.choose(
    'income.source',
    t.income.source,
    [...choices(INCOME_SOURCES, t.incomeSource), { value: 'unknown' as const, name: t.notSure }],
    before ? (before.source ?? 'unknown') : 'salary',
  );
  const draft: Income = compact({ monthly, source: source === 'unknown' ? undefined : source });
  const history = await askMonthSeries(ctx, {
    id: 'income.history',
    countMessage: t.income.historyMonths,
    amountMessage: t.income.historyAmount,
    previous: before?.history,
    suggested: monthly,
    check: (series, index) => (amount) =>
      problemAt(incomeSchema, { ...draft, history: [...series, amount] }, ['history', index, 'amount'], io.lang),
    // Asked after the monthly figure, which is already in the answers: a past month far above it is doubted.
    plausible: (amount) => againstIncome({ ...ctx, answers: { ...ctx.answers, income: outcome(draft) } }, 10)(amount),
  });
  return outcome(compact({ ...draft, history }));
}
