/** From the profile to the planner (toPlanDebts) and the 80 % side of the split (livingBudgetCheck). */
import { describe, expect, it } from 'vitest';
import { livingBudgetCheck, planRepayment, toPlanDebts } from '../../src/plan';
import { annualRate, dailyToAnnualRate, type Profile } from '../../src/profile/schema';

describe('toPlanDebts', () => {
  const debts: Profile['debts'] = [
    { name: '借呗', kind: 'online_loan', balance: 16420.5, daily_rate: 0.0005, repayment: 'equal_installment', months_left: 10, overdue: true },
    { name: '信用卡', kind: 'credit_card', lender: '招商银行', balance: 0.1 + 0.2, apr: 0.18, repayment: 'revolving', min_payment: 100 },
  ];
  const [jiebei, card] = toPlanDebts(debts);

  it('converts yuan to fen and a daily rate to apr × 365', () => {
    expect(jiebei?.balanceFen).toBe(1_642_050);
    // 0.0005 × 365 = 0.1825 (domain-facts E, simple day count), exactly
    expect(jiebei?.apr).toBe(0.1825);
    expect(card?.balanceFen).toBe(30);
    expect(card?.minPaymentFen).toBe(10_000);
    expect(card?.apr).toBe(0.18);
  });

  it('counts a debt without a lender as its own lender, and not overdue unless marked', () => {
    expect(jiebei).toMatchObject({ lender: '借呗', overdue: true, monthsLeft: 10, repayment: 'equal_installment', kind: 'online_loan' });
    expect(card).toMatchObject({ lender: '招商银行', overdue: false, repayment: 'revolving' });
    expect(card).not.toHaveProperty('monthsLeft');
    expect(jiebei).not.toHaveProperty('minPaymentFen');
  });
});

describe('toPlanDebts: a fee instalment', () => {
  const [instalment] = toPlanDebts([
    { name: '花呗分期', kind: 'installment', balance: 4200, repayment: 'fee_installment', original_principal: 5040, periods: 6, fee_rate: 0.0075, months_left: 5 },
  ]);

  it('carries its contract in fen and its true APR (the IRR of the contract, 15.27 %), which ranks it', () => {
    expect(instalment).toMatchObject({ repayment: 'fee_installment', balanceFen: 420_000, monthsLeft: 5, installment: { originalFen: 504_000, periods: 6, feeRate: 0.0075 } });
    expect(instalment!.apr).toBeCloseTo(0.1527, 4);
  });

  it('keeps a loan\'s stated rate for the plan: an up-front fee is paid already', () => {
    const [loan] = toPlanDebts([{ name: 'x', kind: 'online_loan', balance: 10_000, apr: 0.12, upfront_fee: 500, repayment: 'equal_installment', months_left: 12 }]);
    expect(loan!.apr).toBe(0.12);
    expect(loan).not.toHaveProperty('installment');
  });
});

describe('daily_rate × 365, computed in decimal (product.md step 5)', () => {
  const withRate = (name: string, rate: { apr: number } | { daily_rate: number }, balance: number): Profile['debts'][number] => ({
    name,
    kind: 'online_loan',
    balance,
    repayment: 'revolving',
    ...rate,
  });

  it('gives the rate the user wrote: 0.0002 a day is exactly 0.073 a year', () => {
    // in binary floating point 0.0002 × 365 = 0.07300000000000001
    const rates = [0.0002, 0.0005, 0.00035, 0.000137, 0.01, 0, 2.5e-7];
    const expected = [0.073, 0.1825, 0.12775, 0.050005, 3.65, 0, 0.00009125];
    expect(toPlanDebts(rates.map((daily, i) => withRate(`d${i}`, { daily_rate: daily }, 1))).map((d) => d.apr)).toEqual(expected);
    expect(dailyToAnnualRate(0.0002)).toBe(0.073);
    expect(annualRate({ daily_rate: 0.0002 })).toBe(annualRate({ apr: 0.073 }));
  });

  it('so avalanche ties a daily 0.0002 with an apr of 0.073 and breaks the tie by the smaller balance', () => {
    // D: 3,000 yuan at 0.0002 a day; E: 2,000 yuan at 7.3 % a year. Both revolving; income 5,000 yuan → B = 100,000.
    // D: interest 300,000 × 0.073 / 12 = 1,825, required 30,000 → 271,825 left;
    // E: interest 1,216.67 → 1,217, required 20,000 → 181,217 left. Extra 50,000: the rates tie, E is smaller.
    const debts = toPlanDebts([withRate('D', { daily_rate: 0.0002 }, 3000), withRate('E', { apr: 0.073 }, 2000)]);
    const result = planRepayment(debts, 500_000, { share: 0.2, strategy: 'avalanche', startMonth: '2026-12' });
    expect(result.schedule[0]?.paymentsFen).toEqual({ D: 30_000, E: 70_000 });
  });
});

