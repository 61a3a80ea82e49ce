/**
 * The roadmap's tests: an audit and its projection in one step, profiles drawn close to their audit
 * date (so windows, payoffs and settlements happen within 36 months), and the agreement checks
 * between what `check` says (clearsBy, belowMediumBy, reviewMonth) and what the projection shows.
 */
import fc from 'fast-check';
import { runAudit, planFor } from '../../src/audit';
import { blocksReview } from '../../src/audit/review';
import { addDays, monthIndex, monthOf } from '../../src/dates';
import { bundledSnapshot, macroFor } from '../../src/cli/load';
import type { Debt, Profile } from '../../src/profile/schema';
import { evaluateMonth, projectionHorizon, type ProjectedMonth, type ProjectionInput } from '../../src/projection';
import { buildRoadmap, pairs, type Roadmap } from '../../src/roadmap';
import type { CheckedFinding } from '../../src/rules/engine';
import type { Finding, RulesConfig } from '../../src/rules/types';
import { SEVERITIES } from '../../src/findings';
import type { Strategy } from '../../src/plan/types';

export const snapshot = { snapshot: bundledSnapshot(), source: 'bundled' };

export interface Audited {
  input: ProjectionInput;
  findings: Finding[];
  score: number;
  reviewMonth: string | null;
  months: ProjectedMonth[];
  roadmap: Roadmap;
}

/** The audit `check` makes, every month of its projection, and the roadmap. */
export function audited(
  profile: Profile,
  asOf = profile.as_of ?? '2026-11-01',
  options: { share?: number; strategy?: Strategy; config?: RulesConfig } = {},
): Audited {
  const share = options.share ?? 0.2;
  const strategy = options.strategy ?? 'recovery';
  const macro = macroFor(profile, snapshot);
  const { config } = options;
  const audit = runAudit({ profile, asOf, lang: 'en', macro, share, strategy, includePlan: false, ...(config ? { config } : {}) });
  const input: ProjectionInput = { profile, asOf, plan: planFor(profile, asOf, share, strategy), macro, config };
  const horizon = projectionHorizon(asOf, 36);
  const months = Array.from({ length: horizon + 1 }, (_, k) => evaluateMonth(input, k));
  return { input, findings: audit.findings, score: audit.score.value, reviewMonth: audit.reviewMonth, months, roadmap: buildRoadmap({ ...input, lang: 'en', months: 36 }) };
}

/** Projection month (from the audit month) a clearsBy-like value names: a date by the first month-end on or after it. */
export function monthOfForecast(asOf: string, when: string): number {
  return Math.max(monthIndex(when.slice(0, 7)) - monthIndex(monthOf(asOf)), 1);
}

/** The same finding in another month, as the roadmap pairs them (by rule; by message id for a rule that reports several). */
export function counterpart(finding: CheckedFinding, month: ProjectedMonth): CheckedFinding | undefined {
  return pairs([finding], month.findings.filter((f) => f.ruleId === finding.ruleId)).find(([a]) => a === finding)?.[1];
}

const atLeastMedium = (f: { severity: string }) => SEVERITIES.indexOf(f.severity as never) <= SEVERITIES.indexOf('medium');

/**
 * Every way `check` and the projection disagree about a profile, as readable lines (none: they agree):
 * each finding with a clearsBy is there at every month before it and gone at it; with a
 * belowMediumBy, medium or above before it and not at it; the review month is the first month the
 * projection finds nothing blocking, and the roadmap names the same; the roadmap's score now is check's.
 */
export function disagreements(a: Audited): string[] {
  const problems: string[] = [];
  const { asOf } = a.input;
  const last = a.months.length - 1;
  for (const finding of a.months[0]!.findings) {
    for (const [field, holds] of [
      ['clearsBy', () => true],
      ['belowMediumBy', atLeastMedium],
    ] as const) {
      const when = finding[field];
      if (when === undefined) continue;
      const at = monthOfForecast(asOf, when);
      for (let k = 1; k <= Math.min(at, last); k++) {
        const there = counterpart(finding, a.months[k]!);
        const present = there !== undefined && holds(there);
        if (k < at && !present) problems.push(`${finding.ruleId} ${field} ${when}: already gone in ${a.months[k]!.month}`);
        if (k === at && present) problems.push(`${finding.ruleId} ${field} ${when}: still there in ${a.months[k]!.month}`);
      }
    }
  }
  const firstClear = a.months.find((month) => !month.findings.some(blocksReview))?.month ?? null;
  if (a.reviewMonth !== firstClear) problems.push(`check's review month ${a.reviewMonth}, the projection's ${firstClear}`);
  if (a.roadmap.reviewMonth !== firstClear) problems.push(`the roadmap's review month ${a.roadmap.reviewMonth}, the projection's ${firstClear}`);
  if (a.roadmap.start.score.value !== a.score) problems.push(`check's score ${a.score}, the roadmap's now ${a.roadmap.start.score.value}`);
  return problems;
}

