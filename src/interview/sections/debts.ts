/**
 * Debts: each one's balance, rate (or an instalment's fee per period) and repayment. Required: with no debts the answer is "none",
 * and `debts: []` is a statement, not a gap.
 */
import { formatMoney, formatRate } from '../../i18n/format';
import { fenToYuan, roundHalfUp, yuanToFen } from '../../money';
import { DEBT_KINDS, debtSchema, profileSchema, PURPOSES, REPAYMENT_KINDS, type Debt, type DebtKind } from '../../profile/schema';
import { formatPath } from '../../profile/precise';
import { askList, choices } from '../questions/ask';
import { compact, fieldCheck, schemaProblems } from '../questions/validate';
import { interviewText } from '../../i18n/interview';
import type { Lang } from '../../i18n/lang';
import { PRODUCT, PRODUCTS, productOf, type ProductId } from '../products';
import { againstIncome, MONTHLY_PER_INCOME, outcome, STOCK_PER_INCOME } from './shared';
import type { Note, SectionContext, SectionOutcome } from './types';

export async function askDebts(ctx: SectionContext, previous: SectionOutcome<Debt[]> | undefined): Promise<SectionOutcome<Debt[]>> {
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
  // A rate taken from the product ("not sure") says so in the saved file, above the rate itself.
  const notes: Note[] = debts.flatMap((debt, index) => {
    if (!debt.rate_estimated) return [];
    const key = debt.daily_rate !== undefined ? 'daily_rate' : 'apr';
    return [{ path: ['debts', index], text: t.notes.rateEstimated(debt.name, quotedRate(key, debt[key] ?? 0, ctx.ask.io.lang)) }];
  });
  return outcome(debts, notes);
}

