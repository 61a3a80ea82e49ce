/**
 * The questionnaire's sections, one per part of the profile, in the profile's order.
 *
 * Each section returns the profile part it produced, or nothing when the user skipped it: a
 * skipped part is left out of the profile, so the audit lists its rules as not evaluated — never
 * as passed. Income and debts are the profile's required fields and cannot be skipped (with no
 * debts the answer is "none", and `debts: []` is a statement, not a gap).
 *
 * Every answer is checked, as typed, against the profile schema's own part (incomeSchema,
 * debtSchema, creditSchema …) with the record answered so far; see validate.ts.
 */
import type { z } from 'zod/mini';
import { addMonths, addMonthsToMonth, inLastMonths, monthOf } from '../dates';
import { formatMoney } from '../i18n/format';
import { roundHalfUp, yuanToFen } from '../money';
import {
  assetsSchema,
  count,
  creditLineSchema,
  creditSchema,
  DEBT_KINDS,
  debtSchema,
  drawSchema,
  employmentSchema,
  INCOME_SOURCES,
  incomeSchema,
  INQUIRY_KINDS,
  inquirySchema,
  LINE_STATUSES,
  overdueSchema,
  profileMacroSchema,
  profileSchema,
  PURPOSES,
  REPAYMENT_KINDS,
  spendingSchema,
  type CreditLine,
  type Debt,
  type DebtKind,
} from '../profile/schema';
import { formatPath } from '../profile/precise';
import { askList, type Ask } from './ask';
import { spreadCounts } from './parse';
import { byDate, compact, fieldCheck, oneOf, problemAt, schemaProblems, valueProblem, type FieldPath } from './validate';

export type Income = z.infer<typeof incomeSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type Overdue = z.infer<typeof overdueSchema>;
export type Inquiry = z.infer<typeof inquirySchema>;
export type Draw = z.infer<typeof drawSchema>;
export type Spending = z.infer<typeof spendingSchema>;
export type Assets = z.infer<typeof assetsSchema>;
export type Employment = z.infer<typeof employmentSchema>;
/** The part of a profile's `macro:` the questionnaire asks about: the user's own view. */
export type Environment = Pick<z.infer<typeof profileMacroSchema>, 'platform_contraction'>;
type LargePurchase = NonNullable<Spending['large_purchases']>[number];
type MonthAmount = NonNullable<Income['history']>[number];

export const SECTION_IDS = ['income', 'debts', 'credit', 'credit_lines', 'spending', 'assets', 'employment', 'macro'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What each section contributes to the profile, under the profile's own key. */
export interface SectionValues {
  income: Income;
  debts: Debt[];
  credit: Credit;
  credit_lines: CreditLine[];
  spending: Spending;
  assets: Assets;
  employment: Employment;
  macro: Environment;
}

/** A remark written as a YAML comment above `path` (e.g. "these dates were estimated from your counts"). */
export interface Note {
  path: FieldPath;
  text: string;
}

export interface SectionOutcome<T> {
  /** Undefined: skipped, and left out of the profile. */
  value: T | undefined;
  notes: Note[];
  /** How each list was answered ('none', 'counts', 'list', 'unknown'), the default when the section is edited. */
  modes: Record<string, string>;
}

export type Answers = { [K in SectionId]?: SectionOutcome<SectionValues[K]> };

export interface SectionContext {
  ask: Ask;
  /** The date the profile describes; every "last N months" counts back from it. */
  asOf: string;
  /** The other sections' answers (income for the large-purchase hint, debts for unique names). */
  answers: Answers;
}

export type Section<K extends SectionId> = (ctx: SectionContext, previous: SectionOutcome<SectionValues[K]> | undefined) => Promise<SectionOutcome<SectionValues[K]>>;

export const SECTIONS: { [K in SectionId]: Section<K> } = {
  income: askIncome,
  debts: askDebts,
  credit: askCredit,
  credit_lines: askCreditLines,
  spending: askSpending,
  assets: askAssets,
  employment: askEmployment,
  macro: askEnvironment,
};

/** Sections the user may skip; income and debts are the profile's required fields. */
export function isSkippable(id: SectionId): boolean {
  return id !== 'income' && id !== 'debts';
}

const outcome = <T>(value: T | undefined, notes: Note[] = [], modes: Record<string, string> = {}): SectionOutcome<T> => ({ value, notes, modes });

/** An object section answered with nothing at all is a skipped section, not an empty one. */
const orSkipped = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

/** "Answer the questions about X?" — No skips the section. */
async function wantsSection(ctx: SectionContext, id: SectionId): Promise<boolean> {
  const t = ctx.ask.t;
  return ctx.ask.yes(`${id}.answer`, t.answerSection(t.sectionTitle[id]), true);
}

/* ---------------- income ---------------- */

async function askIncome(ctx: SectionContext, previous: SectionOutcome<Income> | undefined): Promise<SectionOutcome<Income>> {
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
    [...INCOME_SOURCES.map((value) => ({ value, name: t.incomeSource[value] })), { value: 'unknown' as const, name: t.notSure }],
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
  });
  return outcome(compact({ ...draft, history }));
}

