/**
 * The questionnaire's second pass (issue 22): products people know, the way back, honest defaults,
 * "not sure" rates as estimates, and "did you mean …?" for implausible amounts.
 */
import { describe, expect, it } from 'vitest';
import { runInterview } from '../../src/interview/flow';
import { PROMPTERS } from './inquirer-driven';
import { BACK, memoryFiles, type Step } from './scripted';
import { AS_OF, GO_ON, INCOME, LAST_DEBT_THEN_SKIP, NO_DEBTS, SKIP_REST, TWO_DEBTS } from './steps';

/** 花呗 picked from the list, everything else accepted with Enter where a default is offered. */
const HUABEI: Step[] = [
  ['debts.more', true],
  ['debts.product', 'huabei'],
  ['debts.name', ''],
  ['debts.lender', ''],
  ['debts.rate_kind', ''],
  ['debts.balance', '4200'],
  ['debts.daily_rate', '0.05%'],
  ['debts.repayment', ''],
  ['debts.min_payment', ''],
  ['debts.purpose', ''],
  ['debts.overdue', ''],
];

describe.each(PROMPTERS)('through the %s prompter', (_, prompter) => {
  async function interview(steps: Step[], lang: 'en' | 'zh' = 'en') {
    const script = prompter(steps, lang);
    const result = await runInterview(script.io, { asOf: AS_OF, files: memoryFiles() });
    expect(script.remaining()).toEqual([]);
    return { ...result, script };
  }

  describe('debts picked by the product people know', () => {
    it('花呗 is revolving online credit from 重庆蚂蚁消费金融, quoted by the day', async () => {
      const { profile, script } = await interview([...INCOME, ...HUABEI, ['debts.more', false], ...SKIP_REST, ...GO_ON]);
      expect(profile.debts).toStrictEqual([
        { name: '花呗', kind: 'online_loan', lender: '重庆蚂蚁消费金融', balance: 4200, daily_rate: 0.0005, repayment: 'revolving', purpose: 'consumption', overdue: false },
      ]);
      // The product fills the kind: it is not asked.
      expect(script.asked.some((q) => q.id === 'debts.kind')).toBe(false);
      expect(script.asked.find((q) => q.id === 'debts.product')?.choices).toEqual([
        'jiebei', 'huabei', 'huabei_installment', 'weilidai', 'jd_jintiao', 'jd_baitiao', 'meituan',
        'bank_card', 'card_installment', 'bank_loan', 'mortgage', 'auto', 'family', 'other',
      ]);
    });

    it('借呗 and 花呗 together get one lender, so they are one institution for debt/multi-lender', async () => {
      const { profile } = await interview([...INCOME, ...TWO_DEBTS.slice(0, 12), ...HUABEI, ['debts.more', false], ...SKIP_REST, ...GO_ON]);
      expect(new Set(profile.debts.map((debt) => debt.lender))).toEqual(new Set(['重庆蚂蚁消费金融']));
    });

    it('"something else" asks the kind, and names the product list in Chinese for a Chinese user', async () => {
      const { profile, script } = await interview(
        [
          ...INCOME,
          ['debts.more', true],
          ['debts.product', 'other'],
          ['debts.name', '某网贷'],
          ['debts.kind', 'online_loan'],
          ['debts.lender', ''],
          ['debts.rate_kind', 'apr'],
          ['debts.balance', '3000'],
          ['debts.apr', '24%'],
          ['debts.repayment', ''],
          ['debts.months_left', '6'],
          ['debts.upfront_fee', ''],
          ...LAST_DEBT_THEN_SKIP,
        ],
        'zh',
      );
      expect(profile.debts[0]).toMatchObject({ name: '某网贷', kind: 'online_loan', apr: 0.24, repayment: 'equal_installment' });
      expect(script.asked.find((q) => q.id === 'debts.product')?.message).toBe('是哪一种？');
    });
    it('"something else" suggests the repayment of the kind chosen (a business loan: interest first)', async () => {
      const { script } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'other'],
        ['debts.name', '经营贷'],
        ['debts.kind', 'business'],
        ['debts.lender', ''],
        ['debts.rate_kind', ''],
        ['debts.balance', '5万'],
        ['debts.apr', '6%'],
        ['debts.repayment', ''],
        ['debts.months_left', '12'],
        ['debts.upfront_fee', ''],
        ...LAST_DEBT_THEN_SKIP,
      ]);
      expect(script.asked.find((q) => q.id === 'debts.repayment')?.default).toBe('interest_first');
      expect(script.asked.find((q) => q.id === 'debts.purpose')?.default).toBe('business');
    });
  });

  describe('"not sure" of a rate: the product\'s typical rate, marked as an estimate', () => {
    it('借呗 takes 0.04 % a day, written with rate_estimated and a comment saying so', async () => {
      const { profile, yaml } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'jiebei'],
        ['debts.name', ''],
        ['debts.lender', ''],
        ['debts.rate_kind', 'unknown'],
        ['debts.balance', '1万'],
        ['debts.repayment', ''],
        ['debts.months_left', '12'],
        ['debts.upfront_fee', ''],
        ...LAST_DEBT_THEN_SKIP,
      ]);
      expect(profile.debts[0]).toMatchObject({ daily_rate: 0.0004, rate_estimated: true });
      expect(yaml).toContain("# The rate of 借呗 is an estimate (the product's typical rate, 0.04% a day), not yours:");
      expect(yaml).toContain('rate_estimated: true');
    });

    it('is not offered where no typical rate is known (a car loan), and never by Enter', async () => {
      const { script } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'auto'],
        ['debts.name', ''],
        ['debts.lender', ''],
        ['debts.rate_kind', ''],
        ['debts.balance', '5万'],
        ['debts.apr', '5%'],
        ['debts.repayment', ''],
        ['debts.months_left', '24'],
        ['debts.upfront_fee', ''],
        ['debts.purpose', ''],
        ['debts.overdue', ''],
        ['debts.more', true],
        ['debts.product', 'jiebei'],
        ['debts.name', ''],
        ['debts.lender', ''],
        ['debts.rate_kind', ''], // Enter: the daily rate is asked, not the estimate taken
        ['debts.balance', '1万'],
        ['debts.daily_rate', '0.03%'],
        ['debts.repayment', ''],
        ['debts.months_left', '12'],
        ['debts.upfront_fee', ''],
        ...LAST_DEBT_THEN_SKIP,
      ]);
      const rateKinds = script.asked.filter((q) => q.id === 'debts.rate_kind');
      expect(rateKinds[0]?.choices).toEqual(['apr', 'daily_rate', 'fee_rate']);
      expect(rateKinds[1]?.choices).toContain('unknown');
      expect(rateKinds.map((q) => q.default)).toEqual(['apr', 'daily_rate']);
    });
  });

  describe('honest defaults: Enter never adds a finding', () => {
    it('Enter at "has the platform cut limits for many users?" is "not sure", and so are the yes/no/not-sure questions', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ...NO_DEBTS,
        ...SKIP_REST.slice(0, 5),
        ['macro.platform_contraction', ''],
        ...GO_ON,
      ]);
      expect(script.asked.find((q) => q.id === 'macro.platform_contraction')?.default).toBe('unknown');
      expect(profile.macro).toBeUndefined();
    });
  });

  describe('did you mean …? for an amount far from the other answers', () => {
    const spending = (steps: Step[]): Step[] => [
      ...INCOME,
      ...NO_DEBTS,
      ['credit.answer', false],
      ['credit_lines.answer', false],
      ['spending.answer', true],
      ['spending.history.months', '1'],
      ...steps,
      ['spending.large.mode', 'none'],
      ['spending.lender_transfers', ''],
      ['assets.answer', false],
      ['employment.answer', false],
      ['macro.platform_contraction', 'unknown'],
      ...GO_ON,
    ];

    it('spending of ¥90,009,000 a month on ¥12,000 asks first, offering the same digits at the income\'s scale', async () => {
      const { profile, script } = await interview(spending([
        ['spending.history.amount', '90009000'],
        ['spending.history.amount.plausible', 'suggestion'],
      ]));
      const doubt = script.asked.find((q) => q.id === 'spending.history.amount.plausible');
      expect(doubt?.message).toBe('¥90,009,000.00 is 7,501 × your monthly income (¥12,000.00). Is that right?');
      // Enter types it again: keeping such a value takes a choice.
      expect(doubt?.default).toBe('retype');
      expect(profile.spending?.history).toEqual([{ month: '2026-10', amount: 9000.9 }]);
    });

    it('"type it again" asks again; "yes, it is right" keeps it; a plausible amount is not doubted', async () => {
      const { profile, script } = await interview(spending([
        ['spending.history.amount', '200000'],
        ['spending.history.amount.plausible', ''],
        ['spending.history.amount', '200000'],
        ['spending.history.amount.plausible', 'keep'],
      ]));
      expect(profile.spending?.history).toEqual([{ month: '2026-10', amount: 200000 }]);
      const plain = await interview(spending([['spending.history.amount', '11000']]));
      expect(plain.script.asked.some((q) => q.id.endsWith('.plausible'))).toBe(false);
      expect(script.asked.filter((q) => q.id === 'spending.history.amount')).toHaveLength(2);
    });

    it('in Chinese', async () => {
      const { script } = await interview(
        spending([
          ['spending.history.amount', '90009000'],
          ['spending.history.amount.plausible', 'keep'],
        ]),
        'zh',
      );
      expect(script.asked.find((q) => q.id === 'spending.history.amount.plausible')?.message).toBe(
        '90,009,000.00元 是您月收入（12,000.00元）的 7,501 倍。确定吗？',
      );
    });
  });

  describe('did you mean …? for stocks: savings, limits, amounts borrowed or overdue', () => {
    const assets = (steps: Step[]): Step[] => [
      ...INCOME,
      ...NO_DEBTS,
      ['credit.answer', false],
      ['credit_lines.answer', false],
      ['spending.answer', false],
      ['assets.answer', true],
      ...steps,
      ['assets.investments', ''],
      ['assets.property', 'no'],
      ['assets.vehicle', 'unknown'],
      ['employment.answer', false],
      ['macro.platform_contraction', 'unknown'],
      ...GO_ON,
    ];

    it('savings of ¥900,000,000 on ¥12,000 a month (75,000 ×) ask first; ¥1,000,000 (83 ×) does not', async () => {
      const { profile, script } = await interview(assets([
        ['assets.liquid', '900000000'],
        ['assets.liquid.plausible', 'suggestion'],
      ]));
      expect(script.asked.find((q) => q.id === 'assets.liquid.plausible')?.message).toBe('¥900,000,000.00 is 75,000 × your monthly income (¥12,000.00). Is that right?');
      // The suggestion: the same digits at the power of ten nearest the income.
      expect(profile.assets?.liquid).toBe(9000);
      const plain = await interview(assets([['assets.liquid', '1000000']]));
      expect(plain.script.asked.some((q) => q.id.endsWith('.plausible'))).toBe(false);
      expect(plain.profile.assets?.liquid).toBe(1000000);
    });
  });

  describe('the way back (Esc)', () => {
    it('returns to the previous question of the section, offering the answer given before', async () => {
      const { profile, script } = await interview([
        ['income.monthly', '1.2万'],
        ['income.source', BACK],
        ['income.monthly', '1.5万'],
        ...INCOME.slice(1, 3),
        ['income.history.amount', ''],
        ['income.history.amount', ''],
        ['income.history.amount', ''],
        ...NO_DEBTS,
        ...SKIP_REST,
        ...GO_ON,
      ]);
      const monthly = script.asked.filter((q) => q.id === 'income.monthly');
      expect(monthly.map((q) => q.default)).toEqual([undefined, '1.2万']);
      expect(profile.income.monthly).toBe(15000);
      expect(script.printed).toContain('Back to the previous question; Enter keeps the answer you gave.');
    });

    it('from the first question of a section, returns to the last of the one before, and shows where the person is', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ['debts.more', BACK],
        ['income.history.amount', '12500'], // October again
        ['debts.more', false],
        ...SKIP_REST,
        ...GO_ON,
      ]);
      expect(profile.income.history?.at(-1)).toEqual({ month: '2026-10', amount: 12500 });
      // The earlier questions were answered from the record, not asked again.
      expect(script.asked.filter((q) => q.id === 'income.monthly')).toHaveLength(1);
      const returned = script.printed.indexOf('Back to the previous question; Enter keeps the answer you gave.');
      expect(script.printed[returned - 1]).toMatch(/── Income \(1\/8\) ──/);
      // Nothing else printed twice: the intro is shown once.
      expect(script.printed.filter((text) => text.startsWith('limit-audit questionnaire'))).toHaveLength(1);
    });

    it('goes back several steps, one per Esc, through a debt', async () => {
      const { profile } = await interview([
        ...INCOME,
        ...TWO_DEBTS.slice(0, 6), // 借呗 … its balance
        ['debts.daily_rate', BACK],
        ['debts.balance', BACK],
        ['debts.rate_kind', 'apr'],
        ['debts.balance', ''], // the ¥18,000 given before, offered again
        ['debts.apr', '18.25%'],
        ...TWO_DEBTS.slice(7, 12),
        ['debts.more', false],
        ...SKIP_REST,
        ...GO_ON,
      ]);
      expect(profile.debts[0]).toMatchObject({ name: '借呗', balance: 18000, apr: 0.1825 });
      expect(profile.debts[0]).not.toHaveProperty('daily_rate');
    });

    it('at the very first question, says there is nothing before it and asks again', async () => {
      const { script } = await interview([['income.monthly', BACK], ...INCOME, ...NO_DEBTS, ...SKIP_REST, ...GO_ON], 'zh');
      expect(script.printed).toContain('这是第一题，前面没有问题了。');
    });

    it('at the review, points to "change a section"; inside a section changed from the review, works within it', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ...NO_DEBTS,
        ...SKIP_REST,
        ['review', BACK],
        ['review', 'edit'],
        ['review.section', 'income'],
        ['income.monthly', '13000'],
        ['income.source', BACK],
        ['income.monthly', ''], // 13000, as just given
        ['income.source', ''],
        ['income.history.months', '0'],
        ...GO_ON,
      ]);
      expect(script.printed).toContain('Going back is not possible here: choose "Change a section" to revisit an answer.');
      expect(profile.income).toStrictEqual({ monthly: 13000, source: 'salary' });
      expect(script.asked.find((q) => q.id === 'review.section')?.message).toBe('Which section?');
    });
  });
});
