/**
 * A rule is data plus one small pure function (style.md: ESLint's rule modules).
 * The engine, the config loader and the renderers never know a rule by name.
 *
 * The contract is typed end to end (issue 16). `defineRule` reads the texts as literals, so:
 * - each message id's outcome must carry `data` with exactly the `{placeholders}` of its message
 *   and recommendation — a placeholder misspelt in a text (`{lin}`) or missing from the data is a
 *   compile error, not a runtime throw;
 * - the zh and en texts of a message, a recommendation or a fragment name the same placeholders;
 * - a rule's phrases are its own `fragments` (per-language templates the engine fills), so no
 *   string in zh or en is built inside `check()`;
 * - each threshold declares its kind and range (`bounds`) and how it is ordered against the
 *   others (`order`), from which the config schema is built (config.ts).
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import type { Area, Severity } from '../findings';
import type { WindowedList } from '../timeline';
import type { Lang } from '../i18n/lang';
import type { Placeholders, SamePlaceholders, Template } from '../i18n/placeholders';
import type { ListSeparator } from '../i18n/rules';
import type { MessageData, NoData, PhraseValue, PlainValue } from '../i18n/template';
import type { EffectiveMacro } from '../macro/macro';
import type { PlanResult } from '../plan/types';
import type { Profile } from '../profile/schema';
import type { Citation } from './sources';


/** What a threshold rests on; rationales say it in words too (README "Honesty"). */
export type Basis = 'regulation' | 'convention' | 'heuristic';

export type Thresholds = Record<string, number>;

/**
 * What a threshold measures, which decides the values a config may give it: `count` and `days`
 * are whole numbers, `money` is yuan with at most 2 decimals, `months` a number of months (a
 * buffer of 1.5 months is one), `rate` a decimal rate (0.24 = 24 %), `ratio` a decimal share or
 * multiple (0.5 = half).
 */
export type ThresholdKind = 'count' | 'money' | 'rate' | 'days' | 'months' | 'ratio';

/** A threshold's kind and the range a config may set it in (both ends included). */
export interface ThresholdBound {
  kind: ThresholdKind;
  min: number;
  max: number;
}

/**
 * `'medium <= high'`: the value of the first threshold must not be above the second's — the
 * direction in which the rule's levels get stricter. Checked after a config is merged over the
 * defaults, so a config cannot make the medium line stricter than the high one.
 */
export type ThresholdOrder<K extends string = string> = `${K} <= ${K}`;

/** A rule's texts in one language, as the engine reads them. */
export interface RuleText {
  title: string;
  /** One line for `limit-audit rules`. */
  summary: string;
  /** The default severity ladder in words, for `limit-audit rules <id>`. */
  ladder: string;
  /** Message templates by id; `{name}` placeholders are filled from the outcome's data. */
  messages: Readonly<Record<string, string>>;
  /** What to do, concretely; a template too. One for all outcomes, or one per message id. */
  recommendation: string | Readonly<Record<string, string>>;
  /**
   * Why the rule exists and whether it rests on a regulation, a lender convention or a heuristic.
   * It cites its sources by id: "(source A6)", "(sources B1, B2)"; zh "（来源 A6）", "（来源 B1、B2）".
   */
  rationale: string;
  /** What each threshold means (unit, comparison, level), for `limit-audit rules <id>` and config authors. */
  thresholds: Readonly<Record<string, string>>;
  /**
   * The rule's phrases that are not whole messages (a list item, a noun with its count), as
   * templates the data names with `{ fragment: id, data }`. English plurals are `{ one, other }`,
   * chosen by the fragment's `count`.
   */
  fragments?: Readonly<Record<string, Template>>;
}

/* ---------------------------------------------------------------- the typed contract */

type MessageIds<E extends RuleText> = keyof E['messages'] & string;
type FragmentIds<E extends RuleText> = E['fragments'] extends Readonly<Record<string, Template>> ? keyof E['fragments'] & string : never;
type FragmentTemplate<E extends RuleText, F extends string> = E['fragments'] extends Readonly<Record<string, Template>> ? E['fragments'][F] : never;
type RecommendationFor<E extends RuleText, M extends string> = E['recommendation'] extends string
  ? E['recommendation']
  : M extends keyof E['recommendation']
    ? E['recommendation'][M]
    : never;
/** The placeholders an outcome with message id M fills: its message's and its recommendation's. */
type OutcomeKeys<E extends RuleText, M extends MessageIds<E>> = Placeholders<E['messages'][M]> | Placeholders<RecommendationFor<E, M>>;

/**
 * A value of a rule's data: a plain value, a shared phrase (src/i18n/rules.ts), one of the rule's
 * own fragments with exactly the data its template names, or a list of them.
 */
