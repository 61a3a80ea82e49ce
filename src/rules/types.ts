/**
 * A rule is data plus one small pure function (style.md: ESLint's rule modules).
 * The engine, the config loader and the renderers never know a rule by name.
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import type { MacroSnapshot, Profile } from '../profile/schema';
import type { PlanResult } from '../plan/types';
import type { Citation } from './sources';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AREAS = ['credit', 'debt', 'spending', 'macro'] as const;
export type Area = (typeof AREAS)[number];

import type { Lang } from '../i18n/lang';
// Transitional re-export while modules move to importing the language from src/i18n (issue 16).
export { LANGS, type Lang } from '../i18n/lang';

/** What a threshold rests on; rationales say it in words too (README "Honesty"). */
export type Basis = 'regulation' | 'convention' | 'heuristic';

export type Thresholds = Record<string, number>;

/**
 * A value for a message template placeholder. The engine formats it per language:
 * numbers as they are, `{ fen }` as yuan with 2 decimals, `{ rate }` as a percentage,
 * `{ months }` as "3 months" / "3个月", `{ list }` joined with the language's separator,
 * `{ text: { zh, en } }` as the language's string, `{ perLang }` as what it builds for the language
 * (only the report's language is ever built).
 */
export type MessageValue =
  | number
  | string
  | { fen: number }
  | { rate: number }
  | { months: number }
  | { list: string[] }
  | { text: Record<Lang, string> }
  | { perLang: (lang: Lang) => string };

export interface RuleText<M extends string, K extends string = string> {
  title: string;
  /** One line for `limit-audit rules`. */
  summary: string;
  /** The default severity ladder in words, for `limit-audit rules <id>`. */
  ladder: string;
  /** Message templates by id; `{name}` placeholders are filled from the outcome's data. */
  messages: Record<M, string>;
  /** What to do, concretely; a template too. One for all outcomes, or one per message id. */
  recommendation: string | Record<M, string>;
  /**
   * Why the rule exists and whether it rests on a regulation, a lender convention or a heuristic.
   * It cites its sources by id: "(source A6)", "(sources B1, B2)"; zh "（来源 A6）", "（来源 B1、B2）".
   */
  rationale: string;
  /** What each threshold means (unit, comparison, level), for `limit-audit rules <id>` and config authors. */
  thresholds: Record<K, string>;
}

/** The macro environment a rule sees: the snapshot, with the profile's `macro:` keys applied. */
export interface EffectiveMacro {
  snapshot: MacroSnapshot;
  /** 'bundled', the --macro file's path, or either followed by '+profile' when the profile overrode keys. */
  source: string;
  platformContraction: boolean | undefined;
}

export interface RuleContext<T extends Thresholds> {
  profile: Profile;
  asOf: CalendarDate;
  thresholds: T;
  macro: EffectiveMacro;
  /** The 20/80 plan for this profile at the chosen share and strategy (always computed, even with --no-plan). */
  plan: PlanResult;
}

export interface RuleOutcome<M extends string> {
  severity: Severity;
  messageId: M;
  data: Record<string, MessageValue>;
  /** Machine-readable figures and thresholds; money here is yuan (the JSON edge). */
  evidence: Record<string, unknown>;
  /** `YYYY-MM` (a plan month) or `YYYY-MM-DD` (a window date). */
  clearsBy?: CalendarMonth | CalendarDate;
}

/** The rule could not run: these profile field paths are missing. Never a pass. */
export interface NotEvaluatedOutcome {
  missing: string[];
}

export type CheckResult<M extends string> = RuleOutcome<M> | RuleOutcome<M>[] | NotEvaluatedOutcome | null;

export interface RuleDef<T extends Thresholds = Thresholds, M extends string = string> {
  id: string;
  area: Area;
  /** Profile field paths the rule reads (documentation and `rules <id>`; check() reports what is missing). */
  needs: string[];
  thresholds: T;
  basis: Basis[];
  text: Record<Lang, RuleText<M, keyof T & string>>;
  /** What the rule rests on: ids of src/rules/sources.ts (a typo is a compile error), optionally with the part cited. */
  sources: Citation[];
  /** `NoInfer`: message ids are inferred from the texts, so a returned id the texts lack is an error here. */
  check(ctx: RuleContext<T>): CheckResult<NoInfer<M>>;
}

/** Typed helper: infers thresholds and message ids, so a typo in either is a compile error. */
export function defineRule<T extends Thresholds, M extends string>(rule: RuleDef<T, M>): RuleDef<T, M> {
  return rule;
}

/** Any rule, as the registry, the engine and the config schema hold it. */
export type AnyRule = RuleDef<Thresholds, string>;

export function isNotEvaluated<M extends string>(result: CheckResult<M>): result is NotEvaluatedOutcome {
  return result !== null && !Array.isArray(result) && 'missing' in result;
}

/** A finding as it appears in the report (texts rendered in the report's language). */
export interface Finding {
  ruleId: string;
  area: Area;
  severity: Severity;
  title: string;
  message: string;
  evidence: Record<string, unknown>;
  recommendation: string;
  clearsBy?: string;
}

export interface NotEvaluated {
  ruleId: string;
  area: Area;
  missing: string[];
}

/** `--config FILE`: `rules: { id: off | { thresholds: {…} } }`. */
export type RuleOverride = 'off' | { thresholds?: Record<string, number> };
export interface RulesConfig {
  rules: Record<string, RuleOverride>;
}
