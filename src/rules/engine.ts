/**
 * Runs the rules over a validated profile, the audit date, the macro environment and the plan, and
 * renders their outcomes in the report's language. Knows no rule by name (style.md, ESLint).
 */
import type { CalendarDate } from '../dates';
import { AREAS, SEVERITIES, type Area, type Severity } from '../findings';
import type { Lang } from '../i18n/lang';
import { fillTemplate } from '../i18n/template';
import type { EffectiveMacro } from '../macro/macro';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import { rules as registry } from './index';
import { resolveRules, type RulesConfigLike } from './resolve';
import { isNotEvaluated } from './types';
import type { AnyRule, CheckResult, Finding, NotEvaluated, RuleContext, RuleOutcome } from './types';

export interface RunRulesInput {
  profile: Profile;
  asOf: CalendarDate;
  macro: EffectiveMacro;
  plan: PlanResult;
  lang: Lang;
  config?: RulesConfigLike | undefined;
  /** The rules to run; the registry by default (tests pass one rule). */
  rules?: readonly AnyRule[];
}

export interface RulesResult {
  /** Sorted by severity (critical first), then area (credit, debt, spending, macro), then rule id. */
  findings: Finding[];
  /** Rules that could not run, with the profile fields they lack; sorted by area, then rule id. */
  notEvaluated: NotEvaluated[];
  /** The areas with at least one rule evaluated (it ran, found something or not), in AREAS order: the areas the score weighs. */
  evaluatedAreas: Area[];
}

export function runRules(input: RunRulesInput): RulesResult {
  const { checked, notEvaluated, evaluatedAreas } = checkRules(input);
  return { findings: checked.map((finding) => renderOutcome(finding.rule, finding.outcome, input.lang)), notEvaluated, evaluatedAreas };
}

/**
 * A finding before its texts are rendered: what the rules decided, and the rule that decided it.
 * The roadmap compares 36 months of these and renders only the few it prints (renderOutcome).
 */
export interface CheckedFinding {
  rule: AnyRule;
  outcome: RuleOutcome;
  ruleId: string;
  messageId: string;
  area: Area;
  severity: Severity;
  clearsBy?: string;
  belowMediumBy?: string;
}

export interface CheckedRules {
  /** In the order of RulesResult's findings. */
  checked: CheckedFinding[];
  notEvaluated: NotEvaluated[];
  evaluatedAreas: Area[];
}

/** The rules' outcomes, unrendered: runRules without the texts (the language is not needed). */
export function checkRules(input: Omit<RunRulesInput, 'lang'>): CheckedRules {
  const { profile, asOf, macro, plan } = input;
  const checked: CheckedFinding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const evaluated = new Set<Area>();
  for (const { rule, thresholds } of resolveRules(input.config, input.rules ?? registry)) {
    // The context built in place, one object per rule: the roadmap runs every rule for 37 months.
    const result = rule.check({ profile, asOf, thresholds, macro, plan, outcome });
    if (result !== null && isNotEvaluated(result)) {
      notEvaluated.push({ ruleId: rule.id, area: rule.area, missing: [...result.missing], ...(result.reason ? { reason: { ...result.reason } } : {}) });
      continue;
    }
    evaluated.add(rule.area);
    if (result === null) continue;
    // A rule may return several outcomes (one per distinct problem); each is one finding.
    for (const outcome of Array.isArray(result) ? result : [result]) {
      const finding: CheckedFinding = { rule, outcome, ruleId: rule.id, messageId: outcome.messageId, area: rule.area, severity: outcome.severity };
      if (outcome.clearsBy !== undefined) finding.clearsBy = outcome.clearsBy;
      if (outcome.belowMediumBy !== undefined) finding.belowMediumBy = outcome.belowMediumBy;
      checked.push(finding);
    }
  }
  checked.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      AREAS.indexOf(a.area) - AREAS.indexOf(b.area) ||
      compareIds(a.ruleId, b.ruleId),
  );
  notEvaluated.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || compareIds(a.ruleId, b.ruleId));
  return { checked, notEvaluated, evaluatedAreas: AREAS.filter((area) => evaluated.has(area)) };
}

/** One rule's check on one profile, with the context the engine gives every rule. */
export function checkRule(rule: AnyRule, input: Omit<RuleContext, 'outcome'>): CheckResult {
  return rule.check({ ...input, outcome });
}

/** The rules' `outcome`: the identity at run time; its type is what checks each outcome (types.ts). */
function outcome<O>(value: O): O {
  return value;
}

/** One outcome as a report finding, its texts and fragments filled in `lang` (fillTemplate throws on a missing placeholder). */
export function renderOutcome(rule: AnyRule, outcome: RuleOutcome, lang: Lang): Finding {
  const text = rule.text[lang];
  const message = text.messages[outcome.messageId];
  if (message === undefined) throw new Error(`rule ${rule.id} has no ${lang} message ${outcome.messageId}`);
  const recommendation = typeof text.recommendation === 'string' ? text.recommendation : text.recommendation[outcome.messageId];
  if (recommendation === undefined) throw new Error(`rule ${rule.id} has no ${lang} recommendation for ${outcome.messageId}`);
  return {
    ruleId: rule.id,
    messageId: outcome.messageId,
    area: rule.area,
    severity: outcome.severity,
    title: text.title,
    message: fillTemplate(message, outcome.data, lang, text.fragments),
    evidence: outcome.evidence,
    recommendation: fillTemplate(recommendation, outcome.data, lang, text.fragments),
    ...(outcome.clearsBy !== undefined ? { clearsBy: outcome.clearsBy } : {}),
    ...(outcome.belowMediumBy !== undefined ? { belowMediumBy: outcome.belowMediumBy } : {}),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
