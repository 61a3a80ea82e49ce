import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { runInterview } from '../../src/interview/flow';
import { profileSchema, type Profile } from '../../src/profile/schema';
import { PROMPTERS } from './inquirer-driven';
import { memoryFiles, type Step } from './scripted';
import { AS_OF, CREDIT_UNSURE_END, creditOnly, editSection, EVERYTHING, GO_ON, INCOME, LAST_DEBT_THEN_SKIP, NO_DEBTS, SKIP_REST, TWO_DEBTS } from './steps';

const JIEBEI = {
  name: '借呗',
  kind: 'online_loan',
  lender: '重庆蚂蚁消费金融',
  balance: 18000,
  daily_rate: 0.0005,
  repayment: 'equal_installment',
  months_left: 10,
  purpose: 'consumption',
  overdue: false,
} as const;

const CARD = {
  name: '招行信用卡',
  kind: 'credit_card',
  lender: '招商银行',
  balance: 6000,
  apr: 0.1825,
  repayment: 'revolving',
  purpose: 'consumption',
  overdue: false,
} as const;

const INCOME_ANSWER = {
  monthly: 12000,
  source: 'salary',
  history: [
    { month: '2026-08', amount: 11800 },
    { month: '2026-09', amount: 12000 },
    { month: '2026-10', amount: 12000 },
  ],
} as const;

