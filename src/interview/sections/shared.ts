/** Small pieces every section uses: its outcome, and the "answer this section?" question. */
import { formatMoney } from '../../i18n/format';
import { yuanToFen } from '../../money';
import { has2Decimals } from '../../profile/values';
import type { Implausible } from '../questions/ask';
import type { Note, Section, SectionContext, SectionId, SectionOutcome, SectionValues } from './types';

export const outcome = <T>(value: T | undefined, notes: Note[] = [], modes: Record<string, string> = {}): SectionOutcome<T> => ({ value, notes, modes });

/** An object section answered with nothing at all is a skipped section, not an empty one. */
export const orSkipped = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

/** "Answer the questions about X?" — No skips the section. */
async function wantsSection(ctx: SectionContext, id: SectionId): Promise<boolean> {
  const t = ctx.ask.t;
  return ctx.ask.yes(`${id}.answer`, t.answerSection(t.sectionTitle[id]), true);
}

/** The section, asked only if the user wants to answer it; otherwise skipped (left out of the profile). */
export function askedFirst<K extends SectionId>(id: K, section: Section<K>): Section<K> {
  return async (ctx, previous) => ((await wantsSection(ctx, id)) ? section(ctx, previous) : outcome<SectionValues[K]>(undefined));
}

/**
 * How far above the monthly income an amount may go before it is doubted: a stock (a balance, a
 * limit, savings, an amount borrowed or overdue) at 1,000 × — 83 years of income; a month's
 * spending, or a payment due every month, at 10 ×; one purchase at 100 ×.
 */
export const STOCK_PER_INCOME = 1000;
export const MONTHLY_PER_INCOME = 10;
export const PURCHASE_PER_INCOME = 100;

const TIMES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * "Did you mean …?" for an amount far above what the person's monthly income makes plausible
 * (`factor` × the income): spending ¥90,009,000 a month on ¥12,000. The suggestion is the same
 * digits at the power of ten closest to the income — a slip of the keyboard, not a guess at intent.
 * Nothing is doubted before the income is known, or when it is 0.
 */
export function againstIncome(ctx: SectionContext, factor: number): (amount: number) => Implausible<number> | undefined {
  return (amount) => {
    const monthly = ctx.answers.income?.value?.monthly;
    if (monthly === undefined || monthly <= 0 || amount <= factor * monthly) return undefined;
    const lang = ctx.ask.io.lang;
    const show = (yuan: number) => formatMoney(yuanToFen(yuan), lang);
    let best: number | undefined;
    for (let power = 1; amount / 10 ** power >= 1; power++) {
      const scaled = Number((amount / 10 ** power).toFixed(2));
      if (!has2Decimals(amount / 10 ** power) || scaled > factor * monthly) continue;
      if (best === undefined || Math.abs(Math.log10(scaled / monthly)) < Math.abs(Math.log10(best / monthly))) best = scaled;
    }
    return {
      shown: show(amount),
      // Thousands grouped with commas, as both languages write them (7,501).
      times: TIMES.format(amount / monthly),
      reference: ctx.ask.t.plausible.monthlyIncome(show(monthly)),
      ...(best === undefined ? {} : { suggestion: { value: best, shown: show(best) } }),
    };
  };
}
