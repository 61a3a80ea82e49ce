/**
 * The 20/80 repayment plan (product.md, "The repayment plan (20/80)"): a month-by-month
 * simulation in integer fen. Pure: no clock, no I/O; the first month comes in through options.
 *
 * The bugs other payoff planners shipped (domain-facts G) are designed out here:
 * - every open debt gets its own required payment before any extra moves (no pooled minimums);
 * - interest (a fee instalment: its fee) accrues once per month on the opening balance, then payments are applied; a target
 *   paid off mid-month passes the leftover to the next target without a second accrual;
 * - a plan that hits the horizon, or carries a debt whose payments cannot cover its interest,
 *   is reported as not payable, with the balance left, never as debt-free;
 * - a budget below the required payments runs at the required payments and says so;
 * - no month past the calendar's end (dates.ts, MAX_MONTH) is ever named: a plan that would run
 *   past it stops there, not payable, and says so, rather than print a month such as 10001-01.
 */
import { addMonthsToMonth, isCalendarMonth, MAX_MONTH, monthFromIndex, monthIndex, type CalendarMonth } from '../dates';
import { roundHalfUp } from '../money';
import { clearedByRequiredOrder, countOnlineLenders, priorityOrder } from './order';
import { dtiPaymentFen, firstMonthRequiredFen, levelPaymentFen, monthCostFen, periodFeeFen, requiredPaymentFen } from './payments';
import {
  MAX_PLAN_MONTHS,
  STRATEGIES,
  type PlanDebt,
  type PlanMonth,
  type PlanOptions,
  type PlanResult,
  type PlanWarning,
  type Strategy,
  type StrategyComparison,
} from './types';

/**
 * The debt-to-income lines the milestones track: 50 % (Chinese lenders' red line, domain-facts A7),
 * 36 % (CFPB, F2) and 20 % (debt/dti-high's lowest line, where its clearsBy points: rules.md).
 */
const DTI_LINES = [
  ['dtiBelow50', 0.5],
  ['dtiBelow36', 0.36],
  ['dtiBelow20', 0.2],
] as const;

/**
 * A revolving debt whose monthly rate is above its 10 % minimum can never shrink on the minimum
 * alone: apr / 12 > 10 %, i.e. apr > 120 % (a daily rate above about 0.33 %). See runawayDebts.
 */
const REVOLVING_RUNAWAY_APR = 1.2;

/**
 * A debt during the simulation: fixed terms plus mutable per-month figures. The terms are copied
 * out of the caller's PlanDebt so every state has one shape and the hot loops stay monomorphic.
 */
interface DebtState {
  readonly name: string;
  readonly apr: number;
  readonly kind: PlanDebt['kind'];
  readonly lender: string;
  readonly overdue: boolean;
  readonly repayment: PlanDebt['repayment'];
  readonly monthsLeft: number | undefined;
  readonly minPaymentFen: number | undefined;
  readonly levelFen: number;
  /** A fee instalment's fee per period (0 for every other debt). */
  readonly feeFen: number;
  /**
   * Current balance: between accrue() and closeMonth() what is left after the month's required
   * payment (what the strategies rank by, product.md step 5), the closing balance after.
   */
  balanceFen: number;
  openingFen: number;
  interestFen: number;
  requiredFen: number;
  paymentFen: number;
}

/** The split of income (product.md step 1): B = round_half_up(share × income); the rest is for living. */
export function splitIncome(incomeFen: number, share: number): { monthlyBudgetFen: number; livingBudgetFen: number } {
  const monthlyBudgetFen = roundHalfUp(share * incomeFen);
  return { monthlyBudgetFen, livingBudgetFen: incomeFen - monthlyBudgetFen };
}

/**
 * Builds the plan for `debts` at `options.share` of `incomeFen`, month 1 being `options.startMonth`.
 * Throws RangeError on input the profile schema would have rejected (negative or fractional fen,
 * NaN rates, an amortised debt without monthsLeft, duplicate names, share outside (0, 1]):
 * a silent NaN in a repayment plan is worse than a loud error.
 */
