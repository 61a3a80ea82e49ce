/**
 * Issue 18's properties of the what-if, over generated profiles (test/reliability/arbitraries.ts):
 * no change is the baseline exactly; paying more — once, or every month — never makes the plan
 * longer or dearer; --target's amount is the least that reaches the month.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../../src/audit';
import { loadSnapshot, macroFor, type LoadedSnapshot } from '../../src/cli/load';
import { addMonthsToMonth, MAX_MONTH, monthOf } from '../../src/dates';
import type { Lang } from '../../src/i18n/lang';
import { yuanToFen } from '../../src/money';
import type { Strategy } from '../../src/plan/types';
import type { Profile } from '../../src/profile/schema';
import { assembleWhatif } from '../../src/report/whatif-assemble';
import { renderWhatifMarkdown } from '../../src/report/whatif-markdown';
import { whatifSchema } from '../../src/report/whatif-schema';
import { renderWhatifTable } from '../../src/report/whatif-table';
import type { Change, PlanSettings } from '../../src/whatif/changes';
import { compareScenarios, type WhatifInput } from '../../src/whatif/compare';
import { extraForTarget } from '../../src/whatif/target';
import { asOfArb, debtsArb, nonFiniteNumbers, profileArb } from '../reliability/arbitraries';

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

const CHECK: PlanSettings = { share: 0.2, strategy: 'recovery', extraFen: 0 };

function input(profile: Profile, asOf: string, lang: Lang = 'en', target?: string): WhatifInput {
  return { profile, asOf, lang, macro: macroFor(profile, snapshot), settings: { ...CHECK }, target, refinanceName: () => 'refinance loan' };
}

/** A month 1 to 60 months after the audit month, within the calendar; undefined when none is left. */
function targetOf(asOf: string, ahead: number): string | undefined {
  const month = addMonthsToMonth(monthOf(asOf), 1);
  if (month > MAX_MONTH) return undefined;
  const target = addMonthsToMonth(monthOf(asOf), ahead);
  return target > MAX_MONTH ? MAX_MONTH : target;
}

