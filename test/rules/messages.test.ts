/**
 * The catalogue as data: every rule of rules.md is registered with complete texts in both
 * languages, and every message id of every rule renders in zh and en with the data the rule
 * actually produces (fillTemplate throws on a placeholder without a value).
 */
import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/rules/engine';
import { rules } from '../../src/rules/index';
import { citedIn, parseCitation } from '../../src/rules/sources';
import { LANGS } from '../../src/i18n/lang';
import { type AuditInput, credit, datesBack, debt, macro, months, outcomesOf, plan, profile, SNAPSHOT } from './helpers';

/** The ids of rules.md, in its order: the public contract. */
const CATALOGUE = [
  'credit/overdue-unsettled',
  'credit/overdue-history',
  'credit/inquiries-frequent',
  'credit/borrowing-frequent',
  'credit/sesame-low',
  'credit/sesame-falling',
  'credit/no-autopay',
  'credit/unverified',
  'credit/line-exhausted',
  'credit/line-cut',
  'credit/dormant',
  'debt/dti-high',
  'debt/leverage-high',
  'debt/multi-lender',
  'debt/high-interest',
  'debt/hidden-cost',
  'debt/regulatory-cap',
  'debt/concentration',
  'debt/installment-burden',
  'debt/risky-purpose',
  'debt/business-mixing',
  'spending/over-budget',
  'spending/large-purchases',
  'spending/spike',
  'spending/income-volatile',
  'spending/lender-transfers',
  'spending/thin-buffer',
  'macro/rate-cycle',
  'macro/regulatory-events',
  'macro/platform-contraction',
  'macro/sector-stress',
];