export function planRepayment(debts: readonly PlanDebt[], incomeFen: number, options: PlanOptions): PlanResult {
  validate(debts, incomeFen, options);
  const { share, strategy, startMonth } = options;
  const includeSchedule = options.includeSchedule ?? true;
  const extraFen = options.extraFen ?? 0;
  const split = splitIncome(incomeFen, share);
  const monthlyBudgetFen = split.monthlyBudgetFen + extraFen;
  const livingBudgetFen = split.livingBudgetFen - extraFen;
  const startIndex = monthIndex(startMonth);
  const calendarMonth = (monthNumber: number): CalendarMonth => monthFromIndex(startIndex + monthNumber - 1);
  // The horizon: 600 months, or fewer when the calendar ends first (0 when it ends before startMonth).
  const monthsInRange = Math.max(0, monthIndex(MAX_MONTH) - startIndex + 1);
  const horizon = Math.min(MAX_PLAN_MONTHS, monthsInRange);
  /** Plan month `monthNumber`, or null when it falls past the calendar's end. */
  const monthInRange = (monthNumber: number): CalendarMonth | null => (monthNumber <= monthsInRange ? calendarMonth(monthNumber) : null);

  const states: DebtState[] = debts.map((debt) => ({
    name: debt.name,
    apr: debt.apr,
    kind: debt.kind,
    lender: debt.lender,
    overdue: debt.overdue,
    repayment: debt.repayment,
    monthsLeft: debt.monthsLeft,
    minPaymentFen: debt.minPaymentFen,
    levelFen: debt.balanceFen > 0 ? levelPaymentFen(debt) : 0,
    feeFen: periodFeeFen(debt),
    balanceFen: debt.balanceFen,
    openingFen: 0,
    interestFen: 0,
    requiredFen: 0,
    paymentFen: 0,
  }));
  const startBalanceFen = sum(states.map((s) => s.balanceFen));
  const recorder = includeSchedule ? new MonthRecorder(states) : null;

  const warnings: PlanWarning[] = [];
  const schedule: PlanMonth[] = [];
  const paidOff: { debt: string; paidOffMonth: CalendarMonth | null }[] = [];
  const milestones: PlanResult['milestones'] = { dtiBelow50: null, dtiBelow36: null, dtiBelow20: null };
  let lendersAtMost2By: CalendarMonth | null = countOnlineLenders(states) <= 2 ? monthInRange(1) : null;
  // The first month's figures stand even when the calendar leaves no month to simulate: feasibility
  // and the rules (debt-to-income) read them.
  let firstMonthRequired = 0;
  let firstMonthDtiPaymentsFen = 0;
  if (horizon === 0) {
    for (const debt of debts) {
      if (debt.balanceFen <= 0) continue;
      const requiredFen = firstMonthRequiredFen(debt);
      firstMonthRequired += requiredFen;
      firstMonthDtiPaymentsFen += dtiPaymentFen(debt, debt.balanceFen, requiredFen);
    }
  }
  const totals: MonthTotals = { requiredFen: 0, dtiPaymentsFen: 0, interestFen: 0, paidFen: 0 };
  let monthsSimulated = 0;
  let stoppedEarly = false;
  let placedExtra = false;
  let extraFrom: CalendarMonth | null = null;

  let open = states.filter((s) => s.balanceFen > 0);
  let onlineLenders = countOnlineLenders(open);
  // Last month's priority order: fed back to priorityOrder, whose sort is adaptive, so re-ranking
  // a nearly unchanged order costs about one pass instead of a full sort.
  let lastPriority: DebtState[] = open;
  const mayRunAway = open.some(isRunawayCandidate);
  while (open.length > 0 && monthsSimulated < horizon) {
    const monthNumber = ++monthsSimulated;
    const month = calendarMonth(monthNumber);

    // 1. Accrue once on the opening balance, then fix each debt's own required payment.
    accrue(open, monthNumber, totals);
    const { requiredFen, dtiPaymentsFen } = totals;
    if (monthNumber === 1) {
      firstMonthRequired = requiredFen;
      firstMonthDtiPaymentsFen = dtiPaymentsFen;
    } else if (requiredFen > monthlyBudgetFen) {
      warnings.push({ kind: 'required_exceeds_budget', month, requiredFen, budgetFen: monthlyBudgetFen });
    }
    const runaway = mayRunAway ? runawayDebts(open, monthlyBudgetFen) : [];

    // 2. The budget is never below what is due: an infeasible plan still shows what happens at the
    //    required payments. Whatever is left over goes whole to one target at a time, in the order
    //    the strategy gives on the balances left after the required payments (product.md step 5):
    //    a debt its own payment clears is no target, and no longer counts as an online lender.
    //    Months without extra money (an infeasible plan, say) skip ranking.
    const spareFen = Math.max(monthlyBudgetFen, requiredFen) - requiredFen;
    let priority: DebtState[] | null = null;
    if (spareFen > 0) {
      placedExtra = true;
      extraFrom ??= month;
      priority = priorityOrder(strategy, lastPriority);
      placeExtra(priority, spareFen);
      lastPriority = priority;
    }

    // 3. Close the month. Its payoffs are listed as the money cleared them: first the debts their own
    //    required payments cleared, then the targets of the extra money, in the order it reached them.
    const openAtStart = open;
    if (closeMonth(open, totals) > 0) {
      const clearedByRequired = open.filter((s) => s.requiredFen === s.openingFen + s.interestFen);
      for (const s of clearedByRequiredOrder(strategy, clearedByRequired)) paidOff.push({ debt: s.name, paidOffMonth: month });
      if (priority) for (const s of priority) if (s.balanceFen === 0) paidOff.push({ debt: s.name, paidOffMonth: month });
      open = open.filter((s) => s.balanceFen > 0);
      onlineLenders = countOnlineLenders(open);
    }

    if (lendersAtMost2By === null && onlineLenders <= 2) lendersAtMost2By = month;
    if (incomeFen > 0) {
      for (const [key, line] of DTI_LINES) {
        if (milestones[key] === null && dtiPaymentsFen / incomeFen < line) milestones[key] = month;
      }
    }
    if (recorder) schedule.push(recorder.entry(month, openAtStart, dtiPaymentsFen, onlineLenders));

    if (runaway.length > 0) {
      // Proven hopeless (see runawayDebts): stop here instead of printing a balance that grows
      // for the rest of 600 months and past the range where fen stay exact.
      for (const s of runaway) {
        warnings.push({ kind: 'interest_not_covered', debt: s.name, month, interestFen: s.interestFen, paymentFen: s.paymentFen });
      }
      stoppedEarly = true;
      break;
    }
  }

  const payable = open.length === 0;
  const remainingFen = sum(open.map((s) => s.balanceFen));
  if (!payable && !stoppedEarly) {
    // The last month planned; with no month at all, the last month of the calendar (the audit month).
    const month = calendarMonth(monthsSimulated);
    warnings.push({ kind: 'horizon_reached', month, remainingFen, horizon: horizon < MAX_PLAN_MONTHS ? 'calendar' : 'months' });
  }
  if (payable && incomeFen > 0) {
    // After the last payment there is nothing left to pay: DTI is 0 from the next month on
    // (a month the plan can only name while the calendar lasts).
    const afterLast = monthInRange(monthsSimulated + 1);
    for (const [key] of DTI_LINES) milestones[key] ??= afterLast;
  }
  for (const s of open) paidOff.push({ debt: s.name, paidOffMonth: null });

  return {
    strategy,
    share,
    incomeFen,
    extraFen,
    monthlyBudgetFen,
    // What the plan leaves for living: income − B, or income − the required payments when they are
    // more than B (the plan pays them) — negative when they are more than the income.
    livingBudgetFen: livingBudgetFen - Math.max(0, firstMonthRequired - monthlyBudgetFen),
    firstMonthRequiredFen: firstMonthRequired,
    firstMonthDtiPaymentsFen,
    startBalanceFen,
    requiredShare: incomeFen > 0 ? firstMonthRequired / incomeFen : null,
    // Fen against fen (product.md step 4): a budget B that covers the payment exactly is feasible,
    // where the ratio 666.67 / 3,333.33 = 0.2000006 would say "above 20 %". With no income B is 0.
    feasible: firstMonthRequired <= monthlyBudgetFen,
    warnings,
    payable,
    months: payable ? monthsSimulated : null,
    debtFreeBy: payable && monthsSimulated > 0 ? calendarMonth(monthsSimulated) : null,
    totalInterestFen: totals.interestFen,
    totalPaidFen: totals.paidFen,
    remainingFen,
    order: paidOff,
    milestones,
    lendersAtMost2By,
    placedExtra,
    extraFrom,
    schedule,
  };
}

