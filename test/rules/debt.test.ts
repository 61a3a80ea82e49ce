import { describe, expect, it } from 'vitest';
import businessMixing from '../../src/rules/debt/business-mixing';
import concentration from '../../src/rules/debt/concentration';
import dtiHigh from '../../src/rules/debt/dti-high';
import hiddenCost from '../../src/rules/debt/hidden-cost';
import highInterest from '../../src/rules/debt/high-interest';
import installmentBurden from '../../src/rules/debt/installment-burden';
import leverageHigh from '../../src/rules/debt/leverage-high';
import multiLender from '../../src/rules/debt/multi-lender';
import regulatoryCap from '../../src/rules/debt/regulatory-cap';
import riskyPurpose from '../../src/rules/debt/risky-purpose';
import type { Debt } from '../../src/profile/schema';
import { audit, debt, plan, profile, severityOf } from './helpers';

const debts = (list: Debt[], monthly = 10_000) => profile({ income: { monthly }, debts: list });

describe('debt/dti-high', () => {
  // Income ¥10,000 = 1,000,000 fen; the plan's first month carries the DTI payments.
  const dti = (dtiPaymentsFen: number, extra: Parameters<typeof plan>[0] = {}) => ({
    profile: debts([debt('借呗')]),
    plan: plan({ schedule: [{ dtiPaymentsFen }], ...extra }),
  });

  it.each([
    [200_000, 'none'],
    [200_001, 'low'],
    [359_999, 'low'],
    [360_000, 'medium'],
    [499_999, 'medium'],
    [500_000, 'high'],
    [699_999, 'high'],
    [700_000, 'critical'],
  ])('rates DTI payments of %i fen on ¥10,000 income as %s', (fen, expected) => {
    expect(severityOf(dtiHigh, dti(fen))).toBe(expected);
  });

  it('reads the DTI payments (cards at 10 %) rather than the required payments', () => {
    // A card whose required minimum is small but which lenders count at 10 % of its balance.
    const result = audit(dtiHigh, {
      profile: debts([debt('信用卡', { kind: 'credit_card', repayment: 'revolving', balance: 60_000 })]),
      plan: plan({ schedule: [{ requiredFen: { 信用卡: 100_000 }, dtiPaymentsFen: 600_000 }] }),
    });
    expect(result.only().severity).toBe('high');
    expect(result.only().message).toBe(
      'Debt payments of ¥6,000.00 a month, as lenders count them (credit cards at 10 % of their balance), are 60% of your income of ¥10,000.00; the line is 50%.',
    );
    expect(result.only().evidence).toMatchObject({ dti: 0.6, threshold: 0.5, monthlyPayments: 6000, income: 10000 });
  });

  it('raises nothing with no debt at all', () => {
    expect(severityOf(dtiHigh, { profile: debts([]), plan: plan() })).toBe('none');
  });

  it('raises critical for payments on no income, and nothing with neither', () => {
    const finding = audit(dtiHigh, { profile: debts([debt('借呗')], 0), plan: plan({ schedule: [{ dtiPaymentsFen: 50_000 }] }) }).only();
    expect(finding.severity).toBe('critical');
    expect(finding.message).toBe('Debt payments of ¥500.00 a month, as lenders count them, with no income recorded.');
    expect(finding.evidence.dti).toBeNull();
    expect(severityOf(dtiHigh, { profile: debts([], 0), plan: plan() })).toBe('none');
  });

  it('clears in the first plan month the ratio is back at or under 20 % (the dtiBelow20 milestone)', () => {
    const months = [{ dtiPaymentsFen: 400_000 }, { dtiPaymentsFen: 300_000 }, { dtiPaymentsFen: 150_000 }, { dtiPaymentsFen: 100_000 }];
    expect(audit(dtiHigh, { profile: debts([debt('借呗')]), plan: plan({ schedule: months }) }).only().clearsBy).toBe('2027-02');
  });

  it('clears against an overridden lowest line', () => {
    const months = [{ dtiPaymentsFen: 400_000 }, { dtiPaymentsFen: 300_000 }, { dtiPaymentsFen: 150_000 }];
    expect(audit(dtiHigh, { profile: debts([debt('借呗')]), plan: plan({ schedule: months }), thresholds: { low: 0.3 } }).only().clearsBy).toBe('2027-01');
  });

  it('takes the plan\'s dtiBelow20 milestone when the plan was built without its schedule', () => {
    const scheduleless = plan({ firstMonthDtiPaymentsFen: 400_000, milestones: { dtiBelow50: null, dtiBelow36: '2027-02', dtiBelow20: '2027-05' } });
    expect(audit(dtiHigh, { profile: debts([debt('借呗')]), plan: scheduleless }).only()).toMatchObject({ severity: 'medium', clearsBy: '2027-05' });
  });

  it('clears the month after the last payment when every planned month is over the line', () => {
    const months = [{ dtiPaymentsFen: 400_000 }, { dtiPaymentsFen: 300_000 }];
    expect(audit(dtiHigh, { profile: debts([debt('借呗')]), plan: plan({ schedule: months }) }).only().clearsBy).toBe('2027-02');
    const unpayable = plan({ schedule: months, payable: false });
    expect(audit(dtiHigh, { profile: debts([debt('借呗')]), plan: unpayable }).only().clearsBy).toBeUndefined();
  });
});

