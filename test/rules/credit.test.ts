import { describe, expect, it } from 'vitest';
import borrowingFrequent from '../../src/rules/credit/borrowing-frequent';
import dormant from '../../src/rules/credit/dormant';
import inquiriesFrequent from '../../src/rules/credit/inquiries-frequent';
import lineCut from '../../src/rules/credit/line-cut';
import lineExhausted from '../../src/rules/credit/line-exhausted';
import noAutopay from '../../src/rules/credit/no-autopay';
import overdueHistory from '../../src/rules/credit/overdue-history';
import overdueUnsettled from '../../src/rules/credit/overdue-unsettled';
import sesameFalling from '../../src/rules/credit/sesame-falling';
import sesameLow from '../../src/rules/credit/sesame-low';
import unverified from '../../src/rules/credit/unverified';
import type { CreditLine, Profile } from '../../src/profile/schema';
import { audit, credit, datesBack, debt, plan, profile, severityOf } from './helpers';

type Credit = NonNullable<Profile['credit']>;
type Overdue = NonNullable<Credit['overdues']>[number];

const settled = (date: string, days = 10): Overdue => ({ date, days, settled: true });

describe('credit/overdue-unsettled', () => {
  it('raises critical for an overdue not yet settled, naming it', () => {
    const result = audit(overdueUnsettled, {
      profile: credit({ overdues: [{ date: '2026-10-10', days: 22, amount: 1500, lender: '借呗', settled: false }] }),
    });
    const finding = result.only();
    expect(finding.severity).toBe('critical');
    expect(finding.message).toContain('借呗 (overdue since 2026-10-10, 22 days, ¥1,500.00)');
    expect(result.zh[0]!.message).toContain('借呗（2026-10-10起逾期22天，1,500.00元）');
  });

  it('raises critical for a debt marked overdue even without an overdue list', () => {
    const finding = audit(overdueUnsettled, { profile: profile({ debts: [debt('微粒贷', { overdue: true })] }) }).only();
    expect(finding.severity).toBe('critical');
    expect(finding.message).toContain('微粒贷 (balance ¥10,000.00, marked overdue)');
  });

  it('raises nothing when every overdue is settled and no debt is overdue (the debts are data)', () => {
    const result = audit(overdueUnsettled, { profile: credit({ overdues: [settled('2026-09-01')] }, { debts: [debt('借呗')] }) });
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated).toEqual([]);
  });

  it('does not count an overdue dated after the audit date', () => {
    const result = audit(overdueUnsettled, { profile: credit({ overdues: [{ date: '2026-11-02', days: 1, settled: false }] }) });
    expect(result.findings).toEqual([]);
  });

  it('lists an overdue record and the debt marked overdue of the same lender once, with both figures', () => {
    // distressed.yaml: the 借呗 overdue record and the 借呗 debt marked overdue are one loan.
    const result = audit(overdueUnsettled, {
      profile: credit(
        { overdues: [{ date: '2026-09-15', days: 47, amount: 7_621.2, lender: '借呗', settled: false }] },
        { debts: [debt('借呗', { balance: 28_500, lender: '蚂蚁', overdue: true }), debt('京东金条', { lender: '京东' })] },
      ),
    });
    const finding = result.only();
    expect(finding.message).toBe(
      'Not yet settled: 借呗 (overdue since 2026-09-15, 47 days, ¥7,621.20; balance ¥28,500.00) (1 in all). Lenders reject every application while an overdue is current.',
    );
    expect(result.zh[0]!.message).toContain('尚未结清：借呗（2026-09-15起逾期47天，7,621.20元；余额28,500.00元）（共1笔）');
    expect(finding.evidence).toMatchObject({ count: 1, overdueDebts: [{ name: '借呗', balance: 28_500, overdueIndex: 0 }] });
  });

  it('matches the record to the debt by lender too, and keeps records of other loans apart', () => {
    const result = audit(overdueUnsettled, {
      profile: credit(
        {
          overdues: [
            { date: '2026-10-01', days: 31, lender: '蚂蚁', settled: false },
            { date: '2026-10-20', days: 12, amount: 300, lender: '美团', settled: false },
          ],
        },
        { debts: [debt('借呗', { lender: '蚂蚁', overdue: true })] },
      ),
    });
    expect(result.only().message).toBe(
      'Not yet settled: 美团 (overdue since 2026-10-20, 12 days, ¥300.00), 借呗 (overdue since 2026-10-01, 31 days; balance ¥10,000.00) (2 in all). Lenders reject every application while an overdue is current.',
    );
  });

  it('clears by the plan month the overdue debt is paid off, the latest of several', () => {
    const result = audit(overdueUnsettled, {
      profile: profile({ debts: [debt('A', { overdue: true }), debt('B', { overdue: true })] }),
      plan: plan({ order: [{ debt: 'B', paidOffMonth: '2027-03' }, { debt: 'A', paidOffMonth: '2027-01' }] }),
    });
    expect(result.only().clearsBy).toBe('2027-03');
  });

  it('matches an unsettled overdue to the debt of the same lender for clearsBy', () => {
    const result = audit(overdueUnsettled, {
      profile: credit({ overdues: [{ date: '2026-10-10', days: 5, lender: '蚂蚁', settled: false }] }, { debts: [debt('借呗', { lender: '蚂蚁' })] }),
      plan: plan({ order: [{ debt: '借呗', paidOffMonth: '2027-02' }] }),
    });
    expect(result.only().clearsBy).toBe('2027-02');
  });

  it('gives no clearsBy when an overdue matches no debt, or the plan never pays it off', () => {
    const unmatched = audit(overdueUnsettled, {
      profile: credit({ overdues: [{ date: '2026-10-10', days: 5, lender: '某平台', settled: false }] }, { debts: [debt('借呗')] }),
      plan: plan({ order: [{ debt: '借呗', paidOffMonth: '2027-02' }] }),
    });
    expect(unmatched.only().clearsBy).toBeUndefined();
    const unpaid = audit(overdueUnsettled, {
      profile: profile({ debts: [debt('A', { overdue: true })] }),
      plan: plan({ order: [{ debt: 'A', paidOffMonth: null }] }),
    });
    expect(unpaid.only().clearsBy).toBeUndefined();
  });
});

