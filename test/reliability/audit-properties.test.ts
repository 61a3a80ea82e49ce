/**
 * Issue 8: any valid profile — generated from the schema's ranges, extremes included — gives a
 * report that validates against the report schema, holds only finite numbers, has a plan that is
 * either paid off or explicitly not payable, a score within 0–100, and renders in every view.
 * The same profile written as JSON loads back through the real loader unchanged.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFor } from '../../src/report/assemble';
import { loadSnapshot, macroFor, type LoadedSnapshot } from '../../src/cli/load';
import { parseDocumentAs } from '../../src/profile/load';
import { profileSchema, type Profile } from '../../src/profile/schema';
import { renderMarkdown } from '../../src/report/markdown';
import { renderPlanMarkdown, renderPlanTable } from '../../src/report/plan-view';
import { reportSchema, type Report } from '../../src/report/schema';
import { renderTable } from '../../src/report/table';
import { STRATEGIES } from '../../src/plan/types';
import type { Lang } from '../../src/i18n/lang';
import { asOfArb, debtsArb, manyDebtsArb, nonFiniteNumbers, profileArb } from './arbitraries';
import { messagesFor } from '../../src/i18n/messages';

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

interface Options {
  asOf: string;
  share: number;
  strategy: (typeof STRATEGIES)[number];
  lang: Lang;
  includePlan: boolean;
}

const optionsArb: fc.Arbitrary<Options> = fc.record({
  asOf: asOfArb,
  share: fc.oneof(fc.constantFrom(0.2, 1, 0.01, Number.MIN_VALUE), fc.integer({ min: 1, max: 100 }).map((p) => p / 100)),
  strategy: fc.constantFrom(...STRATEGIES),
  lang: fc.constantFrom<Lang>('en', 'zh'),
  includePlan: fc.boolean(),
});

function runAudit(profile: Profile, options: Options): Report {
  return reportFor({
    profile,
    source: 'generated.yaml',
    asOf: profile.as_of ?? options.asOf,
    lang: options.lang,
    macro: macroFor(profile, snapshot),
    share: options.share,
    strategy: options.strategy,
    includePlan: options.includePlan,
    toolVersion: '0.0.0-test',
  });
}

/** Every promise of issue 8 about one report; returns the problems found (empty when all hold). */
function problemsOf(report: Report): string[] {
  const problems: string[] = [];
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) problems.push(`report schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  problems.push(...nonFiniteNumbers(report));
  if (!(report.score.value >= 0 && report.score.value <= 100)) problems.push(`score ${report.score.value}`);
  for (const [area, value] of Object.entries(report.score.byArea)) if (!(value >= 0 && value <= 100)) problems.push(`score.${area} ${value}`);
  const plan = report.plan;
  if (plan) {
    if (plan.payable) {
      if (plan.months === null || plan.remaining !== 0) problems.push(`payable but months ${plan.months}, remaining ${plan.remaining}`);
      if ((plan.months ?? 0) > 0 && plan.debtFreeBy === null) problems.push('payable with months > 0 but no debt-free month');
    } else {
      if (plan.months !== null || plan.debtFreeBy !== null) problems.push(`not payable but months ${plan.months}, debtFreeBy ${plan.debtFreeBy}`);
      const said = plan.warnings.some((w) => w.kind === 'interest_not_covered' || w.kind === 'horizon_reached');
      if (!said) problems.push(`not payable without a warning saying why: ${JSON.stringify(plan.warnings.map((w) => w.kind))}`);
      if (!(plan.remaining > 0)) problems.push(`not payable with remaining ${plan.remaining}`);
    }
    for (const c of plan.comparison) if (c.payable !== (c.months !== null)) problems.push(`comparison ${c.strategy}: payable ${c.payable}, months ${c.months}`);
  }
  // The JSON a script reads is the same report: nothing is lost or turned into null on the way.
  const roundTrip = JSON.parse(JSON.stringify(report)) as unknown;
  if (nonFiniteNumbers(roundTrip).length > 0 || JSON.stringify(roundTrip) !== JSON.stringify(report)) problems.push('JSON round trip differs');
  return problems;
}

/** Rendering must not throw either: the table at two widths, markdown, and the plan views. */
function renderAll(report: Report): void {
  renderTable(report, { color: false, width: 80 });
  renderTable(report, { color: true, width: 140 });
  renderMarkdown(report);
  if (report.plan) {
    renderPlanTable(report.plan, report.lang, { color: false, width: 80 });
    renderPlanMarkdown(report.plan, report.lang);
  }
}

describe('any valid profile gives a valid, finite report', () => {
  it('the generator only makes valid profiles, and they load back unchanged through the loader', async () => {
    await fc.assert(
      fc.asyncProperty(profileArb(), async (profile) => {
        const parsed = profileSchema.safeParse(profile);
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
        const loaded = await parseDocumentAs(profileSchema, JSON.stringify(profile, null, 1), 'generated.json', 'en', messagesFor('en').fileEmpty());
        expect(loaded).toEqual(profile);
      }),
      { numRuns: 150 },
    );
  });

  it('the generator reaches every repayment kind and the instalment terms (fee instalments, up-front fees)', () => {
    const seen = new Set<string>();
    for (const debts of fc.sample(debtsArb(6, 1), { numRuns: 400, seed: 19 })) {
      for (const debt of debts) {
        seen.add(debt.repayment);
        if (debt.upfront_fee !== undefined && debt.upfront_fee > 0) seen.add('upfront_fee');
        if (debt.original_principal !== undefined && debt.repayment !== 'fee_installment') seen.add('terms on an amortised loan');
      }
    }
    expect([...seen].sort()).toEqual(
      ['equal_installment', 'equal_principal', 'fee_installment', 'interest_first', 'revolving', 'terms on an amortised loan', 'upfront_fee'].sort(),
    );
  });

  it('a few debts, every option: schema-valid, finite, payable or explicitly not, score 0–100, renders', () => {
    fc.assert(
      fc.property(profileArb(), optionsArb, (profile, options) => {
        const report = runAudit(profile, options);
        expect(problemsOf(report)).toEqual([]);
        renderAll(report);
      }),
      { numRuns: 250 },
    );
  });

  it('extremes: zero income, balances of 10^9 yuan and more, rates at 0, 1 and 1 % a day', () => {
    const extremeDebts = debtsArb(6, 1).map((debts) =>
      debts.map((debt, i) => {
        const { apr: _apr, daily_rate: _daily, ...rest } = debt;
        const rate = [{ apr: 0 }, { apr: 1 }, { daily_rate: 0.01 }, { daily_rate: 0 }][i % 4]!;
        return { ...rest, ...rate, balance: [1e9, 0, 0.01, 1e10][i % 4]! };
      }),
    );
    fc.assert(
      fc.property(profileArb(extremeDebts), fc.constantFrom(0, 0.01, 1e10), optionsArb, (profile, monthly, options) => {
        const report = runAudit({ ...profile, income: { ...profile.income, monthly } }, { ...options, includePlan: true });
        expect(problemsOf(report)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('100 debts (the plan, the comparison and every rule over them)', () => {
    fc.assert(
      fc.property(profileArb(manyDebtsArb(100)), optionsArb, (profile, options) => {
        const report = runAudit(profile, { ...options, includePlan: true });
        expect(problemsOf(report)).toEqual([]);
        expect(report.plan!.order.length + 0).toBeLessThanOrEqual(100);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });

  it('empty lists everywhere are data, not a crash', () => {
    const profile: Profile = {
      version: 1,
      as_of: '2024-02-29',
      income: { monthly: 0, history: [] },
      credit: { sesame_history: [], overdues: [], inquiries: [], draws: [] },
      credit_lines: [],
      debts: [],
      spending: { history: [], large_purchases: [] },
      macro: { events: [], stressed_sectors: [], sources: [] },
    };
    for (const lang of ['en', 'zh'] as const) {
      const report = runAudit(profile, { asOf: '2024-02-29', share: 0.2, strategy: 'recovery', lang, includePlan: true });
      expect(problemsOf(report)).toEqual([]);
      expect(report.plan).toMatchObject({ payable: true, months: 0, remaining: 0 });
      renderAll(report);
    }
  });

  it('a revolving debt with a minimum payment at 1 % a day is reported not payable, with the reason', () => {
    const profile: Profile = {
      version: 1,
      income: { monthly: 1000 },
      debts: [{ name: 'card', kind: 'credit_card', balance: 1e9, daily_rate: 0.01, repayment: 'revolving', min_payment: 0.01 }],
    };
    const report = runAudit(profile, { asOf: '2026-02-28', share: 0.2, strategy: 'snowball', lang: 'en', includePlan: true });
    expect(problemsOf(report)).toEqual([]);
    expect(report.plan!.payable).toBe(false);
    expect(report.plan!.warnings.map((w) => w.kind)).toContain('interest_not_covered');
  });
});