describe.each(PROMPTERS)('through the %s prompter', (_, prompter) => {
  async function interview(steps: Step[], options: { lang?: 'en' | 'zh'; files?: ReturnType<typeof memoryFiles>; savePath?: string } = {}) {
    const script = prompter(steps, options.lang ?? 'en');
    const result = await runInterview(script.io, { asOf: AS_OF, files: options.files ?? memoryFiles(), savePath: options.savePath });
    // Every scripted answer was asked for: no question went missing.
    expect(script.remaining()).toEqual([]);
    return { ...result, script };
  }

  describe('the questionnaire, section by section', () => {
    it('turns a full conversation into the profile product.md describes', async () => {
      const { profile, yaml } = await interview([...EVERYTHING, ...GO_ON]);
      const expected: Profile = {
        version: 1,
        as_of: AS_OF,
        income: { ...INCOME_ANSWER, history: [...INCOME_ANSWER.history] },
        credit: {
          sesame_score: 655,
          // 6 months before 2026-11-01 is 2026-05
          sesame_history: [
            { month: '2026-05', score: 690 },
            { month: '2026-11', score: 655 },
          ],
          overdues: [{ date: '2026-08-15', days: 12, amount: 3200, lender: '借呗', settled: true }],
          // Counts 1 / 3 / 4 in the last 1 / 3 / 6 months, spread over each band's middle:
          // (10-01, 11-01], 31 days, 1 entry: +round(15.5) = 10-17
          // (08-01, 10-01], 61 days, 2 entries: +round(15.25) = 08-16, +round(45.75) = 09-16
          // (05-01, 08-01], 92 days, 1 entry: +46 = 06-16
          // Each marked as an estimate, so the findings built on them say their dates are approximate.
          inquiries: ['2026-06-16', '2026-08-16', '2026-09-16', '2026-10-17'].map((date) => ({ date, kind: 'loan' as const, estimated: true })),
          draws: [{ date: '2026-09-20' }, { date: '2026-10-05', amount: 5000, lender: '借呗' }],
          autopay: false,
          verified: { income_proof: false },
        },
        credit_lines: [{ name: '借呗', limit: 20000, previous_limit: 60000, used: 18000, status: 'reduced' }],
        debts: [{ ...JIEBEI }, { ...CARD }],
        spending: {
          history: [
            { month: '2026-09', amount: 7400 },
            { month: '2026-10', amount: 8100 },
          ],
          large_purchases: [{ date: '2026-09-20', amount: 9000, note: '手机' }],
          lender_transfers_per_month: 4,
        },
        assets: { liquid: 8000, property: false },
        employment: { sector: 'internet', months_in_job: 30 },
        macro: { platform_contraction: true },
      };
      expect(profile).toStrictEqual(expected);
      expect(z.safeParse(profileSchema, profile).success).toBe(true);
      // The estimates are said so where they stand.
      expect(yaml).toContain('# 4 entries made from your counts (4 in the last 6 months, 3 in the last 3 months, 1 in the last month)');
      expect(yaml).toContain('the middle of the month is used: 2026-08-15');
      expect(yaml).not.toContain('Not answered');
    });

    it('leaves skipped sections out of the profile, and says which in the review and the file', async () => {
      const { profile, yaml, script } = await interview([...INCOME, ...NO_DEBTS, ...SKIP_REST, ...GO_ON]);
      expect(profile).toStrictEqual({ version: 1, as_of: AS_OF, income: INCOME_ANSWER, debts: [] });
      expect(yaml).toContain('# Not answered (their checks are listed as not evaluated): Credit behaviour, Credit lines, Spending, Assets, Employment, The environment');
      expect(script.printed.join('\n')).toContain('Skipped (their checks will be listed as not evaluated): Credit behaviour, Credit lines');
    });

    it('treats a section answered with nothing but "not sure" as skipped', async () => {
      const { profile } = await interview(
        creditOnly([
          ['credit.overdues.mode', 'unknown'],
          ['credit.inquiries.mode', 'unknown'],
          ['credit.draws.mode', 'unknown'],
          ...CREDIT_UNSURE_END,
        ]),
      );
      expect(profile.credit).toBeUndefined();
    });

    it('records "none" as an empty list — a statement, unlike "not sure", which leaves the list out', async () => {
      const { profile } = await interview(
        creditOnly([
          ['credit.overdues.mode', 'none'],
          ['credit.inquiries.mode', 'counts'],
          ['credit.inquiries.last6', '0'],
          ['credit.inquiries.last3', ''],
          ['credit.inquiries.last1', ''],
          ['credit.draws.mode', 'unknown'],
          ['credit.sesame_score', ''],
          ['credit.autopay', 'yes'],
          ['credit.income_proof', 'unknown'],
          ['credit.assets_proof', 'unknown'],
        ]),
      );
      expect(profile.credit).toStrictEqual({ overdues: [], inquiries: [], autopay: true });
    });

    it('lists inquiries one by one, oldest first, and asks nothing more for "no debts"', async () => {
      const { profile } = await interview(
        creditOnly([
          ['credit.overdues.mode', 'none'],
          ['credit.inquiries.mode', 'list'],
          ['credit.inquiries.more', true],
          ['credit.inquiries.date', '2026-10-02'],
          ['credit.inquiries.kind', 'loan'],
          ['credit.inquiries.lender', '某银行'],
          ['credit.inquiries.more', true],
          ['credit.inquiries.date', '2026-09-01'],
          ['credit.inquiries.kind', 'card'],
          ['credit.inquiries.lender', ''],
          ['credit.inquiries.more', false],
          ['credit.draws.mode', 'none'],
          ['credit.sesame_score', '700'],
          ['credit.sesame_earlier', ''],
          ['credit.autopay', 'yes'],
          ['credit.income_proof', 'yes'],
          ['credit.assets_proof', 'yes'],
        ]),
      );
      expect(profile.credit).toStrictEqual({
        sesame_score: 700,
        inquiries: [
          { date: '2026-09-01', kind: 'card' },
          { date: '2026-10-02', lender: '某银行', kind: 'loan' },
        ],
        overdues: [],
        draws: [],
        autopay: true,
        verified: { income_proof: true, assets: true },
      });
    });

    it('asks each section in the user language', async () => {
      const { script, yaml } = await interview([...EVERYTHING, ...GO_ON], { lang: 'zh' });
      const cjk = /[\u4e00-\u9fff]/;
      // Every question and every printed text has Chinese in it (the debt names aside, they are the user's).
      expect(script.asked.filter((q) => !cjk.test(q.message)).map((q) => q.id)).toEqual([]);
      expect(script.printed.join('\n')).toContain('── 收入（1/8）──');
      expect(yaml).toContain('这 4 条记录由您填写的次数生成');
    });
  });

  describe('answers are validated as typed, by the profile schema, and re-asked with the reason', () => {
    it('re-asks a bad amount until it is a valid one, in English', async () => {
      const { profile, script } = await interview([
        ['income.monthly', 'abc'],
        ['income.monthly', '-500'],
        ['income.monthly', '12000.555'],
        ['income.monthly', '12,5'],
        ['income.monthly', ''],
        ['income.monthly', '12000'],
        ...INCOME.slice(1),
        ...NO_DEBTS,
        ...SKIP_REST,
        ...GO_ON,
      ]);
      expect(script.rejections.map((r) => r.reason)).toEqual([
        'Not an amount. Write it like 12000, 1.2万, 12,000 or ¥12,000.50.',
        'expected a value ≥ 0, found -500', // the schema's own message, as for a file
        'expected an amount in yuan with at most 2 decimals, found 12000.555',
        'Commas separate thousands (12,000); use a point for decimals (12000.50).',
        'An answer is needed here.',
      ]);
      expect(profile.income.monthly).toBe(12000);
    });

    it('gives the reasons in Chinese for a Chinese user', async () => {
      const { script } = await interview(
        [['income.monthly', '-500'], ['income.monthly', '1.2万'], ...INCOME.slice(1), ...NO_DEBTS, ...SKIP_REST, ...GO_ON],
        { lang: 'zh' },
      );
      expect(script.rejections.map((r) => r.reason)).toEqual(['应 ≥ 0，实际为 -500']);
    });

    it('checks rates, whole numbers, scores, dates and counts against their schema', async () => {
      const { script, profile } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'jiebei'],
        ['debts.name', ''],
        ['debts.lender', ''],
        ['debts.rate_kind', 'apr'],
        ['debts.balance', '18000'],
        ['debts.apr', '18.25'],
        ['debts.apr', '0.1825'],
        ['debts.repayment', 'equal_installment'],
        ['debts.months_left', '2.5'],
        ['debts.months_left', '0'],
        ['debts.months_left', '10'],
        ['debts.upfront_fee', ''],
        ['debts.purpose', ''],
        ['debts.overdue', false],
        ['debts.more', false],
        ['credit.answer', true],
        ['credit.overdues.mode', 'list'],
        ['credit.overdues.more', true],
        ['credit.overdues.date', '2026-02-30'],
        ['credit.overdues.date', 'last spring'],
        ['credit.overdues.date', '2026-02-28'],
        ['credit.overdues.days', '0'],
        ['credit.overdues.days', '5'],
        ['credit.overdues.amount', ''],
        ['credit.overdues.lender', ''],
        ['credit.overdues.settled', true],
        ['credit.overdues.more', false],
        ['credit.inquiries.mode', 'counts'],
        ['credit.inquiries.last6', '-1'],
        ['credit.inquiries.last6', '2'],
        ['credit.inquiries.last3', '3'],
        ['credit.inquiries.last3', '2'],
        ['credit.inquiries.last1', '2'],
        ['credit.inquiries.kind', 'card'],
        ['credit.draws.mode', 'unknown'],
        ['credit.sesame_score', '1000'],
        ['credit.sesame_score', '620'],
        ['credit.sesame_earlier', ''],
        ['credit.autopay', 'unknown'],
        ['credit.income_proof', 'unknown'],
        ['credit.assets_proof', 'unknown'],
        ...SKIP_REST.slice(1),
        ...GO_ON,
      ]);
      expect(script.rejections.map((r) => [r.id, r.reason])).toEqual([
        ['debts.apr', 'expected a rate between 0 and 1 (a decimal: 0.1825 = 18.25 %), found 18.25 (did you mean 0.1825?)'],
        ['debts.months_left', 'expected a whole number, found 2.5'],
        ['debts.months_left', 'expected a value ≥ 1, found 0'],
        ['credit.overdues.date', 'expected a real calendar date YYYY-MM-DD, found "2026-02-30"'],
        ['credit.overdues.date', 'Not a date. Write YYYY-MM-DD, e.g. 2026-08-15 (or 2026-08 for "some time that month").'],
        ['credit.overdues.days', 'expected a value ≥ 1, found 0'],
        ['credit.inquiries.last6', 'expected a value ≥ 0, found -1'],
        ['credit.inquiries.last3', 'These are among the 2 you counted in the last 6 months: expected at most 2.'],
        ['credit.sesame_score', 'expected a value ≤ 950, found 1000'],
      ]);
      expect(profile.debts[0]).toMatchObject({ apr: 0.1825, months_left: 10 });
      expect(profile.credit?.inquiries).toHaveLength(2);
    });

    it('asks the 6-month total first, then how many of those in the last 3 months and the last month; Enter answers 0', async () => {
      const { script, profile } = await interview(
        creditOnly([
          ['credit.overdues.mode', 'none'],
          ['credit.inquiries.mode', 'counts'],
          ['credit.inquiries.last6', '5'],
          ['credit.inquiries.last3', ''],
          ['credit.inquiries.last1', ''],
          ['credit.inquiries.kind', ''],
          ['credit.draws.mode', 'unknown'],
          ...CREDIT_UNSURE_END,
        ]),
      );
      const order = script.asked.filter((q) => q.id.startsWith('credit.inquiries.last')).map((q) => [q.id, q.message, q.default]);
      expect(order).toEqual([
        ['credit.inquiries.last6', 'How many applications in the last 6 months, in all?', '0'],
        ['credit.inquiries.last3', 'How many of them in the last 3 months?', '0'],
        ['credit.inquiries.last1', 'How many of them in the last month?', '0'],
      ]);
      // All five between 3 and 6 months ago: no inquiry in the last 3 months.
      expect(profile.credit?.inquiries?.every((inquiry) => inquiry.date <= '2026-08-01')).toBe(true);
      expect(profile.credit?.inquiries).toHaveLength(5);
    });

    it('refuses a second debt with the same name (a rule over the whole list) and asks the name again', async () => {
      const { script, profile } = await interview([
        ...INCOME,
        ...TWO_DEBTS.slice(0, 14),
        ['debts.name', '借呗'],
        ...TWO_DEBTS.slice(15, 23),
        ['debts.name', '借呗2'],
        ['debts.more', false],
        ...SKIP_REST,
        ...GO_ON,
      ]);
      expect(script.printed).toContain('  ✗ another debt is already named "借呗"; debt names must be unique — please answer again.');
      expect(profile.debts.map((debt) => debt.name)).toEqual(['借呗', '借呗2']);
    });
  });

  describe('fees: a 花呗 / card instalment and a loan with an up-front fee', () => {
    it('asks 花呗分期 for the amount put on instalments, the periods and the fee per period, not for a rate or a repayment', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'huabei_installment'],
        ['debts.name', ''], // 花呗分期
        ['debts.lender', ''], // 重庆蚂蚁消费金融
        ['debts.original_principal', '5040'],
        ['debts.periods', '6'],
        ['debts.fee_rate', '0.75'], // written as a percentage without its sign: refused, with the decimal suggested
        ['debts.fee_rate', '0.75%'],
        ['debts.months_left', '7'],
        ['debts.months_left', '5'],
        ['debts.balance', ''], // Enter: 5 of the 6 slices of 5040 are still owed, 4200
        ...LAST_DEBT_THEN_SKIP,
      ]);
      expect(script.rejections.map((r) => r.reason)).toEqual([
        'expected a fee per period between 0 and 0.1 of the original amount (a decimal: 0.006 = 0.6 % a period), found 0.75 (did you mean 0.0075?)',
        'months_left cannot be more than periods (the number of instalments in all)',
      ]);
      expect(script.asked.some((q) => q.id === 'debts.repayment' || q.id === 'debts.apr' || q.id === 'debts.rate_kind')).toBe(false);
      expect(script.asked.find((q) => q.id === 'debts.balance')?.default).toBe('4200');
      expect(profile.debts).toStrictEqual([
        {
          name: '花呗分期',
          kind: 'installment',
          lender: '重庆蚂蚁消费金融',
          balance: 4200,
          repayment: 'fee_installment',
          months_left: 5,
          original_principal: 5040,
          periods: 6,
          fee_rate: 0.0075,
          purpose: 'consumption',
          overdue: false,
        },
      ]);
    });

    it('takes a card instalment\'s fee per period as the amount the bill shows, and writes it as the rate on the amount put on instalments', async () => {
      const { profile } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'card_installment'],
        ['debts.name', '招行分期'],
        ['debts.lender', '招商银行'],
        ['debts.original_principal', '1.2万'],
        ['debts.periods', '12'],
        ['debts.fee_rate', '72'], // ¥72 a period on ¥12,000: 0.6 %
        ['debts.months_left', '10'],
        ['debts.balance', ''], // 10 of 12 slices: 10000
        ...LAST_DEBT_THEN_SKIP,
      ]);
      expect(profile.debts[0]).toStrictEqual({
        name: '招行分期',
        kind: 'installment',
        lender: '招商银行',
        balance: 10000,
        repayment: 'fee_installment',
        months_left: 10,
        original_principal: 12000,
        periods: 12,
        fee_rate: 0.006,
        purpose: 'consumption',
        overdue: false,
      });
    });

    it('asks a loan for a fee taken at the start, then for its amount and term from the start (the balance and months left by default)', async () => {
      const { profile } = await interview([
        ...INCOME,
        ['debts.more', true],
        ['debts.product', 'other'],
        ['debts.name', '某小贷'],
        ['debts.kind', 'online_loan'],
        ['debts.lender', ''],
        ['debts.rate_kind', 'apr'],
        ['debts.balance', '7500'],
        ['debts.apr', '12%'],
        ['debts.repayment', 'equal_installment'],
        ['debts.months_left', '9'],
        ['debts.upfront_fee', '500'],
        ['debts.original_principal', '10000'],
        ['debts.periods', ''], // Enter: the months left, 9
        ...LAST_DEBT_THEN_SKIP,
      ]);
      expect(profile.debts[0]).toStrictEqual({
        name: '某小贷',
        kind: 'online_loan',
        balance: 7500,
        apr: 0.12,
        repayment: 'equal_installment',
        months_left: 9,
        original_principal: 10000,
        periods: 9,
        upfront_fee: 500,
        purpose: 'consumption',
        overdue: false,
      });
    });
  });

  describe('the review', () => {
    it('shows the answers as YAML and lets the user change a section before going on', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ...TWO_DEBTS,
        ...SKIP_REST,
        ...editSection('debts'),
        ['debts.existing', 'keep'], // 借呗
        ['debts.existing', 'remove'], // the card
        ['debts.more', false],
        ...editSection('income'),
        ['income.monthly', ''], // Enter keeps 12000
        ['income.source', 'mixed'],
        ['income.history.months', '0'],
        ...editSection('assets'), // skipped before, answered now
        ['assets.answer', true],
        ['assets.liquid', '2万'],
        ['assets.investments', ''],
        ['assets.property', 'unknown'],
        ['assets.vehicle', 'yes'],
        ...GO_ON,
      ]);
      expect(profile.debts).toStrictEqual([JIEBEI]);
      expect(profile.income).toStrictEqual({ monthly: 12000, source: 'mixed' });
      expect(profile.assets).toStrictEqual({ liquid: 20000, vehicle: true });
      // The review was shown after each change; the last one reflects them all.
      const reviews = script.printed.filter((text) => text.includes('Your answers, as the profile file will hold them'));
      expect(reviews).toHaveLength(4);
      expect(reviews[3]).toContain('liquid: 20000');
      expect(reviews[3]).not.toContain('招行信用卡');
      expect(script.asked.find((q) => q.id === 'review.section')?.choices).toEqual([
        'income',
        'debts',
        'credit',
        'credit_lines',
        'spending',
        'assets',
        'employment',
        'macro',
      ]);
    });

    it('changes one debt, with its previous answers as the defaults', async () => {
      const { profile, script } = await interview([
        ...INCOME,
        ...TWO_DEBTS,
        ...SKIP_REST,
        ...editSection('debts'),
        ['debts.existing', 'edit'],
        ['debts.product', ''], // 借呗, known by its name
        ['debts.name', ''],
        ['debts.lender', ''],
        ['debts.rate_kind', ''],
        ['debts.balance', '15000'],
        ['debts.daily_rate', ''],
        ['debts.repayment', ''],
        ['debts.months_left', '8'],
        ['debts.upfront_fee', ''],
        ['debts.purpose', ''],
        ['debts.overdue', ''],
        ['debts.existing', 'keep'],
        ['debts.more', false],
        ...GO_ON,
      ]);
      expect(profile.debts).toStrictEqual([{ ...JIEBEI, balance: 15000, months_left: 8 }, CARD]);
      const edited = script.asked.filter((q) => q.id === 'debts.daily_rate');
      expect(edited[1]?.default).toBe('0.0005');
    });

    it('saves from the review to the suggested file, then goes on', async () => {
      const files = memoryFiles();
      const { saved, yaml } = await interview([...INCOME, ...NO_DEBTS, ...SKIP_REST, ['review', 'save'], ['save.path', ''], ...GO_ON], {
        files,
        savePath: 'mine.yaml',
      });
      expect(saved).toEqual({ path: 'mine.yaml', yaml });
      expect(files.files.get('mine.yaml')).toBe(yaml);
    });

    it('never replaces an existing file without a yes, and offers another name', async () => {
      const files = memoryFiles({ 'profile.yaml': 'old' });
      const { saved, script } = await interview(
        [
          ...INCOME,
          ...NO_DEBTS,
          ...SKIP_REST,
          ['review', 'save'],
          ['save.path', ''], // profile.yaml, which exists
          ['save.overwrite', false],
          ['save.another', 'profile-2.yaml'],
          ...GO_ON,
        ],
        { files },
      );
      expect(files.files.get('profile.yaml')).toBe('old');
      expect(saved?.path).toBe('profile-2.yaml');
      expect(script.asked.find((q) => q.id === 'save.overwrite')).toMatchObject({ message: 'profile.yaml already exists. Replace it?', default: false });
    });

    it('replaces an existing file after an explicit yes', async () => {
      const files = memoryFiles({ 'profile.yaml': 'old' });
      const { yaml } = await interview(
        [...INCOME, ...NO_DEBTS, ...SKIP_REST, ['review', 'save'], ['save.path', ''], ['save.overwrite', true], ...GO_ON],
        { files },
      );
      expect(files.files.get('profile.yaml')).toBe(yaml);
    });
  });
});
