/**
 * The roadmap of profiles/turnover-late.yaml, checked by hand (as_of 2026-11-01, recovery, 20 %).
 *
 * Windows (a date leaves an n-month window on the day n months after it):
 * - hard inquiries, newest first: 10-27, 10-21, 10-15, 10-08, 09-22, 09-09, 08-27, 08-11, 07-14,
 *   06-09, 05-20. End of 2026-12: none in the last month, 4 in 3 months (< 5), 9 in 6 months (≥ 8):
 *   high → medium. End of 2027-01: 8 in 6 months, still medium. 08-11 and 08-27 leave the 6-month
 *   window on 2027-02-11 and 02-27: 6 left, the finding clears in 2027-02 (clearsBy 2027-02-11).
 * - the overdue of 2026-06-18 leaves the 24-month window on 2028-06-18: overdue-history clears in
 *   2028-06, the last credit or debt finding of medium or above — the review month.
 * - Sesame scores: the 2026-05 peak of 705 leaves the 6-month window in 2026-12 (a drop of 59 from
 *   700 still ≥ 50, high), 700 (2026-06) in 2027-01: 688 − 641 = 47 → medium; 672 − 641 = 31 in
 *   2027-02 is still ≥ 20; 2027-03 leaves 660 − 641 = 19: clears.
 * The plan (budget 1,800 a month): 美团借钱 and 京东金条 are paid off in 2027-05 (their last
 * instalments and the extra money), leaving 借呗 as the only online lender: multi-lender and
 * risky-purpose (美团借钱 was borrowed to repay) clear; debt-to-income falls under 50 %.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/profile/schema';
import { audited } from './helpers';

const profile = parse(readFileSync('profiles/turnover-late.yaml', 'utf8')) as Profile;
const { roadmap, reviewMonth, findings } = audited(profile);
const month = (name: string) => roadmap.timeline.find((m) => m.month === name)!;
const change = (name: string, ruleId: string) => month(name).changes.find((c) => c.finding.ruleId === ruleId);

describe('the roadmap of profiles/turnover-late.yaml', () => {
  it('names 2028-06 as the review month, as check does', () => {
    expect(roadmap.reviewMonth).toBe('2028-06');
    expect(reviewMonth).toBe('2028-06');
    expect(roadmap.timeline.filter((m) => m.review).map((m) => m.month)).toEqual(['2028-06']);
    expect(change('2028-06', 'credit/overdue-history')).toMatchObject({
      kind: 'cleared',
      reasons: [{ kind: 'window', list: 'credit.overdues', window: 24, from: '2026-06', to: '2026-06', count: 1 }],
    });
    expect(month('2028-05').blocking.map((f) => f.ruleId)).toEqual(['credit/overdue-history']);
  });

  it('eases the inquiries in 2026-12 and clears them in 2027-02, when the two of 2026-08 leave the 6-month window', () => {
    expect(findings.find((f) => f.ruleId === 'credit/inquiries-frequent')?.clearsBy).toBe('2027-02-11');
    expect(change('2026-12', 'credit/inquiries-frequent')).toMatchObject({ kind: 'eased', from: 'high', finding: { severity: 'medium' } });
    expect(change('2027-01', 'credit/inquiries-frequent')).toBeUndefined();
    expect(change('2027-02', 'credit/inquiries-frequent')).toMatchObject({
      kind: 'cleared',
      reasons: [{ kind: 'window', list: 'credit.inquiries', window: 6, from: '2026-08', to: '2026-08', count: 2 }],
    });
  });

  it('follows the Sesame score down the window: high to 2027-01, medium to 2027-03', () => {
    expect(change('2026-12', 'credit/sesame-falling')).toBeUndefined();
    expect(change('2027-01', 'credit/sesame-falling')).toMatchObject({ kind: 'eased', from: 'high', finding: { severity: 'medium' } });
    expect(change('2027-03', 'credit/sesame-falling')).toMatchObject({ kind: 'cleared' });
  });

  it('pays 美团借钱 and 京东金条 off in 2027-05, clearing multi-lender and risky-purpose, with the milestones reached', () => {
    expect(month('2027-05').paidOff.sort()).toEqual(['京东金条', '美团借钱']);
    expect(change('2027-05', 'debt/multi-lender')).toMatchObject({ kind: 'cleared', reasons: [{ kind: 'paid_off' }] });
    expect(change('2027-05', 'debt/risky-purpose')).toMatchObject({ kind: 'cleared' });
    expect(month('2027-05').milestones).toEqual(expect.arrayContaining(['dti_below_50', 'online_lenders_at_most_2']));
    expect(roadmap.timeline.find((m) => m.milestones.includes('debt_free'))?.month).toBe('2027-12');
  });

  it('lists apart what following the plan cannot clear: the cut line, the macro area, the rules without data', () => {
    expect(roadmap.apart.findings.map((f) => f.ruleId)).toEqual(['credit/line-cut', 'macro/regulatory-events', 'macro/rate-cycle']);
    expect(roadmap.apart.notEvaluated.map((n) => n.ruleId)).toEqual(['debt/business-mixing', 'spending/large-purchases', 'macro/sector-stress']);
    // None of them appears in the month-by-month view.
    const followed = new Set([...roadmap.start.findings, ...roadmap.timeline.flatMap((m) => [...m.blocking, ...m.changes.map((c) => c.finding)])].map((f) => f.ruleId));
    expect(followed.has('credit/line-cut') || followed.has('macro/rate-cycle')).toBe(false);
  });

  it('gives what to do now from every finding it follows, and later only for what appears', () => {
    expect(roadmap.start.actions.map((a) => a.ruleId)).toContain('credit/inquiries-frequent');
    for (const m of roadmap.timeline) {
      expect(m.actions.map((a) => a.ruleId)).toEqual(
        m.changes.filter((c) => (c.kind === 'appeared' || c.kind === 'worsened') && c.finding.severity !== 'info').map((c) => c.finding.ruleId),
      );
    }
  });
});