/** Up to two years of monthly figures by question; a longer history is easier to paste into the saved file. */
const MAX_SERIES_MONTHS = 24;

/**
 * Amounts for the last N whole months before `asOf` (oldest first, as the profile lists them).
 * Asks how many months first, so Enter can always mean "keep the suggested amount".
 */
async function askMonthSeries(
  ctx: SectionContext,
  options: {
    id: string;
    countMessage: string;
    amountMessage: (month: string) => string;
    previous: readonly MonthAmount[] | undefined;
    suggested: number | undefined;
    check: (series: MonthAmount[], index: number) => (entry: MonthAmount) => string | undefined;
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
    });
    series.push({ month, amount });
  }
  return series;
}

/* ---------------- debts ---------------- */

async function askDebts(ctx: SectionContext, previous: SectionOutcome<Debt[]> | undefined): Promise<SectionOutcome<Debt[]>> {
  const t = ctx.ask.t;
  const debts = await askList<Debt>(ctx.ask, {
    id: 'debts',
    existing: previous?.value ?? [],
    describe: (debt) => `${debt.name} · ${formatMoney(yuanToFen(debt.balance), ctx.ask.io.lang)}`,
    addFirst: t.debts.addFirst,
    addFirstDefault: previous === undefined,
    addMore: t.debts.addMore,
    askItem: (before, others) => askDebt(ctx, before, others),
  });
  return outcome(debts);
}

const DEFAULT_REPAYMENT: Record<DebtKind, Debt['repayment']> = {
  online_loan: 'equal_installment',
  credit_card: 'revolving',
  installment: 'equal_installment',
  mortgage: 'equal_installment',
  auto: 'equal_installment',
  business: 'interest_first',
  private: 'interest_first',
  other: 'equal_installment',
};

