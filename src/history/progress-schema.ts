/**
 * The `progress --json` document, progressVersion 1: the contract `limit-audit schema progress`
 * publishes. Keys may be added within a version, never removed or renamed.
 * Money is yuan with at most 2 decimals (a difference may be negative); dates YYYY-MM-DD; months YYYY-MM.
 */
import * as z from 'zod/mini';
import { LANGS } from '../i18n/lang';
import { SEVERITIES } from '../findings';
import { GRADES } from '../rules/score';
import { has2Decimals } from '../profile/values';

const yuan = z.number().check(z.refine((n) => Number.isFinite(n) && has2Decimals(n)));
const date = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const count = z.int().check(z.gte(0));
const severity = z.enum(SEVERITIES);

export const PLAN_STATUSES = ['ahead', 'on_track', 'behind'] as const;
export const SKIP_REASONS = ['not_json', 'not_snapshot', 'newer_version', 'invalid', 'duplicate_date'] as const;

/** A debt's balance now against what one earlier audit's plan expected for this month. */
export const planComparisonSchema = z.object({
  /** The audit whose plan is compared with. */
  asOf: date,
  /** The month compared: the month of the latest audit date. */
  month,
  /** What that plan expected the balance to be at the end of `month`; null when it cannot say (`unavailable`). */
  expected: z.nullable(yuan),
  /** balance − expected: negative is ahead of the plan. */
  difference: z.nullable(yuan),
  status: z.nullable(z.enum(PLAN_STATUSES)),
  /** Why there is no expectation: the debt was not in that audit, or the month is past the 24 months it projected. */
  unavailable: z.nullable(z.enum(['not_in_audit', 'beyond_projection'])),
});

export const streakSchema = z.object({
  /** Whole months from `since` to the latest audit date. */
  months: count,
  /** The latest such event's date; or, when no audit listed any, the first audit that knew the list (`sinceFirstAudit`). */
  since: date,
  /** No event in any audit: the streak is at least `months`, counted from the first audit. */
  sinceFirstAudit: z.boolean(),
});

export const progressSchema = z.object({
  progressVersion: z.literal(1),
  tool: z.object({ name: z.literal('limit-audit'), version: z.string() }),
  /** The history file read. */
  history: z.string(),
  /** The profile audited now and shown as the latest point; null when progress was given a history file. */
  profile: z.nullable(z.string()),
  lang: z.enum(LANGS),
  /** Where a balance counts as on track: within `ratio` of the expected balance or `minimum` yuan, whichever is larger. */
  tolerance: z.object({ ratio: z.number(), minimum: yuan }),
  /** History lines not used, with why (line numbers from 1). */
  skipped: z.array(
    z.object({
      line: z.int().check(z.gte(1)),
      reason: z.enum(SKIP_REASONS),
      /** newer_version: the line's historyVersion. */
      version: z.optional(z.int()),
      /** invalid: the first field that is wrong. */
      field: z.optional(z.string()),
      /** duplicate_date: the line that was used for that date instead. */
      keptLine: z.optional(z.int()),
    }),
  ),
  /** At least two audits to compare (the points of `timeline`). */
  enough: z.boolean(),
  timeline: z.array(
    z.object({
      asOf: date,
      /** false for the profile audited now when the history holds no snapshot of this date for this very profile. */
      recorded: z.boolean(),
      score: z.int().check(z.gte(0), z.lte(100)),
      grade: z.enum(GRADES),
      findings: z.object({ critical: count, high: count, medium: count, low: count, info: count }),
      totalDebt: yuan,
      dti: z.nullable(z.number()),
      /** Months to debt-free under that audit's plan; null when not payable. */
      months: z.nullable(count),
      debtFreeBy: z.nullable(month),
    }),
  ),
  /** Since the previous audit; null with fewer than two. */
  changes: z.nullable(
    z.object({
      from: date,
      to: date,
      findings: z.object({
        resolved: z.array(z.object({ id: z.string(), severity })),
        new: z.array(z.object({ id: z.string(), severity })),
        severityChanged: z.array(z.object({ id: z.string(), from: severity, to: severity })),
      }),
      debts: z.object({
        /** Still listed, with a balance of 0 now and more before. */
        paidOff: z.array(z.string()),
        /** Names not in the previous audit. */
        added: z.array(z.string()),
        /** Names no longer in the profile, with their last balance: paid off and removed, or renamed (debts are matched by name only). */
        gone: z.array(z.object({ name: z.string(), balance: yuan })),
      }),
      /** Credit lines whose limit changed; `from` null for a new line, `to` null for one no longer listed. */
      limits: z.array(z.object({ name: z.string(), from: z.nullable(yuan), to: z.nullable(yuan) })),
    }),
  ),
  /** Each debt of the latest audit against the first and the previous audits' plans (empty with fewer than two). */
  debts: z.array(
    z.object({
      name: z.string(),
      balance: yuan,
      first: planComparisonSchema,
      previous: planComparisonSchema,
    }),
  ),
  /** How far the debt-free month moved (months; positive is later); null with fewer than two audits. */
  debtFree: z.nullable(
    z.object({
      now: z.nullable(month),
      first: z.nullable(month),
      previous: z.nullable(month),
      sinceFirst: z.nullable(z.int()),
      sincePrevious: z.nullable(z.int()),
    }),
  ),
  /** Months without a new overdue / a new inquiry; null when the latest audit's profile leaves that list out. */
  streaks: z.object({ overdue: z.nullable(streakSchema), inquiry: z.nullable(streakSchema) }),
  /** Consecutive audits with no debt or credit-line name in common: the history seems to mix two profiles. */
  otherProfile: z.array(z.object({ from: date, to: date })),
});

export type ProgressJson = z.infer<typeof progressSchema>;
export type PlanComparison = z.infer<typeof planComparisonSchema>;
export type Streak = z.infer<typeof streakSchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
