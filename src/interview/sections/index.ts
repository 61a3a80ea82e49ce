/**
 * The questionnaire's sections, one per part of the profile, in the profile's order.
 *
 * Each section returns the profile part it produced, or nothing when the user skipped it: a
 * skipped part is left out of the profile, so the audit lists its rules as not evaluated — never
 * as passed. Income and debts are the profile's required fields and cannot be skipped (with no
 * debts the answer is "none", and `debts: []` is a statement, not a gap).
 *
 * Every answer is checked, as typed, against the profile schema's own part (incomeSchema,
 * debtSchema, creditSchema …) with the record answered so far; see questions/validate.ts.
 */
import { askAssets } from './assets';
import { askCredit } from './credit';
import { askCreditLines } from './credit-lines';
import { askDebts } from './debts';
import { askEmployment } from './employment';
import { askEnvironment } from './environment';
import { askIncome } from './income';
import { askedFirst } from './shared';
import { askSpending } from './spending';
import type { Section, SectionId } from './types';

/** Each section, in the profile's order (SECTION_IDS). */
export const SECTIONS: { [K in SectionId]: Section<K> } = {
  income: askIncome,
  debts: askDebts,
  credit: askedFirst('credit', askCredit),
  credit_lines: askedFirst('credit_lines', askCreditLines),
  spending: askedFirst('spending', askSpending),
  assets: askedFirst('assets', askAssets),
  employment: askedFirst('employment', askEmployment),
  // One question, whose "not sure" is the skip: no "answer this section?" before it.
  macro: askEnvironment,
};

/** Sections the user may skip; income and debts are the profile's required fields. */
export function isSkippable(id: SectionId): boolean {
  return id !== 'income' && id !== 'debts';
}