describe('debt/leverage-high', () => {
  // Annual income ¥120,000.
  it.each([
    [59_999.99, 'none'],
    [60_000, 'medium'],
    [119_999.99, 'medium'],
    [120_000, 'high'],
    [239_999.99, 'high'],
    [240_000, 'critical'],
  ])('rates ¥%s of unsecured debt on ¥120,000 a year as %s', (balance, expected) => {
    expect(severityOf(leverageHigh, { profile: debts([debt('借呗', { balance })]) })).toBe(expected);
  });

  it('leaves mortgages and car loans out', () => {
    const secured = [debt('房贷', { kind: 'mortgage', balance: 1_000_000 }), debt('车贷', { kind: 'auto', balance: 100_000 })];
    expect(severityOf(leverageHigh, { profile: debts(secured) })).toBe('none');
    expect(severityOf(leverageHigh, { profile: debts([...secured, debt('借呗', { balance: 60_000 })]) })).toBe('medium');
  });

  it('states the figures and the target', () => {
    const finding = audit(leverageHigh, { profile: debts([debt('借呗', { balance: 150_000 })]) }).only();
    expect(finding.message).toBe('Unsecured debt of ¥150,000.00 is 125% of your annual income of ¥120,000.00; the line is 100%.');
    expect(finding.recommendation).toContain('under ¥60,000.00 (50% of a year\'s income)');
  });

  it('raises critical for unsecured debt on no income', () => {
    expect(audit(leverageHigh, { profile: debts([debt('借呗')], 0) }).only().message).toBe('Unsecured debt of ¥10,000.00 with no income recorded.');
  });
});