/**
 * The three strategies side by side (product.md: months, total interest, month the online-lender
 * count falls to ≤ 2), in the order recovery, avalanche, snowball. No schedules are built.
 */
export function compareStrategies(
  debts: readonly PlanDebt[],
  incomeFen: number,
  options: Omit<PlanOptions, 'strategy'>,
  /** A plan already computed for one strategy with these debts and options: reused, not re-simulated. */
  known?: PlanResult,
): StrategyComparison[] {
  const summary = (strategy: Strategy, plan: PlanResult): StrategyComparison => ({
    strategy,
    payable: plan.payable,
    months: plan.months,
    totalInterestFen: plan.totalInterestFen,
    lendersAtMost2By: plan.lendersAtMost2By,
  });
  // With at most one debt the order has nothing to choose, and when the known plan never had money
  // beyond the required payments the strategy never chose anything: every strategy is the same
  // plan (properties the tests check), so one simulation serves all three.
  if (known !== undefined && !known.placedExtra) return STRATEGIES.map((strategy) => summary(strategy, known));
  let single: PlanResult | undefined = debts.length <= 1 ? known : undefined;
  return STRATEGIES.map((strategy) => {
    if (known !== undefined && known.strategy === strategy) return summary(strategy, known);
    if (debts.length <= 1) {
      single ??= planRepayment(debts, incomeFen, { ...options, strategy, includeSchedule: false });
      return summary(strategy, single);
    }
    return summary(strategy, planRepayment(debts, incomeFen, { ...options, strategy, includeSchedule: false }));
  });
}