async function askDebt(ctx: SectionContext, before: Debt | undefined, others: readonly Debt[]): Promise<Debt> {
  const { ask } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const at = (draft: object, key: string) => fieldCheck(debtSchema, draft, key, lang);

  // The product people know fills the kind, the lender, the repayment and how the price is quoted.
  const productId = await ask.choose('debts.product', t.debts.product, choices(PRODUCTS, t.product), before ? productOf(before) : undefined);
  const product = PRODUCT[productId];
  const askName = (suggested: string | undefined) =>
    ask.text({ id: 'debts.name', message: t.debts.name, default: suggested, check: at({}, 'name') });
  let name = await askName(before?.name ?? product.name);
  // Only "something else" asks the kind; a debt answered before keeps its own when edited.
  const kind: DebtKind =
    productId === 'other' ? await ask.choose('debts.kind', t.debts.kind, choices(DEBT_KINDS, t.debtKind), before?.kind ?? 'other') : product.kind;
  const suggestedLender = before?.lender ?? product.lender;
  const lender = await ask.text({
    id: 'debts.lender',
    message: suggestedLender === undefined ? t.debts.lender : t.debts.lenderSuggested,
    default: suggestedLender,
    optional: true,
    check: at({ name, kind }, 'lender'),
  });

  // Online lenders quote a daily rate (借呗 0.05 %/day), banks an annual one, 花呗 and card
  // instalments a fee per period on the amount first put on instalments: ask in the user's terms.
  const typical = product.typical;
  const priceChoices = [
    { value: 'apr' as const, name: t.debts.rateApr },
    { value: 'daily_rate' as const, name: t.debts.rateDaily },
    { value: 'fee_rate' as const, name: t.debts.rateFee },
    ...(typical === undefined ? [] : [{ value: 'unknown' as const, name: t.debts.rateUnknown(quotedRate(typical.key, typical.rate, lang)) }]),
  ];
  const suggestedPrice = before
    ? before.rate_estimated && typical !== undefined
      ? 'unknown'
      : priceKindOf(before)
    : productId === 'other' && kind === 'installment'
      ? 'fee_rate'
      : product.price;
  // A fee instalment product (花呗分期, card 分期) is priced by its fee: no question about how.
  const priceKind =
    product.price === 'fee_rate' && productId !== 'other' ? 'fee_rate' : await ask.choose('debts.rate_kind', t.debts.rateKind, priceChoices, suggestedPrice);
  if (priceKind === 'fee_rate') return finish(await askFeeInstalment(ctx, { name, kind, lender }, before));

  const estimated = priceKind === 'unknown' ? typical : undefined;
  const rateKind = estimated?.key ?? (priceKind === 'unknown' ? 'apr' : priceKind);
  const balance = await ask.money({
    id: 'debts.balance',
    message: t.debts.balance,
    default: before?.balance,
    check: at({ name, kind }, 'balance'),
    plausible: againstIncome(ctx, STOCK_PER_INCOME),
  });
  const rate = estimated
    ? estimated.rate
    : await ask.rate({
        id: `debts.${rateKind}`,
        message: rateKind === 'apr' ? t.debts.apr : t.debts.dailyRate,
        default: before?.rate_estimated ? undefined : before?.[rateKind],
        check: at({ name, kind, balance }, rateKind),
      });
  const repayment: Debt['repayment'] = await ask.choose(
    'debts.repayment',
    t.debts.repayment,
    choices(REPAYMENT_KINDS, t.repaymentKind),
    before === undefined || before.repayment === 'fee_installment' ? defaultRepayment(productId, kind) : before.repayment,
  );
  const draft: Record<string, unknown> = { name, kind, balance, [rateKind]: rate, repayment };
  const months_left =
    repayment === 'revolving'
      ? undefined
      : await ask.number({ id: 'debts.months_left', message: t.debts.monthsLeft, default: before?.months_left, check: at(draft, 'months_left') });
  const min_payment =
    repayment === 'revolving'
      ? await ask.money({
          id: 'debts.min_payment',
          message: t.debts.minPayment,
          default: before?.min_payment,
          optional: true,
          check: at(draft, 'min_payment'),
          plausible: againstIncome(ctx, MONTHLY_PER_INCOME),
        })
      : undefined;
  // A fee taken at the start (砍头息, 服务费) raises the true rate of a loan; Enter when there was none.
  const upfront_fee =
    repayment === 'revolving'
      ? undefined
      : await ask.money({
          id: 'debts.upfront_fee',
          message: t.debts.upfrontFee,
          default: before?.upfront_fee,
          optional: true,
          check: at({ ...draft, months_left }, 'upfront_fee'),
        });
  // The fee is spread over the whole loan: its amount and term from the start (the balance and
  // months left are the defaults, right for a loan taken this month).
  const loanStart = upfront_fee !== undefined && upfront_fee > 0;
  const original_principal = loanStart
    ? await ask.money({
        id: 'debts.original_principal',
        message: t.debts.loanPrincipal,
        default: before?.original_principal ?? balance,
        check: at({ ...draft, months_left }, 'original_principal'),
      })
    : undefined;
  const periods = loanStart
    ? await ask.number({
        id: 'debts.periods',
        message: t.debts.periods,
        default: before?.periods ?? months_left,
        check: at({ ...draft, months_left, original_principal }, 'periods'),
      })
    : undefined;
  return finish({
    name,
    kind,
    lender,
    balance,
    apr: rateKind === 'apr' ? rate : undefined,
    daily_rate: rateKind === 'daily_rate' ? rate : undefined,
    repayment,
    months_left,
    min_payment,
    original_principal,
    periods,
    upfront_fee: loanStart ? upfront_fee : undefined,
    rate_estimated: estimated ? true : undefined,
  });

  /** The questions every debt ends with, then the record in product.md's key order, checked with the others. */
  async function finish(terms: Omit<Debt, 'purpose' | 'overdue'>): Promise<Debt> {
    const purpose = await ask.choose(
      'debts.purpose',
      t.debts.purpose,
      choices(PURPOSES, t.purpose),
      before?.purpose ?? (terms.kind === 'business' ? 'business' : 'consumption'),
    );
    const overdue = await ask.yes('debts.overdue', t.debts.overdue, before?.overdue ?? false);
    // Key order as in product.md's example, so the saved file reads like a hand-written one.
    const debt = (): Debt =>
      compact({
        name,
        kind: terms.kind,
        lender: terms.lender,
        balance: terms.balance,
        apr: terms.apr,
        daily_rate: terms.daily_rate,
        repayment: terms.repayment,
        months_left: terms.months_left,
        min_payment: terms.min_payment,
        original_principal: terms.original_principal,
        periods: terms.periods,
        fee_rate: terms.fee_rate,
        upfront_fee: terms.upfront_fee,
        rate_estimated: terms.rate_estimated,
        purpose,
        overdue,
      });
    return checkedAgainst(debt);
  }

  /** Checks that span records (two debts may not share a name) can only run on the whole list. */
  async function checkedAgainst(debt: () => Debt): Promise<Debt> {
    for (;;) {
      const index = others.length;
      const problems = schemaProblems(profileSchema, { version: 1, income: { monthly: 0 }, debts: [...others, debt()] }, lang);
      const nameProblem = problems.get(formatPath(['debts', index, 'name']));
      if (nameProblem === undefined) {
        const rest = [...problems.keys()].filter((path) => path.startsWith(`debts[${index}]`));
        if (rest.length > 0) throw new Error(`questionnaire built an invalid debt: ${rest.join(', ')}`);
        return debt();
      }
      ask.say(t.fixAnswer(nameProblem));
      name = await askName(undefined);
    }
  }
}

