/** A figure for each of the last N months (income, spending), asked month by month. */
import { addMonthsToMonth, monthOf } from '../../dates';
import { count } from '../../profile/schema';
import type { Implausible } from '../questions/ask';
import { valueProblem } from '../questions/validate';
import type { MonthAmount, SectionContext } from './types';

/** Up to two years of monthly figures by question; a longer history is easier to paste into the saved file. */
const MAX_SERIES_MONTHS = 24;

/**
 * Amounts for the last N whole months before `asOf` (oldest first, as the profile lists them).
 * Asks how many months first, so Enter can always mean "keep the suggested amount".
 */
export async function askMonthSeries(
  ctx: SectionContext,
  options: {
    id: string;
    countMessage: string;
    amountMessage: (month: string) => string;
    previous: readonly MonthAmount[] | undefined;
    suggested: number | undefined;
    check: (series: MonthAmount[], index: number) => (entry: MonthAmount) => string | undefined;
    /** "Did you mean …?" for an amount far from the other answers (shared.ts againstIncome). */
    plausible?: (amount: number) => Implausible<number> | undefined;
  },
): Promise<MonthAmount[] | undefined> {
  const { ask } = ctx;
  const { t, io } = ask;
  const months = await ask.number({
    id: `${options.id}.months`,
    message: options.countMessage,
    default: options.previous?.length ?? 0,
    check: (n) => valueProblem(count, n, io.lang) ?? (n > MAX_SERIES_MONTHS ? t.atMostMonths(MAX_SERIES_MONTHS) : undefined),
  });
  if (months === 0) return undefined;
  const series: MonthAmount[] = [];
  const lastMonth = addMonthsToMonth(monthOf(ctx.asOf), -1);
  for (let back = months - 1; back >= 0; back--) {
    const month = addMonthsToMonth(lastMonth, -back);
    const check = options.check(series, series.length);
    const amount = await ask.money({
      id: `${options.id}.amount`,
      message: options.amountMessage(month),
      default: options.previous?.find((entry) => entry.month === month)?.amount ?? options.suggested,
      check: (value) => check({ month, amount: value }),
      plausible: options.plausible,
    });
    series.push({ month, amount });
  }
  return series;
}