/** The month's sums (required, DTI) and the running totals (interest, paid); one object, reused. */
interface MonthTotals {
  requiredFen: number;
  dtiPaymentsFen: number;
  interestFen: number;
  paidFen: number;
}

// The month's steps are small functions rather than one long loop body: the engine optimises
// small hot functions within a few iterations, which keeps a cold 600-month run fast.

/**
 * Interest on the opening balance, then each debt's own required payment, which it is always paid;
 * the balance is left at what remains after it, which is what the strategies rank by.
 */
function accrue(open: readonly DebtState[], monthNumber: number, totals: MonthTotals): void {
  let requiredFen = 0;
  let dtiPaymentsFen = 0;
  for (const s of open) {
    s.openingFen = s.balanceFen;
    s.interestFen = monthCostFen(s, s.openingFen, s.feeFen);
    s.requiredFen = requiredPaymentFen(s, s.levelFen, monthNumber, s.openingFen, s.interestFen);
    s.paymentFen = s.requiredFen;
    s.balanceFen = s.openingFen + s.interestFen - s.requiredFen;
    requiredFen += s.requiredFen;
    dtiPaymentsFen += dtiPaymentFen(s, s.openingFen, s.requiredFen);
  }
  totals.requiredFen = requiredFen;
  totals.dtiPaymentsFen = dtiPaymentsFen;
}

