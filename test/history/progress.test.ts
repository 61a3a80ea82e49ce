/**
 * Comparing audits (issue 17, section 2), with figures checked by hand. The first audit is
 * profiles/turnover-late.yaml on 2026-11-01; its plan expects, for the end of 2027-02:
 * 借呗 7,821.90, 京东金条 3,170.16, 美团借钱 2,619.18, 花呗 5,826.03 (the plan's schedule, also in
 * test/history/snapshot.test.ts). "On track" is within 1 % of the expected balance or ¥100,
 * whichever is larger.
 */
import { describe, expect, it } from 'vitest';
import { compareWith, expectedFen, ON_TRACK, otherProfileBreaks, pointOf, progressOf, statusOf, streak, summarize, wholeMonths } from '../../src/history/progress';
import type { Snapshot } from '../../src/history/schema';
import { later, sample, snapshotFor } from './helpers';

const turnover = await sample('turnover-late');
const first = snapshotFor(turnover);
const feb = later(
  turnover,
  '2027-02-03',
  { 借呗: 7700, 京东金条: 3250, 美团借钱: 2800, 花呗: 5826.03 },
  {
    // 广发银行信用卡 renamed 广发信用卡; a new inquiry on 2027-01-20; the 借呗 line cut to 8,000.
    credit: { ...turnover.credit, inquiries: [...(turnover.credit?.inquiries ?? []), { date: '2027-01-20', kind: 'loan' }] },
  },
);
feb.debts = feb.debts.map((debt) => (debt.name === '广发银行信用卡' ? { ...debt, name: '广发信用卡', balance: 7000 } : debt));
feb.credit_lines = feb.credit_lines!.map((line) => (line.name === '借呗' ? { ...line, limit: 8000 } : line));
const now = snapshotFor(feb);
const points = (...snapshots: Snapshot[]) => snapshots.map((snapshot) => pointOf(snapshot, true));
const sums = (...snapshots: Snapshot[]) => snapshots.map((snapshot) => summarize(snapshot));
const doc = (...snapshots: Snapshot[]) =>
  progressOf({ points: points(...snapshots), skipped: [], history: 'h.ndjson', profile: null, lang: 'en', toolVersion: 'test' });

describe('the on-track band: 1 % of the expected balance or ¥100, whichever is larger', () => {
  it('¥100 for balances up to ¥10,000', () => {
    expect(ON_TRACK).toEqual({ ratio: 0.01, minimumFen: 10_000 });
    expect(statusOf(10_000, 500_000)).toBe('on_track');
    expect(statusOf(10_001, 500_000)).toBe('behind');
    expect(statusOf(-10_000, 500_000)).toBe('on_track');
    expect(statusOf(-10_001, 500_000)).toBe('ahead');
    expect(statusOf(0, 0)).toBe('on_track');
  });
  it('1 % above ¥10,000: ¥200 for an expected ¥20,000', () => {
    expect(statusOf(20_000, 2_000_000)).toBe('on_track');
    expect(statusOf(20_001, 2_000_000)).toBe('behind');
    expect(statusOf(-15_000, 2_000_000)).toBe('on_track');
    expect(statusOf(-20_001, 2_000_000)).toBe('ahead');
  });
});

