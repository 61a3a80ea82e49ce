/**
 * The vocabulary of findings over time (docs/roadmap.md), below everything that speaks it: the
 * rules declare their windows in it, the roadmap and the review month use it, and the language
 * catalogues name its terms without reaching into the rules or the roadmap.
 */

/** How far ahead the review month is looked for, and the roadmap's longest (and default) horizon, in months. */
export const REVIEW_HORIZON_MONTHS = 36;

/** The dated lists and monthly series of a profile a rule may count in windows. */
export const WINDOWED_LISTS = ['credit.inquiries', 'credit.draws', 'credit.overdues', 'credit.sesame_history', 'spending.large_purchases'] as const;
export type WindowedList = (typeof WINDOWED_LISTS)[number];

/** The plan's milestones the roadmap names in the month they are reached. */
export const MILESTONES = ['debt_free', 'dti_below_50', 'dti_below_36', 'dti_below_20', 'online_lenders_at_most_2'] as const;
export type MilestoneKind = (typeof MILESTONES)[number];