/**
 * Extra money goes whole to the first target; what is left after it is paid off moves on to the
 * next target in the same month. Interest was accrued once in accrue(): nothing accrues here.
 */
function placeExtra(priority: readonly DebtState[], extraFen: number): void {
  let leftFen = extraFen;
  for (const s of priority) {
    const toTargetFen = Math.min(leftFen, s.balanceFen);
    s.paymentFen += toTargetFen;
    s.balanceFen -= toTargetFen;
    leftFen -= toTargetFen;
    if (leftFen === 0) return;
  }
}

/** Applies the month's payments; returns how many debts they cleared. */
function closeMonth(open: readonly DebtState[], totals: MonthTotals): number {
  let cleared = 0;
  for (const s of open) {
    s.balanceFen = s.openingFen + s.interestFen - s.paymentFen;
    totals.interestFen += s.interestFen;
    totals.paidFen += s.paymentFen;
    if (s.balanceFen === 0) cleared += 1;
  }
  return cleared;
}

/**
 * Revolving debts proven never to be paid off, given this month's figures (interest and required
 * payment already set). Such a debt has apr / 12 above its 10 % minimum and a required payment
 * that does not exceed its interest. When the required payments of these debts alone reach the
 * budget B, no extra money exists this month (budget = max(B, required) − required = 0), their
 * balances cannot fall, so their required payments cannot fall, so there is no extra money next
 * month either: by induction they never shrink. Returns [] when that proof does not apply — a debt
 * that extra money may still rescue is simulated, not guessed at.
 */
function runawayDebts(open: readonly DebtState[], monthlyBudgetFen: number): DebtState[] {
  const runaway: DebtState[] = [];
  let runawayRequiredFen = 0;
  for (const s of open) {
    if (isRunawayCandidate(s) && s.interestFen >= s.requiredFen) {
      runaway.push(s);
      runawayRequiredFen += s.requiredFen;
    }
  }
  return runaway.length > 0 && runawayRequiredFen >= monthlyBudgetFen ? runaway : [];
}

/** A revolving debt whose rate outruns its 10 % minimum: the only kind whose balance can grow. */
function isRunawayCandidate(s: DebtState): boolean {
  return s.repayment === 'revolving' && s.apr > REVOLVING_RUNAWAY_APR;
}

/**
 * Up to this many debts the schedule's records are copied from a template that already holds every
 * key; with more, each record is built key by key. Measured on Node 20 (600 months): with 50 debts
 * the template copy is the faster way and makes less garbage; from about 128 keys the engine keeps
 * the template as a hash table, and copying it becomes several times slower than building afresh.
 */
const TEMPLATE_MAX_KEYS = 100;

/** The four per-debt records of each schedule month. */
class MonthRecorder {
  private readonly allTemplate: Record<string, number> | null;
  private openTemplate: Record<string, number> | null = null;
  private openCount = -1;

  constructor(private readonly states: readonly DebtState[]) {
    this.allTemplate = recordTemplate(states.map((s) => s.name));
  }

  entry(month: CalendarMonth, openAtStart: readonly DebtState[], dtiPaymentsFen: number, onlineLenders: number): PlanMonth {
    if (openAtStart.length !== this.openCount) {
      // The open set only ever shrinks, so a change of size is a change of the set.
      this.openCount = openAtStart.length;
      this.openTemplate = recordTemplate(openAtStart.map((s) => s.name));
    }
    const requiredFen = copyOf(this.openTemplate);
    const paymentsFen = copyOf(this.openTemplate);
    const interestFen = copyOf(this.openTemplate);
    const balancesFen = copyOf(this.allTemplate);
    for (const s of openAtStart) {
      put(requiredFen, s.name, s.requiredFen);
      put(paymentsFen, s.name, s.paymentFen);
      put(interestFen, s.name, s.interestFen);
    }
    for (const s of this.states) put(balancesFen, s.name, s.balanceFen);
    return { month, requiredFen, paymentsFen, interestFen, balancesFen, dtiPaymentsFen, onlineLenders };
  }
}

