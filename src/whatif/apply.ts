/**
 * A set of changes applied to a profile and the plan's settings: a new profile and new settings,
 * never the caller's objects changed. Pure. A change that cannot apply — a name the profile does
 * not hold, more repaid than is owed — is a problem (the command exits 2 with them); what a change
 * does that the user should know before making it — a repayment beyond the savings, a closed line
 * that pushes up the utilisation of the others — is a note the report shows.
 */
import { planDebtsOf } from '../audit';
import { addMonthsToMonth, monthOf, type CalendarDate } from '../dates';
import { fenToYuan, yuanToFen } from '../money';
import { RECENT_SPENDING_MONTHS } from '../plan/living';
import { levelPaymentFen } from '../plan/payments';
import type { CreditLine, Debt, Profile } from '../profile/schema';
import { recentMean } from '../series';
import { closest } from '../text';
import { applicationOrder, SINGLE_KINDS, type Change, type ChangeKind, type PlanSettings } from './changes';
import { refinanceTerms } from './refinance';

/** Where in a change a problem is: the keys of the change as a scenario file writes it (`['pay', 'debt']`, `['refinance', 'debts', 1]`). */
export type ChangeField = (string | number)[];

export type ChangeProblem = { index: number; field: ChangeField } & (
  | { code: 'unknown_debt'; name: string; suggestion: string | undefined }
  | { code: 'unknown_line'; name: string; suggestion: string | undefined }
  | { code: 'above_balance'; debt: string; amountFen: number; balanceFen: number }
  | { code: 'twice'; kind: ChangeKind }
  /** A debt named twice in refinancing (in one change or two). */
  | { code: 'refinanced_twice'; name: string }
  /** Every debt named is already repaid by the changes before. */
  | { code: 'nothing_to_refinance' }
  /** The fee makes the true APR of the new loan above 100 % a year. */
  | { code: 'true_apr_too_high'; trueApr: number }
);

export type ChangeNote =
  | { kind: 'pay_exceeds_liquid'; debt: string; amountFen: number; liquidFen: number }
  | { kind: 'utilisation_rises'; line: string; before: number; after: number }
  | { kind: 'line_has_balance'; line: string; usedFen: number }
  | { kind: 'refinance'; name: string; debts: string[]; principalFen: number; feeFen: number; apr: number; trueApr: number; months: number; instalmentFen: number };

export interface AppliedChanges {
  profile: Profile;
  settings: PlanSettings;
  problems: ChangeProblem[];
  notes: ChangeNote[];
  /** Some repayment came out of `assets.liquid` (the buffer is worth a look afterwards). */
  drewOnSavings: boolean;
}

export interface ChangeContext {
  asOf: CalendarDate;
  /** The name of the loan the n-th refinance makes (1-based), in the report's language. */
  refinanceName(n: number): string;
}

export function applyChanges(profile: Profile, settings: PlanSettings, changes: readonly Change[], context: ChangeContext): AppliedChanges {
  const state: AppliedChanges = { profile: structuredClone(profile), settings: { ...settings }, problems: [], notes: [], drewOnSavings: false };
  const seen = new Set<ChangeKind>();
  const refinanced = new Set<string>();
  let refinances = 0;
  for (const index of applicationOrder(changes)) {
    const change = changes[index]!;
    if (SINGLE_KINDS.has(change.kind)) {
      if (seen.has(change.kind)) {
        state.problems.push({ index, field: [change.kind], code: 'twice', kind: change.kind });
        continue;
      }
      seen.add(change.kind);
    }
    switch (change.kind) {
      case 'income':
        state.profile.income = { ...state.profile.income, monthly: fenToYuan(change.amountFen) };
        break;
      case 'spend':
        setRecentSpending(state.profile, change.amountFen, context.asOf);
        break;
      case 'share':
        state.settings.share = change.share;
        break;
      case 'strategy':
        state.settings.strategy = change.strategy;
        break;
      case 'extra':
        state.settings.extraFen = change.amountFen;
        break;
      case 'pay':
        pay(state, index, change);
        break;
      case 'close':
        close(state, index, change.line);
        break;
      case 'refinance':
        refinance(state, index, change, refinanced, ++refinances, context);
        break;
    }
  }
  return state;
}

function debtNamed(state: AppliedChanges, name: string, index: number, field: ChangeField): Debt | undefined {
  const debt = state.profile.debts.find((d) => d.name === name);
  if (debt === undefined) {
    state.problems.push({ index, field, code: 'unknown_debt', name, suggestion: closest(name, state.profile.debts.map((d) => d.name)) });
  }
  return debt;
}

