/**
 * Issue 17: what `check` says about the future agrees with the projection. Each finding's
 * clearsBy (and belowMediumBy) is the month-end the projection first finds it gone (below medium),
 * and the review month check names without projecting 36 months is the first month the projection
 * finds nothing blocking — on every sample profile, on generated profiles of every shape, and on
 * generated profiles whose events and debts fall within the roadmap's 36 months.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/profile/schema';
import { STRATEGIES } from '../../src/plan/types';
import { asOfArb, profileArb } from '../reliability/arbitraries';
import { audited, disagreements, nearProfileArb } from './helpers';

const samples = readdirSync('profiles').filter((file) => file.endsWith('.yaml'));

describe('clearsBy, belowMediumBy and the review month agree with the projection', () => {
  it.each(samples)('profiles/%s', (file) => {
    const profile = parse(readFileSync(`profiles/${file}`, 'utf8')) as Profile;
    for (const strategy of STRATEGIES) expect(disagreements(audited(profile, profile.as_of, { strategy })), strategy).toEqual([]);
  });

  it('a finding that falls to low before it clears stops holding the review month back then (belowMediumBy)', () => {
    // A card at 40,000 on an income of 10,000: debt-to-income counts it at 10 % of its balance, 40 %
    // (medium). The minimum payments bring it under 36 % (low) months before 20 % (gone).
    const profile: Profile = {
      version: 1,
      as_of: '2026-11-01',
      income: { monthly: 10_000 },
      debts: [{ name: '招行信用卡', kind: 'credit_card', balance: 40_000, daily_rate: 0.0005, repayment: 'revolving' }],
    };
    const a = audited(profile);
    const dti = a.findings.find((f) => f.ruleId === 'debt/dti-high')!;
    expect(dti.severity).toBe('medium');
    expect(dti.belowMediumBy! < dti.clearsBy!).toBe(true);
    expect(a.reviewMonth).toBe(dti.belowMediumBy);
    expect(disagreements(a)).toEqual([]);
  });

  it('reads a plan month by own keys only: a debt may be called "toString"', () => {
    // 500 due on "toString" in its last month and 100 on "valueOf": 60 % of 1,000 (high). From the
    // plan's second month only "valueOf" is due: 10 %, gone — a plan month's record of what is due
    // has no key for a debt paid off, and Object.prototype.toString is no amount.
    const profile: Profile = {
      version: 1,
      as_of: '2026-11-01',
      income: { monthly: 1000 },
      debts: [
        { name: 'toString', kind: 'installment', balance: 500, apr: 0, repayment: 'equal_installment', months_left: 1 },
        { name: 'valueOf', kind: 'installment', balance: 1200, apr: 0, repayment: 'equal_installment', months_left: 12 },
      ],
    };
    const a = audited(profile);
    expect(a.findings.find((f) => f.ruleId === 'debt/installment-burden')).toMatchObject({ severity: 'high', clearsBy: '2027-01' });
    expect(disagreements(a)).toEqual([]);
  });

  it('on profiles close to their audit date (windows, payoffs and settlements within 36 months)', () => {
    fc.assert(
      fc.property(nearProfileArb, fc.constantFrom(...STRATEGIES), fc.constantFrom(0.1, 0.2, 0.5), (profile, strategy, share) => {
        expect(disagreements(audited(profile, profile.as_of, { strategy, share }))).toEqual([]);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('with a config that moves the lines (a finding may clear before its last event leaves)', () => {
    const config = { rules: { 'credit/overdue-history': { thresholds: { medium: 2, high: 3 } }, 'credit/inquiries-frequent': { thresholds: { last_6m: 3 } } } };
    fc.assert(
      fc.property(nearProfileArb, (profile) => {
        expect(disagreements(audited(profile, profile.as_of, { config }))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('on generated profiles of every shape', () => {
    fc.assert(
      fc.property(profileArb(), asOfArb, (profile, asOf) => {
        expect(disagreements(audited(profile, profile.as_of ?? asOf))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
