/** Where the extra money goes (product.md step 5): orders, tie-breaks, recovery's online-lender logic. */
import { describe, expect, it } from 'vitest';
import { clearedByRequiredOrder, compareStrategies, planRepayment, priorityOrder, type PlanDebt, type Strategy } from '../../src/plan';

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
    // X: revolving 1,000 yuan at 0 % (required 10 % = 10,000); Y: interest-free 850 yuan, principal at the end
    // (required 0). Income 550 yuan → B = 11,000. Balances are ranked after the month's required payments.
    const crossing = [
      debt({ name: 'X', kind: 'credit_card', balanceFen: 100_000 }),
      debt({ name: 'Y', balanceFen: 85_000, repayment: 'interest_first', monthsLeft: 24 }),
    ];
    const result = planRepayment(crossing, 55_000, { ...options, strategy: 'snowball' });
    // month 1: after the required payments X 90,000, Y 85,000: Y is smaller and takes the 1,000 extra → Y 84,000
    expect(result.schedule[0]?.paymentsFen).toEqual({ X: 10_000, Y: 1_000 });
    // month 2: X 90,000 − its 9,000 required = 81,000 is now smaller than Y's 84,000: it takes the 2,000 extra
    // (on the opening balances, 90,000 against 84,000, Y would still have been the target)
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

