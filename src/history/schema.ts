/**
 * One line of a history file (`check --record`), historyVersion 1: the contract `progress` reads
 * and `limit-audit schema history` publishes. Keys may be added within a version, never removed or
 * renamed; a line of a newer version is skipped by this one, never rewritten.
 * Money is yuan with at most 2 decimals; dates YYYY-MM-DD; months YYYY-MM.
 *
 * zod is loaded only by `progress` and `schema`: `check --record` writes lines without it
 * (snapshot.ts builds them, lines.ts reads only their dates).
 */
import * as z from 'zod/mini';
import { AREAS, SEVERITIES } from '../findings';
import { STRATEGIES } from '../plan/types';
import { DEBT_KINDS, has2Decimals, isCalendarDate, isCalendarMonth, LINE_STATUSES } from '../profile/values';
import { GRADES } from '../rules/score';
import { HISTORY_VERSION, PROJECTION_MONTHS } from './format';


const yuan = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0 && has2Decimals(n)));
const date = z.string().check(z.refine(isCalendarDate));
const month = z.string().check(z.refine(isCalendarMonth));
const ratio = z.number().check(z.refine(Number.isFinite));
const count = z.int().check(z.gte(0));
const score = z.int().check(z.gte(0), z.lte(100));
const digest = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const snapshotSchema = z.object({
  historyVersion: z.literal(HISTORY_VERSION),
  /** The audit date; one snapshot per date in a history. */
  asOf: date,
  tool: z.object({ name: z.literal('limit-audit'), version: z.string() }),
  /** SHA-256 (hex) of the profile as validated, keys sorted, `$schema` left out; and of its debt and credit-line names. */
  digest: z.object({ profile: digest, names: digest }),
  score: z.object({ value: score, grade: z.enum(GRADES), byArea: z.object({ credit: score, debt: score, spending: score, macro: score }) }),
  findings: z.array(z.object({ id: z.string(), area: z.enum(AREAS), severity: z.enum(SEVERITIES), clearsBy: z.optional(z.union([month, date])) })),
  debts: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(DEBT_KINDS),
      balance: yuan,
      /** The plan's first month: what the debt's terms require (before any extra payment). */
      requiredPayment: yuan,
      /** The annual rate the plan used (`daily_rate × 365` for a daily rate). */
      apr: ratio,
      overdue: z.boolean(),
    }),
  ),
  /** Credit lines as the profile gave them (for "limits changed"). */
  lines: z.array(z.object({ name: z.string(), limit: yuan, used: z.optional(yuan), status: z.optional(z.enum(LINE_STATUSES)) })),
  /**
   * The credit events the streaks count: how many overdues and inquiries the profile lists, dated up
   * to the audit date, and the latest date of each; null when the profile leaves the list out (unknown).
   */
  credit: z.object({
    overdues: z.nullable(count),
    lastOverdue: z.nullable(date),
    inquiries: z.nullable(count),
    lastInquiry: z.nullable(date),
  }),
  totals: z.object({
    income: yuan,
    debt: yuan,
    requiredPayments: yuan,
    /** Debt-to-income as lenders count it (credit cards at 10 % of balance) ÷ income; null with no income. */
    dti: z.nullable(ratio),
    onlineLenders: count,
  }),
  plan: z.object({
    strategy: z.enum(STRATEGIES),
    share: ratio,
    feasible: z.boolean(),
    payable: z.boolean(),
    months: z.nullable(count),
    debtFreeBy: z.nullable(month),
    totalInterest: yuan,
  }),
  /**
   * Each debt's planned closing balance for the plan's first months (up to 24, from `from`, the month
   * after the audit date): `balances[name][i]` is month `from + i`. Shorter when the plan ends sooner;
   * after its last month a payable plan expects 0.
   */
  projection: z.object({ from: month, balances: z.record(z.string(), z.array(yuan).check(z.maxLength(PROJECTION_MONTHS))) }),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