describe('debt/multi-lender', () => {
  const lenders = (count: number) => Array.from({ length: count }, (_, i) => debt(`网贷${i + 1}`));

  it.each([
    [2, 'none'],
    [3, 'medium'],
    [4, 'medium'],
    [5, 'high'],
    [8, 'high'],
    [9, 'critical'],
  ])('rates %i online lenders as %s', (count, expected) => {
    expect(severityOf(multiLender, { profile: debts(lenders(count)) })).toBe(expected);
  });

  it('counts lenders, not loans, and only online loans with a balance', () => {
    const list = [
      debt('借呗1', { lender: '蚂蚁' }),
      debt('借呗2', { lender: '蚂蚁' }),
      debt('微粒贷', { balance: 0 }),
      debt('信用卡', { kind: 'credit_card', repayment: 'revolving', months_left: undefined }),
      debt('京东金条'),
    ];
    expect(severityOf(multiLender, { profile: debts(list) })).toBe('none');
    expect(audit(multiLender, { profile: debts([...list, debt('度小满')]) }).only().message).toBe(
      '3 online lenders hold a balance: 蚂蚁, 京东金条, 度小满; the line is 3.',
    );
  });

  describe('借呗 and 花呗 are one lender, 重庆蚂蚁消费金融 (domain-facts B5)', () => {
    const huabei = debt('花呗', { repayment: 'revolving', months_left: undefined });
    const ant = [debt('借呗'), huabei];
    const others = (count: number) => Array.from({ length: count }, (_, i) => debt(`网贷${i + 1}`));

    it.each([
      [1, 'none'], // below the line: 借呗 + 花呗 + 1 = 2 institutions (it was 3, medium)
      [2, 'medium'], // at the line: 3 institutions
      [3, 'medium'],
      [4, 'high'], // above: 5 institutions
    ])('借呗 + 花呗 + %i other online lenders is %s', (count, expected) => {
      expect(severityOf(multiLender, { profile: debts([...ant, ...others(count)]) })).toBe(expected);
    });

    it('names the institution once, by every name the profile gives it, joined with /', () => {
      expect(audit(multiLender, { profile: debts([...ant, ...others(2)]) }).only().message).toBe('3 online lenders hold a balance: 借呗/花呗, 网贷1, 网贷2; the line is 3.');
      expect(audit(multiLender, { profile: debts([debt('借呗'), ...others(2)]) }).only().message).toBe('3 online lenders hold a balance: 借呗, 网贷1, 网贷2; the line is 3.');
      const list = [debt('借呗', { lender: '借呗' }), debt('花呗', { repayment: 'revolving', months_left: undefined, lender: '重庆蚂蚁消费金融' }), debt('蚂蚁花呗二', { lender: ' Huabei ' }), ...others(2)];
      expect(audit(multiLender, { profile: debts(list) }).only().message).toBe(
        '3 online lenders hold a balance: 借呗/重庆蚂蚁消费金融/Huabei, 网贷1, 网贷2; the line is 3.',
      );
    });
  });

  it('clears by the plan month at whose end at most 2 online lenders are left', () => {
    const months = [{ onlineLenders: 4 }, { onlineLenders: 3 }, { onlineLenders: 2 }, { onlineLenders: 1 }];
    const finding = audit(multiLender, { profile: debts(lenders(4)), plan: plan({ schedule: months, lendersAtMost2By: '2027-02' }) }).only();
    expect(finding.clearsBy).toBe('2027-02');
  });

  it('takes the plan\'s lendersAtMost2By when the plan was built without its schedule', () => {
    expect(audit(multiLender, { profile: debts(lenders(3)), plan: plan({ lendersAtMost2By: '2027-04' }) }).only().clearsBy).toBe('2027-04');
  });

  it('clears against an overridden line, and not at all when the plan never gets there', () => {
    const months = [{ onlineLenders: 4 }, { onlineLenders: 3 }, { onlineLenders: 3 }];
    expect(audit(multiLender, { profile: debts(lenders(4)), plan: plan({ schedule: months }), thresholds: { medium: 4 } }).only().clearsBy).toBe('2027-01');
    expect(audit(multiLender, { profile: debts(lenders(4)), plan: plan({ schedule: months }) }).only().clearsBy).toBeUndefined();
  });
});