async function askDebt(ctx: SectionContext, before: Debt | undefined, others: readonly Debt[]): Promise<Debt> {
  const { ask } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const at = (draft: object, key: string) => fieldCheck(debtSchema, draft, key, lang);

  const askName = (suggested: string | undefined) =>
    ask.text({ id: 'debts.name', message: t.debts.name, default: suggested, check: at({}, 'name') });
  let name = await askName(before?.name);
  const kind = await ask.choose(
    'debts.kind',
    t.debts.kind,
    DEBT_KINDS.map((value) => ({ value, name: t.debtKind[value] })),
    before?.kind ?? 'online_loan',
  );
  const lender = await ask.text({ id: 'debts.lender', message: t.debts.lender, default: before?.lender, optional: true, check: at({ name, kind }, 'lender') });
  const balance = await ask.money({ id: 'debts.balance', message: t.debts.balance, default: before?.balance, check: at({ name, kind }, 'balance') });
  // Online lenders quote a daily rate (借呗 0.05 %/day), banks an annual one; ask in the user's terms.
  const rateKind = await ask.choose(
    'debts.rate_kind',
    t.debts.rateKind,
    [
      { value: 'apr', name: t.debts.rateApr },
      { value: 'daily_rate', name: t.debts.rateDaily },
    ],
    before ? (before.daily_rate !== undefined ? 'daily_rate' : 'apr') : kind === 'online_loan' ? 'daily_rate' : 'apr',
  );
  const rate = await ask.rate({
    id: `debts.${rateKind}`,
    message: rateKind === 'apr' ? t.debts.apr : t.debts.dailyRate,
    default: before?.[rateKind],
    check: at({ name, kind, balance }, rateKind),
  });
  const repayment = await ask.choose(
    'debts.repayment',
    t.debts.repayment,
    REPAYMENT_KINDS.map((value) => ({ value, name: t.repaymentKind[value] })),
    before?.repayment ?? DEFAULT_REPAYMENT[kind],
  );
  const draft = { name, kind, balance, [rateKind]: rate, repayment };
  const months_left =
    repayment === 'revolving'
      ? undefined
      : await ask.number({ id: 'debts.months_left', message: t.debts.monthsLeft, default: before?.months_left, check: at(draft, 'months_left') });
  const min_payment =
    repayment === 'revolving'
      ? await ask.money({ id: 'debts.min_payment', message: t.debts.minPayment, default: before?.min_payment, optional: true, check: at(draft, 'min_payment') })
      : undefined;
  const purpose = await ask.choose(
    'debts.purpose',
    t.debts.purpose,
    PURPOSES.map((value) => ({ value, name: t.purpose[value] })),
    before?.purpose ?? (kind === 'business' ? 'business' : 'consumption'),
  );
  const overdue = await ask.yes('debts.overdue', t.debts.overdue, before?.overdue ?? false);

  // Key order as in product.md's example, so the saved file reads like a hand-written one.
  const debt = (): Debt =>
    compact({
      name,
      kind,
      lender,
      balance,
      apr: rateKind === 'apr' ? rate : undefined,
      daily_rate: rateKind === 'daily_rate' ? rate : undefined,
      repayment,
      months_left,
      min_payment,
      purpose,
      overdue,
    });
  // Checks that span records (two debts may not share a name) can only run on the whole list.
  for (;;) {
    const index = others.length;
    const problems = schemaProblems(profileSchema, { version: 1, income: { monthly: 0 }, debts: [...others, debt()] }, lang);
    const namePath = formatPath(['debts', index, 'name']);
    const nameProblem = problems.get(namePath);
    if (nameProblem === undefined) {
      const rest = [...problems.keys()].filter((path) => path.startsWith(`debts[${index}]`));
      if (rest.length > 0) throw new Error(`questionnaire built an invalid debt: ${rest.join(', ')}`);
      return debt();
    }
    io.print(t.fixAnswer(nameProblem));
    name = await askName(undefined);
  }
}

/* ---------------- credit behaviour ---------------- */