/** For each rule, inputs that between them produce every one of its message ids. */
const SCENARIOS: Record<string, AuditInput[]> = {
  'credit/overdue-unsettled': [
    {
      profile: credit(
        { overdues: [{ date: '2026-10-01', days: 30, amount: 2000, lender: '借呗', settled: false }, { date: '2026-10-02', days: 3, settled: false }] },
        { debts: [debt('借呗', { lender: '借呗', overdue: true })] },
      ),
      plan: plan({ order: [{ debt: '借呗', paidOffMonth: '2027-01' }] }),
    },
  ],
  'credit/overdue-history': [
    { profile: credit({ overdues: [{ date: '2026-08-15', days: 12, settled: true }] }) },
    { profile: credit({ overdues: ['2026-07-05', '2026-08-05', '2026-09-05'].map((date) => ({ date, days: 5, settled: true })) }) },
    { profile: credit({ overdues: [{ date: '2026-01-05', days: 120, settled: true }] }) },
  ],
  'credit/inquiries-frequent': [
    { profile: credit({ inquiries: datesBack(5, '2026-10-25', 8).map((date) => ({ date, kind: 'loan' as const })) }) },
    { profile: credit({ inquiries: datesBack(11, '2026-10-25', 8).map((date) => ({ date, kind: 'card' as const, estimated: true })) }) },
    { profile: credit({ inquiries: [{ date: '2026-10-31', kind: 'other' }] }), thresholds: { last_1m: 1 } },
  ],
  'credit/borrowing-frequent': [
    { profile: credit({ draws: datesBack(3, '2026-10-30', 5).map((date) => ({ date, estimated: true })) }) },
    { profile: credit({ draws: datesBack(4, '2026-10-25', 14).map((date) => ({ date, amount: 100, lender: '借呗' })) }) },
  ],
  'credit/sesame-low': [{ profile: credit({ sesame_score: 500 }) }, { profile: credit({ sesame_score: 640 }) }],
  'credit/sesame-falling': [{ profile: credit({ sesame_history: [{ month: '2026-06', score: 700 }], sesame_score: 620 }) }],
  'credit/no-autopay': [{ profile: credit({ autopay: false }) }],
  'credit/unverified': [{ profile: credit({ verified: { income_proof: false, assets: false } }) }],
  'credit/line-exhausted': [
    { profile: profile({ credit_lines: [{ name: '借呗', limit: 10_000, used: 10_000 }, { name: '花呗', limit: 5_000, used: 4_600 }] }) },
    { profile: profile({ credit_lines: [{ name: '借呗', limit: 10_000, used: 8_000 }] }) },
  ],
  'credit/line-cut': [
    {
      profile: profile({
        credit_lines: [
          { name: '借呗', limit: 20_000, previous_limit: 60_000, status: 'reduced' },
          { name: '花呗', limit: 2_000, status: 'frozen' },
          { name: '卡', limit: 0, status: 'closed' },
          { name: '微粒贷', limit: 5_000, status: 'reduced' },
        ],
      }),
    },
  ],
  'credit/dormant': [
    { profile: credit({ draws: [] }, { credit_lines: [{ name: '借呗', limit: 20_000 }] }) },
    { profile: credit({ draws: [{ date: '2026-01-01' }] }, { credit_lines: [{ name: '借呗', limit: 20_000 }] }) },
  ],
  'debt/dti-high': [
    { profile: profile({ debts: [debt('借呗')] }), plan: plan({ schedule: [{ dtiPaymentsFen: 600_000 }, { dtiPaymentsFen: 100_000 }] }) },
    { profile: profile({ income: { monthly: 0 }, debts: [debt('借呗')] }), plan: plan({ schedule: [{ dtiPaymentsFen: 60_000 }] }) },
  ],
  'debt/leverage-high': [
    { profile: profile({ debts: [debt('借呗', { balance: 200_000 })] }) },
    { profile: profile({ income: { monthly: 0 }, debts: [debt('借呗')] }) },
  ],
  'debt/multi-lender': [
    {
      profile: profile({ debts: ['A', 'B', 'C', 'D', 'E'].map((name) => debt(name)) }),
      plan: plan({ schedule: [{ onlineLenders: 4 }, { onlineLenders: 2 }] }),
    },
  ],
  'debt/high-interest': [{ profile: profile({ debts: [debt('网贷', { apr: 0.36 }), debt('朋友', { kind: 'private', apr: 0.2 })] }) }],
  'debt/hidden-cost': [
    {
      profile: profile({
        debts: [
          debt('花呗分期', { kind: 'installment', apr: undefined, repayment: 'fee_installment', original_principal: 12_000, periods: 12, fee_rate: 0.006, balance: 10_000, months_left: 10 }),
          debt('某小贷', { original_principal: 10_000, upfront_fee: 1_500 }),
        ],
      }),
    },
  ],
  'debt/regulatory-cap': [{ profile: profile({ debts: [debt('借呗', { balance: 50_000 })] }) }],
  'debt/concentration': [{ profile: profile({ debts: [debt('借呗', { balance: 70_000 }), debt('微粒贷', { balance: 80_000 })] }) }],
  'debt/installment-burden': [
    {
      profile: profile({ debts: [debt('手机', { kind: 'installment' })] }),
      plan: plan({ schedule: [{ requiredFen: { 手机: 300_000 } }] }),
    },
    {
      profile: profile({ income: { monthly: 0 }, debts: [debt('手机', { kind: 'installment' })] }),
      plan: plan({ schedule: [{ requiredFen: { 手机: 300_000 } }] }),
    },
  ],
  'debt/risky-purpose': [{ profile: profile({ debts: [debt('A', { purpose: 'investment' }), debt('B', { purpose: 'refinance' })] }) }],
  'debt/business-mixing': [{ profile: profile({ debts: [debt('借呗', { purpose: 'business' })] }) }],
  'spending/over-budget': [
    { profile: profile({ spending: { history: months([9_000, 9_000, 9_000]) } }), plan: plan({ firstMonthRequiredFen: 300_000 }) },
    { profile: profile({ spending: { history: months([9_000]) } }) },
    // A 30 % share leaves 7,000 for living: 7,500 of spending is over what the plan leaves.
    { profile: profile({ spending: { history: months([7_500]) } }), plan: plan({ share: 0.3, monthlyBudgetFen: 300_000, livingBudgetFen: 700_000 }) },
  ],
  'spending/large-purchases': [
    { profile: profile({ spending: { large_purchases: ['2026-10-01', '2026-10-10'].map((date) => ({ date, amount: 6_000, note: '手机' })) } }) },
  ],
  'spending/spike': [{ profile: profile({ spending: { history: months([5_000, 5_000, 5_000, 5_000, 5_000, 9_000]) } }) }],
  'spending/income-volatile': [
    { profile: profile({ income: { monthly: 10_000, history: months([5_000, 15_000, 5_000, 15_000]) } }) },
    { profile: profile({ income: { monthly: 10_000, history: months([10_000, 10_000, 5_000]) } }) },
  ],
  'spending/lender-transfers': [{ profile: profile({ spending: { lender_transfers_per_month: 9 } }) }],
  'spending/thin-buffer': [
    { profile: profile({ assets: { liquid: 1_000 }, spending: { history: months([6_000]) } }) },
    { profile: profile({ assets: { liquid: 15_000 } }) },
    // The plan leaves 8,000 for living: 7,900 of spending leaves 100 a month to save (slow), 8,000 none, 9,000 a gap.
    { profile: profile({ assets: { liquid: 1_000 }, spending: { history: months([7_900]) } }) },
    { profile: profile({ assets: { liquid: 1_000 }, spending: { history: months([8_000]) } }) },
    { profile: profile({ assets: { liquid: 1_000 }, spending: { history: months([9_000]) } }) },
  ],
  'macro/rate-cycle': [
    {},
    { asOf: '2025-06-01' },
    { macro: macro(undefined, { ...SNAPSHOT, lpr_1y: [{ date: '2025-01-01', rate: 0.03 }, { date: '2026-01-01', rate: 0.035 }] }) },
  ],
  'macro/regulatory-events': [{}],
  'macro/platform-contraction': [{ macro: macro({ platform_contraction: true }) }],
  'macro/sector-stress': [
    { profile: profile({ employment: { sector: '房地产' } }) },
    { profile: profile({ employment: { sector: 'internet' } }), macro: macro({ stressed_sectors: [{ name: 'internet', match: ['internet'] }] }) },
  ],
};