describe('each debt against what an earlier plan expected for this month', () => {
  const compared = (name: string, earlier = first) => compareWith(earlier, now, now.debts.find((d) => d.name === name)!);

  it('ahead, on track, behind, by how much', () => {
    // 7,700 − 7,821.90 = −121.90: more than ¥100 below the plan.
    expect(compared('借呗')).toEqual({ asOf: '2026-11-01', month: '2027-02', expected: 7821.9, difference: -121.9, status: 'ahead', unavailable: null });
    // 3,250 − 3,170.16 = 79.84: within ¥100.
    expect(compared('京东金条')).toMatchObject({ expected: 3170.16, difference: 79.84, status: 'on_track' });
    // 2,800 − 2,619.18 = 180.82.
    expect(compared('美团借钱')).toMatchObject({ expected: 2619.18, difference: 180.82, status: 'behind' });
    expect(compared('花呗')).toMatchObject({ expected: 5826.03, difference: 0, status: 'on_track' });
  });

  it('a renamed debt is matched by name only: the new name was not in that audit', () => {
    expect(compared('广发信用卡')).toEqual({ asOf: '2026-11-01', month: '2027-02', expected: null, difference: null, status: null, unavailable: 'not_in_audit' });
  });

  it('an audit of the same month expects its own balance', () => {
    const earlyFeb = snapshotFor(later(turnover, '2027-02-01', { 借呗: 7800 }));
    expect(compared('借呗', earlyFeb)).toMatchObject({ asOf: '2027-02-01', expected: 7800, difference: -100, status: 'on_track' });
  });

  it('the previous audit\'s own plan, hand-set: expected 7,650, balance 7,700 → on track by +50', () => {
    const jan = structuredClone(snapshotFor(later(turnover, '2027-01-02', { 借呗: 9000 })));
    expect(jan.projection.from).toBe('2027-02');
    jan.projection.balances['借呗']![0] = 7650;
    expect(compared('借呗', jan)).toMatchObject({ asOf: '2027-01-02', expected: 7650, difference: 50, status: 'on_track' });
  });

  it('after a payable plan\'s last month it expects 0; past the 24 months projected it cannot say', async () => {
    // turnover-late is debt-free in 13 months (by 2027-12): 2028-01 is past its schedule.
    expect(first.projection.balances['借呗']).toHaveLength(13);
    expect(expectedFen(first, '借呗', '2027-12')).toBe(0);
    expect(expectedFen(first, '花呗', '2028-01')).toBe(0);
    const environment = snapshotFor(await sample('environment'));
    const name = environment.debts[0]!.name;
    expect(expectedFen(environment, name, '2028-11')).toBe(Math.round(environment.projection.balances[name]![23]! * 100));
    expect(expectedFen(environment, name, '2028-12')).toBe('beyond_projection');
    expect(expectedFen(environment, 'no such debt', '2027-01')).toBe('not_in_audit');
  });
});

describe('the progress document', () => {
  it('with fewer than two audits: the timeline and what it needs, no comparison', () => {
    const one = doc(first);
    expect(one.enough).toBe(false);
    expect(one.timeline).toHaveLength(1);
    expect(one).toMatchObject({ changes: null, debts: [], debtFree: null });
    expect(doc().timeline).toEqual([]);
  });

  it('the timeline: date, score and grade, findings by severity, debt, DTI, months and debt-free month', () => {
    expect(doc(first, now).timeline[0]).toEqual({
      asOf: '2026-11-01',
      recorded: true,
      score: 39, // the areas-v2 score (issue 21)
      grade: 'E',
      findings: { critical: 0, high: 7, medium: 5, low: 4, info: 1 },
      totalDebt: 40200,
      dti: 0.5668,
      months: 13,
      debtFreeBy: '2027-12',
    });
  });

  it('what changed: the renamed debt is one gone and one added; the cut limit', () => {
    const changes = doc(first, now).changes!;
    expect(changes.from).toBe('2026-11-01');
    expect(changes.to).toBe('2027-02-03');
    expect(changes.debts).toEqual({ paidOff: [], added: ['广发信用卡'], gone: [{ name: '广发银行信用卡', balance: 9800 }] });
    expect(changes.limits).toEqual([{ name: '借呗', from: 12000, to: 8000 }]);
  });

  it('findings resolved, new and changed in severity, matched by rule id at their worst severity', () => {
    const before = structuredClone(first);
    const after = structuredClone(now);
    before.findings = [
      { id: 'a', area: 'credit', severity: 'high' },
      { id: 'b', area: 'debt', severity: 'medium' },
      { id: 'c', area: 'debt', severity: 'low' },
      { id: 'd', area: 'debt', severity: 'medium' },
      { id: 'd', area: 'debt', severity: 'high' },
    ];
    after.findings = [
      { id: 'b', area: 'debt', severity: 'high' },
      { id: 'c', area: 'debt', severity: 'low' },
      { id: 'e', area: 'macro', severity: 'info' },
    ];
    expect(doc(before, after).changes!.findings).toEqual({
      resolved: [
        { id: 'a', severity: 'high' },
        { id: 'd', severity: 'high' },
      ],
      new: [{ id: 'e', severity: 'info' }],
      severityChanged: [{ id: 'b', from: 'medium', to: 'high' }],
    });
  });

  it('a debt paid off but still listed, and a new line and a line gone', () => {
    const paid = snapshotFor(
      later(turnover, '2027-03-01', { 美团借钱: 0 }, { credit_lines: [...turnover.credit_lines!.filter((l) => l.name !== '花呗'), { name: '新额度', limit: 3000 }] }),
    );
    const changes = doc(first, paid).changes!;
    expect(changes.debts).toEqual({ paidOff: ['美团借钱'], added: [], gone: [] });
    expect(changes.limits).toEqual([
      { name: '新额度', from: null, to: 3000 },
      { name: '花呗', from: 8000, to: null },
    ]);
  });

  it('each debt against the first and the previous plans; how far the debt-free month moved', () => {
    const jan = snapshotFor(later(turnover, '2027-01-02', { 借呗: 9000 }));
    const progress = doc(first, jan, now);
    expect(progress.debts.map((d) => [d.name, d.first.asOf, d.previous.asOf])).toEqual(
      now.debts.map((d) => [d.name, '2026-11-01', '2027-01-02']),
    );
    const months = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5));
    expect(progress.debtFree).toEqual({
      now: now.plan.debtFreeBy,
      first: '2027-12',
      previous: jan.plan.debtFreeBy,
      sinceFirst: months('2027-12', now.plan.debtFreeBy!),
      sincePrevious: months(jan.plan.debtFreeBy!, now.plan.debtFreeBy!),
    });
  });
});