function pay(state: AppliedChanges, index: number, change: Extract<Change, { kind: 'pay' }>): void {
  const debt = debtNamed(state, change.debt, index, ['pay', 'debt']);
  if (debt === undefined) return;
  const balanceFen = yuanToFen(debt.balance);
  if (change.amountFen > balanceFen) {
    state.problems.push({ index, field: ['pay', 'amount'], code: 'above_balance', debt: debt.name, amountFen: change.amountFen, balanceFen });
    return;
  }
  keepInstalment(state, debt);
  repay(state.profile, debt, change.amountFen);
  const liquid = state.profile.assets?.liquid;
  if (liquid !== undefined) {
    const liquidFen = yuanToFen(liquid);
    if (change.amountFen > liquidFen) state.notes.push({ kind: 'pay_exceeds_liquid', debt: debt.name, amountFen: change.amountFen, liquidFen });
    state.profile.assets = { ...state.profile.assets, liquid: fenToYuan(Math.max(0, liquidFen - change.amountFen)) };
    state.drewOnSavings = true;
  }
}

/**
 * A one-off repayment shortens an amortised loan, as the plan's extra money does: its instalment
 * (its principal slice, for equal principal) stays what the contract says, worked out from the
 * balance before the first repayment. (Re-amortising over the same months would lower the
 * payment, and its rounding can make a larger repayment cost a few fen more interest.)
 */
function keepInstalment(state: AppliedChanges, debt: Debt): void {
  if (debt.repayment !== 'equal_installment' && debt.repayment !== 'equal_principal') return;
  const levels = new Map(state.settings.levelsFen);
  if (!levels.has(debt.name)) levels.set(debt.name, levelPaymentFen(planDebtsOf({ debts: [debt] })[0]!));
  state.settings.levelsFen = levels;
}

/**
 * `amountFen` off a debt's balance, and off what is used of the credit line it was drawn on (the
 * line of the same name, else the line named as its lender). A debt repaid in full is gone.
 */
function repay(profile: Profile, debt: Debt, amountFen: number): void {
  const leftFen = yuanToFen(debt.balance) - amountFen;
  profile.debts = leftFen === 0 ? profile.debts.filter((d) => d !== debt) : profile.debts.map((d) => (d === debt ? { ...d, balance: fenToYuan(leftFen) } : d));
  if (leftFen === 0) settleOverdues(profile, debt);
  const lines = profile.credit_lines ?? [];
  const line = lines.find((l) => l.name === debt.name) ?? lines.find((l) => debt.lender !== undefined && l.name === debt.lender);
  if (line?.used !== undefined) {
    const usedFen = Math.max(0, yuanToFen(line.used) - amountFen);
    profile.credit_lines = lines.map((l) => (l === line ? { ...l, used: fenToYuan(usedFen) } : l));
  }
}

/**
 * A debt repaid in full settles its unsettled overdue records — those naming its lender (or its
 * name, as credit/overdue-unsettled matches them) — unless another debt of that lender is still
 * owed, which they may belong to.
 */
function settleOverdues(profile: Profile, repaid: Debt): void {
  const overdues = profile.credit?.overdues;
  if (overdues === undefined) return;
  const names = new Set([repaid.lender ?? repaid.name, repaid.name]);
  const stillOwed = (lender: string) => profile.debts.some((d) => (d.lender ?? d.name) === lender || d.name === lender);
  const settles = (lender: string | undefined) => lender !== undefined && names.has(lender) && !stillOwed(lender);
  if (!overdues.some((o) => !o.settled && settles(o.lender))) return;
  profile.credit = { ...profile.credit, overdues: overdues.map((o) => (!o.settled && settles(o.lender) ? { ...o, settled: true } : o)) };
}

function close(state: AppliedChanges, index: number, name: string): void {
  const lines = state.profile.credit_lines ?? [];
  const closing = lines.filter((line) => line.name === name);
  if (closing.length === 0) {
    state.problems.push({ index, field: ['close'], code: 'unknown_line', name, suggestion: closest(name, lines.map((l) => l.name)) });
    return;
  }
  const remaining = lines.filter((line) => line.name !== name);
  const usedFen = closing.reduce((sum, line) => sum + yuanToFen(line.used ?? 0), 0);
  if (usedFen > 0) state.notes.push({ kind: 'line_has_balance', line: name, usedFen });
  const before = utilisation(lines);
  const after = utilisation(remaining);
  if (before !== null && after !== null && after > before) state.notes.push({ kind: 'utilisation_rises', line: name, before, after });
  state.profile.credit_lines = remaining;
}

