/**
 * The audit itself, pure: a validated profile, the audit date and the options → the plan, the
 * findings of the rules run over it, and the score — domain results, in fen and calendar months.
 * Nothing here knows the report: src/report/assemble.ts makes the JSON report of these results.
 * load → validate → audit → report → render. No I/O here.
 */
import { addMonthsToMonth, monthOf, type CalendarDate } from '../dates';
import type { Lang } from '../i18n/lang';
import { yuanToFen } from '../money';
import { compareStrategies, livingBudgetCheck, planRepayment, toPlanDebts, type LivingBudgetCheck } from '../plan';
import type { PlanResult, StrategyComparison, Strategy } from '../plan/types';
import type { Profile } from '../profile/schema';
import { runRules } from '../rules/engine';
import { healthScore, type HealthScore } from '../rules/score';
import type { EffectiveMacro } from '../macro/macro';
import type { Finding, NotEvaluated, RulesConfig } from '../rules/types';

export interface AuditInput {
  profile: Profile;
  asOf: CalendarDate;
  /** The language of the findings' texts. */
  lang: Lang;
  macro: EffectiveMacro;
  share: number;
  strategy: Strategy;
  /** Money a month beyond the share, in fen (`whatif --extra`); default 0. */
  extraFen?: number;
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
}

export interface AuditOutcome {
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  score: HealthScore;
  /** Null when the plan is not wanted (includePlan false). */
  plan: PlanOutcome | null;
}

export function runAudit(input: AuditInput): AuditOutcome {
  const { profile, asOf } = input;
  const plan = planFor(profile, asOf, input.share, input.strategy, input.extraFen);
  const { findings, notEvaluated } = runRules({ profile, asOf, macro: input.macro, plan, lang: input.lang, config: input.config });
  return {
    findings,
    notEvaluated,
    score: healthScore(findings),
    plan: input.includePlan ? planOutcome(profile, plan, asOf) : null,
  };
}

/** The 20/80 plan for a profile: month 1 is the month after the audit date. */
export function planFor(profile: Profile, asOf: CalendarDate, share: number, strategy: Strategy, extraFen = 0): PlanResult {
  return planRepayment(toPlanDebts(profile.debts), yuanToFen(profile.income.monthly), { share, strategy, startMonth: startMonthOf(asOf), extraFen });
}

/** A plan made by planFor, with the strategy comparison and the living-budget check. */
export function planOutcome(profile: Profile, plan: PlanResult, asOf: CalendarDate): PlanOutcome {
  const comparison = compareStrategies(toPlanDebts(profile.debts), plan.incomeFen, { share: plan.share, startMonth: startMonthOf(asOf), extraFen: plan.extraFen }, plan);
  return { plan, comparison, living: livingBudgetCheck(profile, plan, asOf) };
}

/** Month 1 of every plan: the month after the audit date. */
export function startMonthOf(asOf: CalendarDate) {
  return addMonthsToMonth(monthOf(asOf), 1);
}
