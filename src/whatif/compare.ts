/**
 * The comparison itself (issue 18): the profile audited as `check` audits it (the baseline) and,
 * for each set of changes, the changed profile audited the same way — findings, score, plan,
 * where each is headed — and what the changes do against the baseline. Pure: domain results in fen
 * and calendar months; src/report/whatif-assemble.ts makes the JSON of them.
 */
import { planFor, runAudit, type AuditOutcome } from '../audit';
import { monthIndex, type CalendarDate, type CalendarMonth } from '../dates';
import { SEVERITIES, type Severity } from '../findings';
import type { Lang } from '../i18n/lang';
import type { EffectiveMacro } from '../macro/macro';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import type { Finding, RulesConfig } from '../rules/types';
import { applyChanges, type ChangeNote, type ChangeProblem } from './apply';
import type { Change, PlanSettings } from './changes';
import { outlookOf, type OutlookPoint } from './outlook';
import { extraForTarget, type TargetResult } from './target';

export interface WhatifInput {
  profile: Profile;
  asOf: CalendarDate;
  lang: Lang;
  macro: EffectiveMacro;
  config?: RulesConfig | undefined;
  /** The baseline's plan settings: `check`'s (share 0.2, recovery, nothing extra) unless told otherwise. */
  settings: PlanSettings;
  /** `--target`: the month to be debt-free by. */
  target?: CalendarMonth | undefined;
  /** The name of the loan the n-th refinance of a scenario makes, in the report's language. */
  refinanceName(n: number): string;
}

export interface ScenarioInput {
  name: string;
  changes: Change[];
}

/** One side of the comparison: a profile and its settings, audited. */
export interface Side {
  profile: Profile;
  settings: PlanSettings;
  findings: Finding[];
  score: AuditOutcome['score'];
  plan: PlanResult;
  outlook: OutlookPoint[];
  reviewMonth: CalendarMonth | null;
  target: TargetResult | null;
}

/** A rule's finding that the changes remove, add, or move to another severity (its worst, when a rule finds several things). */
export interface FindingShift {
  ruleId: string;
  title: string;
  from: Severity | null;
  to: Severity | null;
}

export interface Effect {
  cleared: FindingShift[];
  raised: FindingShift[];
  eased: FindingShift[];
  worsened: FindingShift[];
  /** Baseline interest − the scenario's, in fen (negative: the scenario costs more). */
  interestSavedFen: number;
  /** Baseline months to debt-free − the scenario's; null when either plan is never debt-free. */
  monthsSaved: number | null;
  scoreChange: number;
  /** Months from the scenario's review month to the baseline's (positive: sooner); null when either has none within 36 months. */
  reviewMonthsSooner: number | null;
}

export type ScenarioNote =
  | ChangeNote
  /** A repayment from savings leaves less than the buffer spending/thin-buffer asks for. */
  | { kind: 'thin_buffer'; liquidFen: number; months: number; lineMonths: number; targetFen: number }
  /** The budget (share + extra) is more than the income: the living side is below zero. */
  | { kind: 'budget_above_income'; budgetFen: number; incomeFen: number };

export interface ScenarioResult extends Side {
  name: string;
  changes: Change[];
  notes: ScenarioNote[];
  effect: Effect;
}

export interface WhatifResult {
  baseline: Side;
  scenarios: ScenarioResult[];
}

/** Bad changes, by scenario: the command reports them all and compares nothing. */
export interface ScenarioProblems {
  scenario: number;
  problems: ChangeProblem[];
}

/** Every problem of every scenario's changes, without auditing anything. */
export function checkScenarios(input: WhatifInput, scenarios: readonly ScenarioInput[]): ScenarioProblems[] {
  return scenarios
    .map((scenario, index) => ({ scenario: index, problems: applyChanges(input.profile, input.settings, scenario.changes, input).problems }))
    .filter((entry) => entry.problems.length > 0);
}

/** The comparison; call checkScenarios first (a scenario with problems is compared as if its bad changes were not there). */
export function compareScenarios(input: WhatifInput, scenarios: readonly ScenarioInput[]): WhatifResult {
  const baseline = evaluate(input, input.profile, input.settings);
  return {
    baseline,
    scenarios: scenarios.map((scenario) => {
      const applied = applyChanges(input.profile, input.settings, scenario.changes, input);
      const side = evaluate(input, applied.profile, applied.settings);
      const notes: ScenarioNote[] = [...applied.notes];
      if (applied.drewOnSavings) {
        const buffer = thinBuffer(side.findings);
        if (buffer !== null) notes.push(buffer);
      }
      if (side.plan.monthlyBudgetFen > side.plan.incomeFen) {
        notes.push({ kind: 'budget_above_income', budgetFen: side.plan.monthlyBudgetFen, incomeFen: side.plan.incomeFen });
      }
      return { ...side, name: scenario.name, changes: scenario.changes, notes, effect: effectOf(baseline, side) };
    }),
  };
}