/** Used ÷ limit over the lines with a limit and a known use, as credit/line-exhausted counts them; null without any. */
export function utilisation(lines: readonly CreditLine[]): number | null {
  let usedFen = 0;
  let limitFen = 0;
  for (const line of lines) {
    if (line.limit <= 0 || line.used === undefined) continue;
    usedFen += yuanToFen(line.used);
    limitFen += yuanToFen(line.limit);
  }
  return limitFen > 0 ? usedFen / limitFen : null;
}

function refinance(
  state: AppliedChanges,
  index: number,
  change: Extract<Change, { kind: 'refinance' }>,
  refinanced: Set<string>,
  count: number,
  context: ChangeContext,
): void {
  const debts: Debt[] = [];
  const problemsBefore = state.problems.length;
  change.debts.forEach((name, k) => {
    if (refinanced.has(name)) {
      state.problems.push({ index, field: ['refinance', 'debts', k], code: 'refinanced_twice', name });
      return;
    }
    refinanced.add(name);
    const debt = debtNamed(state, name, index, ['refinance', 'debts', k]);
    if (debt !== undefined) debts.push(debt);
  });
  if (state.problems.length > problemsBefore) return;
  const principalFen = debts.reduce((sum, debt) => sum + yuanToFen(debt.balance), 0);
  if (principalFen === 0) {
    state.problems.push({ index, field: ['refinance', 'debts'], code: 'nothing_to_refinance' });
    return;
  }
  const terms = refinanceTerms(principalFen, change.feeFen, change.apr, change.months);
  if (terms.trueApr > 1) {
    state.problems.push({ index, field: ['refinance', 'fee'], code: 'true_apr_too_high', trueApr: terms.trueApr });
    return;
  }
  for (const debt of debts) {
    repay(state.profile, debt, yuanToFen(debt.balance));
    // Gone: a kept instalment must not pass to a new debt that takes the name.
    if (state.settings.levelsFen?.has(debt.name)) {
      const levels = new Map(state.settings.levelsFen);
      levels.delete(debt.name);
      state.settings.levelsFen = levels;
    }
  }
  const name = freeName(context.refinanceName(count), state.profile.debts.map((d) => d.name));
  const loan: Debt = {
    name,
    kind: 'other',
    lender: name,
    balance: fenToYuan(principalFen),
    apr: terms.trueApr,
    repayment: 'equal_installment',
    months_left: change.months,
  };
  const purpose = purposeOf(debts);
  if (purpose !== undefined) loan.purpose = purpose;
  state.profile.debts = [...state.profile.debts, loan];
  // The application is one hard inquiry, today.
  const credit = state.profile.credit ?? {};
  state.profile.credit = { ...credit, inquiries: [...(credit.inquiries ?? []), { date: context.asOf, lender: name, kind: 'loan' }] };
  state.notes.push({
    kind: 'refinance',
    name,
    debts: debts.map((d) => d.name),
    principalFen,
    feeFen: change.feeFen,
    apr: change.apr,
    trueApr: terms.trueApr,
    months: change.months,
    instalmentFen: terms.instalmentFen,
  });
}

/** The purpose the replaced debts share, else that of the largest of them; none when none gives one. */
function purposeOf(debts: readonly Debt[]): Debt['purpose'] {
  const largest = [...debts].sort((a, b) => b.balance - a.balance).find((d) => d.purpose !== undefined);
  return largest?.purpose;
}

/** `name`, or `name 2`, `name 3` … when a debt already has it. */
function freeName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) if (!taken.includes(`${name} ${n}`)) return `${name} ${n}`;
}

/**
 * The months the rules read as "recent spending" (the latest 3 recorded up to the audit month)
 * set to `amountFen`; without any, the 3 months before the audit month are added at it.
 */
function setRecentSpending(profile: Profile, amountFen: number, asOf: CalendarDate): void {
  const history = profile.spending?.history ?? [];
  const auditMonth = monthOf(asOf);
  const months = recentMean(history, asOf, RECENT_SPENDING_MONTHS)?.months ?? [3, 2, 1].map((back) => addMonthsToMonth(auditMonth, -back));
  const amount = fenToYuan(amountFen);
  const kept = history.filter((item) => !months.includes(item.month));
  const next = [...kept, ...months.map((month) => ({ month, amount }))].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  profile.spending = { ...profile.spending, history: next };
}