describe('debt/high-interest', () => {
  it.each([
    [0.2399, 'none'],
    [0.24, 'high'],
    [0.3599, 'high'],
    [0.36, 'critical'],
  ])('rates a licensed lender at an APR of %s as %s', (apr, expected) => {
    expect(severityOf(highInterest, { profile: debts([debt('某消费金融', { apr })]) })).toBe(expected);
  });

  it('converts a daily rate: 0.1 % a day is 36.5 % a year', () => {
    expect(severityOf(highInterest, { profile: debts([debt('借呗', { apr: undefined, daily_rate: 0.001 })]) })).toBe('critical');
  });

  it('never calls a licensed lender illegal', () => {
    const result = audit(highInterest, { profile: debts([debt('某消费金融', { apr: 0.3 })]) });
    expect(result.only().message).toContain('某消费金融 30%');
    expect(result.only().message).toContain('does not make a licensed lender\'s loan illegal');
    expect(result.only().message).not.toMatch(/is illegal|are illegal/);
    expect(result.zh[0]!.message).toContain('并不意味着持牌机构的贷款违法');
  });

  it('holds a private loan to 4 × the 1-year LPR on the audit date (3.00 % → 12 %)', () => {
    expect(severityOf(highInterest, { profile: debts([debt('朋友', { kind: 'private', apr: 0.12 })]) })).toBe('none');
    const finding = audit(highInterest, { profile: debts([debt('朋友', { kind: 'private', apr: 0.15 })]) }).only();
    expect(finding.severity).toBe('high');
    expect(finding.message).toBe('Private loans above 12% a year (4 × the 1-year LPR of 3% on 2025-05-20): 朋友 15%. Courts protect interest on private loans only up to that cap.');
  });

  it('uses the LPR in force on the audit date (3.65 % in 2023-01 → 14.6 %)', () => {
    const private14 = { profile: debts([debt('朋友', { kind: 'private', apr: 0.14 })]), asOf: '2023-01-01' };
    expect(severityOf(highInterest, private14)).toBe('none');
    expect(severityOf(highInterest, { ...private14, profile: debts([debt('朋友', { kind: 'private', apr: 0.15 })]) })).toBe('high');
  });

  it('reports a private loan over 24 % once, against the 24 % line', () => {
    const result = audit(highInterest, { profile: debts([debt('朋友', { kind: 'private', apr: 0.3 })]) });
    expect(result.findings.map((f) => f.severity)).toEqual(['high']);
  });

  it('returns one finding per legal frame when both apply', () => {
    const result = audit(highInterest, {
      profile: debts([debt('信用卡分期', { apr: 0.3 }), debt('朋友', { kind: 'private', apr: 0.15 })]),
    });
    expect(result.findings).toHaveLength(2);
    expect(result.findings.map((f) => f.message.slice(0, 12))).toEqual(['APR at or ab', 'Private loan']);
  });

  it('ignores debts already paid off', () => {
    expect(severityOf(highInterest, { profile: debts([debt('某消费金融', { apr: 0.3, balance: 0 })]) })).toBe('none');
  });

  it('judges a fee instalment by its true APR: 1.5 % a period over 12 looks like 18 % but is 31.72 %', () => {
    const finding = audit(highInterest, { profile: debts([feeInstalment('信用卡分期', 0.015)]) }).only();
    expect(finding.severity).toBe('high');
    expect(finding.message).toContain('信用卡分期 31.72%');
    expect(finding.evidence.debts).toEqual([{ name: '信用卡分期', kind: 'installment', apr: expect.closeTo(0.3172, 4) }]);
    // 0.6 % a period is 13 % true: under the line.
    expect(severityOf(highInterest, { profile: debts([feeInstalment('花呗分期', 0.006)]) })).toBe('none');
  });

  it('counts an up-front fee: 20 % before a ¥400 fee on ¥10,000 over 12 months is above 24 %, with ¥1,000 above 36 %', () => {
    expect(severityOf(highInterest, { profile: debts([debt('某小贷', { apr: 0.2 })]) })).toBe('none');
    expect(severityOf(highInterest, { profile: debts([debt('某小贷', { apr: 0.2, upfront_fee: 400 })]) })).toBe('high');
    expect(severityOf(highInterest, { profile: debts([debt('某小贷', { apr: 0.2, upfront_fee: 1000 })]) })).toBe('critical');
  });

  it('holds a private loan\'s true APR, fee included, to the courts\' cap', () => {
    // 11 % stated, under the 12 % cap; with ¥200 taken at the start of ¥10,000 over 12 months, above it.
    expect(severityOf(highInterest, { profile: debts([debt('朋友', { kind: 'private', apr: 0.11 })]) })).toBe('none');
    expect(severityOf(highInterest, { profile: debts([debt('朋友', { kind: 'private', apr: 0.11, upfront_fee: 200 })]) })).toBe('high');
  });
});

/** A fee instalment of ¥12,000 in 12 periods at `fee` a period, 10 periods (¥10,000) left. */
function feeInstalment(name: string, fee: number, extra: Partial<Debt> = {}): Debt {
  return debt(name, {
    kind: 'installment',
    apr: undefined,
    repayment: 'fee_installment',
    original_principal: 12_000,
    periods: 12,
    fee_rate: fee,
    balance: 10_000,
    months_left: 10,
    ...extra,
  });
}