describe('credit/overdue-history', () => {
  const history = (overdues: Overdue[]) => ({ profile: credit({ overdues }) });

  it('is not evaluated without credit.overdues', () => {
    expect(audit(overdueHistory, { profile: profile() }).notEvaluated).toEqual([
      { ruleId: 'credit/overdue-history', area: 'credit', missing: ['credit.overdues'] },
    ]);
  });

  it('evaluates an empty list as data: no finding', () => {
    const result = audit(overdueHistory, history([]));
    expect(result.findings).toEqual([]);
    expect(result.notEvaluated).toEqual([]);
  });

  it('counts only overdues inside the 24-month window', () => {
    // 24 months before 2026-11-01 is 2024-11-01; the window starts the day after.
    expect(severityOf(overdueHistory, history([settled('2024-11-01')]))).toBe('none');
    expect(severityOf(overdueHistory, history([settled('2024-11-02')]))).toBe('medium');
    expect(severityOf(overdueHistory, history([settled('2026-11-02')]))).toBe('none');
  });

  it('leaves unsettled overdues to credit/overdue-unsettled', () => {
    expect(severityOf(overdueHistory, history([{ date: '2026-09-01', days: 5, settled: false }]))).toBe('none');
  });

  it.each([
    [1, 'medium'],
    [2, 'high'],
    [5, 'high'],
    [6, 'critical'],
    [7, 'critical'],
  ])('raises %i settled overdues (every other month) to %s', (count, expected) => {
    // Two months apart, so no two fall in consecutive months.
    const everyOtherMonth = ['2026-10-05', '2026-08-05', '2026-06-05', '2026-04-05', '2026-02-05', '2025-12-05', '2025-10-05'];
    expect(severityOf(overdueHistory, history(everyOtherMonth.slice(0, count).map((date) => settled(date))))).toBe(expected);
  });

  it('raises critical for 3 calendar months in a row (连三), high for 2', () => {
    expect(severityOf(overdueHistory, history([settled('2026-07-05'), settled('2026-08-05')]))).toBe('high');
    const three = audit(overdueHistory, history([settled('2026-07-05'), settled('2026-08-05'), settled('2026-09-05')])).only();
    expect(three.severity).toBe('critical');
    expect(three.message).toContain('at most 3 calendar months in a row');
    expect(three.evidence.consecutiveMonths).toBe(3);
  });

  it('counts the months one long overdue spans on the repayment grid: 61 days marks three', () => {
    // Grid codes: 1–30 days = 1 period, 31–60 = 2, 61–90 = 3 (source A2).
    expect(severityOf(overdueHistory, history([settled('2026-01-15', 60)]))).toBe('medium');
    expect(severityOf(overdueHistory, history([settled('2026-01-15', 61)]))).toBe('critical');
  });

  it('raises critical for an overdue more than 90 days late (M3+), naming it', () => {
    // Turn the consecutive-months line off so only the days line decides.
    const thresholds = { consecutive_months: 99 };
    expect(severityOf(overdueHistory, { ...history([settled('2026-01-15', 90)]), thresholds })).toBe('medium');
    const severe = audit(overdueHistory, { ...history([settled('2026-01-15', 91)]), thresholds }).only();
    expect(severe.severity).toBe('critical');
    expect(severe.message).toContain('91 days late');
    expect(severe.message).toContain('more than 90 days');
  });

  it('clears when the last one leaves the 24-month window, and says the report keeps it 5 years', () => {
    const finding = audit(overdueHistory, history([settled('2025-03-10', 12), settled('2026-08-15', 12)])).only();
    expect(finding.clearsBy).toBe('2028-08-15');
    // Settled about 12 days after 2026-08-15 → kept until about 2031-08-27.
    expect(finding.message).toContain('5 years after settlement');
    expect(finding.message).toContain('2031-08-27');
    const zh = audit(overdueHistory, history([settled('2026-08-15', 12)])).zh[0]!;
    expect(zh.message).toContain('保留每条记录5年');
  });

  it('ages a leap day out on the first day it is really outside the window', () => {
    const finding = audit(overdueHistory, { ...history([settled('2024-02-29')]), asOf: '2024-03-01' }).only();
    // 2024-02-29 + 24 months clamps to 2026-02-28, still inside; it leaves on 2026-03-01.
    expect(finding.clearsBy).toBe('2026-03-01');
  });
});

