/**
 * A snapshot (issue 17, section 1) built from a real audit: the figures, hand-checked against the
 * sample's own arithmetic (profiles/turnover-late.yaml's header), the 24-month projection against
 * the plan, and the digests.
 */
import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/audit';
import { canonicalProfileText, profileNames } from '../../src/history/digest';
import { isSnapshot } from '../../src/history/validate';
import { snapshotSchema } from '../../src/history/schema';
import { snapshotLine } from '../../src/history/snapshot';
import { sample, snapshotFor } from './helpers';

describe('a snapshot of an audit', async () => {
  const profile = await sample('turnover-late');
  const snapshot = snapshotFor(profile);

  it('is a valid history line, beginning with its version and date', () => {
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(isSnapshot(snapshot)).toBe(true);
    const line = snapshotLine(snapshot);
    expect(line.startsWith('{"historyVersion":1,"asOf":"2026-11-01",')).toBe(true);
    expect(line.endsWith('}\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
  });

  it('holds the date, score and findings (id, severity, clearsBy)', () => {
    expect(snapshot.asOf).toBe('2026-11-01');
    expect(snapshot.score).toEqual({ value: 39, grade: 'E', byArea: { credit: 7, debt: 52, spending: 52, macro: 97 } });
    expect(snapshot.findings.map((f) => f.id)).toContain('debt/dti-high');
    expect(snapshot.findings.find((f) => f.id === 'credit/inquiries-frequent')).toEqual({
      id: 'credit/inquiries-frequent',
      area: 'credit',
      severity: 'high',
      clearsBy: '2027-02-11',
    });
  });

  it('holds each debt with its balance, required payment and the APR used (daily rate × 365)', () => {
    // The sample's header: first-month required ≈ 1366.81 + 1089.03 + 905.11 + 760 + 980.
    expect(snapshot.debts).toEqual([
      { name: '借呗', kind: 'online_loan', balance: 11500, requiredPayment: 1366.81, apr: 0.16425, overdue: false },
      { name: '京东金条', kind: 'online_loan', balance: 6200, requiredPayment: 1089.03, apr: 0.1825, overdue: false },
      { name: '美团借钱', kind: 'online_loan', balance: 5100, requiredPayment: 905.11, apr: 0.219, overdue: false },
      { name: '花呗', kind: 'online_loan', balance: 7600, requiredPayment: 760, apr: 0.1825, overdue: false },
      { name: '广发银行信用卡', kind: 'credit_card', balance: 9800, requiredPayment: 980, apr: 0.1825, overdue: false },
    ]);
  });

  it('holds the totals: debt, required payments, DTI (5,100.95 ÷ 9,000), online lenders', () => {
    expect(snapshot.totals).toEqual({ income: 9000, debt: 40200, requiredPayments: 5100.95, dti: 0.5668, onlineLenders: 3 });
  });

  it('holds the credit events the streaks count, up to the audit date', () => {
    expect(snapshot.credit).toEqual({ overdues: 1, lastOverdue: '2026-06-18', inquiries: 11, lastInquiry: '2026-10-27' });
    // A list left out is unknown, not "none".
    const withoutCredit = snapshotFor({ ...profile, credit: undefined });
    expect(withoutCredit.credit).toEqual({ overdues: null, lastOverdue: null, inquiries: null, lastInquiry: null });
    // An empty list is "none", and events after the audit date are not counted.
    const future = snapshotFor({ ...profile, credit: { overdues: [], inquiries: [{ date: '2026-12-01', kind: 'loan' }] } });
    expect(future.credit).toEqual({ overdues: 0, lastOverdue: null, inquiries: 0, lastInquiry: null });
  });

  it('holds the plan summary and each debt\'s planned balance for the next months, as the plan computed them', () => {
    const plan = planFor(profile, '2026-11-01', 0.2, 'recovery');
    expect(snapshot.plan).toEqual({ strategy: 'recovery', share: 0.2, feasible: false, payable: true, months: 13, debtFreeBy: '2027-12', totalInterest: snapshot.plan.totalInterest });
    expect(snapshot.plan.totalInterest).toBe(plan.totalInterestFen / 100);
    expect(snapshot.projection.from).toBe('2026-12');
    // Debt-free in 13 months: the projection stops there (a payable plan expects 0 after it).
    expect(snapshot.projection.balances['借呗']).toHaveLength(13);
    expect(snapshot.projection.balances['借呗']!.slice(0, 4)).toEqual([10290.6, 9064.64, 7821.9, 6562.15]);
    for (const [name, series] of Object.entries(snapshot.projection.balances)) {
      expect(series).toEqual(plan.schedule.slice(0, 24).map((m) => m.balancesFen[name]! / 100));
    }
  });

  it('keeps 24 months of a longer plan', async () => {
    const long = snapshotFor(await sample('environment'));
    expect(long.plan.months).toBe(188);
    for (const series of Object.values(long.projection.balances)) expect(series).toHaveLength(24);
  });

  it('digests the profile as validated: key order and $schema do not change it, a value does', () => {
    const reordered = Object.fromEntries(Object.entries(profile).reverse()) as typeof profile;
    expect(canonicalProfileText(reordered)).toBe(canonicalProfileText(profile));
    expect(canonicalProfileText({ ...profile, $schema: 'x.json' })).toBe(canonicalProfileText(profile));
    expect(snapshotFor({ ...profile, $schema: 'x.json' }).digest).toEqual(snapshot.digest);
    const paid = { ...profile, debts: profile.debts.map((d, i) => (i === 0 ? { ...d, balance: 11000 } : d)) };
    expect(snapshotFor(paid).digest.profile).not.toBe(snapshot.digest.profile);
    // The names digest follows the names only.
    expect(snapshotFor(paid).digest.names).toBe(snapshot.digest.names);
    expect(snapshot.digest.profile).toMatch(/^[0-9a-f]{64}$/);
    expect(profileNames(profile)).toEqual(['京东金条', '借呗', '广发银行信用卡', '美团借钱', '花呗'].sort());
  });
});