/**
 * A fee instalment (花呗分期, card 分期): the amount first put on instalments, the number of
 * instalments, the fee per period as the bill shows it, how many are left, and the principal still
 * owed — the fields of the true-cost rules (repayment: fee_installment, fee_rate, original_principal, periods).
 */
async function askFeeInstalment(
  ctx: SectionContext,
  head: { name: string; kind: DebtKind; lender: string | undefined },
  before: Debt | undefined,
): Promise<Omit<Debt, 'purpose' | 'overdue'>> {
  const { ask } = ctx;
  const { t, io } = ask;
  const at = (draft: object, key: string) => fieldCheck(debtSchema, draft, key, io.lang);
  const draft: Record<string, unknown> = { name: head.name, kind: head.kind, repayment: 'fee_installment' };
  const original_principal = await ask.money({
    id: 'debts.original_principal',
    message: t.debts.originalPrincipal,
    default: before?.original_principal,
    check: at(draft, 'original_principal'),
    plausible: againstIncome(ctx, STOCK_PER_INCOME),
  });
  const periods = await ask.number({ id: 'debts.periods', message: t.debts.periods, default: before?.periods, check: at({ ...draft, original_principal }, 'periods') });
  const fee_rate = await ask.feeRate(
    {
      id: 'debts.fee_rate',
      message: t.debts.feePerPeriod,
      default: before?.fee_rate,
      check: at({ ...draft, original_principal, periods }, 'fee_rate'),
    },
    original_principal,
  );
  Object.assign(draft, { original_principal, periods, fee_rate });
  // The balance comes next; a stand-in lets the record's own checks (months left ≤ periods) run now.
  const months_left = await ask.number({
    id: 'debts.months_left',
    message: t.debts.monthsLeft,
    default: before?.months_left,
    check: at({ ...draft, balance: 0 }, 'months_left'),
  });
  // The principal is repaid in equal slices: what is left is that many slices (to the fen).
  const slicesLeft = fenToYuan(roundHalfUp((yuanToFen(original_principal) * Math.min(months_left, periods)) / periods));
  const balance = await ask.money({
    id: 'debts.balance',
    message: t.debts.instalmentBalance,
    default: before?.balance ?? slicesLeft,
    check: at({ ...draft, months_left }, 'balance'),
  });
  return compact({ ...head, balance, repayment: 'fee_installment' as const, months_left, original_principal, periods, fee_rate });
}

/** The repayment suggested for a debt priced by interest: the product's, or for "something else", its kind's. */
function defaultRepayment(productId: ProductId, kind: DebtKind): Debt['repayment'] {
  const repayment = productId === 'other' ? KIND_REPAYMENT[kind] : PRODUCT[productId].repayment;
  return repayment === 'fee_installment' ? 'equal_installment' : repayment;
}

const KIND_REPAYMENT: Record<DebtKind, Debt['repayment']> = {
  online_loan: 'equal_installment',
  credit_card: 'revolving',
  installment: 'equal_installment',
  mortgage: 'equal_installment',
  auto: 'equal_installment',
  business: 'interest_first',
  private: 'interest_first',
  other: 'equal_installment',
};

/** A rate as its product quotes it: "4% a year" is written "4%", a daily rate "0.05% a day". */
function quotedRate(key: 'apr' | 'daily_rate', rate: number, lang: Lang): string {
  const shown = formatRate(rate, lang);
  return key === 'apr' ? shown : interviewText(lang).debts.perDay(shown);
}

/** How a debt already answered is priced: the question that asked for it. */
function priceKindOf(debt: Debt): 'apr' | 'daily_rate' | 'fee_rate' {
  if (debt.repayment === 'fee_installment') return 'fee_rate';
  return debt.daily_rate !== undefined ? 'daily_rate' : 'apr';
}