async function askCredit(ctx: SectionContext, previous: SectionOutcome<Credit> | undefined): Promise<SectionOutcome<Credit>> {
  if (!(await wantsSection(ctx, 'credit'))) return outcome<Credit>(undefined);
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const before = previous?.value;
  const notes: Note[] = [];
  const modes: Record<string, string> = {};

  const overdues = await askOverdues(ctx, before?.overdues, previous?.modes.overdues, notes, modes);

  const inquiries = await askCounted<Inquiry>(ctx, {
    key: 'inquiries',
    previous: before?.inquiries,
    previousMode: previous?.modes.inquiries,
    text: t.inquiries,
    fromCounts: async (dates) => {
      const kind = await ask.choose(
        'credit.inquiries.kind',
        t.inquiries.kindOfCounted,
        INQUIRY_KINDS.map((value) => ({ value, name: t.inquiryKind[value] })),
        before?.inquiries?.[0]?.kind ?? 'loan',
      );
      return dates.map((date) => ({ date, kind }));
    },
    askItem: async (entry) => {
      const date = await ask.rememberedDate(
        { id: 'credit.inquiries.date', message: t.inquiries.date, default: entry?.date, check: (value) => problemAt(inquirySchema, { date: value }, ['date'], lang) },
        asOf,
      );
      const kind = await ask.choose(
        'credit.inquiries.kind',
        t.inquiries.kind,
        INQUIRY_KINDS.map((value) => ({ value, name: t.inquiryKind[value] })),
        entry?.kind ?? 'loan',
      );
      const lender = await ask.text({
        id: 'credit.inquiries.lender',
        message: t.inquiries.lender,
        default: entry?.lender,
        optional: true,
        check: (value) => problemAt(inquirySchema, { date: date.date, kind, lender: value }, ['lender'], lang),
      });
      return { entry: compact({ date: date.date, lender, kind }), fromMonth: date.fromMonth };
    },
    describe: (entry) => `${entry.date} · ${t.inquiryKind[entry.kind]}${entry.lender ? ` · ${entry.lender}` : ''}`,
    notes,
    modes,
  });

  const draws = await askCounted<Draw>(ctx, {
    key: 'draws',
    previous: before?.draws,
    previousMode: previous?.modes.draws,
    text: t.draws,
    fromCounts: async (dates) => dates.map((date) => ({ date })),
    askItem: async (entry) => {
      const date = await ask.rememberedDate(
        { id: 'credit.draws.date', message: t.draws.date, default: entry?.date, check: (value) => problemAt(drawSchema, { date: value }, ['date'], lang) },
        asOf,
      );
      const amount = await ask.money({
        id: 'credit.draws.amount',
        message: t.draws.amount,
        default: entry?.amount,
        optional: true,
        check: (value) => problemAt(drawSchema, { date: date.date, amount: value }, ['amount'], lang),
      });
      const lender = await ask.text({
        id: 'credit.draws.lender',
        message: t.draws.lender,
        default: entry?.lender,
        optional: true,
        check: (value) => problemAt(drawSchema, { date: date.date, lender: value }, ['lender'], lang),
      });
      return { entry: compact({ date: date.date, amount, lender }), fromMonth: date.fromMonth };
    },
    describe: (entry) => `${entry.date}${entry.amount !== undefined ? ` · ${formatMoney(yuanToFen(entry.amount), lang)}` : ''}${entry.lender ? ` · ${entry.lender}` : ''}`,
    notes,
    modes,
  });

  const sesame_score = await ask.number({
    id: 'credit.sesame_score',
    message: t.credit.sesame,
    default: before?.sesame_score,
    optional: true,
    check: (value) => problemAt(creditSchema, { sesame_score: value }, ['sesame_score'], lang),
  });
  // Two points (then and now) are all the trend rule needs; most people know roughly what it was.
  const earlierMonth = monthOf(addMonths(asOf, -6));
  const sesame_history =
    sesame_score === undefined
      ? undefined
      : await askSesameEarlier(ctx, earlierMonth, sesame_score, before?.sesame_history?.find((point) => point.month === earlierMonth)?.score);

  const autopay = await ask.tri('credit.autopay', t.credit.autopay, before?.autopay);
  const income_proof = await ask.tri('credit.income_proof', t.credit.incomeProof, before?.verified?.income_proof);
  const assetsProof = await ask.tri('credit.assets_proof', t.credit.assetsProof, before?.verified?.assets);
  const verified = orSkipped(compact({ income_proof, assets: assetsProof }));

  const credit = compact({ sesame_score, sesame_history, overdues, inquiries, draws, autopay, verified });
  const problems = schemaProblems(creditSchema, credit, lang);
  if (problems.size > 0) throw new Error(`questionnaire built an invalid credit section: ${[...problems.keys()].join(', ')}`);
  return outcome(orSkipped(credit), notes, modes);
}

async function askSesameEarlier(ctx: SectionContext, month: string, now: number, suggested: number | undefined) {
  const { ask } = ctx;
  const lang = ask.io.lang;
  const nowMonth = monthOf(ctx.asOf);
  const earlier = await ask.number({
    id: 'credit.sesame_earlier',
    message: ask.t.credit.sesameEarlier(month),
    default: suggested,
    optional: true,
    check: (score) => problemAt(creditSchema, { sesame_history: [{ month, score }] }, ['sesame_history', 0, 'score'], lang),
  });
  return earlier === undefined ? undefined : [{ month, score: earlier }, { month: nowMonth, score: now }];
}