/**
 * A record with the given keys, all 0, or null when there are too many keys for a template to pay
 * off. The JSON round trip is deliberate: JSON.parse builds the object in the engine's fast-property
 * form, which is what makes the copies cheap. Keys are defined, never assigned, so a debt called
 * "__proto__" becomes an own key.
 */
function recordTemplate(names: readonly string[]): Record<string, number> | null {
  if (names.length > TEMPLATE_MAX_KEYS) return null;
  const template: Record<string, number> = JSON.parse(JSON.stringify(Object.fromEntries(names.map((name) => [name, 0]))));
  return template;
}

function copyOf(template: Record<string, number> | null): Record<string, number> {
  return template === null ? {} : { ...template };
}

/** Debt names are user text: assigning to "__proto__" on a fresh object would replace its prototype. */
function put(record: Record<string, number>, key: string, value: number): void {
  if (key === '__proto__' && !Object.hasOwn(record, key)) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function validate(debts: readonly PlanDebt[], incomeFen: number, options: PlanOptions): void {
  if (!isFen(incomeFen)) throw new RangeError(`income must be a non-negative whole number of fen, got ${incomeFen}`);
  if (!(Number.isFinite(options.share) && options.share > 0 && options.share <= 1)) {
    throw new RangeError(`share must be in (0, 1], got ${options.share}`);
  }
  if (options.extraFen !== undefined && !isFen(options.extraFen)) throw new RangeError(`extra must be a non-negative whole number of fen, got ${options.extraFen}`);
  if (!STRATEGIES.includes(options.strategy)) throw new RangeError(`unknown strategy: ${String(options.strategy)}`);
  // Up to the month after the calendar's last: the plan of an audit on 2999-12-31 has no month to plan.
  if (!isCalendarMonth(options.startMonth) || options.startMonth > addMonthsToMonth(MAX_MONTH, 1)) {
    throw new RangeError(`startMonth must be YYYY-MM, at most the month after ${MAX_MONTH}, got ${options.startMonth}`);
  }
  const names = new Set<string>();
  for (const debt of debts) {
    const where = () => `debt ${JSON.stringify(debt.name)}`;
    // Schedules and payments are keyed by name: two debts with one name would overwrite each other.
    if (names.has(debt.name)) throw new RangeError(`${where()}: duplicate debt name`);
    names.add(debt.name);
    if (!isFen(debt.balanceFen)) throw new RangeError(`${where()}: balance must be a non-negative whole number of fen`);
    if (!(Number.isFinite(debt.apr) && debt.apr >= 0)) throw new RangeError(`${where()}: apr must be a finite rate ≥ 0`);
    if (debt.levelFen !== undefined && !isFen(debt.levelFen)) throw new RangeError(`${where()}: level payment must be a non-negative whole number of fen`);
    if (debt.minPaymentFen !== undefined && !isFen(debt.minPaymentFen)) {
      throw new RangeError(`${where()}: minimum payment must be a non-negative whole number of fen`);
    }
    if (debt.repayment !== 'revolving' && !(Number.isSafeInteger(debt.monthsLeft) && (debt.monthsLeft ?? 0) >= 1)) {
      throw new RangeError(`${where()}: ${debt.repayment} needs monthsLeft ≥ 1`);
    }
    if (debt.repayment === 'fee_installment') {
      const terms = debt.installment;
      if (terms === undefined || !isFen(terms.originalFen) || !(Number.isSafeInteger(terms.periods) && terms.periods >= 1)) {
        throw new RangeError(`${where()}: fee_installment needs installment terms (original principal in fen, periods ≥ 1)`);
      }
      if (!(Number.isFinite(terms.feeRate) && terms.feeRate >= 0)) throw new RangeError(`${where()}: the fee rate must be a finite rate ≥ 0`);
    }
  }
}
