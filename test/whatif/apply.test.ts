/** Changes applied to a profile (src/whatif/apply.ts): what each does to the profile and the plan's settings, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/audit';
import { annuityPaymentFen } from '../../src/plan';
import type { Profile } from '../../src/profile/schema';
import { applyChanges, utilisation } from '../../src/whatif/apply';
import type { Change, PlanSettings } from '../../src/whatif/changes';
import { refinanceTerms } from '../../src/whatif/refinance';

const ASOF = '2026-11-01';
const SETTINGS: PlanSettings = { share: 0.2, strategy: 'recovery', extraFen: 0 };
const context = { asOf: ASOF, refinanceName: () => 'refinance loan' };

function profile(): Profile {
  return {
    version: 1,
    as_of: ASOF,
    income: { monthly: 9000 },
    credit: { inquiries: [{ date: '2026-10-08', lender: '京东金条', kind: 'loan' }] },
    credit_lines: [
      { name: '借呗', limit: 12000, used: 11500 },
      { name: '花呗', limit: 8000, used: 2000 },
      { name: '广发', limit: 10000, used: 9000 },
    ],
    debts: [
      { name: '借呗', kind: 'online_loan', lender: '借呗', balance: 11500, apr: 0.1643, repayment: 'equal_installment', months_left: 9, purpose: 'consumption' },
      { name: '京东金条', kind: 'online_loan', lender: '京东金条', balance: 6200, apr: 0.1825, repayment: 'equal_installment', months_left: 6, purpose: 'consumption' },
      { name: '美团借钱', kind: 'online_loan', lender: '美团借钱', balance: 5100, apr: 0.219, repayment: 'equal_installment', months_left: 6, purpose: 'refinance' },
      { name: '花呗', kind: 'credit_card', lender: '花呗', balance: 2000, daily_rate: 0.0005, repayment: 'revolving' },
    ],
    spending: {
      history: [
        { month: '2026-07', amount: 6400 },
        { month: '2026-08', amount: 6800 },
        { month: '2026-09', amount: 6500 },
        { month: '2026-10', amount: 6700 },
      ],
    },
    assets: { liquid: 8000 },
  };
}

const apply = (changes: Change[], from: Profile = profile()) => applyChanges(from, SETTINGS, changes, context);
const debt = (p: Profile, name: string) => p.debts.find((d) => d.name === name);
const line = (p: Profile, name: string) => p.credit_lines?.find((l) => l.name === name);

describe('no change', () => {
  it('leaves an equal copy and the settings as they were, never the caller’s objects', () => {
    const original = profile();
    const applied = apply([], original);
    expect(applied.profile).toEqual(profile());
    expect(applied.profile).not.toBe(original);
    expect(applied.settings).toEqual(SETTINGS);
    expect(applied.problems).toEqual([]);
    expect(applied.notes).toEqual([]);
  });
  it('changes made never reach the caller’s profile', () => {
    const original = profile();
    apply([{ kind: 'pay', debt: '借呗', amountFen: 100_000 }, { kind: 'close', line: '广发' }, { kind: 'spend', amountFen: 1 }], original);
    expect(original).toEqual(profile());
  });
});

describe('--pay', () => {
  it('takes the amount off the balance, off the line it was drawn on, and out of liquid savings', () => {
    const { profile: p, notes, drewOnSavings } = apply([{ kind: 'pay', debt: '借呗', amountFen: 500_000 }]);
    expect(debt(p, '借呗')!.balance).toBe(6500);
    expect(line(p, '借呗')!.used).toBe(6500);
    expect(p.assets!.liquid).toBe(3000);
    expect(drewOnSavings).toBe(true);
    expect(notes).toEqual([]);
  });
  it('keeps the instalment: the loan ends sooner, its payment does not fall', () => {
    const before = profile();
    const { profile: p, settings } = apply([{ kind: 'pay', debt: '借呗', amountFen: 500_000 }]);
    const instalment = annuityPaymentFen(1_150_000, 0.1643, 9);
    expect(settings.levelsFen?.get('借呗')).toBe(instalment);
    const month1 = (plan: ReturnType<typeof planFor>) => plan.schedule[0]!.requiredFen['借呗'];
    expect(month1(planFor(p, ASOF, 0.2, 'recovery', settings))).toBe(instalment);
    expect(month1(planFor(before, ASOF, 0.2, 'recovery'))).toBe(instalment);
    const paidOff = (plan: ReturnType<typeof planFor>) => plan.order.find((o) => o.debt === '借呗')!.paidOffMonth!;
    expect(paidOff(planFor(p, ASOF, 0.2, 'recovery', settings)) < paidOff(planFor(before, ASOF, 0.2, 'recovery'))).toBe(true);
  });
  it.each(['toString', '__proto__', 'constructor'])('keeps the instalment of a debt named %s (names are user text, never object keys)', (name) => {
    const named = profile();
    named.debts[0] = { ...named.debts[0]!, name };
    const { settings } = apply([{ kind: 'pay', debt: name, amountFen: 500_000 }], named);
    expect(settings.levelsFen?.get(name)).toBe(annuityPaymentFen(1_150_000, 0.1643, 9));
  });
  it('two repayments of one debt keep the instalment of the first balance', () => {
    const { profile: p, settings } = apply([
      { kind: 'pay', debt: '借呗', amountFen: 100_000 },
      { kind: 'pay', debt: '借呗', amountFen: 200_000 },
    ]);
    expect(debt(p, '借呗')!.balance).toBe(8500);
    expect(settings.levelsFen?.get('借呗')).toBe(annuityPaymentFen(1_150_000, 0.1643, 9));
  });
  it('a debt repaid in full is gone; its line is used no more', () => {
    const { profile: p } = apply([{ kind: 'pay', debt: '花呗', amountFen: 200_000 }]);
    expect(debt(p, '花呗')).toBeUndefined();
    expect(line(p, '花呗')!.used).toBe(0);
  });
  it('repaid in full, an overdue debt settles its overdue records; repaid in part, it does not', () => {
    const late = profile();
    late.debts[2] = { ...late.debts[2]!, overdue: true };
    late.credit!.overdues = [
      { date: '2026-10-05', days: 27, amount: 900, lender: '美团借钱', settled: false },
      { date: '2026-06-18', days: 9, lender: '借呗', settled: false },
    ];
    const settledOf = (p: Profile) => p.credit!.overdues!.map((o) => o.settled);
    expect(settledOf(apply([{ kind: 'pay', debt: '美团借钱', amountFen: 510_000 }], late).profile)).toEqual([true, false]);
    expect(settledOf(apply([{ kind: 'pay', debt: '美团借钱', amountFen: 100_000 }], late).profile)).toEqual([false, false]);
    expect(settledOf(apply([{ kind: 'refinance', debts: ['美团借钱', '借呗'], apr: 0.06, months: 12, feeFen: 0 }], late).profile)).toEqual([true, true]);
    // Another debt of the same lender still owed: the record may be its own.
    late.debts.push({ name: '美团借钱 2', kind: 'online_loan', lender: '美团借钱', balance: 100, apr: 0.2, repayment: 'revolving' });
    expect(settledOf(apply([{ kind: 'pay', debt: '美团借钱', amountFen: 510_000 }], late).profile)).toEqual([false, false]);
  });
  it('more than the savings: the savings go to 0 and a note says so', () => {
    const { profile: p, notes } = apply([{ kind: 'pay', debt: '借呗', amountFen: 1_000_000 }]);
    expect(p.assets!.liquid).toBe(0);
    expect(notes).toEqual([{ kind: 'pay_exceeds_liquid', debt: '借呗', amountFen: 1_000_000, liquidFen: 800_000 }]);
  });
  it('without assets.liquid nothing is drawn on savings', () => {
    const { assets: _none, ...rest } = profile();
    const { profile: p, drewOnSavings, notes } = apply([{ kind: 'pay', debt: '借呗', amountFen: 1_000_000 }], rest);
    expect(p.assets).toBeUndefined();
    expect(drewOnSavings).toBe(false);
    expect(notes).toEqual([]);
  });
  it('refuses a debt the profile does not hold, suggesting the closest, and more than the balance', () => {
    expect(apply([{ kind: 'pay', debt: '借被', amountFen: 100 }]).problems).toEqual([
      { index: 0, field: ['pay', 'debt'], code: 'unknown_debt', name: '借被', suggestion: '借呗' },
    ]);
    expect(apply([{ kind: 'pay', debt: '花呗', amountFen: 200_001 }]).problems).toEqual([
      { index: 0, field: ['pay', 'amount'], code: 'above_balance', debt: '花呗', amountFen: 200_001, balanceFen: 200_000 },
    ]);
    // Two repayments that together exceed the balance: the second is the one refused.
    expect(
      apply([
        { kind: 'pay', debt: '花呗', amountFen: 150_000 },
        { kind: 'pay', debt: '花呗', amountFen: 60_000 },
      ]).problems,
    ).toEqual([{ index: 1, field: ['pay', 'amount'], code: 'above_balance', debt: '花呗', amountFen: 60_000, balanceFen: 50_000 }]);
  });
});

describe('--close', () => {
  it('removes the line (a closed status would read as a cut), and says when the others’ utilisation rises', () => {
    const before = utilisation(profile().credit_lines!)!;
    const { profile: p, notes } = apply([{ kind: 'close', line: '花呗' }]);
    expect(line(p, '花呗')).toBeUndefined();
    const after = utilisation(p.credit_lines!)!;
    expect(after).toBeGreaterThan(before);
    expect(notes).toEqual([
      { kind: 'line_has_balance', line: '花呗', usedFen: 200_000 },
      { kind: 'utilisation_rises', line: '花呗', before, after },
    ]);
  });
  it('closing the fullest line lowers utilisation: no note about it', () => {
    const { notes } = apply([{ kind: 'close', line: '借呗' }]);
    expect(notes.map((n) => n.kind)).toEqual(['line_has_balance']);
  });
  it('repayments come first whatever the order given: a line repaid then closed has no balance left', () => {
    const { notes } = apply([
      { kind: 'close', line: '花呗' },
      { kind: 'pay', debt: '花呗', amountFen: 200_000 },
    ]);
    expect(notes.map((n) => n.kind)).toEqual(['utilisation_rises']);
  });
  it('refuses a line the profile does not list', () => {
    expect(apply([{ kind: 'close', line: '花贝' }]).problems).toEqual([
      { index: 0, field: ['close'], code: 'unknown_line', name: '花贝', suggestion: '花呗' },
    ]);
  });
});

describe('--refinance', () => {
  const change: Change = { kind: 'refinance', debts: ['京东金条', '美团借钱'], apr: 0.06, months: 24, feeFen: 30_000 };

  it('replaces the debts by one equal-instalment loan from a new lender, with a hard inquiry today', () => {
    const { profile: p, notes } = apply([change]);
    expect(debt(p, '京东金条')).toBeUndefined();
    expect(debt(p, '美团借钱')).toBeUndefined();
    const loan = debt(p, 'refinance loan')!;
    const terms = refinanceTerms(1_130_000, 30_000, 0.06, 24);
    expect(loan).toEqual({
      name: 'refinance loan',
      kind: 'other',
      lender: 'refinance loan',
      balance: 11300,
      apr: terms.trueApr,
      repayment: 'equal_installment',
      months_left: 24,
      purpose: 'consumption',
    });
    expect(p.credit!.inquiries!.at(-1)).toEqual({ date: ASOF, lender: 'refinance loan', kind: 'loan' });
    expect(notes).toEqual([
      { kind: 'refinance', name: 'refinance loan', debts: ['京东金条', '美团借钱'], principalFen: 1_130_000, feeFen: 30_000, apr: 0.06, trueApr: terms.trueApr, months: 24, instalmentFen: terms.instalmentFen },
    ]);
  });
  it('refinances what a repayment left, and a name a debt has is not taken twice', () => {
    const named = profile();
    named.debts.push({ name: 'refinance loan', kind: 'private', balance: 100, apr: 0, repayment: 'interest_first', months_left: 3 });
    const { profile: p } = apply([change, { kind: 'pay', debt: '京东金条', amountFen: 200_000 }], named);
    expect(debt(p, 'refinance loan')!.balance).toBe(100);
    expect(debt(p, 'refinance loan 2')!.balance).toBe(9300);
  });
  it('refuses unknown debts, a debt named twice, nothing left to refinance, and a fee that puts the true APR above 100 %', () => {
    expect(apply([{ ...change, debts: ['京东金条', '美团借前'] }]).problems).toEqual([
      { index: 0, field: ['refinance', 'debts', 1], code: 'unknown_debt', name: '美团借前', suggestion: '美团借钱' },
    ]);
    expect(apply([{ ...change, debts: ['京东金条', '京东金条'] }]).problems).toEqual([
      { index: 0, field: ['refinance', 'debts', 1], code: 'refinanced_twice', name: '京东金条' },
    ]);
    expect(apply([change, { ...change, debts: ['借呗', '美团借钱'] }]).problems).toEqual([
      { index: 1, field: ['refinance', 'debts', 1], code: 'refinanced_twice', name: '美团借钱' },
    ]);
    expect(apply([{ kind: 'pay', debt: '花呗', amountFen: 200_000 }, { ...change, debts: ['花呗'] }]).problems).toEqual([
      { index: 1, field: ['refinance', 'debts', 0], code: 'unknown_debt', name: '花呗', suggestion: '借呗' },
    ]);
    const high = apply([{ ...change, feeFen: 1_000_000, months: 1 }]).problems;
    expect(high).toMatchObject([{ index: 0, field: ['refinance', 'fee'], code: 'true_apr_too_high' }]);
  });
});

describe('the true APR of a refinance loan', () => {
  it('is the nominal rate without a fee, and the rate at which the money received is worth the instalments with one', () => {
    expect(refinanceTerms(1_000_000, 0, 0.06, 24)).toEqual({ instalmentFen: annuityPaymentFen(1_000_000, 0.06, 24), trueApr: 0.06 });
    const { instalmentFen, trueApr } = refinanceTerms(1_000_000, 20_000, 0.06, 24);
    expect(instalmentFen).toBe(annuityPaymentFen(1_020_000, 0.06, 24));
    expect(trueApr).toBeGreaterThan(0.06);
    // The instalment of the money actually received, at the true APR, is the instalment paid.
    expect(Math.abs(annuityPaymentFen(1_000_000, trueApr, 24) - instalmentFen)).toBeLessThanOrEqual(1);
    // Worked out apart (the schedule and a bisection in Python): 23 × ¥452.07 and ¥452.05 for ¥10,000 received is 7.95533 % a year.
    expect(trueApr).toBeCloseTo(0.0795533, 7);
  });
});

describe('settings and the rest', () => {
  it('income, share, order and extra money', () => {
    const { profile: p, settings } = apply([
      { kind: 'income', amountFen: 1_000_050 },
      { kind: 'share', share: 0.3 },
      { kind: 'strategy', strategy: 'avalanche' },
      { kind: 'extra', amountFen: 80_000 },
    ]);
    expect(p.income.monthly).toBe(10000.5);
    expect(settings).toEqual({ share: 0.3, strategy: 'avalanche', extraFen: 80_000 });
  });
  it('a setting given twice is refused at its second place', () => {
    expect(apply([{ kind: 'extra', amountFen: 1 }, { kind: 'income', amountFen: 1 }, { kind: 'extra', amountFen: 2 }]).problems).toEqual([
      { index: 2, field: ['extra'], code: 'twice', kind: 'extra' },
    ]);
  });
  it('spending: the months the rules read as recent take the amount', () => {
    const { profile: p } = apply([{ kind: 'spend', amountFen: 500_000 }]);
    expect(p.spending!.history).toEqual([
      { month: '2026-07', amount: 6400 },
      { month: '2026-08', amount: 5000 },
      { month: '2026-09', amount: 5000 },
      { month: '2026-10', amount: 5000 },
    ]);
  });
  it('spending without any recent month: the three months before the audit month are added', () => {
    const { spending: _none, ...rest } = profile();
    const { profile: p } = apply([{ kind: 'spend', amountFen: 500_000 }], rest);
    expect(p.spending!.history).toEqual([
      { month: '2026-08', amount: 5000 },
      { month: '2026-09', amount: 5000 },
      { month: '2026-10', amount: 5000 },
    ]);
  });
});