async function askOverdues(
  ctx: SectionContext,
  previous: Overdue[] | undefined,
  previousMode: string | undefined,
  notes: Note[],
  modes: Record<string, string>,
): Promise<Overdue[] | undefined> {
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const mode = await ask.choose(
    'credit.overdues.mode',
    t.overdues.mode,
    [
      { value: 'none', name: t.overdues.none },
      { value: 'list', name: t.overdues.list },
      { value: 'unknown', name: t.overdues.unknown },
    ],
    oneOf(previousMode, ['none', 'list', 'unknown'] as const) ?? 'none',
  );
  modes.overdues = mode;
  if (mode === 'none') return [];
  if (mode === 'unknown') return undefined;
  const fromMonth: string[] = [];
  const overdues = await askList<Overdue>(ask, {
    id: 'credit.overdues',
    existing: previousMode === 'list' ? (previous ?? []) : [],
    describe: (entry) => t.overdues.describe(entry.date, entry.days, entry.settled),
    addFirst: t.overdues.addFirst,
    addFirstDefault: true,
    addMore: t.overdues.addMore,
    askItem: async (entry) => {
      const date = await ask.rememberedDate(
        { id: 'credit.overdues.date', message: t.overdues.date, default: entry?.date, check: (value) => problemAt(overdueSchema, { date: value }, ['date'], lang) },
        asOf,
      );
      if (date.fromMonth) fromMonth.push(date.date);
      const days = await ask.number({
        id: 'credit.overdues.days',
        message: t.overdues.days,
        default: entry?.days,
        check: (value) => problemAt(overdueSchema, { date: date.date, days: value }, ['days'], lang),
      });
      const amount = await ask.money({
        id: 'credit.overdues.amount',
        message: t.overdues.amount,
        default: entry?.amount,
        optional: true,
        check: (value) => problemAt(overdueSchema, { date: date.date, days, amount: value }, ['amount'], lang),
      });
      const lender = await ask.text({
        id: 'credit.overdues.lender',
        message: t.overdues.lender,
        default: entry?.lender,
        optional: true,
        check: (value) => problemAt(overdueSchema, { date: date.date, days, lender: value }, ['lender'], lang),
      });
      const settled = await ask.yes('credit.overdues.settled', t.overdues.settled, entry?.settled ?? true);
      return compact({ date: date.date, days, amount, lender, settled });
    },
  });
  if (fromMonth.length > 0) notes.push({ path: ['credit', 'overdues'], text: t.notes.fromMonth(fromMonth) });
  return overdues;
}

/** The texts one counted list (inquiries, draws) needs; see text.ts. */
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

/** The windows the credit rules count in (rules.md: last 1, 3 and 6 months). */
const COUNT_WINDOWS = [1, 3, 6] as const;

/**
 * A list of dated events the user may only be able to count: "how many in the last month / 3 /
 * 6 months?" becomes that many entries spread evenly inside the windows (spreadCounts), with a
 * YAML comment saying the dates are estimates. Or each one with its date, or "none", or "not sure".
 */
async function askCounted<E extends { date: string }>(
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
  const mode = await ask.choose(
    `credit.${key}.mode`,
    text.mode,
    [
      { value: 'none', name: text.none },
      { value: 'counts', name: text.counts },
      { value: 'list', name: text.list },
      { value: 'unknown', name: text.unknown },
    ],
    oneOf(options.previousMode, ['none', 'counts', 'list', 'unknown'] as const) ?? 'counts',
  );
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
        io.print(t.fixAnswer(problem));
        continue;
      }
      if (dates.length > 0) {
        options.notes.push({ path: ['credit', key], text: t.notes.spread(dates.length, COUNT_WINDOWS.map((months, i) => [months, counts[i]!])) });
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

/** "How many in the last 1 / 3 / 6 months?" — nested windows, so each count is at least the one before. */
async function askCounts(ctx: SectionContext, key: 'inquiries' | 'draws', text: CountedText, previous: readonly { date: string }[] | undefined): Promise<number[]> {
  const { ask, asOf } = ctx;
  const { t, io } = ask;
  const counts: number[] = [];
  for (const months of COUNT_WINDOWS) {
    const atLeast = counts[counts.length - 1] ?? 0;
    const shorterWindow = COUNT_WINDOWS[counts.length - 1];
    const inWindow = previous?.filter((entry) => inLastMonths(entry.date, asOf, months)).length;
    const answer = await ask.number({
      id: `credit.${key}.last${months}`,
      message: text.inLast(months),
      // The previous answer, or at least the shorter window's count.
      default: inWindow !== undefined ? Math.max(inWindow, atLeast) : atLeast,
      check: (n) => {
        const problem = valueProblem(count, n, io.lang);
        if (problem !== undefined || shorterWindow === undefined || n >= atLeast) return problem;
        return t.countBelowShorterWindow(atLeast, shorterWindow);
      },
    });
    counts.push(answer);
  }
  return counts;
}

/* ---------------- credit lines ---------------- */

async function askCreditLines(ctx: SectionContext, previous: SectionOutcome<CreditLine[]> | undefined): Promise<SectionOutcome<CreditLine[]>> {
  if (!(await wantsSection(ctx, 'credit_lines'))) return outcome<CreditLine[]>(undefined);
  const { ask } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const lines = await askList<CreditLine>(ask, {
    id: 'credit_lines',
    existing: previous?.value ?? [],
    describe: (line) => `${line.name} · ${formatMoney(yuanToFen(line.limit), lang)}${line.status ? ` · ${t.lineStatus[line.status]}` : ''}`,
    addFirst: t.lines.addFirst,
    addFirstDefault: true,
    addMore: t.lines.addMore,
    askItem: async (line) => {
      const at = (draft: object, key: string) => fieldCheck(creditLineSchema, draft, key, lang);
      const name = await ask.text({ id: 'credit_lines.name', message: t.lines.name, default: line?.name, check: at({}, 'name') });
      const limit = await ask.money({ id: 'credit_lines.limit', message: t.lines.limit, default: line?.limit, check: at({ name }, 'limit') });
      const previous_limit = await ask.money({
        id: 'credit_lines.previous_limit',
        message: t.lines.previousLimit,
        default: line?.previous_limit,
        optional: true,
        check: at({ name, limit }, 'previous_limit'),
      });
      const used = await ask.money({ id: 'credit_lines.used', message: t.lines.used, default: line?.used, optional: true, check: at({ name, limit }, 'used') });
      const status = await ask.choose(
        'credit_lines.status',
        t.lines.status,
        LINE_STATUSES.map((value) => ({ value, name: t.lineStatus[value] })),
        line?.status ?? (previous_limit !== undefined && previous_limit > limit ? 'reduced' : 'active'),
      );
      return compact({ name, limit, previous_limit, used, status });
    },
  });
  return outcome(lines);
}

/* ---------------- spending ---------------- */

async function askSpending(ctx: SectionContext, previous: SectionOutcome<Spending> | undefined): Promise<SectionOutcome<Spending>> {
  if (!(await wantsSection(ctx, 'spending'))) return outcome<Spending>(undefined);
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
        const amount = await ask.money({ id: 'spending.large.amount', message: t.spending.largeAmount, default: p?.amount, check: at({ date: date.date }, 'amount') });
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
    check: (value) => problemAt(spendingSchema, { lender_transfers_per_month: value }, ['lender_transfers_per_month'], lang),
  });
  return outcome(orSkipped(compact({ history, large_purchases, lender_transfers_per_month })), notes, modes);
}