describe('credit/inquiries-frequent', () => {
  const inquiries = (dates: string[], kind: 'loan' | 'card' | 'other' = 'loan') => ({
    profile: credit({ inquiries: dates.map((date) => ({ date, kind })) }),
  });
  // 8 days apart ending 2026-10-25: at most 3 fall in the last month (after 2026-10-01).
  const spread3m = (count: number) => inquiries(datesBack(count, '2026-10-25', 8));

  it('is not evaluated without credit.inquiries; an empty list is data', () => {
    expect(audit(inquiriesFrequent, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.inquiries']);
    expect(audit(inquiriesFrequent, inquiries([])).notEvaluated).toEqual([]);
    expect(audit(inquiriesFrequent, inquiries([])).findings).toEqual([]);
  });

  it('says the dates are estimates when the questionnaire spread a count over the windows', () => {
    // Two of the four were estimated from "how many in the last month?"; the others were dated.
    const dates = ['2026-10-05', '2026-10-12', '2026-10-20', '2026-10-28'];
    const listed = credit({ inquiries: dates.map((date, i) => ({ date, kind: 'loan' as const, ...(i < 2 ? { estimated: true } : {}) })) });
    const result = audit(inquiriesFrequent, { profile: listed });
    expect(result.only().message).toMatch(/in 6 months\. Dates estimated from counts by the questionnaire: 2, so the windows and dates here are approximate\.$/);
    expect(result.only().evidence.estimatedDates).toBe(2);
    expect(result.zh[0]!.message).toMatch(/（其中2个日期是问卷根据次数估算的，窗口和日期均为近似值。）$/);
    // Dated by the user: nothing added.
    expect(audit(inquiriesFrequent, inquiries(dates)).only().message).toMatch(/in 6 months\.$/);
  });

  it('raises high at 4 inquiries in the last month, nothing at 3', () => {
    expect(severityOf(inquiriesFrequent, inquiries(['2026-10-05', '2026-10-12', '2026-10-20']))).toBe('none');
    const finding = audit(inquiriesFrequent, inquiries(['2026-10-05', '2026-10-12', '2026-10-20', '2026-10-28'])).only();
    expect(finding.severity).toBe('high');
    expect(finding.message).toBe('4 hard inquiries in the last 1 month; the line is 4. All windows: 4 in 1 month, 4 in 3 months, 4 in 6 months.');
  });

  it.each([
    [4, 'none'],
    [5, 'medium'],
    [6, 'high'],
    [10, 'high'],
    [11, 'critical'],
  ])('raises %i inquiries in 3 months to %s', (count, expected) => {
    expect(severityOf(inquiriesFrequent, spread3m(count))).toBe(expected);
  });

  it('says "more than 10" for the critical line', () => {
    expect(audit(inquiriesFrequent, spread3m(11)).only().message).toContain('11 hard inquiries in the last 3 months, more than 10');
  });

  it('raises medium at 8 inquiries in 6 months, nothing at 7', () => {
    // 20 days apart ending 2026-10-20: 4 in the last 3 months, all within 6.
    expect(severityOf(inquiriesFrequent, inquiries(datesBack(7, '2026-10-20', 20)))).toBe('none');
    const finding = audit(inquiriesFrequent, inquiries(datesBack(8, '2026-10-20', 20))).only();
    expect(finding.severity).toBe('medium');
    expect(finding.evidence).toMatchObject({ count: 8, windowMonths: 6, threshold: 8, last3m: 4 });
  });

  it('counts every kind in the list, guarantee checks (other) included', () => {
    expect(severityOf(inquiriesFrequent, inquiries(['2026-10-05', '2026-10-12', '2026-10-20', '2026-10-28'], 'other'))).toBe('high');
  });

  it('does not count inquiries after the audit date or before the window', () => {
    expect(severityOf(inquiriesFrequent, inquiries(['2026-10-05', '2026-10-12', '2026-10-20', '2026-11-02']))).toBe('none');
    expect(severityOf(inquiriesFrequent, inquiries(['2026-10-01', '2026-10-12', '2026-10-20', '2026-10-28']))).toBe('none');
  });

  it('keeps the worst of the windows as one finding', () => {
    const result = audit(inquiriesFrequent, inquiries(['2026-08-10', '2026-09-01', '2026-10-05', '2026-10-12', '2026-10-20', '2026-10-28']));
    expect(result.findings).toHaveLength(1);
    expect(result.only().severity).toBe('high');
  });

  it('clears on the day the line-th newest inquiry leaves its window', () => {
    // 5 in 3 months: the 5th newest, 2026-09-23, leaves the 3-month window on 2026-12-23.
    const finding = audit(inquiriesFrequent, spread3m(5)).only();
    expect(finding.clearsBy).toBe('2026-12-23');
    expect(finding.recommendation).toContain('until 2026-12-23');
  });

  it('clears on the latest of the windows when several are over their lines', () => {
    // 1 month: 4 (line 4), the 4th newest, 10-05, leaves on 11-05.
    // 3 months: 5 (line 5), the 5th newest, 08-20, leaves on 11-20.
    // 6 months: 8 (line 8), the 8th newest, 05-10, leaves on 11-10.
    const dates = ['2026-05-10', '2026-06-01', '2026-07-01', '2026-08-20', '2026-10-05', '2026-10-12', '2026-10-20', '2026-10-28'];
    const finding = audit(inquiriesFrequent, inquiries(dates)).only();
    expect(finding.severity).toBe('high');
    expect(finding.clearsBy).toBe('2026-11-20');
  });

  it('takes a stricter 3-month line from the config (product.md example: last_3m: 4)', () => {
    expect(severityOf(inquiriesFrequent, { ...spread3m(4), thresholds: { last_3m: 4 } })).toBe('medium');
  });
});

describe('credit/borrowing-frequent', () => {
  const draws = (dates: string[]) => ({ profile: credit({ draws: dates.map((date) => ({ date, amount: 500 })) }) });
  const noGap = { median_gap_days: 0 };

  it('is not evaluated without credit.draws; an empty list is data', () => {
    expect(audit(borrowingFrequent, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.draws']);
    expect(severityOf(borrowingFrequent, draws([]))).toBe('none');
  });

  it('says the dates are estimates when they came from counts', () => {
    const estimated = credit({ draws: ['2026-10-10', '2026-10-20', '2026-10-30'].map((date) => ({ date, estimated: true })) });
    expect(audit(borrowingFrequent, { profile: estimated }).only().message).toBe(
      '3 draws in the last 1 month; the line is 3 (3 in 1 month, 3 in 3 months). Dates estimated from counts by the questionnaire: 3, so the windows and dates here are approximate.',
    );
  });

  it('raises medium at 3 draws in the last month, nothing at 2', () => {
    expect(severityOf(borrowingFrequent, draws(['2026-10-20', '2026-10-30']))).toBe('none');
    const finding = audit(borrowingFrequent, draws(['2026-10-10', '2026-10-20', '2026-10-30'])).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toBe('3 draws in the last 1 month; the line is 3 (3 in 1 month, 3 in 3 months).');
    expect(audit(borrowingFrequent, draws(['2026-10-10', '2026-10-20', '2026-10-30'])).zh[0]!.message).toBe(
      '近1个月借款3次，警戒线为3次（近1个月3次，近3个月3次）。',
    );
  });

  it('raises high at 8 draws in 3 months, not at 7', () => {
    // 11 days apart ending 2026-10-28: at most 3 in the last month.
    expect(severityOf(borrowingFrequent, { ...draws(datesBack(7, '2026-10-28', 11)), thresholds: noGap })).toBe('medium');
    expect(severityOf(borrowingFrequent, { ...draws(datesBack(8, '2026-10-28', 11)), thresholds: noGap })).toBe('high');
  });

  it('raises medium for a median gap under 15 days with 4 draws, not at 15 days or with 3', () => {
    expect(severityOf(borrowingFrequent, draws(datesBack(4, '2026-10-25', 14)))).toBe('medium');
    expect(audit(borrowingFrequent, draws(datesBack(4, '2026-10-25', 14))).only().message).toContain('median gap of 14 days');
    expect(severityOf(borrowingFrequent, draws(datesBack(4, '2026-10-25', 15)))).toBe('none');
    expect(severityOf(borrowingFrequent, draws(datesBack(3, '2026-10-25', 14)))).toBe('none');
  });
});

describe('credit/sesame-low', () => {
  const score = (sesame_score: number) => ({ profile: credit({ sesame_score }) });

  it('is not evaluated without a score', () => {
    expect(audit(sesameLow, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.sesame_score']);
  });

  it.each([
    [549, 'high'],
    [550, 'medium'],
    [599, 'medium'],
    [600, 'low'],
    [649, 'low'],
    [650, 'none'],
  ])('rates a score of %i as %s', (value, expected) => {
    expect(severityOf(sesameLow, score(value))).toBe(expected);
  });

  it('names the band in both languages', () => {
    const result = audit(sesameLow, score(580));
    expect(result.only().message).toContain('Sesame score 580, below 600 (band: fair, 550–600)');
    expect(result.zh[0]!.message).toContain('芝麻信用分580，低于600（中等）');
  });
});

describe('credit/sesame-falling', () => {
  const trend = (history: { month: string; score: number }[], sesame_score?: number) => ({
    profile: credit({ sesame_history: history, ...(sesame_score !== undefined ? { sesame_score } : {}) }),
  });

  it('says it needs 2 scores in the last 6 months when the history has too few', () => {
    const result = audit(sesameFalling, trend([{ month: '2026-04', score: 700 }], 600));
    expect(result.notEvaluated[0]?.reason).toEqual({ kind: 'too_short', needs: 2, has: 1, unit: 'scores', withinMonths: 6 });
  });

  it('needs 2 points in the last 6 months, the current score counting as one', () => {
    expect(audit(sesameFalling, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.sesame_history']);
    expect(audit(sesameFalling, trend([], 650)).notEvaluated[0]?.missing).toEqual(['credit.sesame_history']);
    // 2026-04 is 7 months before the audit month 2026-11: outside the window.
    expect(audit(sesameFalling, trend([{ month: '2026-04', score: 700 }], 600)).notEvaluated[0]?.missing).toEqual(['credit.sesame_history']);
    expect(audit(sesameFalling, trend([{ month: '2026-05', score: 700 }], 700)).notEvaluated).toEqual([]);
  });

  it.each([
    [671, 'none'],
    [670, 'medium'],
    [641, 'medium'],
    [640, 'high'],
  ])('from 690 in 2026-05 to %i now is %s', (now, expected) => {
    expect(severityOf(sesameFalling, trend([{ month: '2026-05', score: 690 }], now))).toBe(expected);
  });

  it('measures from the highest point in the window to the latest', () => {
    const finding = audit(sesameFalling, trend([{ month: '2026-05', score: 700 }, { month: '2026-08', score: 720 }, { month: '2026-10', score: 690 }])).only();
    expect(finding.message).toBe('The Sesame score fell 30 points in the last 6 months, from 720 (2026-08) to 690 (2026-10); the line is 20.');
  });

  it('ignores points after the audit month', () => {
    expect(severityOf(sesameFalling, trend([{ month: '2026-09', score: 700 }, { month: '2026-10', score: 695 }, { month: '2026-12', score: 600 }]))).toBe('none');
  });
});

describe('credit/no-autopay', () => {
  it('is not evaluated when autopay is not given, low when false, nothing when true', () => {
    expect(audit(noAutopay, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.autopay']);
    expect(severityOf(noAutopay, { profile: credit({ autopay: false }) })).toBe('low');
    expect(severityOf(noAutopay, { profile: credit({ autopay: true }) })).toBe('none');
  });
});

describe('credit/unverified', () => {
  const verified = (v: NonNullable<Credit['verified']>) => ({ profile: credit({ verified: v }) });

  it('is not evaluated without credit.verified', () => {
    expect(audit(unverified, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.verified']);
  });

  it('raises low for proof not on file, naming it', () => {
    const result = audit(unverified, verified({ identity: true, income_proof: false, assets: true }));
    expect(result.only().severity).toBe('low');
    expect(result.only().message).toBe('Not on file with the platform: income proof.');
    expect(result.zh[0]!.message).toBe('平台上缺少：收入证明。');
  });

  it('raises nothing when both proofs are on file', () => {
    expect(severityOf(unverified, verified({ income_proof: true, assets: true }))).toBe('none');
  });

  it('names the proof it does not know about rather than passing', () => {
    expect(audit(unverified, verified({ income_proof: true })).notEvaluated[0]?.missing).toEqual(['credit.verified.assets']);
    expect(audit(unverified, verified({ identity: true })).notEvaluated[0]?.missing).toEqual([
      'credit.verified.income_proof',
      'credit.verified.assets',
    ]);
  });
});

describe('credit/line-exhausted', () => {
  const lines = (l: CreditLine[]) => ({ profile: profile({ credit_lines: l }) });
  // A large unused second line keeps the all-lines figure low when a test is about one line.
  const spare: CreditLine = { name: '信用卡', limit: 100_000, used: 0 };

  it('is not evaluated without credit_lines; an empty list is data', () => {
    expect(audit(lineExhausted, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit_lines']);
    expect(severityOf(lineExhausted, lines([]))).toBe('none');
  });

  it.each([
    [8_999, 'none'],
    [9_000, 'medium'],
    [9_999, 'medium'],
    [10_000, 'high'],
    [12_000, 'high'],
  ])('rates one line used %i of 10,000 as %s', (used, expected) => {
    expect(severityOf(lineExhausted, lines([{ name: '借呗', limit: 10_000, used }, spare]))).toBe(expected);
  });

  it('lists the lines over the line with their figures', () => {
    const finding = audit(lineExhausted, lines([{ name: '借呗', limit: 10_000, used: 9_500 }, spare])).only();
    expect(finding.message).toBe('At or above 90% of the limit: 借呗 95% (¥9,500.00 of ¥10,000.00).');
  });

  it('raises medium when all lines together are 70 % used, not at 69.99 %', () => {
    const two = (usedA: number) => lines([{ name: 'A', limit: 10_000, used: usedA }, { name: 'B', limit: 10_000, used: 7_000 }]);
    expect(severityOf(lineExhausted, two(6_998))).toBe('none');
    const finding = audit(lineExhausted, two(7_000)).only();
    expect(finding.severity).toBe('medium');
    expect(finding.message).toBe('All lines together are 70% used (¥14,000.00 of ¥20,000.00); the line is 70%.');
  });

  it('names the missing balances it needs for the all-lines figure', () => {
    const result = audit(lineExhausted, lines([{ name: 'A', limit: 10_000, used: 100 }, { name: 'B', limit: 10_000 }]));
    expect(result.notEvaluated[0]?.missing).toEqual(['credit_lines[1].used']);
    // A line over the per-line level is a finding whatever the other line holds.
    expect(severityOf(lineExhausted, lines([{ name: 'A', limit: 10_000, used: 9_500 }, { name: 'B', limit: 10_000 }]))).toBe('medium');
  });

  it('ignores lines with no limit left (their balance is a debt)', () => {
    expect(severityOf(lineExhausted, lines([{ name: 'A', limit: 0, used: 5_000, status: 'closed' }, spare]))).toBe('none');
  });
});

describe('credit/line-cut', () => {
  const lines = (l: CreditLine[]) => ({ profile: profile({ credit_lines: l }) });

  it('is not evaluated without credit_lines; a line never cut raises nothing', () => {
    expect(audit(lineCut, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit_lines']);
    expect(severityOf(lineCut, lines([{ name: '借呗', limit: 20_000, previous_limit: 20_000, status: 'active' }]))).toBe('none');
  });

  it.each([
    [5_001, 'low'],
    [5_000, 'medium'],
    [1_000, 'medium'],
  ])('rates a cut from 10,000 to %i as %s', (limit, expected) => {
    expect(severityOf(lineCut, lines([{ name: '借呗', limit, previous_limit: 10_000, status: 'reduced' }]))).toBe(expected);
  });

  it('raises medium for a frozen or closed line', () => {
    expect(severityOf(lineCut, lines([{ name: '花呗', limit: 5_000, status: 'frozen' }]))).toBe('medium');
    expect(severityOf(lineCut, lines([{ name: '花呗', limit: 0, status: 'closed' }]))).toBe('medium');
  });

  it('raises low for a line marked reduced without its previous limit, and says so', () => {
    const finding = audit(lineCut, lines([{ name: '借呗', limit: 8_000, status: 'reduced' }])).only();
    expect(finding.severity).toBe('low');
    expect(finding.message).toContain('previous limit not given');
  });

  it('reports several cut lines as one finding at the worst severity', () => {
    const result = audit(lineCut, lines([
      { name: '借呗', limit: 20_000, previous_limit: 60_000, status: 'reduced' },
      { name: '微粒贷', limit: 9_000, previous_limit: 10_000 },
    ]));
    expect(result.only().severity).toBe('medium');
    expect(result.only().message).toBe('Lines cut: 借呗 ¥60,000.00 → ¥20,000.00 (−66.67%), 微粒贷 ¥10,000.00 → ¥9,000.00 (−10%).');
  });

  it('recommends checking the 2021 Jiebei relabelling to a bank-branded 信用贷 line', () => {
    const result = audit(lineCut, lines([{ name: '借呗', limit: 5_000, previous_limit: 10_000 }]));
    expect(result.only().recommendation).toMatch(/since November 2021 Jiebei .*bank-branded 信用贷/);
    expect(result.zh[0]!.recommendation).toMatch(/自2021年11月起，借呗.*"信用贷"额度/);
  });
});

describe('credit/dormant', () => {
  const active: CreditLine = { name: '借呗', limit: 20_000, status: 'active' };
  const dormancy = (dates: string[], lines: CreditLine[] = [active]) => ({
    profile: credit({ draws: dates.map((date) => ({ date })) }, { credit_lines: lines }),
  });

  it('names each missing list', () => {
    expect(audit(dormant, { profile: profile() }).notEvaluated[0]?.missing).toEqual(['credit.draws', 'credit_lines']);
    expect(audit(dormant, { profile: profile({ credit_lines: [active] }) }).notEvaluated[0]?.missing).toEqual(['credit.draws']);
    expect(audit(dormant, { profile: credit({ draws: [] }) }).notEvaluated[0]?.missing).toEqual(['credit_lines']);
  });

  it('raises info when the last draw is 6 months old, nothing a day later', () => {
    expect(severityOf(dormant, dormancy(['2026-05-02']))).toBe('none');
    const finding = audit(dormant, dormancy(['2026-05-01'])).only();
    expect(finding.severity).toBe('info');
    expect(finding.message).toBe('No draw in the last 6 months while these lines are open: 借呗 (last draw: 2026-05-01).');
  });

  it('says when no draw was ever recorded', () => {
    expect(audit(dormant, dormancy([])).only().message).toContain('(last draw: none recorded)');
    expect(audit(dormant, dormancy([])).zh[0]!.message).toContain('（最近一次借款：无记录）');
  });

  it('raises nothing when no line is open', () => {
    expect(severityOf(dormant, dormancy([], [{ name: '借呗', limit: 0, status: 'closed' }, { name: '花呗', limit: 500, status: 'frozen' }]))).toBe('none');
  });
});
