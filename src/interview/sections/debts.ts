/**
 * Debts: each one's balance, rate and repayment. Required: with no debts the answer is "none",
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
    choices(REPAYMENT_KINDS, t.repaymentKind),
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