describe('the order is decided on the balances left after the month’s required payments (product.md step 5)', () => {
  it('snowball: a debt whose instalments shrink it fast becomes the target before a larger-looking card', () => {
    // P: a 2-month interest-free instalment loan of 2,000 yuan (level payment 100,000); Q: a card of 1,500 yuan
    // at 12 % (1 % a month). Income 7,500 yuan → B = 150,000.
    const debts = [
      debt({ name: 'P', balanceFen: 200_000, repayment: 'equal_installment', monthsLeft: 2 }),
      debt({ name: 'Q', kind: 'credit_card', balanceFen: 150_000, apr: 0.12 }),
    ];
    const result = planRepayment(debts, 750_000, { share: 0.2, strategy: 'snowball', startMonth: '2026-12' });
    // Month 1: P required 100,000 → 100,000 left; Q interest 1,500, required 15,000 → 136,500 left.
    //   Required 115,000, extra 35,000 → P (100,000 < 136,500; on the opening balances Q's 150,000 < 200,000
    //   would have won): P pays 135,000 → 65,000; Q pays 15,000 → 136,500.
    // Month 2: P's last month: the remaining 65,000 is due and clears it (no longer a target).
    //   Q interest 1,365, required 13,650 → 124,215 left. Extra 150,000 − 78,650 = 71,350 → Q: 52,865 left.
    // Month 3: Q interest 528.65 → 529; 53,394 owed, within the budget: paid off.
    // Interest 1,500 + 1,365 + 529 = 3,394. (Ranked on opening balances: Q first in month 1, interest
    // 1,500 + 1,015 + 525 = 3,040.)
    expect(result.schedule.map((m) => m.paymentsFen)).toEqual([
      { P: 135_000, Q: 15_000 },
      { P: 65_000, Q: 85_000 },
      { Q: 53_394 },
    ]);
    expect(result.totalInterestFen).toBe(3_394);
    expect(result.order).toEqual([
      { debt: 'P', paidOffMonth: '2027-01' },
      { debt: 'Q', paidOffMonth: '2027-02' },
    ]);
  });

  it('recovery: an online lender whose last instalment falls due this month no longer counts as one of 3', () => {
    // L1 (lender A): last instalment of 800 yuan, interest-free; L2 (B) 600 yuan and L3 (C) 2,000 yuan online
    // loans, revolving at 12 %; K: a card of 1,000 yuan at 24 %. Income 10,000 yuan → B = 200,000.
    const debts = [
      debt({ name: 'L1', lender: 'A', balanceFen: 80_000, repayment: 'equal_installment', monthsLeft: 1 }),
      debt({ name: 'L2', lender: 'B', balanceFen: 60_000, apr: 0.12 }),
      debt({ name: 'L3', lender: 'C', balanceFen: 200_000, apr: 0.12 }),
      debt({ name: 'K', kind: 'credit_card', lender: 'bank', balanceFen: 100_000, apr: 0.24 }),
    ];
    const result = planRepayment(debts, 1_000_000, { share: 0.2, strategy: 'recovery', startMonth: '2026-12' });
    // Month 1: required L1 80,000 (clears it), L2 6,000 (interest 600), L3 20,000 (interest 2,000),
    //   K 10,000 (interest 2,000): 116,000; extra 84,000. Left after them: L1 0, L2 54,600, L3 182,000,
    //   K 92,000 — 2 online lenders (B, C), not more than 2: avalanche, K (24 %) takes all 84,000 → 8,000.
    //   (Counting L1's lender A, 3 lenders: L2 would take 54,600 and K only 29,400.)
    // Month 2: interest L2 546, L3 1,820, K 160 (2,526); required 5,460 + 18,200 + 800 = 24,460; extra 175,540.
    //   Left: K 7,360, L2 49,686, L3 165,620 → K cleared (7,360), L2 cleared (49,686; 12 %, the smaller of the
    //   tie), L3 takes the remaining 118,494 → 47,126.
    // Month 3: L3 interest 471.26 → 471; 47,597 owed: paid off.
    // Interest 4,600 + 2,526 + 471 = 7,597 (with L1 counted: 4,600 + 3,072 + 477 = 8,149).
    expect(result.schedule[0]?.paymentsFen).toEqual({ L1: 80_000, L2: 6_000, L3: 20_000, K: 94_000 });
    expect(result.schedule[1]?.paymentsFen).toEqual({ L2: 55_146, L3: 136_694, K: 8_160 });
    expect(result.totalInterestFen).toBe(7_597);
    expect(result.months).toBe(3);
    expect(result.order.map((o) => `${o.debt} ${o.paidOffMonth}`)).toEqual(['L1 2026-12', 'K 2027-01', 'L2 2027-01', 'L3 2027-02']);
  });

  it('lists a month’s payoffs as the money cleared them: own required payments first, then the extra’s targets', () => {
    // Avalanche, B = 100,000. Big (30 %, 500 yuan) is cleared by the extra; Last (0 %, a last instalment of
    // 200 yuan) by its own payment. On the opening balances Big ranked first; Last was paid off first.
    const debts = [
      debt({ name: 'Big', kind: 'credit_card', balanceFen: 50_000, apr: 0.3 }),
      debt({ name: 'Last', balanceFen: 20_000, repayment: 'equal_installment', monthsLeft: 1 }),
    ];
    const result = planRepayment(debts, 500_000, { share: 0.2, strategy: 'avalanche', startMonth: '2026-12' });
    // Big: interest 1,250, required 10 % = 5,000 → 46,250 left; Last 20,000 → 0; extra 100,000 − 25,000 = 75,000
    // clears Big too.
    expect(result.order).toEqual([
      { debt: 'Last', paidOffMonth: '2026-12' },
      { debt: 'Big', paidOffMonth: '2026-12' },
    ]);
  });
});

describe('clearedByRequiredOrder', () => {
  it('puts overdue debts first under recovery only, then the higher apr, then the name', () => {
    const cleared = [
      debt({ name: 'b', apr: 0.1 }),
      debt({ name: 'late', apr: 0.05, overdue: true }),
      debt({ name: 'a', apr: 0.1 }),
      debt({ name: 'top', apr: 0.2 }),
    ];
    expect(clearedByRequiredOrder('recovery', cleared).map((d) => d.name)).toEqual(['late', 'top', 'a', 'b']);
    expect(clearedByRequiredOrder('avalanche', cleared).map((d) => d.name)).toEqual(['top', 'a', 'b', 'late']);
    expect(clearedByRequiredOrder('snowball', cleared).map((d) => d.name)).toEqual(['top', 'a', 'b', 'late']);
  });
});