/* ---- profiles close to their audit date ---- */

const AS_OF = '2026-11-01';
const recent = (days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(AS_OF, -d));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const LENDERS = ['借呗', '京东金条', '美团借钱', '花呗', '招行信用卡', '老乡'];

function nearDebt(name: string): fc.Arbitrary<Debt> {
  return fc
    .record({
      kind: fc.constantFrom('online_loan', 'online_loan', 'credit_card', 'installment', 'private', 'mortgage', 'business'),
      balance: fc.integer({ min: 0, max: 6_000_000 }).map((fen) => fen / 100),
      daily: fc.constantFrom(0.0002, 0.0005, 0.0008, 0.001),
      apr: fc.constantFrom(0, 0.05, 0.18, 0.24, 0.36),
      useDaily: fc.boolean(),
      repayment: fc.constantFrom('equal_installment', 'equal_principal', 'interest_first', 'revolving'),
      months_left: fc.integer({ min: 1, max: 40 }),
      purpose: opt(fc.constantFrom('consumption', 'business', 'investment', 'refinance')),
      overdue: opt(fc.boolean()),
    })
    .map(({ daily, apr, useDaily, months_left, purpose, overdue, ...rest }) => {
      const debt: Debt = { name, lender: name, ...rest, ...(useDaily ? { daily_rate: daily } : { apr }) } as Debt;
      if (rest.repayment !== 'revolving') debt.months_left = months_left;
      if (purpose !== undefined) debt.purpose = purpose;
      if (overdue !== undefined) debt.overdue = overdue;
      return debt;
    });
}

/** Profiles whose events fall within the last 30 months of 2026-11-01 and whose debts are paid off within a few years. */
export const nearProfileArb: fc.Arbitrary<Profile> = fc
  .record({
    monthly: fc.integer({ min: 0, max: 3_000_000 }).map((fen) => fen / 100),
    debts: fc
      .uniqueArray(fc.constantFrom(...LENDERS), { maxLength: 5 })
      .chain((names): fc.Arbitrary<Debt[]> => (names.length === 0 ? fc.constant([]) : fc.tuple(...names.map(nearDebt)))),
    inquiries: fc.array(recent(200), { maxLength: 14 }),
    draws: fc.array(recent(200), { maxLength: 14 }),
    overdues: fc.array(
      fc.record({ date: recent(900), days: fc.integer({ min: 1, max: 200 }), settled: fc.boolean(), lender: opt(fc.constantFrom(...LENDERS)) }),
      { maxLength: 3 },
    ),
    score: opt(fc.integer({ min: 350, max: 950 })),
    scores: fc.array(fc.integer({ min: 350, max: 950 }), { maxLength: 8 }),
    lines: fc.array(fc.record({ name: fc.constantFrom(...LENDERS), limit: fc.integer({ min: 0, max: 50_000 }), used: opt(fc.integer({ min: 0, max: 60_000 })) }), {
      maxLength: 4,
    }),
    spending: fc.array(fc.integer({ min: 0, max: 30_000 }), { maxLength: 6 }),
    purchases: fc.array(fc.record({ date: recent(120), amount: fc.integer({ min: 0, max: 30_000 }) }), { maxLength: 4 }),
  })
  .map((p) => {
    const months = (n: number) => Array.from({ length: n }, (_, i) => monthOf(addDays(AS_OF, -31 * (n - i))));
    const profile: Profile = {
      version: 1,
      as_of: AS_OF,
      income: { monthly: p.monthly },
      credit: {
        inquiries: p.inquiries.map((date) => ({ date, kind: 'loan' as const })),
        draws: p.draws.map((date) => ({ date })),
        overdues: p.overdues.map(({ lender, ...o }) => ({ ...o, ...(lender !== undefined ? { lender } : {}) })),
        sesame_history: months(p.scores.length).map((month, i) => ({ month, score: p.scores[i]! })),
        ...(p.score !== undefined ? { sesame_score: p.score } : {}),
      },
      credit_lines: p.lines.map(({ used, ...line }, i) => ({ ...line, name: `${line.name}${i === 0 ? '' : i}`, ...(used !== undefined ? { used } : {}) })),
      debts: p.debts,
      spending: {
        history: months(p.spending.length).map((month, i) => ({ month, amount: p.spending[i]! })),
        large_purchases: p.purchases,
      },
    };
    return profile;
  });