export type RuleValue<E extends RuleText> = PlainValue | PhraseValue | FragmentValue<E> | { list: readonly RuleValue<E>[]; join?: ListSeparator };
type FragmentValue<E extends RuleText> = { [F in FragmentIds<E>]: FragmentRef<E, F> }[FragmentIds<E>];
type FragmentKeys<E extends RuleText, F extends string> = Placeholders<FragmentTemplate<E, F>>;
// Interfaces, not inline object types: they keep the recursion through RuleValue lazy.
type FragmentRef<E extends RuleText, F extends string> = [FragmentKeys<E, F>] extends [never] ? FragmentWithoutData<F> : FragmentWithData<E, F>;
interface FragmentWithoutData<F extends string> {
  fragment: F;
  data?: NoData;
}
interface FragmentWithData<E extends RuleText, F extends string> {
  fragment: F;
  data: { readonly [K in FragmentKeys<E, F>]: RuleValue<E> };
}

/** The data of a template with placeholders P: exactly those keys (none: an empty object). */
export type RuleData<E extends RuleText, P extends string> = [P] extends [never] ? NoData : { readonly [K in P]: RuleValue<E> };

interface OutcomeOf<M extends string, D> {
  severity: Severity;
  messageId: M;
  data: D;
  /** Machine-readable figures and thresholds; money here is yuan (the JSON edge). */
  evidence: Record<string, unknown>;
  /**
   * When the finding is gone if the plan is followed and nothing new happens: `YYYY-MM` (a plan
   * month) or `YYYY-MM-DD` (a window date). It agrees with the roadmap's month-end evaluations
   * (docs/roadmap.md): the finding is there at every evaluation before it and gone at the first on
   * or after it (for a month: that month's). Left out when the plan never clears it.
   */
  clearsBy?: CalendarMonth | CalendarDate;
  /**
   * For a finding at medium or above whose severity falls to low before it clears: when it does,
   * in the same form and sense as `clearsBy`. The review month reads it (docs/roadmap.md).
   */
  belowMediumBy?: CalendarMonth | CalendarDate;
}

/** What a rule may return for each of its message ids: that id's data, exactly. */
export type TypedOutcome<E extends RuleText> = { [M in MessageIds<E>]: OutcomeOf<M, RuleData<E, OutcomeKeys<E, M>>> }[MessageIds<E>];

/** An outcome as the engine handles it, whatever the rule. */
export type RuleOutcome = OutcomeOf<string, MessageData>;

/** The rule could not run: these profile field paths are missing. Never a pass. */
export interface NotEvaluatedOutcome {
  missing: string[];
  /** When the fields are there but too short: what the rule needs and what it found. */
  reason?: NotEvaluatedReason;
}

/**
 * A series too short to judge: the rule needs `needs` items (`months` of a monthly history, `scores`
 * of a score history), counted within the last `withinMonths` months when given, and found `has`.
 */
export interface NotEvaluatedReason {
  kind: 'too_short';
  needs: number;
  has: number;
  unit: 'months' | 'scores';
  withinMonths?: number;
}

export type CheckResult<O = RuleOutcome> = O | O[] | NotEvaluatedOutcome | null;

export interface RuleContext<T extends Thresholds = Thresholds, O = RuleOutcome> {
  profile: Profile;
  asOf: CalendarDate;
  thresholds: Readonly<T>;
  macro: EffectiveMacro;
  /** The 20/80 plan for this profile at the chosen share and strategy (always computed, even with --no-plan). */
  plan: PlanResult;
  /**
   * Returns its argument. It is how an outcome gets the type its message id calls for: an object
   * passed to it is checked for exactly the data that id's texts name (a return value alone is not).
   */
  outcome(outcome: O): O;
}

/* ---------------------------------------------------------------- the zh text against the en one */

/** What the compiler prints when a zh template names other placeholders than the en one. */
interface PlaceholderMismatch<En, Zh> {
  readonly 'zh and en must name the same placeholders': { en: Placeholders<En>; zh: Placeholders<Zh> };
}
type Agrees<En, Zh> = SamePlaceholders<En, Zh> extends true ? unknown : PlaceholderMismatch<En, Zh>;

/** Per id of either language: present in both, with the same placeholders (an id only zh has is `never`). */
type AgreeingTemplates<En, Zh> = {
  readonly [K in keyof En | keyof Zh]: K extends keyof En ? (K extends keyof Zh ? Agrees<En[K], Zh[K]> : unknown) : never;
};

