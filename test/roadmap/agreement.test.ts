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
