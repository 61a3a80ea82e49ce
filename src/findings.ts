/**
 * The vocabulary of a finding: its severities (worst first) and the areas rules belong to. The
 * rules, the report and its strings all speak it, so it sits below all of them: i18n names a
 * severity without reaching into the rules (issue 16: no folder imports one that imports it back).
 */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AREAS = ['credit', 'debt', 'spending', 'macro'] as const;
export type Area = (typeof AREAS)[number];
