/**
 * The audit itself, pure: a validated profile, the audit date and the options → the plan, the
 * findings of the rules run over it, and the score — domain results, in fen and calendar months.
 * Nothing here knows the report: src/report/assemble.ts makes the JSON report of these results.
 * load → validate → audit → report → render. No I/O here.
 */
import { addMonthsToMonth, MAX_MONTH, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import type { Lang } from '../i18n/lang';
import { yuanToFen } from '../money';
import { compareStrategies, incomeShortfall, livingBudgetCheck, planRepayment, toPlanDebts, type IncomeShortfall, type LivingBudgetCheck } from '../plan';
import { debtRate, type DebtRate } from '../plan/apr';
import type { PlanDebt, PlanResult, StrategyComparison, Strategy } from '../plan/types';
import type { Profile } from '../profile/schema';
import { runRules } from '../rules/engine';
import { healthScore, type HealthScore } from '../rules/score';
import type { EffectiveMacro } from '../macro/macro';
import type { Finding, NotEvaluated, RulesConfig } from '../rules/types';
import { reviewMonthOf } from './review';

export interface AuditInput {
  profile: Profile;
  asOf: CalendarDate;
  /** The language of the findings' texts. */
  lang: Lang;
  macro: EffectiveMacro;
  share: number;
  strategy: Strategy;
  /**
   * The plan, when the caller made it with planFor for this profile, date, share and strategy and
   * with adjustments a profile cannot hold (`whatif`: extra money a month, instalments kept).
   */
  plan?: PlanResult;
  /** Work out the plan in full — the strategy comparison and the living budget — for the report (--no-plan: not; the rules still use the plan). */
  includePlan: boolean;
  config?: RulesConfig;
}

/** The plan with what the report shows beside it. */
export interface PlanOutcome {
  plan: PlanResult;
  /** The three strategies side by side, under the same share and start month. */
  comparison: StrategyComparison[];
  living: LivingBudgetCheck;
  /** The months whose required payments are more than the income; null when income covers every month. */
  shortfall: IncomeShortfall | null;
}

export interface AuditOutcome {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  score: HealthScore;
  /** Each debt's rate as quoted and as it truly is (src/plan/apr.ts), in the profile's order. */
  /** Each debt's price; `rateEstimated` when its rate is the product's typical one (the questionnaire's "not sure"). */
  debts: (DebtRate & { name: string; rateEstimated?: true })[];
  /** Null when the plan is not wanted (includePlan false). */
  plan: PlanOutcome | null;
  /** The plan the rules ran over, always (also with includePlan false): what a history snapshot records. */
  planResult: PlanResult;
  /** The review month (review.ts): YYYY-MM, or null when none comes within 36 months. */
  reviewMonth: CalendarMonth | null;
}

export function runAudit(input: AuditInput): AuditOutcome {
  const { profile, asOf } = input;
  const plan = input.plan ?? planFor(profile, asOf, input.share, input.strategy);
  const { findings, notEvaluated, evaluatedAreas } = runRules({ profile, asOf, macro: input.macro, plan, lang: input.lang, config: input.config });
  return {
    findings,
    notEvaluated,
    score: healthScore(findings, evaluatedAreas),
    debts: profile.debts.map((debt) => ({ name: debt.name, ...debtRate(debt), ...(debt.rate_estimated ? { rateEstimated: true as const } : {}) })),
    plan: input.includePlan ? planOutcome(profile, plan, asOf) : null,
    planResult: plan,
    reviewMonth: reviewMonthOf({ profile, asOf, plan, macro: input.macro, config: input.config }, findings),
  };
}

/** What a what-if changes in a plan beside the profile (PlanOptions.extraFen, PlanDebt.levelFen). */
export interface PlanAdjustments {
  /** Money a month beyond the share, in fen. */
  extraFen?: number;
  /** Instalments kept after a one-off repayment, by debt name, in fen (a Map: names are user text, "__proto__" too). */
  levelsFen?: ReadonlyMap<string, number>;
}

/** The 20/80 plan for a profile: month 1 is the month after the audit date. */
export function planFor(profile: Profile, asOf: CalendarDate, share: number, strategy: Strategy, adjust: PlanAdjustments = {}): PlanResult {
  return planRepayment(planDebtsOf(profile, adjust), yuanToFen(profile.income.monthly), {
    share,
    strategy,
    startMonth: startMonthOf(asOf),
    extraFen: adjust.extraFen ?? 0,
  });
}

/** The planner's debts for a profile, with any kept instalments. */
export function planDebtsOf(profile: Pick<Profile, 'debts'>, adjust: PlanAdjustments = {}): PlanDebt[] {
  const debts = toPlanDebts(profile.debts);
  const levels = adjust.levelsFen;
  if (levels === undefined) return debts;
  return debts.map((debt) => {
    const levelFen = levels.get(debt.name);
    return levelFen === undefined ? debt : { ...debt, levelFen };
  });
}

/** A plan made by planFor (without adjustments), with the strategy comparison and the living-budget check. */
export function planOutcome(profile: Profile, plan: PlanResult, asOf: CalendarDate): PlanOutcome {
  const comparison = compareStrategies(toPlanDebts(profile.debts), plan.incomeFen, { share: plan.share, startMonth: startMonthOf(asOf) }, plan);
  // The first month as the plan names it (the calendar's last, when it has none to plan).
  const firstMonth = startMonthOf(asOf) > MAX_MONTH ? MAX_MONTH : startMonthOf(asOf);
  return { plan, comparison, living: livingBudgetCheck(profile, plan, asOf), shortfall: incomeShortfall(plan, firstMonth) };
}

/** Month 1 of every plan: the month after the audit date. */
export function startMonthOf(asOf: CalendarDate) {
  return addMonthsToMonth(monthOf(asOf), 1);
}
