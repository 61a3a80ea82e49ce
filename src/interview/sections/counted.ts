/** Dated events the user may only be able to count (loan applications, draws): the credit section's lists. */
import { inLastMonths } from '../../dates';
import { count, creditSchema } from '../../profile/schema';
import { askList, choices } from '../questions/ask';
import { spreadCounts } from '../questions/parse';
import { byDate, oneOf, problemAt, valueProblem } from '../questions/validate';
import type { Note, SectionContext } from './types';

/** The texts one counted list (inquiries, draws) needs; see src/i18n/interview.ts. */
interface CountedText {
  mode: string;
  none: string;
  counts: string;
  list: string;
  unknown: string;
  inLast: (months: number) => string;
  addFirst: string;
  addMore: string;
}

/** None, counted per window, each one with its date, or "not sure" (left out, so not evaluated). */
const COUNTED_MODES = ['none', 'counts', 'list', 'unknown'] as const;

/** The windows the credit rules count in (rules.md: last 1, 3 and 6 months); asked widest first. */
const COUNT_WINDOWS = [1, 3, 6] as const;

/**
 * A list of dated events the user may only be able to count: "how many in the last month / 3 /
 * 6 months?" becomes that many entries spread evenly inside the windows (spreadCounts), with a
 * YAML comment saying the dates are estimates. Or each one with its date, or "none", or "not sure".
 */
export async function askCounted<E extends { date: string }>(
  ctx: SectionContext,
  options: {
    key: 'inquiries' | 'draws';
    previous: E[] | undefined;
    previousMode: string | undefined;
    text: CountedText;
    fromCounts: (dates: string[]) => Promise<E[]>;
    askItem: (entry: E | undefined) => Promise<{ entry: E; fromMonth: boolean }>;
    describe: (entry: E) => string;
    notes: Note[];
    modes: Record<string, string>;
  },
): Promise<E[] | undefined> {
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const { key, text } = options;
  const mode = await ask.choose(`credit.${key}.mode`, text.mode, choices(COUNTED_MODES, text), oneOf(options.previousMode, COUNTED_MODES) ?? 'counts');
  options.modes[key] = mode;
  if (mode === 'none') return [];
  if (mode === 'unknown') return undefined;

  if (mode === 'counts') {
    for (;;) {
      const counts = await askCounts(ctx, key, text, options.previous);
      const dates = spreadCounts(asOf, COUNT_WINDOWS, counts);
      const entries = dates.length > 0 ? await options.fromCounts(dates) : [];
      // The list the counts became must itself be a valid profile list (not longer than the schema allows).
      const problem = problemAt(creditSchema, { [key]: entries }, [key], io.lang);
      if (problem !== undefined) {
        ask.say(t.fixAnswer(problem));
        continue;
      }
      if (dates.length > 0) {
        // In the order they were asked: the widest window first.
        const asked = COUNT_WINDOWS.map((months, i): [number, number] => [months, counts[i]!]).reverse();
        options.notes.push({ path: ['credit', key], text: t.notes.spread(dates.length, asked) });
      }
      return entries;
    }
  }

  const fromMonth: string[] = [];
  const entries = await askList<E>(ask, {
    id: `credit.${key}`,
    existing: options.previousMode === 'list' ? (options.previous ?? []) : [],
    describe: options.describe,
    addFirst: text.addFirst,
    addFirstDefault: true,
    addMore: text.addMore,
    askItem: async (entry) => {
      const answer = await options.askItem(entry);
      if (answer.fromMonth) fromMonth.push(answer.entry.date);
      return answer.entry;
    },
  });
  if (fromMonth.length > 0) options.notes.push({ path: ['credit', key], text: t.notes.fromMonth(fromMonth) });
  return entries.sort(byDate);
}

/**
 * Counts first, the widest window first: "how many in the last 6 months, in all?", then how many of
 * those in the last 3, then in the last month. The windows are nested, so each count is at most the
 * one before. Returned in COUNT_WINDOWS order (1, 3, 6), as spreadCounts takes them.
 */
async function askCounts(ctx: SectionContext, key: 'inquiries' | 'draws', text: CountedText, previous: readonly { date: string }[] | undefined): Promise<number[]> {
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const widestFirst = [...COUNT_WINDOWS].reverse();
  const counts = new Map<number, number>();
  for (const [index, months] of widestFirst.entries()) {
    const longerWindow = widestFirst[index - 1];
    const atMost = longerWindow === undefined ? undefined : counts.get(longerWindow)!;
    const inWindow = previous?.filter((entry) => inLastMonths(entry.date, asOf, months)).length;
    const answer = await ask.number({
      id: `credit.${key}.last${months}`,
      message: text.inLast(months),
      // The previous answer (never above the wider window's count), else none: Enter answers 0.
      default: Math.min(inWindow ?? 0, atMost ?? Number.POSITIVE_INFINITY),
      check: (n) => {
        const problem = valueProblem(count, n, io.lang);
        if (problem !== undefined || atMost === undefined || longerWindow === undefined || n <= atMost) return problem;
        return t.countAboveLongerWindow(atMost, longerWindow);
      },
    });
    counts.set(months, answer);
  }
  return COUNT_WINDOWS.map((months) => counts.get(months)!);
}
