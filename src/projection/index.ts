/**
 * Projecting an audit month by month (docs/roadmap.md): the profile (profile.ts), the plan as the
 * rules read it (plan.ts), the macro environment held as the audit date knew it, and every rule run
 * on the result. The roadmap (src/roadmap) and the review month (src/audit/review.ts) evaluate
 * months through `evaluateMonth`, so the two always see the same thing. Pure.
 */
import { MAX_MONTH, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import { lprAt, type EffectiveMacro } from '../macro/macro';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import { checkRules, type CheckedFinding } from '../rules/engine';
import type { RulesConfigLike } from '../rules/resolve';
import { healthScore, type HealthScore } from '../rules/score';
import type { NotEvaluated } from '../rules/types';
import { continuePlan } from './plan';
import { projectedDate, projectedMonth, projector } from './profile';

export { continuePlan } from './plan';
export { projectedDate, projectedMonth, projectProfile, projector } from './profile';

/** What an audit is made of, as the projection needs it: the plan is the one the audit made. */
export interface ProjectionInput {
  profile: Profile;
  asOf: CalendarDate;
  plan: PlanResult;
  macro: EffectiveMacro;
  config?: RulesConfigLike | undefined;
}

/** One month of the projection, with the rules' findings on it (unrendered: engine.ts, renderOutcome). */
export interface ProjectedMonth {
  /** 0 (the audit itself) to the horizon. */
  months: number;
  month: CalendarMonth;
  date: CalendarDate;
  profile: Profile;
  plan: PlanResult;
  findings: CheckedFinding[];
  notEvaluated: NotEvaluated[];
  /** The month's score, as `check` scores an audit (over the areas with a rule evaluated). */
  score: HealthScore;
}

/** How many months can be projected from `asOf`, at most `wanted`: the calendar ends with 2999-12. */
export function projectionHorizon(asOf: CalendarDate, wanted: number): number {
  return Math.max(0, Math.min(wanted, monthIndex(MAX_MONTH) - monthIndex(monthOf(asOf))));
}

/** Every rule run on projection month `months`; month 0 is the audit as `check` makes it. */
export function evaluateMonth(input: ProjectionInput, months: number): ProjectedMonth {
  const { asOf } = input;
  let prepared = preparedFor.get(input);
  if (prepared === undefined) {
    prepared = { project: projector(input.profile, asOf, input.plan), macro: macroAsOf(input.macro, asOf) };
    preparedFor.set(input, prepared);
  }
  const profile = prepared.project(months);
  const plan = continuePlan(input.plan, input.profile, asOf, months);
  const date = projectedDate(asOf, months);
  const macro = months === 0 ? input.macro : prepared.macro;
  const { checked, notEvaluated, evaluatedAreas } = checkRules({ profile, asOf: date, macro, plan, config: input.config });
  const score = healthScore(checked, evaluatedAreas);
  return { months, month: projectedMonth(asOf, months), date, profile, plan, findings: checked, notEvaluated, score };
}

/** What every month of one audit shares, made once: the roadmap evaluates up to 37 months of it. */
const preparedFor = new WeakMap<ProjectionInput, { project: (months: number) => Profile; macro: EffectiveMacro }>();

/**
 * The macro environment as the audit date knew it, held there: LPR changes, events and stressed
 * sectors dated after it are left out (nothing new happens), so the LPR in force stays the one in
 * force on the audit date while events already known age out of their windows. Before the LPR
 * series starts, its first point stays (what the rules fall back to on the audit date).
 */
export function macroAsOf(macro: EffectiveMacro, asOf: CalendarDate): EffectiveMacro {
  const { snapshot } = macro;
  const inForce = lprAt(snapshot.lpr_1y, asOf);
  const lpr = snapshot.lpr_1y.filter((point) => point.date <= asOf);
  return {
    ...macro,
    snapshot: {
      ...snapshot,
      lpr_1y: inForce === undefined ? snapshot.lpr_1y.slice(0, 1) : lpr,
      events: snapshot.events.filter((event) => event.date <= asOf),
      stressed_sectors: snapshot.stressed_sectors.filter((sector) => sector.since === undefined || sector.since <= monthOf(asOf)),
    },
  };
}
