/**
 * The JSON report (schema.ts) made of the audit's domain results (src/audit): money in yuan, plan
 * warnings and the score's note in the report's language. Every view — JSON, NDJSON, the table, the
 * markdown, the `plan` command — renders what this makes.
 */
import { runAudit, type AuditInput, type AuditOutcome, type PlanOutcome } from '../audit';
import { formatMoney, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { reportText } from '../i18n/report';
import { fenToYuan } from '../money';
import { rate8 } from '../plan/apr';
import type { PlanResult, PlanWarning } from '../plan/types';
import type { NotEvaluated } from '../rules/types';
import { SCORE_METHOD } from '../rules/score';
import { documentHeader, type DocumentContext } from './header';
import type { PlanJson, PlanWarningJson, Report } from './schema';

/** What the report says about the run beside the audit's results. */
export type ReportContext = DocumentContext;

/** The rules that could not run, each too-short reason also in words (the report's and the roadmap's). */
export function notEvaluatedToJson(items: readonly NotEvaluated[], lang: Lang): Report['notEvaluated'] {
  return items.map((item) => (item.reason === undefined ? item : { ...item, detail: reportText(lang).notEvaluatedDetail(item.reason) }));
}

export function assembleReport(outcome: AuditOutcome, context: ReportContext): Report {
  const { findings } = outcome;
  const { lang } = context;
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) summary[finding.severity] += 1;
  return {
    ...documentHeader(context),
    score: { ...outcome.score, note: reportText(lang).scoreNote, method: SCORE_METHOD },
    reviewMonth: outcome.reviewMonth,
    findings,
    notEvaluated: notEvaluatedToJson(outcome.notEvaluated, lang),
    summary,
    debts: outcome.debts.map((d) => ({
      name: d.name,
      quotedRate: rate8(d.quotedRate),
      quotedBasis: d.quotedBasis,
      quotedApr: rate8(d.quotedApr),
      monthlyRate: rate8(d.monthlyRate),
      apr: rate8(d.apr),
      ear: rate8(d.ear),
      ...(d.rateEstimated ? { rateEstimated: true as const } : {}),
    })),
    plan: outcome.plan === null ? null : planToJson(outcome.plan, lang),
  };
}

/** The audit and its report in one step: what `check` prints for one profile. */
export function reportFor(input: AuditInput & Pick<ReportContext, 'source' | 'toolVersion'>): Report {
  return assembleReport(runAudit(input), input);
}

/** The plan as the JSON report shows it (also the `plan` command's document). */
export function planToJson({ plan, comparison, living, shortfall }: PlanOutcome, lang: Lang): PlanJson {
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
    ...budgetFigures(plan),
    warnings,
    ...outcomeFigures(plan),
    order: plan.order.map((entry) => ({ debt: entry.debt, paidOffMonth: entry.paidOffMonth })),
    comparison: comparison.map((c) => ({
      strategy: c.strategy,
      payable: c.payable,
      months: c.months,
      totalInterest: fenToYuan(c.totalInterestFen),
      lendersAtMost2By: c.lendersAtMost2By,
    })),
    milestones: { dtiBelow50: plan.milestones.dtiBelow50, dtiBelow36: plan.milestones.dtiBelow36 },
    income: fenToYuan(plan.incomeFen),
    incomeShortfall:
      shortfall === null
        ? null
        : {
            firstMonth: fenToYuan(shortfall.firstMonthFen),
            largest: fenToYuan(shortfall.largestFen),
            largestMonth: shortfall.largestMonth,
            months: shortfall.months,
          },
    extraFrom: plan.extraFrom,
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

/** The plan's budget and first month, in yuan, as the report names them (`whatif` shows them too). */
export function budgetFigures(plan: PlanResult) {
  return {
    strategy: plan.strategy,
    share: plan.share,
    monthlyBudget: fenToYuan(plan.monthlyBudgetFen),
    livingBudget: fenToYuan(plan.livingBudgetFen),
    feasible: plan.feasible,
    requiredShare: plan.requiredShare === null ? null : Math.round(plan.requiredShare * 10_000) / 10_000,
    firstMonthRequired: fenToYuan(plan.firstMonthRequiredFen),
  };
}

/** Where the plan ends, in yuan, as the report names it. */
export function outcomeFigures(plan: PlanResult) {
  return {
    payable: plan.payable,
    months: plan.months,
    debtFreeBy: plan.debtFreeBy,
    totalInterest: fenToYuan(plan.totalInterestFen),
    totalPaid: fenToYuan(plan.totalPaidFen),
    remaining: fenToYuan(plan.remainingFen),
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
        horizon: warning.horizon,
        message: (warning.horizon === 'calendar' ? t.warnCalendarEnd : t.warnHorizon)(warning.month, formatMoney(warning.remainingFen, lang)),
      };
  }
}
