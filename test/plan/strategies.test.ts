/** Where the extra money goes (product.md step 5): orders, tie-breaks, recovery's online-lender logic. */
import { describe, expect, it } from 'vitest';
import { compareStrategies, planRepayment, priorityOrder, type PlanDebt, type Strategy } from '../../src/plan';

function debt(over: Partial<PlanDebt> & Pick<PlanDebt, 'name'>): PlanDebt {
  return { kind: 'online_loan', lender: over.name, balanceFen: 0, apr: 0, repayment: 'revolving', overdue: false, ...over };
}

const names = (strategy: Strategy, debts: PlanDebt[]): string[] => priorityOrder(strategy, debts).map((d) => d.name);

describe('avalanche', () => {
  it('ranks by highest apr, then smaller balance, then name', () => {
    const debts = [
      debt({ name: 'a', apr: 0.18, balanceFen: 500 }),
      debt({ name: 'b', apr: 0.24, balanceFen: 900 }),
      debt({ name: 'd', apr: 0.18, balanceFen: 300 }),
      debt({ name: 'c', apr: 0.18, balanceFen: 300 }),
    ];
    expect(names('avalanche', debts)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('leaves out debts without a balance', () => {
    expect(names('avalanche', [debt({ name: 'paid', apr: 0.3 }), debt({ name: 'open', apr: 0.1, balanceFen: 1 })])).toEqual(['open']);
  });
});

describe('snowball', () => {
  it('ranks by smallest balance, then higher apr, then name', () => {
    const debts = [
      debt({ name: 'a', apr: 0.1, balanceFen: 300 }),
      debt({ name: 'd', apr: 0.2, balanceFen: 300 }),
      debt({ name: 'b', apr: 0.2, balanceFen: 300 }),
      debt({ name: 'c', apr: 0, balanceFen: 100 }),
    ];
    expect(names('snowball', debts)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('recovery', () => {
  // Four online lenders at the start: 借呗 (two loans), 微粒贷, 京东金条, 度小满.
  const debts = [
    debt({ name: 'mortgage', kind: 'mortgage', lender: 'bank', apr: 0.04, balanceFen: 100_000 }),
    debt({ name: 'jiebei-1', lender: '借呗', apr: 0.1825, balanceFen: 3_000 }),
    debt({ name: 'weilidai', lender: '微粒贷', apr: 0.1, balanceFen: 1_000 }),
    debt({ name: 'jintiao', lender: '京东金条', apr: 0.24, balanceFen: 2_000 }),
    debt({ name: 'jiebei-2', lender: '借呗', apr: 0.05, balanceFen: 500 }),
    debt({ name: 'duxiaoman', lender: '度小满', apr: 0.15, balanceFen: 4_000, overdue: true }),
    debt({ name: 'card', kind: 'credit_card', lender: 'bank', apr: 0.18, balanceFen: 5_000, overdue: true }),
  ];

  it('clears overdue debts first, then the smallest online loans while more than 2 lenders remain, then avalanche', () => {
    // overdue, by avalanche: card (18 %), duxiaoman (15 %) — 度小满 gone, 3 lenders left
    // smallest online loan: jiebei-2 (500) — 借呗 still holds jiebei-1, so still 3 lenders
    // next smallest: weilidai (1,000) — 微粒贷 gone, 2 lenders left: stop
    // the rest by avalanche: jintiao (24 %), jiebei-1 (18.25 %), mortgage (4 %)
    expect(names('recovery', debts)).toEqual(['card', 'duxiaoman', 'jiebei-2', 'weilidai', 'jintiao', 'jiebei-1', 'mortgage']);
  });

  it('is avalanche after the overdue debts when at most 2 online lenders hold a balance', () => {
    const two = debts.filter((d) => d.lender !== '京东金条' && d.lender !== '度小满');
    expect(names('recovery', two)).toEqual(['card', 'jiebei-1', 'weilidai', 'jiebei-2', 'mortgage']);
  });

  it('counts lenders, not loans, and only online_loan debts', () => {
    const sameLender = [
      debt({ name: 'x1', lender: '借呗', apr: 0.1, balanceFen: 100 }),
      debt({ name: 'x2', lender: '借呗', apr: 0.1, balanceFen: 200 }),
      debt({ name: 'x3', lender: '借呗', apr: 0.1, balanceFen: 300 }),
      debt({ name: 'card', kind: 'credit_card', lender: '银行A', apr: 0.3, balanceFen: 400 }),
      debt({ name: 'card2', kind: 'credit_card', lender: '银行B', apr: 0.2, balanceFen: 50 }),
    ];
    // one online lender: no online-lender step at all, avalanche straight away
    expect(names('recovery', sameLender)).toEqual(['card', 'card2', 'x1', 'x2', 'x3']);
  });
});

describe('in the plan', () => {
  // interest_first loans: each month's required payment is just the interest, so the extra is easy to follow.
  // A: 1,000 yuan at 12 % → 1,000 fen interest; Bd: 2,000 yuan at 6 % → 1,000; Cd: 3,000 yuan at 4 % → 1,000;
  // K: a card, 1,000 yuan at 24 % → 2,000. Income 5,250 yuan: B = 105,000, extra in month 1 = 105,000 − 5,000 = 100,000.
  const debts = [
    debt({ name: 'A', lender: '借呗', balanceFen: 100_000, apr: 0.12, repayment: 'interest_first', monthsLeft: 24 }),
    debt({ name: 'Bd', lender: '微粒贷', balanceFen: 200_000, apr: 0.06, repayment: 'interest_first', monthsLeft: 24 }),
    debt({ name: 'Cd', lender: '京东金条', balanceFen: 300_000, apr: 0.04, repayment: 'interest_first', monthsLeft: 24 }),
    debt({ name: 'K', kind: 'credit_card', lender: '银行', balanceFen: 100_000, apr: 0.24, repayment: 'interest_first', monthsLeft: 24 }),
  ];
  const options = { share: 0.2, startMonth: '2026-12' };

  it('recovery re-ranks every month: online loans while 3 lenders remain, avalanche once 2 do', () => {
    const result = planRepayment(debts, 525_000, { ...options, strategy: 'recovery' });
    // month 1: 3 online lenders → the smallest online loan, A, takes the 100,000 extra and is cleared
    expect(result.schedule[0]?.paymentsFen).toEqual({ A: 101_000, Bd: 1_000, Cd: 1_000, K: 2_000 });
    expect(result.schedule[0]?.onlineLenders).toBe(2);
    expect(result.lendersAtMost2By).toBe('2026-12');
    // month 2: 2 lenders → avalanche: K (24 %) owes 100,000 after its interest and takes it;
    // the 1,000 left over cascades to Bd (6 %, next by avalanche), not Cd.
    expect(result.schedule[1]?.paymentsFen).toEqual({ Bd: 2_000, Cd: 1_000, K: 102_000 });
    expect(result.order.slice(0, 2)).toEqual([
      { debt: 'A', paidOffMonth: '2026-12' },
      { debt: 'K', paidOffMonth: '2027-01' },
    ]);
  });

  it('avalanche clears the card first, so the lender count falls a month later', () => {
    const result = planRepayment(debts, 525_000, { ...options, strategy: 'avalanche' });
    expect(result.schedule[0]?.paymentsFen).toEqual({ A: 1_000, Bd: 1_000, Cd: 1_000, K: 102_000 });
    expect(result.lendersAtMost2By).toBe('2027-01');
  });

  it('snowball breaks the A/K balance tie by the higher apr', () => {
    const result = planRepayment(debts, 525_000, { ...options, strategy: 'snowball' });
    expect(result.schedule[0]?.paymentsFen['K']).toBe(102_000);
  });

  it('snowball re-ranks by the current balances every month', () => {
    // X: revolving 1,000 yuan at 0 % (required 10 % = 10,000); Y: interest-free 950 yuan, principal at the end
    // (required 0). Income 550 yuan → B = 11,000.
    const crossing = [
      debt({ name: 'X', kind: 'credit_card', balanceFen: 100_000 }),
      debt({ name: 'Y', balanceFen: 95_000, repayment: 'interest_first', monthsLeft: 24 }),
    ];
    const result = planRepayment(crossing, 55_000, { ...options, strategy: 'snowball' });
    // month 1: Y (95,000) is smaller and takes the 1,000 extra → X 90,000, Y 94,000
    expect(result.schedule[0]?.paymentsFen).toEqual({ X: 10_000, Y: 1_000 });
    // month 2: now X (90,000) is smaller: its 9,000 required + the 2,000 extra
    expect(result.schedule[1]?.paymentsFen).toEqual({ X: 11_000, Y: 0 });
  });

  it('compares the three strategies in the order recovery, avalanche, snowball with the plan’s own figures', () => {
    const comparison = compareStrategies(debts, 525_000, options);
    expect(comparison.map((c) => c.strategy)).toEqual(['recovery', 'avalanche', 'snowball']);
    for (const row of comparison) {
      const full = planRepayment(debts, 525_000, { ...options, strategy: row.strategy });
      expect(row).toEqual({
        strategy: row.strategy,
        payable: full.payable,
        months: full.months,
        totalInterestFen: full.totalInterestFen,
        lendersAtMost2By: full.lendersAtMost2By,
      });
    }
    expect(comparison.map((c) => c.lendersAtMost2By)).toEqual(['2026-12', '2027-01', '2027-01']);
  });

  it('gives one debt the same plan under every strategy', () => {
    const one = [debts[0]!];
    const [recovery, avalanche, snowball] = (['recovery', 'avalanche', 'snowball'] as const).map((strategy) => {
      const { strategy: _ignored, ...rest } = planRepayment(one, 525_000, { ...options, strategy });
      return rest;
    });
    expect(avalanche).toEqual(recovery);
    expect(snowball).toEqual(recovery);
  });
});

describe('compareStrategies reuses a plan it is given', () => {
  it('returns the known plan’s figures for its strategy and the same figures as fresh simulations', async () => {
    const { compareStrategies, planRepayment } = await import('../../src/plan');
    const debts = [
      { name: 'a', kind: 'online_loan' as const, lender: 'a', balanceFen: 500_000, apr: 0.18, repayment: 'equal_installment' as const, monthsLeft: 12, overdue: false },
      { name: 'b', kind: 'credit_card' as const, lender: 'b', balanceFen: 300_000, apr: 0.1825, repayment: 'revolving' as const, overdue: false },
    ];
    const options = { share: 0.3, startMonth: '2026-12' };
    const known = planRepayment(debts, 1_000_000, { ...options, strategy: 'avalanche' });
    expect(compareStrategies(debts, 1_000_000, options, known)).toEqual(compareStrategies(debts, 1_000_000, options));
    const single = [debts[0]!];
    const one = compareStrategies(single, 1_000_000, options);
    expect(new Set(one.map((c) => JSON.stringify({ ...c, strategy: '' })))).toHaveProperty('size', 1);
  });
});
