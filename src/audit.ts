/**
 * The pure pipeline: validated profile + audit date + options → report object.
 * load → validate → audit (plan, then rules over the plan) → report → render. No I/O here.
 */
import { addMonthsToMonth, monthOf, type CalendarDate } from './dates';
import { SEVERITIES } from './findings';
import { formatMoney, formatRate } from './i18n/format';
import type { Lang } from './i18n/lang';
import { reportText } from './i18n/report';
import type { EffectiveMacro } from './macro/macro';
import { fenToYuan, yuanToFen } from './money';
import { compareStrategies, livingBudgetCheck, planRepayment, toPlanDebts } from './plan';
import type { PlanResult, PlanWarning, StrategyComparison, Strategy } from './plan/types';
import type { Profile } from './profile/schema';
import type { PlanJson, PlanWarningJson, Report } from './report/schema';
import { runRules } from './rules/engine';
import { healthScore } from './rules/score';
import type { RulesConfig } from './rules/types';

export interface AuditInput {
  profile: Profile;
  /** The name shown for the profile: its path, `<stdin>` or `<interview>`. */
  source: string;
  asOf: CalendarDate;
  lang: Lang;
  macro: EffectiveMacro;
  share: number;
  strategy: Strategy;
  /** Include the plan in the report (--no-plan leaves it out; the rules still use it). */
  includePlan: boolean;
  config?: RulesConfig;
  toolVersion: string;
}

export interface AuditResult {
  report: Report;
  /** The plan in fen, for renderers that show more than the JSON (the `plan` command's table). */
  plan: PlanResult;
}

export function audit(input: AuditInput): AuditResult {
  const { profile, asOf, lang } = input;
  const plan = planFor(profile, asOf, input.share, input.strategy);
  const { findings, notEvaluated } = runRules({
    profile,
    asOf,
    macro: input.macro,
    plan,
    lang,
    config: input.config,
  });
  const score = healthScore(findings);
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) summary[finding.severity] += 1;

  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'limit-audit', version: input.toolVersion },
    source: input.source,
    asOf,
    lang,
    macroSnapshot: { date: input.macro.snapshot.date, source: input.macro.source },
    score: { ...score, note: reportText(lang).scoreNote },
    findings,
    notEvaluated,
    summary,
    plan: input.includePlan ? planJsonFor(profile, plan, asOf, lang) : null,
  };
  return { report, plan };
}

/** The 20/80 plan for a profile: month 1 is the month after the audit date. */
export function planFor(profile: Profile, asOf: CalendarDate, share: number, strategy: Strategy): PlanResult {
  const startMonth = addMonthsToMonth(monthOf(asOf), 1);
  return planRepayment(toPlanDebts(profile.debts), yuanToFen(profile.income.monthly), { share, strategy, startMonth });
}

/** The plan as the JSON report shows it, with the three-strategy comparison. */
export function planJsonFor(profile: Profile, plan: PlanResult, asOf: CalendarDate, lang: Lang): PlanJson {
  const startMonth = addMonthsToMonth(monthOf(asOf), 1);
  const comparison = compareStrategies(toPlanDebts(profile.debts), plan.incomeFen, { share: plan.share, startMonth }, plan);
  return planToJson(plan, comparison, profile, asOf, lang);
}

/** Highest severity present, for --fail-on. */
export function worstSeverityIndex(report: Report): number {
  let worst: number = SEVERITIES.length;
  for (const finding of report.findings) worst = Math.min(worst, SEVERITIES.indexOf(finding.severity));
  return worst;
}

export function planToJson(
  plan: PlanResult,
  comparison: StrategyComparison[],
  profile: Profile,
  asOf: CalendarDate,
  lang: Lang,
): PlanJson {
  const living = livingBudgetCheck(profile, plan, asOf);
  const warnings: PlanWarningJson[] = [];
  if (!plan.feasible) {
    warnings.push({ kind: 'infeasible', message: reportText(lang).warnInfeasible(formatRate(plan.share, lang)) });
  }
  for (const warning of plan.warnings) warnings.push(warningToJson(warning, lang));
  // Runs for every month of every plan: a copy (spread defines own keys, so a debt called
  // "__proto__" stays a key) converted in place, rather than entries → map → fromEntries.
  const byDebt = (record: Record<string, number>) => {
    const yuan = { ...record };
    for (const name of Object.keys(yuan)) yuan[name] = fenToYuan(yuan[name]!);
    return yuan;
  };
  return {
    strategy: plan.strategy,
    share: plan.share,
    monthlyBudget: fenToYuan(plan.monthlyBudgetFen),
    livingBudget: fenToYuan(plan.livingBudgetFen),
    feasible: plan.feasible,
    requiredShare: plan.requiredShare === null ? null : Math.round(plan.requiredShare * 10_000) / 10_000,
    firstMonthRequired: fenToYuan(plan.firstMonthRequiredFen),
    warnings,
    payable: plan.payable,
    months: plan.months,
    debtFreeBy: plan.debtFreeBy,
    totalInterest: fenToYuan(plan.totalInterestFen),
    totalPaid: fenToYuan(plan.totalPaidFen),
    remaining: fenToYuan(plan.remainingFen),
    order: plan.order.map((entry) => ({ debt: entry.debt, paidOffMonth: entry.paidOffMonth })),
    comparison: comparison.map((c) => ({
      strategy: c.strategy,
      payable: c.payable,
      months: c.months,
      totalInterest: fenToYuan(c.totalInterestFen),
      lendersAtMost2By: c.lendersAtMost2By,
    })),
    milestones: { dtiBelow50: plan.milestones.dtiBelow50, dtiBelow36: plan.milestones.dtiBelow36 },
    living: {
      budget: fenToYuan(living.livingBudgetFen),
      recentSpending: living.recentSpendingFen === null ? null : fenToYuan(living.recentSpendingFen),
      monthsUsed: living.monthsUsed,
      fits: living.fits,
    },
    schedule: plan.schedule.map((m) => ({
      month: m.month,
      payments: byDebt(m.paymentsFen),
      interest: byDebt(m.interestFen),
      balances: byDebt(m.balancesFen),
    })),
  };
}

function warningToJson(warning: PlanWarning, lang: Lang): PlanWarningJson {
  const t = reportText(lang);
  switch (warning.kind) {
    case 'required_exceeds_budget':
      return {
        kind: warning.kind,
        month: warning.month,
        amount: fenToYuan(warning.requiredFen),
        message: t.warnRequiredExceeds(warning.month, formatMoney(warning.requiredFen, lang), formatMoney(warning.budgetFen, lang)),
      };
    case 'interest_not_covered':
      return {
        kind: warning.kind,
        month: warning.month,
        debt: warning.debt,
        amount: fenToYuan(warning.interestFen),
        message: t.warnInterestNotCovered(warning.debt, warning.month),
      };
    case 'horizon_reached':
      return {
        kind: warning.kind,
        month: warning.month,
        amount: fenToYuan(warning.remainingFen),
        message: t.warnHorizon(warning.month, formatMoney(warning.remainingFen, lang)),
      };
  }
}
