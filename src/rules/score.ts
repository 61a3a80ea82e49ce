/**
 * The limit health score (product.md): 100 minus a fixed penalty per finding, floored at 0,
 * overall and per area. A transparent heuristic: no platform publishes its model.
 */
import { AREAS } from '../findings';
import type { Finding } from './types';
import type { Area, Severity } from '../findings';

export const SEVERITY_PENALTY: Record<Severity, number> = { critical: 30, high: 15, medium: 7, low: 3, info: 0 };

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];

export interface HealthScore {
  value: number;
  grade: Grade;
  byArea: Record<Area, number>;
}

/** A ≥85, B ≥70, C ≥55, D ≥40, else E. */
export function gradeFor(value: number): Grade {
  if (value >= 85) return 'A';
  if (value >= 70) return 'B';
  if (value >= 55) return 'C';
  if (value >= 40) return 'D';
  return 'E';
}

function scoreOf(findings: readonly Pick<Finding, 'severity'>[]): number {
  const penalty = findings.reduce((sum, finding) => sum + SEVERITY_PENALTY[finding.severity], 0);
  return Math.max(0, 100 - penalty);
}

export function healthScore(findings: readonly Pick<Finding, 'area' | 'severity'>[]): HealthScore {
  const value = scoreOf(findings);
  const byArea = {} as Record<Area, number>;
  for (const area of AREAS) byArea[area] = scoreOf(findings.filter((finding) => finding.area === area));
  return { value, grade: gradeFor(value), byArea };
}
