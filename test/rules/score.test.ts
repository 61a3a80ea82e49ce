import { describe, expect, it } from 'vitest';
import { gradeFor, healthScore } from '../../src/rules/score';
import type { Area, Severity } from '../../src/findings';

const f = (severity: Severity, area: Area = 'credit') => ({ severity, area });

describe('healthScore', () => {
  it('starts at 100, grade A, in every area', () => {
    expect(healthScore([])).toEqual({ value: 100, grade: 'A', byArea: { credit: 100, debt: 100, spending: 100, macro: 100 } });
  });

  it('subtracts 30 per critical, 15 per high, 7 per medium, 3 per low and nothing for info', () => {
    expect(healthScore([f('critical')]).value).toBe(70);
    expect(healthScore([f('high')]).value).toBe(85);
    expect(healthScore([f('medium')]).value).toBe(93);
    expect(healthScore([f('low')]).value).toBe(97);
    expect(healthScore([f('info'), f('info'), f('info')]).value).toBe(100);
    // 100 − 30 − 15 − 7 − 3 = 45.
    expect(healthScore([f('critical'), f('high'), f('medium'), f('low'), f('info')])).toMatchObject({ value: 45, grade: 'D' });
  });

  it('floors at 0', () => {
    expect(healthScore([f('critical'), f('critical'), f('critical'), f('high')])).toMatchObject({ value: 0, grade: 'E' });
    expect(healthScore([f('critical'), f('critical'), f('critical'), f('critical')]).value).toBe(0);
  });

  it('scores each area over its own findings', () => {
    const score = healthScore([f('high', 'debt'), f('medium', 'debt'), f('low', 'macro'), f('critical', 'spending')]);
    // Overall 100 − 15 − 7 − 3 − 30 = 45; debt 100 − 22 = 78; macro 97; spending 70.
    expect(score).toEqual({ value: 45, grade: 'D', byArea: { credit: 100, debt: 78, spending: 70, macro: 97 } });
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

  it('grades the score it computes: one high is exactly 85, an A; one more low is a B', () => {
    expect(healthScore([f('high')]).grade).toBe('A');
    expect(healthScore([f('high'), f('low')]).grade).toBe('B');
  });
});
