/**
 * The limit health score, method areas-v2 (product.md, "The score"): per area 100 − 40/20/8/3 per
 * critical/high/medium/low finding, floored at 0; overall the mean of the areas with a rule
 * evaluated, weighted credit 0.40, debt 0.35, spending 0.15, macro 0.10 (renormalised over them),
 * rounded half-up, then capped at 39 with a critical finding and 69 with a high one.
 * Every expected value below is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { gradeFor, healthScore } from '../../src/rules/score';
import type { Area, Severity } from '../../src/findings';

const f = (severity: Severity, area: Area = 'credit') => ({ severity, area });
const many = (n: number, severity: Severity, area: Area) => Array.from({ length: n }, () => f(severity, area));

describe('healthScore (areas-v2)', () => {
  it('starts at 100, grade A, in every area, with the four weights', () => {
    expect(healthScore([])).toEqual({
      value: 100,
      grade: 'A',
      byArea: { credit: 100, debt: 100, spending: 100, macro: 100 },
      weights: { credit: 0.4, debt: 0.35, spending: 0.15, macro: 0.1 },
    });
  });

  it('takes 40 per critical, 20 per high, 8 per medium, 3 per low and nothing for info from the area', () => {
    expect(healthScore([f('critical', 'debt')]).byArea.debt).toBe(60);
    expect(healthScore([f('high', 'debt')]).byArea.debt).toBe(80);
    expect(healthScore([f('medium', 'debt')]).byArea.debt).toBe(92);
    expect(healthScore([f('low', 'debt')]).byArea.debt).toBe(97);
    expect(healthScore([f('info', 'debt'), f('info', 'debt')]).byArea.debt).toBe(100);
    // 100 − 40 − 20 − 8 − 3 = 29
    expect(healthScore([f('critical'), f('high'), f('medium'), f('low'), f('info')]).byArea.credit).toBe(29);
  });

  it('floors each area at 0', () => {
    expect(healthScore(many(3, 'critical', 'credit')).byArea.credit).toBe(0);
  });

  it('weighs the areas 40/35/15/10', () => {
    // credit 92: (40 × 92 + 35 × 100 + 15 × 100 + 10 × 100) / 100 = 96.8 → 97
    expect(healthScore([f('medium', 'credit')]).value).toBe(97);
    // spending 76: (4000 + 3500 + 15 × 76 + 1000) / 100 = 96.4 → 96
    expect(healthScore(many(3, 'medium', 'spending')).value).toBe(96);
  });

  it('rounds an exact .5 up (where adding the weighted floats gives 98.49999999999999)', () => {
    // debt 97, spending 97: (4000 + 35 × 97 + 15 × 97 + 1000) / 100 = 9850 / 100 = 98.5 → 99
    expect(healthScore([f('low', 'debt'), f('low', 'spending')])).toMatchObject({ value: 99, grade: 'A' });
    // credit 97, debt 97, macro 92: (3880 + 3395 + 1500 + 920) / 100 = 96.95 → 97
    expect(healthScore([f('low', 'credit'), f('low', 'debt'), f('medium', 'macro')]).value).toBe(97);
  });

  it('weighs only the areas with a rule evaluated, renormalising their weights', () => {
    // credit 92 and macro 100 only: (40 × 92 + 10 × 100) / 50 = 93.6 → 94 (all four areas: 97)
    const score = healthScore([f('medium', 'credit')], ['credit', 'macro']);
    expect(score.value).toBe(94);
    expect(score.weights).toEqual({ credit: 0.8, debt: 0, spending: 0, macro: 0.2 });
    // The areas left out still show their own score.
    expect(score.byArea).toEqual({ credit: 92, debt: 100, spending: 100, macro: 100 });
    // debt 92 alone: 92
    expect(healthScore([f('medium', 'debt')], ['debt']).value).toBe(92);
    // No area evaluated at all: nothing could be looked at, nothing is held against the person.
    expect(healthScore([], [])).toMatchObject({ value: 100, weights: { credit: 0, debt: 0, spending: 0, macro: 0 } });
  });

  it('caps the score at 39 with a critical finding and at 69 with a high one', () => {
    // credit 60: (2400 + 6000) / 100 = 84, capped at 39
    expect(healthScore([f('critical', 'credit')])).toMatchObject({ value: 39, grade: 'E' });
    // debt 80: (4000 + 2800 + 1500 + 1000) / 100 = 93, capped at 69
    expect(healthScore([f('high', 'debt')])).toMatchObject({ value: 69, grade: 'C' });
    // a high in macro alone: (9000 + 10 × 80) / 100 = 98, capped at 69
    expect(healthScore([f('high', 'macro')]).value).toBe(69);
    // A cap never raises: credit 0 and debt 0 → (1500 + 1000) / 100 = 25
    expect(healthScore([...many(3, 'critical', 'credit'), ...many(3, 'critical', 'debt')]).value).toBe(25);
    // Medium and low findings set no cap: 13 mediums in spending (100 − 104, floored at 0) → 85
    expect(healthScore(many(13, 'medium', 'spending')).value).toBe(85);
  });

  it('tells apart a current overdue from high findings only', () => {
    // The cases: a critical caps at 39; the same profile without it at 69 at most.
    const withOverdue = healthScore([f('critical', 'credit'), f('high', 'credit'), f('high', 'debt')]);
    const withoutOverdue = healthScore([f('high', 'credit'), f('high', 'debt')]);
    // credit 40, debt 80: (1600 + 2800 + 1500 + 1000) / 100 = 69 → 39; credit 80: (3200 + 2800 + 2500) / 100 = 85 → 69
    expect([withOverdue.value, withoutOverdue.value]).toEqual([39, 69]);
  });

  it.each([
    [100, 'A'],
    [85, 'A'],
    [84, 'B'],
    [70, 'B'],
    [69, 'C'],
    [55, 'C'],
    [54, 'D'],
    [40, 'D'],
    [39, 'E'],
    [0, 'E'],
  ])('grades %i as %s', (value, grade) => {
    expect(gradeFor(value)).toBe(grade);
  });
});