describe('livingBudgetCheck', () => {
  // Income 12,000 yuan at 20 %: living budget 1,200,000 − 240,000 = 960,000 fen.
  const plan = planRepayment([], 1_200_000, { share: 0.2, strategy: 'recovery', startMonth: '2026-12' });
  const history = [
    { month: '2026-07', amount: 7000 },
    { month: '2026-08', amount: 7400 },
    { month: '2026-09', amount: 7600 },
    { month: '2026-10', amount: 8000 },
    { month: '2026-12', amount: 99_999 }, // after as_of: not read
  ];

  it('averages the last 3 months up to the as_of month against the living budget', () => {
    // (7,400 + 7,600 + 8,000) / 3 = 7,666.67 yuan → 766,667 fen ≤ 960,000
    expect(livingBudgetCheck({ spending: { history } }, plan, '2026-11-01')).toEqual({
      livingBudgetFen: 960_000,
      recentSpendingFen: 766_667,
      monthsUsed: 3,
      fits: true,
    });
  });

  it('includes the as_of month itself', () => {
    // as of 2026-12-15: 2026-09, 2026-10, 2026-12 → (7,600 + 8,000 + 99,999) / 3 = 38,533 yuan
    expect(livingBudgetCheck({ spending: { history } }, plan, '2026-12-15')).toMatchObject({ recentSpendingFen: 3_853_300, fits: false });
  });

  it('uses fewer months when that is all there is in the window', () => {
    expect(livingBudgetCheck({ spending: { history: history.slice(1, 3) } }, plan, '2026-11-01')).toMatchObject({
      recentSpendingFen: 750_000, // (7,400 + 7,600) / 2
      monthsUsed: 2,
    });
  });

  it('reads the window as the spending rules do: months older than 3 before the audit month are not recent', () => {
    // Only 2026-07 and 2026-08 are given; the window on 2026-11-01 is 2026-08 … 2026-11.
    expect(livingBudgetCheck({ spending: { history: history.slice(0, 2) } }, plan, '2026-11-01')).toMatchObject({
      recentSpendingFen: 740_000,
      monthsUsed: 1,
    });
    expect(livingBudgetCheck({ spending: { history: [{ month: '2025-06', amount: 9500 }] } }, plan, '2026-11-01').fits).toBeNull();
  });

  it('fits exactly at the living budget and not one fen above', () => {
    const at = [{ month: '2026-10', amount: 9600 }];
    expect(livingBudgetCheck({ spending: { history: at } }, plan, '2026-11-01').fits).toBe(true);
    const above = [{ month: '2026-10', amount: 9600.01 }];
    expect(livingBudgetCheck({ spending: { history: above } }, plan, '2026-11-01').fits).toBe(false);
  });

  it('lets a later entry for the same month correct an earlier one', () => {
    const corrected = [
      { month: '2026-10', amount: 20_000 },
      { month: '2026-10', amount: 5_000 },
    ];
    expect(livingBudgetCheck({ spending: { history: corrected } }, plan, '2026-11-01')).toMatchObject({ recentSpendingFen: 500_000, monthsUsed: 1 });
  });

  it('rounds the mean half-up to the fen', () => {
    // (1 + 1 + 0) / 3 = 0.667 fen → 1
    const cents = [
      { month: '2026-08', amount: 0.01 },
      { month: '2026-09', amount: 0.01 },
      { month: '2026-10', amount: 0 },
    ];
    expect(livingBudgetCheck({ spending: { history: cents } }, plan, '2026-11-01').recentSpendingFen).toBe(1);
  });

  it('answers null, not a guess, without spending history', () => {
    const none = { livingBudgetFen: 960_000, recentSpendingFen: null, monthsUsed: 0, fits: null };
    expect(livingBudgetCheck({}, plan, '2026-11-01')).toEqual(none);
    expect(livingBudgetCheck({ spending: { history: [] } }, plan, '2026-11-01')).toEqual(none);
    expect(livingBudgetCheck({ spending: { history: [{ month: '2027-01', amount: 1 }] } }, plan, '2026-11-01')).toEqual(none);
  });
});
