/**
 * The limit health score (product.md, "The score", method `areas-v2`): each area 100 minus a fixed
 * penalty per finding, floored at 0; overall, the weighted mean of the areas that had at least one
 * rule evaluated, rounded half-up, then capped by the worst finding. A transparent heuristic: no
 * platform publishes its model.
 */
import { AREAS } from '../findings';
import type { Finding } from './types';
import type { Area, Severity } from '../findings';

export const SCORE_METHOD = 'areas-v2';

export const SEVERITY_PENALTY: Record<Severity, number> = { critical: 40, high: 20, medium: 8, low: 3, info: 0 };

/** Each area's weight in the overall score, in hundredths (renormalised over the areas scored). */
export const AREA_WEIGHT: Record<Area, number> = { credit: 40, debt: 35, spending: 15, macro: 10 };

/** The overall score is at most this while any finding has the severity. */
export const SEVERITY_CAP: Partial<Record<Severity, number>> = { critical: 39, high: 69 };

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];

export interface HealthScore {
  value: number;
  grade: Grade;
  byArea: Record<Area, number>;
  /** The weight each area had in `value` (0 for an area with no rule evaluated); they sum to 1 unless none was. */
  weights: Record<Area, number>;
}

/** A ≥85, B ≥70, C ≥55, D ≥40, else E. */
export function gradeFor(value: number): Grade {
  if (value >= 85) return 'A';
  if (value >= 70) return 'B';
  if (value >= 55) return 'C';
  if (value >= 40) return 'D';
  return 'E';
}

function areaScore(findings: readonly Pick<Finding, 'severity'>[]): number {
  const penalty = findings.reduce((sum, finding) => sum + SEVERITY_PENALTY[finding.severity], 0);
  return Math.max(0, 100 - penalty);
}

/**
 * The score of `findings`. `scored` names the areas with at least one evaluated rule (all four by
 * default); an area without one says nothing about the person and takes no weight. With none at
 * all the score is 100: nothing was found because nothing could be looked at.
 */
export function healthScore(findings: readonly Pick<Finding, 'area' | 'severity'>[], scored: readonly Area[] = AREAS): HealthScore {
  const byArea = {} as Record<Area, number>;
  for (const area of AREAS) byArea[area] = areaScore(findings.filter((finding) => finding.area === area));
  const counted = AREAS.filter((area) => scored.includes(area));
  // Integer weights and integer scores: the mean is an exact fraction, rounded half-up exactly.
  const weightSum = counted.reduce((sum, area) => sum + AREA_WEIGHT[area], 0);
  const weighted = counted.reduce((sum, area) => sum + AREA_WEIGHT[area] * byArea[area], 0);
  let value = weightSum === 0 ? 100 : Math.floor((2 * weighted + weightSum) / (2 * weightSum));
  for (const finding of findings) value = Math.min(value, SEVERITY_CAP[finding.severity] ?? 100);
  const weights = {} as Record<Area, number>;
  for (const area of AREAS) weights[area] = counted.includes(area) ? Math.round((AREA_WEIGHT[area] / weightSum) * 10_000) / 10_000 : 0;
  return { value, grade: gradeFor(value), byArea, weights };
}