describe('an empty change set', () => {
  it('is the baseline exactly: profile, plan, findings, score, outlook, review month, target; it does nothing', () => {
    fc.assert(
      fc.property(profileArb(), asOfArb, fc.constantFrom<Lang>('en', 'zh'), fc.integer({ min: 1, max: 60 }), (profile, asOf, lang, ahead) => {
        const { baseline, scenarios } = compareScenarios(input(profile, asOf, lang, targetOf(asOf, ahead)), [{ name: 'nothing', changes: [] }]);
        const { name, changes, notes, effect, ...side } = scenarios[0]!;
        expect(side).toEqual(baseline);
        expect([name, changes, notes]).toEqual(['nothing', [], []]);
        expect(effect).toEqual({ cleared: [], raised: [], eased: [], worsened: [], interestSavedFen: 0, monthsSaved: baseline.plan.months === null ? null : 0, scoreChange: 0, reviewMonthsSooner: baseline.reviewMonth === null ? null : 0 });
      }),
      { numRuns: 150 },
    );
  });

  it('and the baseline is what `check` makes: the same plan and findings', async () => {
    const { runAudit } = await import('../../src/audit');
    fc.assert(
      fc.property(profileArb(), asOfArb, (profile, asOf) => {
        const { baseline } = compareScenarios(input(profile, asOf), []);
        const audit = runAudit({ profile, asOf, lang: 'en', macro: macroFor(profile, snapshot), share: 0.2, strategy: 'recovery', includePlan: true });
        expect(baseline.plan).toEqual(audit.plan!.plan);
        expect(baseline.findings).toEqual(audit.findings);
        expect(baseline.score).toEqual(audit.score);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the JSON of any comparison', () => {
  it('validates against `schema whatif`, holds only finite numbers, and renders in both views', () => {
    const changesArb = (profile: Profile) =>
      fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('extra' as const), amountFen: fc.integer({ min: 0, max: 10_000_000 }) }),
          fc.record({ kind: fc.constant('share' as const), share: fc.integer({ min: 1, max: 100 }).map((p) => p / 100) }),
          fc.record({ kind: fc.constant('income' as const), amountFen: fc.integer({ min: 0, max: 10_000_000 }) }),
          fc.record({ kind: fc.constant('spend' as const), amountFen: fc.integer({ min: 0, max: 10_000_000 }) }),
          fc.record({ kind: fc.constant('strategy' as const), strategy: fc.constantFrom<Strategy>('recovery', 'avalanche', 'snowball') }),
          ...profile.debts
            .filter((d) => d.balance > 0)
            .map((d) => fc.double({ min: 0, max: 1, noNaN: true }).map((f): Change => ({ kind: 'pay', debt: d.name, amountFen: Math.max(1, Math.floor(f * yuanToFen(d.balance))) }))),
          ...(profile.credit_lines ?? []).map((l) => fc.constant<Change>({ kind: 'close', line: l.name })),
        ),
        { maxLength: 4 },
      );
    fc.assert(
      fc.property(
        profileArb(debtsArb(4)).chain((profile) => fc.tuple(fc.constant(profile), changesArb(profile))),
        asOfArb,
        fc.constantFrom<Lang>('en', 'zh'),
        ([profile, changes], asOf, lang) => {
          const result = compareScenarios(input(profile, asOf, lang, targetOf(asOf, 12)), [{ name: 'x', changes }]);
          const json = assembleWhatif(result, { source: 'p.yaml', asOf, lang, macro: macroFor(profile, snapshot), toolVersion: '0' });
          const parsed = whatifSchema.safeParse(json);
          expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
          expect(nonFiniteNumbers(json)).toEqual([]);
          expect(renderWhatifTable(json, { color: false, width: 80 })).toContain(json.scenarios[0]!.name);
          expect(renderWhatifMarkdown(json)).toContain(json.scenarios[0]!.name);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Paying more. Under the recovery order (the baseline's) and avalanche; snowball sends the money to
 * the smallest balance whatever it costs, so more money can move it to a cheaper debt sooner and
 * cost a fen more interest (docs/whatif.md): for snowball only the months are held.
 */
describe('paying more never lengthens the plan or raises its interest', () => {
  const sides = (profile: Profile, asOf: string, strategy: Strategy, less: Change[], more: Change[]) => {
    const start = { ...CHECK, strategy };
    const { scenarios } = compareScenarios({ ...input(profile, asOf), settings: start }, [
      { name: 'less', changes: less },
      { name: 'more', changes: more },
    ]);
    return [scenarios[0]!.plan, scenarios[1]!.plan] as const;
  };
  const holds = (less: ReturnType<typeof planFor>, more: ReturnType<typeof planFor>, strategy: Strategy) => {
    if (!less.payable) return;
    expect(more.payable).toBe(true);
    expect(more.months!).toBeLessThanOrEqual(less.months!);
    if (strategy !== 'snowball') expect(more.totalInterestFen).toBeLessThanOrEqual(less.totalInterestFen);
  };
  const strategyArb = fc.constantFrom<Strategy>('recovery', 'avalanche', 'snowball');

  it('a larger one-off repayment of a debt (nothing repaid being the least)', () => {
    fc.assert(
      fc.property(profileArb(debtsArb(5, 1)), asOfArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), strategyArb, (profile, asOf, pick, x, y, strategy) => {
        const debt = profile.debts[pick % profile.debts.length]!;
        const balanceFen = yuanToFen(debt.balance);
        fc.pre(balanceFen > 0);
        const [lo, hi] = [Math.min(x, y), Math.max(x, y)].map((f) => Math.max(1, Math.round(f * balanceFen))) as [number, number];
        const pay = (amountFen: number): Change[] => [{ kind: 'pay', debt: debt.name, amountFen }];
        const [none, less] = sides(profile, asOf, strategy, [], pay(lo));
        const [, more] = sides(profile, asOf, strategy, pay(lo), pay(hi));
        holds(none, less, strategy);
        holds(less, more, strategy);
      }),
      { numRuns: 300 },
    );
  });

  it('more extra money every month', () => {
    fc.assert(
      fc.property(profileArb(debtsArb(5, 1)), asOfArb, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), strategyArb, (profile, asOf, extra, more, strategy) => {
        const [less, most] = sides(profile, asOf, strategy, [{ kind: 'extra', amountFen: extra }], [{ kind: 'extra', amountFen: extra + more }]);
        holds(less, most, strategy);
      }),
      { numRuns: 300 },
    );
  });
});

/** Generated profiles, half of them with an income of ¥1,000 to ¥50,000: a month within reach is then common. */
const targetProfileArb = fc
  .tuple(profileArb(debtsArb(5, 1)), fc.option(fc.integer({ min: 100_000, max: 5_000_000 }), { nil: undefined }))
  .map(([profile, incomeFen]) => (incomeFen === undefined ? profile : { ...profile, income: { ...profile.income, monthly: incomeFen / 100 } }));

describe('--target', () => {
  it('returns the least whole-yuan amount: it reaches the month and one yuan less does not; none when the whole income cannot', () => {
    let reached = 0;
    let none = 0;
    fc.assert(
      fc.property(targetProfileArb, asOfArb, fc.integer({ min: 1, max: 60 }), fc.constantFrom<Strategy>('recovery', 'avalanche', 'snowball'), (profile, asOf, ahead, strategy) => {
        const month = targetOf(asOf, ahead);
        fc.pre(month !== undefined);
        const settings = { ...CHECK, strategy };
        const result = extraForTarget(profile, asOf, settings, month!);
        const reaches = (fen: number) => {
          const plan = planFor(profile, asOf, settings.share, strategy, { extraFen: fen });
          return plan.payable && (plan.debtFreeBy === null || plan.debtFreeBy <= month!);
        };
        if (result.extraFen === null) {
          none++;
          expect(reaches(result.capFen)).toBe(false);
          return;
        }
        expect(result.extraFen % 100).toBe(0);
        expect(result.extraFen).toBeLessThanOrEqual(result.capFen);
        expect(reaches(result.extraFen)).toBe(true);
        if (result.extraFen > 0) {
          reached++;
          expect(reaches(result.extraFen - 100)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    // Both answers came up: the property was not vacuous.
    expect(reached).toBeGreaterThan(10);
    expect(none).toBeGreaterThan(10);
  });
});
