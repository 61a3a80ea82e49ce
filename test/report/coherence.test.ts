/**
 * Issue 21, "never contradicts itself": what the plan says about the living side of the split and
 * what spending/over-budget and spending/thin-buffer say agree, on every bundled sample and on
 * generated profiles. When the plan is not feasible it pays more than B, so the living side is the
 * income minus what it actually pays; over-budget measures against that same figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, macroFor, type LoadedSnapshot } from '../../src/cli/load';
import { addMonthsToMonth, monthOf } from '../../src/dates';
import { parseProfileText } from '../../src/profile/load';
import type { Profile } from '../../src/profile/schema';
import { reportFor } from '../../src/report/assemble';
import type { Report } from '../../src/report/schema';
import { yuanToFen } from '../../src/money';
import { debtsArb, moneyArb, profileArb } from '../reliability/arbitraries';
import { ROOT } from '../cli/run';

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

function report(profile: Profile, share = 0.2): Report {
  return reportFor({
    profile,
    source: 'p.yaml',
    asOf: profile.as_of ?? '2026-11-01',
    lang: 'en',
    macro: macroFor(profile, snapshot),
    share,
    strategy: 'recovery',
    includePlan: true,
    toolVersion: '0.0.0-test',
  });
}

/** Every way the plan's living line and the spending findings could contradict each other; [] when none does. */
function contradictions(r: Report, { defaultShare }: { defaultShare: boolean }): string[] {
  const problems: string[] = [];
  const living = r.plan!.living;
  const overBudget = r.findings.find((f) => f.ruleId === 'spending/over-budget');
  const thinBuffer = r.findings.find((f) => f.ruleId === 'spending/thin-buffer');
  const overNotEvaluated = r.notEvaluated.some((n) => n.ruleId === 'spending/over-budget');
  if ((living.fits === null) !== overNotEvaluated) problems.push(`living.fits ${living.fits} but over-budget not evaluated: ${overNotEvaluated}`);
  // A plan that says the spending does not fit always comes with the finding that says so.
  if (living.fits === false && overBudget === undefined) problems.push('living does not fit, and no spending/over-budget finding');
  // "Short every month" never stands beside "fits".
  if (overBudget?.severity === 'high' && living.fits !== false) problems.push(`over-budget HIGH beside living.fits ${living.fits}`);
  // At the default split (20/80, the rule's 80 % line) the two are the same test.
  if (defaultShare && overBudget !== undefined && living.fits !== false) problems.push(`over-budget ${overBudget.severity} beside living.fits ${living.fits}`);
  if (overBudget !== undefined && overBudget.evidence.livingBudget !== Math.min(living.budget, overBudget.evidence.livingBudget as number)) {
    problems.push(`over-budget's living budget ${String(overBudget.evidence.livingBudget)} is above the plan's ${living.budget}`);
  }
  if (thinBuffer !== undefined && living.recentSpending !== null) {
    // The buffer is built from what the living side leaves after spending, never from a deficit.
    const surplus = yuanToFen(living.budget) - yuanToFen(living.recentSpending);
    if (thinBuffer.evidence.livingSurplus !== surplus / 100) problems.push(`thin-buffer surplus ${String(thinBuffer.evidence.livingSurplus)}, plan ${surplus / 100}`);
    if (surplus < 0 && !thinBuffer.recommendation.startsWith('First close the monthly gap')) problems.push('thin-buffer advises saving from a deficit');
  }
  return problems;
}

describe('the plan’s living side and the spending findings agree', () => {
  const samples = readdirSync(`${ROOT}/profiles`).filter((f) => f.endsWith('.yaml')).sort();

  for (const file of samples) {
    it(`on ${file}, at shares 0.2, 0.1 and 0.6`, async () => {
      const profile = await parseProfileText(readFileSync(`${ROOT}/profiles/${file}`, 'utf8'), file, 'en');
      expect(contradictions(report(profile), { defaultShare: true })).toEqual([]);
      for (const share of [0.1, 0.6]) expect(contradictions(report(profile, share), { defaultShare: false }), `share ${share}`).toEqual([]);
    });
  }

  it('on turnover-late, the living side is income minus the required payments the plan actually pays', async () => {
    const profile = await parseProfileText(readFileSync(`${ROOT}/profiles/turnover-late.yaml`, 'utf8'), 'turnover-late.yaml', 'en');
    const r = report(profile);
    expect(r.plan!.feasible).toBe(false);
    // 9,000 − 5,100.95 = 3,899.05, not 9,000 − 1,800 = 7,200
    expect([r.plan!.livingBudget, r.plan!.living.budget, r.plan!.living.fits]).toEqual([3899.05, 3899.05, false]);
    expect(r.findings.find((f) => f.ruleId === 'spending/over-budget')?.severity).toBe('high');
  });

  /** Spending of the last 3 months before the audit date, so over-budget and the living line both read it. */
  const recentSpendingProfile = fc
    .record({
      income: moneyArb,
      spending: fc.array(moneyArb, { minLength: 1, maxLength: 3 }),
      debts: debtsArb(5),
      liquid: fc.option(moneyArb, { nil: undefined }),
    })
    .map(({ income, spending, debts, liquid }): Profile => {
      const last = monthOf('2026-11-01');
      const history = spending.map((amount, i) => ({ month: addMonthsToMonth(last, i - spending.length), amount }));
      return { version: 1, as_of: '2026-11-01', income: { monthly: income }, debts, spending: { history }, ...(liquid === undefined ? {} : { assets: { liquid } }) };
    });

  it('on generated profiles with recent spending, at the default share and at others', () => {
    fc.assert(
      fc.property(recentSpendingProfile, fc.constantFrom(0.2, 0.05, 0.5, 1), (profile, share) => {
        expect(contradictions(report(profile, share), { defaultShare: share === 0.2 })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on generated profiles of any shape', () => {
    fc.assert(
      fc.property(profileArb(debtsArb(4)), (profile) => {
        expect(contradictions(report(profile), { defaultShare: true })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
