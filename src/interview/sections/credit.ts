/** Credit behaviour: late repayments, applications, draws, the Sesame score and its trend, autopay, proofs. */
import { addMonths, monthOf } from '../../dates';
import { formatMoney } from '../../i18n/format';
import { yuanToFen } from '../../money';
import { creditSchema, drawSchema, INQUIRY_KINDS, inquirySchema, overdueSchema } from '../../profile/schema';
import { askList, choices } from '../questions/ask';
import { compact, fieldCheck, oneOf, problemAt, schemaProblems } from '../questions/validate';
import { askCounted } from './counted';
import { againstIncome, orSkipped, outcome, STOCK_PER_INCOME } from './shared';
import type { Credit, Draw, Inquiry, Note, Overdue, SectionContext, SectionOutcome } from './types';

export async function askCredit(ctx: SectionContext, previous: SectionOutcome<Credit> | undefined): Promise<SectionOutcome<Credit>> {
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
        choices(INQUIRY_KINDS, t.inquiryKind),
        before?.inquiries?.[0]?.kind ?? 'loan',
      );
      return dates.map((date) => ({ date, kind, estimated: true }));
    },
    askItem: async (entry) => {
      const date = await ask.rememberedDate(
        { id: 'credit.inquiries.date', message: t.inquiries.date, default: entry?.date, check: fieldCheck(inquirySchema, {}, 'date', lang) },
        asOf,
      );
      const kind = await ask.choose(
        'credit.inquiries.kind',
        t.inquiries.kind,
        choices(INQUIRY_KINDS, t.inquiryKind),
        entry?.kind ?? 'loan',
      );
      const lender = await ask.text({
        id: 'credit.inquiries.lender',
        message: t.inquiries.lender,
        default: entry?.lender,
        optional: true,
        check: fieldCheck(inquirySchema, { date: date.date, kind }, 'lender', lang),
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
    fromCounts: async (dates) => dates.map((date) => ({ date, estimated: true })),
    askItem: async (entry) => {
      const date = await ask.rememberedDate(
        { id: 'credit.draws.date', message: t.draws.date, default: entry?.date, check: fieldCheck(drawSchema, {}, 'date', lang) },
        asOf,
      );
      const amount = await ask.money({
        id: 'credit.draws.amount',
        message: t.draws.amount,
        default: entry?.amount,
        optional: true,
        check: fieldCheck(drawSchema, { date: date.date }, 'amount', lang),
        plausible: againstIncome(ctx, STOCK_PER_INCOME),
      });
      const lender = await ask.text({
        id: 'credit.draws.lender',
        message: t.draws.lender,
        default: entry?.lender,
        optional: true,
        check: fieldCheck(drawSchema, { date: date.date }, 'lender', lang),
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
    check: fieldCheck(creditSchema, {}, 'sesame_score', lang),
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

/** Late repayments: none, each one with its date, or "not sure" (left out, so not evaluated). */
const OVERDUE_MODES = ['none', 'list', 'unknown'] as const;

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
  const mode = await ask.choose('credit.overdues.mode', t.overdues.mode, choices(OVERDUE_MODES, t.overdues), oneOf(previousMode, OVERDUE_MODES) ?? 'none');
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
        { id: 'credit.overdues.date', message: t.overdues.date, default: entry?.date, check: fieldCheck(overdueSchema, {}, 'date', lang) },
        asOf,
      );
      if (date.fromMonth) fromMonth.push(date.date);
      const days = await ask.number({
        id: 'credit.overdues.days',
        message: t.overdues.days,
        default: entry?.days,
        check: fieldCheck(overdueSchema, { date: date.date }, 'days', lang),
      });
      const amount = await ask.money({
        id: 'credit.overdues.amount',
        message: t.overdues.amount,
        default: entry?.amount,
        optional: true,
        check: fieldCheck(overdueSchema, { date: date.date, days }, 'amount', lang),
        plausible: againstIncome(ctx, STOCK_PER_INCOME),
      });
      const lender = await ask.text({
        id: 'credit.overdues.lender',
        message: t.overdues.lender,
        default: entry?.lender,
        optional: true,
        check: fieldCheck(overdueSchema, { date: date.date, days }, 'lender', lang),
      });
      const settled = await ask.yes('credit.overdues.settled', t.overdues.settled, entry?.settled ?? true);
      return compact({ date: date.date, days, amount, lender, settled });
    },
  });
  if (fromMonth.length > 0) notes.push({ path: ['credit', 'overdues'], text: t.notes.fromMonth(fromMonth) });
  return overdues;
}