function evaluate(input: WhatifInput, profile: Profile, settings: PlanSettings): Side {
  // The plan first, with what the profile cannot hold; the audit runs the rules on it. Without
  // adjustments it is the very plan `check` makes.
  const plan = planFor(profile, input.asOf, settings.share, settings.strategy, settings);
  const outcome = runAudit({
    profile,
    asOf: input.asOf,
    lang: input.lang,
    macro: input.macro,
    share: settings.share,
    strategy: settings.strategy,
    plan,
    includePlan: false,
    config: input.config,
  });
  const projection = { profile, asOf: input.asOf, plan, macro: input.macro, config: input.config };
  return {
    profile,
    settings,
    findings: outcome.findings,
    score: outcome.score,
    plan,
    outlook: outlookOf(projection),
    // The audit's review month (src/audit/review.ts): the one check prints and the roadmap names.
    reviewMonth: outcome.reviewMonth,
    target: input.target === undefined ? null : extraForTarget(profile, input.asOf, settings, input.target),
  };
}

/** The buffer left after repayments from savings, when spending/thin-buffer finds it thin (its own figures and line). */
function thinBuffer(findings: readonly Finding[]): ScenarioNote | null {
  const finding = findings.find((f) => f.ruleId === 'spending/thin-buffer');
  if (finding === undefined) return null;
  const evidence = finding.evidence as { liquid?: unknown; monthlyOutgoings?: unknown; months?: unknown; thresholds?: { low?: unknown } };
  const { liquid, monthlyOutgoings, months } = evidence;
  const lineMonths = evidence.thresholds?.low;
  if (typeof liquid !== 'number' || typeof monthlyOutgoings !== 'number' || typeof months !== 'number' || typeof lineMonths !== 'number') return null;
  return {
    kind: 'thin_buffer',
    liquidFen: Math.round(liquid * 100),
    months,
    lineMonths,
    targetFen: Math.round(monthlyOutgoings * 100 * lineMonths),
  };
}

/** What a scenario does against the baseline. */
export function effectOf(baseline: Pick<Side, 'findings' | 'plan' | 'score' | 'reviewMonth'>, side: Pick<Side, 'findings' | 'plan' | 'score' | 'reviewMonth'>): Effect {
  const before = worstByRule(baseline.findings);
  const after = worstByRule(side.findings);
  const effect: Effect = {
    cleared: [],
    raised: [],
    eased: [],
    worsened: [],
    interestSavedFen: baseline.plan.totalInterestFen - side.plan.totalInterestFen,
    monthsSaved: baseline.plan.months === null || side.plan.months === null ? null : baseline.plan.months - side.plan.months,
    scoreChange: side.score.value - baseline.score.value,
    reviewMonthsSooner: baseline.reviewMonth === null || side.reviewMonth === null ? null : monthIndex(baseline.reviewMonth) - monthIndex(side.reviewMonth),
  };
  for (const [ruleId, was] of before) {
    const now = after.get(ruleId);
    if (now === undefined) effect.cleared.push({ ruleId, title: was.title, from: was.severity, to: null });
    else if (rank(now.severity) > rank(was.severity)) effect.eased.push({ ruleId, title: now.title, from: was.severity, to: now.severity });
    else if (rank(now.severity) < rank(was.severity)) effect.worsened.push({ ruleId, title: now.title, from: was.severity, to: now.severity });
  }
  for (const [ruleId, now] of after) {
    if (!before.has(ruleId)) effect.raised.push({ ruleId, title: now.title, from: null, to: now.severity });
  }
  return effect;
}

/** Worse severities rank lower (critical 0 … info 4). */
function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Each rule's worst finding, in the findings' order (worst first). */
function worstByRule(findings: readonly Finding[]): Map<string, Finding> {
  const worst = new Map<string, Finding>();
  for (const finding of findings) {
    const known = worst.get(finding.ruleId);
    if (known === undefined || rank(finding.severity) < rank(known.severity)) worst.set(finding.ruleId, finding);
  }
  return worst;
}
