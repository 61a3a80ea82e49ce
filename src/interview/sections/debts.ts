/**
 * Debts: each one's balance, rate (or an instalment's fee per period) and repayment. Required: with no debts the answer is "none",
 * and `debts: []` is a statement, not a gap.
 */
import { formatMoney } from '../../i18n/format';
import { yuanToFen } from '../../money';
import { DEBT_KINDS, debtSchema, profileSchema, PURPOSES, REPAYMENT_KINDS, type Debt, type DebtKind } from '../../profile/schema';
import { formatPath } from '../../profile/precise';
import { askList, choices } from '../questions/ask';
import { compact, fieldCheck, schemaProblems } from '../questions/validate';
import { outcome } from './shared';
import type { SectionContext, SectionOutcome } from './types';

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
    choices(DEBT_KINDS, t.debtKind),
    before?.kind ?? 'online_loan',
  );
  const lender = await ask.text({ id: 'debts.lender', message: t.debts.lender, default: before?.lender, optional: true, check: at({ name, kind }, 'lender') });
  const balance = await ask.money({ id: 'debts.balance', message: t.debts.balance, default: before?.balance, check: at({ name, kind }, 'balance') });
  // Online lenders quote a daily rate (借呗 0.05 %/day), banks an annual one, 花呗 and card
  // instalments a fee per period on the amount first put on instalments: ask in the user's terms.
  const rateKind = await ask.choose(
    'debts.rate_kind',
    t.debts.rateKind,
    [
      { value: 'apr', name: t.debts.rateApr },
      { value: 'daily_rate', name: t.debts.rateDaily },
      { value: 'fee_rate', name: t.debts.rateFee },
    ],
    before ? priceKindOf(before) : kind === 'online_loan' ? 'daily_rate' : kind === 'installment' ? 'fee_rate' : 'apr',
  );
  const feeInstalment = rateKind === 'fee_rate';
  const rate = await ask.rate({
    id: `debts.${rateKind}`,
    message: rateKind === 'apr' ? t.debts.apr : rateKind === 'daily_rate' ? t.debts.dailyRate : t.debts.feeRate,
    default: before?.[rateKind],
    check: at({ name, kind, balance, ...(feeInstalment ? { repayment: 'fee_installment' } : {}) }, rateKind),
  });
  // A fee instalment's repayment is its kind: the principal slice plus the fee, every period.
  const repayment: Debt['repayment'] = feeInstalment
    ? 'fee_installment'
    : await ask.choose(
        'debts.repayment',
        t.debts.repayment,
        choices(REPAYMENT_KINDS, t.repaymentKind),
        before?.repayment === 'fee_installment' ? DEFAULT_REPAYMENT[kind] : (before?.repayment ?? DEFAULT_REPAYMENT[kind]),
      );
  const draft: Record<string, unknown> = { name, kind, balance, [rateKind]: rate, repayment };
  const original_principal = feeInstalment
    ? await ask.money({ id: 'debts.original_principal', message: t.debts.originalPrincipal, default: before?.original_principal, check: at(draft, 'original_principal') })
    : undefined;
  const periods = feeInstalment
    ? await ask.number({ id: 'debts.periods', message: t.debts.periods, default: before?.periods, check: at({ ...draft, original_principal }, 'periods') })
    : undefined;
  Object.assign(draft, compact({ original_principal, periods }));
  const months_left =
    repayment === 'revolving'
      ? undefined
      : await ask.number({ id: 'debts.months_left', message: t.debts.monthsLeft, default: before?.months_left, check: at(draft, 'months_left') });
  const min_payment =
    repayment === 'revolving'
      ? await ask.money({ id: 'debts.min_payment', message: t.debts.minPayment, default: before?.min_payment, optional: true, check: at(draft, 'min_payment') })
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
  const loanStart = upfront_fee !== undefined && upfront_fee > 0 && !feeInstalment;
  const loanPrincipal = loanStart
    ? await ask.money({
        id: 'debts.original_principal',
        message: t.debts.loanPrincipal,
        default: before?.original_principal ?? balance,
        check: at({ ...draft, months_left }, 'original_principal'),
      })
    : original_principal;
  const loanPeriods = loanStart
    ? await ask.number({
        id: 'debts.periods',
        message: t.debts.periods,
        default: before?.periods ?? months_left,
        check: at({ ...draft, months_left, original_principal: loanPrincipal }, 'periods'),
      })
    : periods;
  const purpose = await ask.choose(
    'debts.purpose',
    t.debts.purpose,
    choices(PURPOSES, t.purpose),
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
      original_principal: loanPrincipal,
      periods: loanPeriods,
      fee_rate: feeInstalment ? rate : undefined,
      upfront_fee: upfront_fee !== undefined && upfront_fee > 0 ? upfront_fee : undefined,
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

/** How a debt already answered is priced: the question that asked for it. */
function priceKindOf(debt: Debt): 'apr' | 'daily_rate' | 'fee_rate' {
  if (debt.repayment === 'fee_installment') return 'fee_rate';
  return debt.daily_rate !== undefined ? 'daily_rate' : 'apr';
}