describe('debt/hidden-cost', () => {
  it('reports a fee instalment whose true APR is 1.81 × the 12 × fee it looks like, with both figures, as low', () => {
    const result = audit(hiddenCost, { profile: debts([feeInstalment('花呗分期', 0.006)]) });
    const finding = result.only();
    expect(finding.severity).toBe('low');
    expect(finding.message).toBe(
      'The way these are quoted hides what they cost. 花呗分期: 0.6% a period on the original amount looks like 7.2% a year, but its true APR is 13.03%. The true APR counts every fee and when each payment is made (the IRR of the payments, the annualised rate lenders must disclose); here it is at least 1.5 × the quoted rate.',
    );
    expect(result.zh[0]!.message).toContain('花呗分期：按原始本金每期0.6%，看起来是年化7.2%，真实年化却是13.03%');
    expect(finding.recommendation).toContain('limit-audit apr');
    expect(finding.evidence.debts).toEqual([
      { name: '花呗分期', quotedBasis: 'fee_rate', quotedRate: 0.006, quotedApr: 0.072, apr: 0.1303, ear: 0.1384, ratio: 1.8103 },
    ]);
  });

  it('at, below and above its line: 3 instalments (1.49 ×) are not reported, 6 (1.70 ×) are; the line decides', () => {
    const short = feeInstalment('3期', 0.0075, { original_principal: 3_000, periods: 3, balance: 3_000, months_left: 3 });
    const six = feeInstalment('6期', 0.0075, { original_principal: 6_000, periods: 6, balance: 6_000, months_left: 6 });
    expect(severityOf(hiddenCost, { profile: debts([short]) })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([six]) })).toBe('low');
    // The line at the 6-period ratio itself (1.6964…): at it, reported; just above it, not.
    expect(severityOf(hiddenCost, { profile: debts([six]), thresholds: { ratio: 1.69 } })).toBe('low');
    expect(severityOf(hiddenCost, { profile: debts([six]), thresholds: { ratio: 1.7 } })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([short]), thresholds: { ratio: 1.4 } })).toBe('low');
  });

  it('reports an up-front fee against the rate quoted before it, and a fee on a 0 % loan as all hidden', () => {
    const loan = debt('某小贷', { apr: 0.12, upfront_fee: 1000, original_principal: 10_000, periods: 12 });
    const finding = audit(hiddenCost, { profile: debts([loan]) }).only();
    expect(finding.message).toContain('某小贷: 12% a year before its up-front fee of ¥1,000.00, but its true APR is 32.5%.');
    const free = audit(hiddenCost, { profile: debts([debt('免息', { apr: 0, upfront_fee: 300 })]) }).only();
    expect(free.evidence.debts).toEqual([expect.objectContaining({ name: '免息', quotedApr: 0, ratio: null })]);
  });

  it('raises nothing without a fee, for a zero-cost loan, or for a debt paid off (no data to judge)', () => {
    expect(severityOf(hiddenCost, { profile: debts([]) })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([debt('借呗', { apr: undefined, daily_rate: 0.0005 })]) })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([debt('免息', { apr: 0 })]) })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([feeInstalment('免息分期', 0)]) })).toBe('none');
    expect(severityOf(hiddenCost, { profile: debts([feeInstalment('已还清', 0.006, { balance: 0, months_left: 1 })]) })).toBe('none');
  });

  it('clears the month the plan has paid off every debt it names (none: no clears-by)', () => {
    const profile = debts([feeInstalment('便宜', 0.006), feeInstalment('贵', 0.0125)]);
    const months = [{ balancesFen: { 便宜: 100, 贵: 100 } }, { balancesFen: { 便宜: 0, 贵: 100 } }, { balancesFen: { 便宜: 0, 贵: 0 } }];
    expect(audit(hiddenCost, { profile, plan: plan({ schedule: months }) }).only().clearsBy).toBe('2027-02');
    expect(audit(hiddenCost, { profile, plan: plan({ schedule: months.slice(0, 2) }) }).only().clearsBy).toBeUndefined();
  });

  it('lists the dearest first and recommends repaying it', () => {
    const finding = audit(hiddenCost, { profile: debts([feeInstalment('便宜', 0.006), feeInstalment('贵', 0.0125)]) }).only();
    expect(finding.message.indexOf('贵:')).toBeLessThan(finding.message.indexOf('便宜:'));
    expect(finding.recommendation).toContain('repaying 贵 early');
  });
});

describe('debt/regulatory-cap', () => {
  it('caps at a third of annual income (income × 4) when that is lower than ¥300,000', () => {
    // ¥10,000 a month → cap ¥40,000.
    expect(severityOf(regulatoryCap, { profile: debts([debt('借呗', { balance: 40_000 })]) })).toBe('none');
    const finding = audit(regulatoryCap, { profile: debts([debt('借呗', { balance: 30_000 }), debt('微粒贷', { balance: 10_000.01 })]) }).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toBe(
      'Online loans total ¥40,000.01, above the per-person cap of ¥40,000.00: the lower of ¥300,000.00 and a third of annual income (¥40,000.00, monthly income × 4).',
    );
  });

  it('caps at ¥300,000 for high incomes', () => {
    expect(severityOf(regulatoryCap, { profile: debts([debt('借呗', { balance: 300_000 })], 100_000) })).toBe('none');
    expect(severityOf(regulatoryCap, { profile: debts([debt('借呗', { balance: 300_000.01 })], 100_000) })).toBe('medium');
  });

  it('counts online loans only', () => {
    expect(severityOf(regulatoryCap, { profile: debts([debt('信用卡', { kind: 'credit_card', balance: 90_000 })]) })).toBe('none');
  });
});

