/**
 * What the sections and the flow share: which sections there are, in the profile's order, and
 * what each one hands back (its part of the profile, YAML notes, how its lists were answered).
 */
import type { z } from 'zod/mini';
import type {
  assetsSchema,
  CreditLine,
  creditSchema,
  Debt,
  drawSchema,
  employmentSchema,
  incomeSchema,
  inquirySchema,
  overdueSchema,
  profileMacroSchema,
  spendingSchema,
} from '../../profile/schema';
import type { Ask } from '../questions/ask';
import type { FieldPath } from '../questions/validate';

export type Income = z.infer<typeof incomeSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type Overdue = z.infer<typeof overdueSchema>;
export type Inquiry = z.infer<typeof inquirySchema>;
export type Draw = z.infer<typeof drawSchema>;
export type Spending = z.infer<typeof spendingSchema>;
export type Assets = z.infer<typeof assetsSchema>;
export type Employment = z.infer<typeof employmentSchema>;
/** The part of a profile's `macro:` the questionnaire asks about: the user's own view. */
export type Environment = Pick<z.infer<typeof profileMacroSchema>, 'platform_contraction'>;
export type LargePurchase = NonNullable<Spending['large_purchases']>[number];
export type MonthAmount = NonNullable<Income['history']>[number];

export const SECTION_IDS = ['income', 'debts', 'credit', 'credit_lines', 'spending', 'assets', 'employment', 'macro'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** What each section contributes to the profile, under the profile's own key. */
export interface SectionValues {
  income: Income;
  debts: Debt[];
  credit: Credit;
  credit_lines: CreditLine[];
  spending: Spending;
  assets: Assets;
  employment: Employment;
  macro: Environment;
}

/** A remark written as a YAML comment above `path` (e.g. "these dates were estimated from your counts"). */
export interface Note {
  path: FieldPath;
  text: string;
}

export interface SectionOutcome<T> {
  /** Undefined: skipped, and left out of the profile. */
  value: T | undefined;
  notes: Note[];
  /** How each list was answered ('none', 'counts', 'list', 'unknown'), the default when the section is edited. */
  modes: Record<string, string>;
}

export type Answers = { [K in SectionId]?: SectionOutcome<SectionValues[K]> };

export interface SectionContext {
  ask: Ask;
  /** The date the profile describes; every "last N months" counts back from it. */
  asOf: string;
  /** The other sections' answers (income for the large-purchase hint, debts for unique names). */
  answers: Answers;
}

export type Section<K extends SectionId> = (ctx: SectionContext, previous: SectionOutcome<SectionValues[K]> | undefined) => Promise<SectionOutcome<SectionValues[K]>>;