describe('the catalogue', () => {
  it('registers exactly the 31 rules of rules.md, in its order', () => {
    expect(rules.map((rule) => rule.id)).toEqual(CATALOGUE);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is complete in both languages', (id, rule) => {
    expect(id.startsWith(`${rule.area}/`)).toBe(true);
    expect(rule.needs.length).toBeGreaterThan(0);
    expect(rule.basis.length).toBeGreaterThan(0);
    expect(rule.sources.length).toBeGreaterThan(0);
    // A rationale cites its sources by id ("(source A6)", "（来源 A6）"), the same in both languages,
    // and only sources the rule lists, so `rules <id>` and docs/rules.md resolve every one.
    const listed = rule.sources.map((citation) => parseCitation(citation).id).sort();
    const citedEn = citedIn(rule.text.en.rationale).sort();
    expect(citedIn(rule.text.zh.rationale).sort()).toEqual(citedEn);
    for (const id of citedEn) expect(listed, `${id} is cited by the rationale but not in sources`).toContain(id);
    for (const text of [rule.text.en, rule.text.zh]) expect(JSON.stringify(text)).not.toMatch(/domain-facts|shared\//);
    const [en, zh] = [rule.text.en, rule.text.zh];
    expect(Object.keys(zh.messages).sort()).toEqual(Object.keys(en.messages).sort());
    for (const text of [en, zh]) {
      for (const field of [text.title, text.summary, text.ladder, text.rationale]) expect(field.trim()).not.toBe('');
      expect(Object.keys(text.thresholds).sort()).toEqual(Object.keys(rule.thresholds).sort());
      if (typeof text.recommendation !== 'string') expect(Object.keys(text.recommendation).sort()).toEqual(Object.keys(en.messages).sort());
    }
    // The rationale says what the thresholds rest on.
    expect(en.rationale).toMatch(/heuristic|convention|regulation/i);
    expect(zh.rationale).toMatch(/经验|惯例|法规/);
    // Chinese texts are Chinese.
    for (const template of [zh.title, ...Object.values(zh.messages)]) expect(template).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('every message renders in zh and en with the data its rule produces', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const scenarios = SCENARIOS[id];
    expect(scenarios, `no scenarios for ${id}`).toBeDefined();
    const seen = new Set<string>();
    for (const input of scenarios!) {
      for (const outcome of outcomesOf(rule, input)) {
        seen.add(outcome.messageId);
        for (const lang of LANGS) {
          const finding = renderOutcome(rule, outcome, lang);
          for (const textOut of [finding.message, finding.recommendation]) {
            expect(textOut).not.toMatch(/\{\w+\}/);
            expect(textOut).not.toMatch(/undefined|NaN|Infinity|\[object/);
          }
        }
        expect(JSON.parse(JSON.stringify(outcome.evidence))).toEqual(outcome.evidence);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(rule.text.en.messages).sort());
  });
});