describe('debt/concentration', () => {
  it('raises medium for one online loan above 6 × monthly income, not at it', () => {
    expect(severityOf(concentration, { profile: debts([debt('借呗', { balance: 60_000 })]) })).toBe('none');
    const finding = audit(concentration, { profile: debts([debt('借呗', { balance: 60_000.01 })]) }).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toBe('Online loans above 6 × monthly income (¥60,000.00): 借呗 ¥60,000.01.');
  });

  it('looks at online loans only', () => {
    expect(severityOf(concentration, { profile: debts([debt('房贷', { kind: 'mortgage', balance: 900_000 })]) })).toBe('none');
  });
});

describe('debt/installment-burden', () => {
  const installments = (requiredFen: number) => ({
    profile: debts([debt('手机分期', { kind: 'installment' }), debt('借呗')]),
    plan: plan({ schedule: [{ requiredFen: { 手机分期: requiredFen, 借呗: 500_000 } }] }),
  });

  it.each([
    [199_999, 'none'],
    [200_000, 'medium'],
    [299_999, 'medium'],
    [300_000, 'high'],
  ])('rates instalment payments of %i fen on ¥10,000 as %s (other debts not counted)', (fen, expected) => {
    expect(severityOf(installmentBurden, installments(fen))).toBe(expected);
  });

  it('names the instalments and their payments', () => {
    expect(audit(installmentBurden, installments(250_000)).only().message).toBe(
      'Instalment payments of ¥2,500.00 a month (手机分期 ¥2,500.00) are 25% of your income of ¥10,000.00; the line is 20%.',
    );
  });

  it('raises nothing without instalment debts, and high for instalments on no income', () => {
    expect(severityOf(installmentBurden, { profile: debts([debt('借呗')]), plan: plan({ schedule: [{ requiredFen: { 借呗: 900_000 } }] }) })).toBe('none');
    const noIncome = { ...installments(10_000), profile: debts([debt('手机分期', { kind: 'installment' })], 0) };
    expect(audit(installmentBurden, noIncome).only().severity).toBe('high');
  });
});

describe('debt/risky-purpose', () => {
  it('raises high for borrowing to invest or to repay other debt', () => {
    expect(severityOf(riskyPurpose, { profile: debts([debt('借呗', { purpose: 'investment' })]) })).toBe('high');
    const result = audit(riskyPurpose, { profile: debts([debt('网贷A', { purpose: 'refinance' }), debt('借呗')]) });
    expect(result.only().message).toBe('Borrowed to invest or to repay other debt (以贷养贷): 网贷A (repaying other debt).');
    expect(result.zh[0]!.message).toBe('用于投资或偿还其他债务（以贷养贷）的借款：网贷A（借新还旧）。');
  });

  it('raises nothing for consumption or business debts', () => {
    expect(severityOf(riskyPurpose, { profile: debts([debt('借呗'), debt('经营', { kind: 'business', purpose: 'business' })]) })).toBe('none');
  });

  it('names debts whose purpose is unknown instead of passing them; mortgages and car loans need none', () => {
    const result = audit(riskyPurpose, {
      profile: debts([debt('借呗'), debt('网贷', { purpose: undefined }), debt('房贷', { kind: 'mortgage', purpose: undefined })]),
    });
    expect(result.notEvaluated[0]?.missing).toEqual(['debts[1].purpose']);
  });
});

describe('debt/business-mixing', () => {
  it('raises medium for an online loan or a card used for business', () => {
    expect(severityOf(businessMixing, { profile: debts([debt('借呗', { purpose: 'business' })]) })).toBe('medium');
    const card = debt('信用卡', { kind: 'credit_card', repayment: 'revolving', months_left: undefined, purpose: 'business' });
    expect(audit(businessMixing, { profile: debts([card]) }).only().message).toBe('Consumer credit used for business: 信用卡.');
  });

  it('leaves business loans and instalments alone', () => {
    const list = [debt('经营贷', { kind: 'business', purpose: 'business' }), debt('分期', { kind: 'installment', purpose: 'business' })];
    expect(severityOf(businessMixing, { profile: debts(list) })).toBe('none');
  });

  it('names consumer debts whose purpose is unknown', () => {
    expect(audit(businessMixing, { profile: debts([debt('房贷', { kind: 'mortgage', purpose: undefined }), debt('借呗', { purpose: undefined })]) }).notEvaluated[0]?.missing).toEqual([
      'debts[1].purpose',
    ]);
  });
});