/** The constraints the zh text meets beyond RuleText: the en text's ids, each with the en placeholders. */
type MatchingZh<E extends RuleText, Z extends RuleText> = {
  messages: AgreeingTemplates<E['messages'], Z['messages']>;
  recommendation: E['recommendation'] extends string
    ? Z['recommendation'] extends string
      ? Agrees<E['recommendation'], Z['recommendation']>
      : string
    : AgreeingTemplates<E['recommendation'], Z['recommendation']>;
  thresholds: { readonly [K in keyof E['thresholds'] | keyof Z['thresholds']]: K extends keyof E['thresholds'] ? string : never };
} & (E['fragments'] extends object ? { fragments: AgreeingTemplates<E['fragments'], NonNullable<Z['fragments']>> } : { fragments?: undefined });

/** The en text describes exactly the rule's thresholds. */
type DescribesThresholds<T extends Thresholds, E extends RuleText> = {
  thresholds: { readonly [K in keyof T | keyof E['thresholds']]: K extends keyof T ? string : never };
};

/* ---------------------------------------------------------------- the rule */

/** A rule as its module defines it: every type parameter is read from the literal (see defineRule). */
export interface RuleDef<T extends Thresholds, E extends RuleText, Z extends RuleText> {
  id: string;
  area: Area;
  /** Profile field paths the rule reads (documentation and `rules <id>`; check() reports what is missing). */
  needs: readonly string[];
  /** Default values. */
  thresholds: T;
  /** Each threshold's kind and range; a config value outside it is refused. */
  bounds: Readonly<Record<keyof NoInfer<T> & string, ThresholdBound>>;
  /** How the thresholds are ordered (`'medium <= high'`); a config breaking it is refused. */
  order?: readonly ThresholdOrder<keyof NoInfer<T> & string>[];
  basis: readonly Basis[];
  text: { en: E & DescribesThresholds<NoInfer<T>, NoInfer<E>>; zh: Z & MatchingZh<NoInfer<E>, NoInfer<Z>> };
  /** What the rule rests on: ids of src/rules/sources.ts (a typo is a compile error), optionally with the part cited. */
  sources: readonly Citation[];
  timeline?: RuleTimeline;
  /** `NoInfer`: the outcome types come from the texts, never from what check() returns. */
  check(ctx: RuleContext<T, TypedOutcome<NoInfer<E>>>): CheckResult<TypedOutcome<NoInfer<E>>>;
}

/**
 * The dated lists and monthly series a rule may count in windows: the roadmap (docs/roadmap.md)
 * names what leaves them when a finding clears.
 */
export type { WindowedList } from '../timeline';

/** How the roadmap reads a rule over time (docs/roadmap.md). Every part is optional. */
export interface RuleTimeline {
  /** The windows (in months) the rule counts each of its dated lists or series in. */
  windows?: Readonly<Partial<Record<WindowedList, readonly number[]>>>;
  /**
   * The finding is the symptom a platform's re-evaluation acts on (a cut line), not a cause:
   * following the plan never clears it, so the roadmap lists it apart and it never holds back the
   * review month.
   */
  symptom?: boolean;
  /**
   * The rule reports each problem as a finding of its own, one per message id (and each clears on
   * its own); otherwise the rule's finding is one, whichever message it shows from month to month.
   */
  several?: boolean;
}

/** Any rule, as the registry, the engine and the config schema hold it. */
export interface AnyRule {
  id: string;
  area: Area;
  needs: readonly string[];
  thresholds: Readonly<Thresholds>;
  bounds: Readonly<Record<string, ThresholdBound>>;
  order?: readonly ThresholdOrder[];
  basis: readonly Basis[];
  text: Readonly<Record<Lang, RuleText>>;
  sources: readonly Citation[];
  timeline?: RuleTimeline;
  check(ctx: RuleContext): CheckResult;
}

/**
 * Typed helper: infers the thresholds and (as literals: const type parameters) the texts, so a
 * threshold name, a message id, a fragment id or a placeholder misspelt anywhere is a compile error.
 */
export function defineRule<T extends Thresholds, const E extends RuleText, const Z extends RuleText>(rule: RuleDef<T, E, Z>): AnyRule {
  return rule;
}

export function isNotEvaluated<O>(result: CheckResult<O>): result is NotEvaluatedOutcome {
  return result !== null && !Array.isArray(result) && typeof result === 'object' && 'missing' in result;
}

/** A finding as it appears in the report (texts rendered in the report's language). */
export interface Finding {
  ruleId: string;
  /** Which of the rule's messages: a rule may report several findings, one per message id. */
  messageId: string;
  area: Area;
  severity: Severity;
  title: string;
  message: string;
  evidence: Record<string, unknown>;
  recommendation: string;
  clearsBy?: string;
  belowMediumBy?: string;
}

export interface NotEvaluated {
  ruleId: string;
  area: Area;
  missing: string[];
  reason?: NotEvaluatedReason;
}

/** `--config FILE`: `rules: { id: off | { thresholds: {…} } }`. */
export type RuleOverride = 'off' | { thresholds?: Record<string, number> };
export interface RulesConfig {
  rules: Record<string, RuleOverride>;
}