/* ---------------- assets, employment, environment ---------------- */

async function askAssets(ctx: SectionContext, previous: SectionOutcome<Assets> | undefined): Promise<SectionOutcome<Assets>> {
  if (!(await wantsSection(ctx, 'assets'))) return outcome<Assets>(undefined);
  const { ask } = ctx;
  const { t, io } = ask;
  const before = previous?.value;
  const at = (key: string) => fieldCheck(assetsSchema, {}, key, io.lang);
  const liquid = await ask.money({ id: 'assets.liquid', message: t.assets.liquid, default: before?.liquid, optional: true, check: at('liquid') });
  const investments = await ask.money({ id: 'assets.investments', message: t.assets.investments, default: before?.investments, optional: true, check: at('investments') });
  const property = await ask.tri('assets.property', t.assets.property, before?.property);
  const vehicle = await ask.tri('assets.vehicle', t.assets.vehicle, before?.vehicle);
  return outcome(orSkipped(compact({ liquid, investments, property, vehicle })));
}

async function askEmployment(ctx: SectionContext, previous: SectionOutcome<Employment> | undefined): Promise<SectionOutcome<Employment>> {
  if (!(await wantsSection(ctx, 'employment'))) return outcome<Employment>(undefined);
  const { ask } = ctx;
  const { t, io } = ask;
  const before = previous?.value;
  const at = (key: string) => fieldCheck(employmentSchema, {}, key, io.lang);
  const sector = await ask.text({ id: 'employment.sector', message: t.employment.sector, default: before?.sector, optional: true, check: at('sector') });
  const months_in_job = await ask.number({
    id: 'employment.months_in_job',
    message: t.employment.monthsInJob,
    default: before?.months_in_job,
    optional: true,
    check: at('months_in_job'),
  });
  return outcome(orSkipped(compact({ sector, months_in_job })));
}

/** One question, so "not sure" is the skip (no separate "answer this section?" first). */
async function askEnvironment(ctx: SectionContext, previous: SectionOutcome<Environment> | undefined): Promise<SectionOutcome<Environment>> {
  const { ask } = ctx;
  const platform_contraction = await ask.tri('macro.platform_contraction', ask.t.environment.platformContraction, previous?.value?.platform_contraction);
  return outcome(orSkipped(compact({ platform_contraction })));
}