describe('streaks', () => {
  it('months without a new overdue / inquiry, from the latest one listed', () => {
    // Overdue 2026-06-18 → 2027-02-03: 7 whole months. The new inquiry of 2027-01-20: 0 months.
    expect(streak(sums(first, now), 'overdues', 'lastOverdue')).toEqual({ months: 7, since: '2026-06-18', sinceFirstAudit: false });
    expect(streak(sums(first, now), 'inquiries', 'lastInquiry')).toEqual({ months: 0, since: '2027-01-20', sinceFirstAudit: false });
    expect(streak(sums(first), 'inquiries', 'lastInquiry')).toEqual({ months: 0, since: '2026-10-27', sinceFirstAudit: false });
  });

  it('an event a later profile dropped still counts: the latest any audit listed', () => {
    const dropped = snapshotFor(later(turnover, '2027-02-03', {}, { credit: { ...turnover.credit, overdues: [] } }));
    expect(streak(sums(first, dropped), 'overdues', 'lastOverdue')).toEqual({ months: 7, since: '2026-06-18', sinceFirstAudit: false });
  });

  it('none ever listed: at least the months since the first audit that knew the list; unknown: none', async () => {
    const owner = await sample('business-owner');
    const a = snapshotFor(owner);
    const b = snapshotFor(later(owner, '2027-05-02', {}));
    expect(a.credit.overdues).toBe(0);
    expect(streak(sums(a, b), 'overdues', 'lastOverdue')).toEqual({ months: wholeMonths(a.asOf, '2027-05-02'), since: a.asOf, sinceFirstAudit: true });
    const unknown = snapshotFor(later(owner, '2027-06-01', {}, { credit: undefined }));
    expect(streak(sums(a, b, unknown), 'overdues', 'lastOverdue')).toBeNull();
  });

  it('whole calendar months', () => {
    expect(wholeMonths('2026-06-18', '2027-02-03')).toBe(7);
    expect(wholeMonths('2026-06-18', '2027-02-18')).toBe(8);
    expect(wholeMonths('2027-01-31', '2027-02-28')).toBe(1);
    expect(wholeMonths('2027-01-20', '2027-02-03')).toBe(0);
    expect(wholeMonths('2027-02-03', '2027-02-03')).toBe(0);
  });
});

describe('a history that belongs to another profile', () => {
  it('is told from one whose debts changed: no debt or line name in common', async () => {
    const healthy = await sample('healthy');
    const stranger = snapshotFor({
      ...healthy,
      debts: healthy.debts.map((d, i) => ({ ...d, name: `other-${i}` })),
      credit_lines: healthy.credit_lines?.map((l, i) => ({ ...l, name: `line-${i}` })),
    });
    expect(otherProfileBreaks(sums(first, now))).toEqual([]);
    expect(otherProfileBreaks(sums(first, stranger, now))).toEqual([
      { from: '2026-11-01', to: stranger.asOf },
      { from: stranger.asOf, to: '2027-02-03' },
    ]);
  });
});
