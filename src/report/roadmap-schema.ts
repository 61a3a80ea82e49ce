/**
 * The roadmap document, schemaVersion 1 (`limit-audit roadmap --json`, docs/roadmap.md): the
 * contract scripts rely on. The TypeScript type, `limit-audit schema roadmap` and the tests'
 * validation all come from this one schema. Keys may be added within a schema version, never
 * removed or renamed. Months are YYYY-MM, dates YYYY-MM-DD.
 */
import * as z from 'zod/mini';
import { AREAS, SEVERITIES } from '../findings';
import { STRATEGIES } from '../plan/types';
import { MILESTONES, WINDOWED_LISTS } from '../timeline';
import { date, documentHeaderFields, findingSchema, month, notEvaluatedSchema } from './schema';

const score = z.object({ value: z.int().check(z.gte(0), z.lte(100)), grade: z.enum(['A', 'B', 'C', 'D', 'E']) });


const findingRef = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  area: z.enum(AREAS),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  clearsBy: z.optional(z.union([month, date])),
  /** It holds back the review month: credit or debt, medium or above, not a symptom. */
  blocksReview: z.boolean(),
});

const action = z.object({
  ruleId: z.string(),
  messageId: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  recommendation: z.string(),
});

const reason = z.object({
  /** window: entries left a window; paid_off: the plan paid debts off; plan: its payments moved the figures. */
  kind: z.enum(['window', 'paid_off', 'plan']),
  /** window: the list (a profile path), the window in months, the months the entries are dated in (from … to), how many. */
  list: z.optional(z.enum(WINDOWED_LISTS)),
  window: z.optional(z.int().check(z.gte(1))),
  from: z.optional(month),
  to: z.optional(month),
  count: z.optional(z.int().check(z.gte(1))),
  /** paid_off: the debts, by name. */
  debts: z.optional(z.array(z.string())),
  text: z.string(),
});

const change = z.object({
  kind: z.enum(['cleared', 'eased', 'appeared', 'worsened']),
  ruleId: z.string(),
  messageId: z.string(),
  area: z.enum(AREAS),
  title: z.string(),
  /** After the change (cleared: as it was). */
  severity: z.enum(SEVERITIES),
  /** Before the change (cleared, eased, worsened). */
  from: z.optional(z.enum(SEVERITIES)),
  /** What the finding says now (appeared, worsened). */
  message: z.optional(z.string()),
  /** Why (cleared, eased). */
  reasons: z.optional(z.array(reason)),
  /** The change in one sentence, in the document's language. */
  text: z.string(),
});

export const roadmapSchema = z.object({
  ...documentHeaderFields,
  strategy: z.enum(STRATEGIES),
  share: z.number().check(z.refine(Number.isFinite)),
  /** Months projected: --months, or fewer when the calendar (2999-12) ends first. */
  months: z.int().check(z.gte(0)),
  /** YYYY-MM, or null when no month within `months` has nothing blocking. */
  reviewMonth: z.nullable(month),
  review: z.object({
    /** In the document's language: what the review month is, an estimate (source B6). */
    note: z.string(),
    /** With no review month: the findings still holding it back at the last month. */
    blockers: z.array(findingRef),
  }),
  start: z.object({
    date,
    score,
    findings: z.array(findingRef),
    actions: z.array(action),
  }),
  timeline: z.array(
    z.object({
      month,
      /** The day evaluated: the month's last. */
      date,
      score,
      review: z.boolean(),
      changes: z.array(change),
      paidOff: z.array(z.string()),
      milestones: z.array(z.enum(MILESTONES)),
      actions: z.array(action),
      /** The findings holding the review month back at the month's end (none in and after the review month, unless one starts later). */
      blocking: z.array(findingRef),
    }),
  ),
  apart: z.object({
    findings: z.array(
      z.extend(z.pick(findingSchema, { ruleId: true, messageId: true, area: true, severity: true, title: true, message: true, recommendation: true }), {
        /** macro: the macro environment; symptom: what a re-evaluation acts on (a cut line). */
        why: z.enum(['macro', 'symptom']),
      }),
    ),
    notEvaluated: z.array(notEvaluatedSchema),
  }),
});

export type RoadmapJson = z.infer<typeof roadmapSchema>;
export type RoadmapChangeJson = RoadmapJson['timeline'][number]['changes'][number];
export type RoadmapFindingJson = RoadmapJson['start']['findings'][number];
