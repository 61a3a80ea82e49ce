/**
 * Imported sections → a profile: merged into an existing one (only the imported fields replaced,
 * everything else kept), or a new one built around them.
 */
import { fenToYuan, yuanToFen } from '../money';
import type { Profile } from '../profile/schema';
import type { ImportedSections, ImportResult } from './types';

/** The profile fields an import may replace, in the order they are shown and written. */
export const IMPORTED_PATHS = [
  ['income', 'history'],
  ['spending', 'history'],
  ['spending', 'large_purchases'],
  ['spending', 'lender_transfers_per_month'],
  ['credit', 'draws'],
] as const;

export type ImportedPath = (typeof IMPORTED_PATHS)[number];

/** The imported value at one of IMPORTED_PATHS, or undefined when the bills did not yield it. */
export function importedValue(sections: ImportedSections, path: ImportedPath): unknown {
  const [section, field] = path;
  const group = sections[section] as Record<string, unknown> | undefined;
  return group?.[field];
}

/** The profile with the imported fields replaced; every other field is kept as it was. */
export function applyImport(profile: Profile, sections: ImportedSections): Profile {
  const next: Profile = { ...profile };
  if (sections.income) next.income = { ...profile.income, history: sections.income.history };
  if (sections.spending) {
    const spending = { ...(profile.spending ?? {}) };
    const imported = sections.spending;
    if (imported.history !== undefined) spending.history = imported.history;
    if (imported.large_purchases !== undefined) spending.large_purchases = imported.large_purchases;
    if (imported.lender_transfers_per_month !== undefined) spending.lender_transfers_per_month = imported.lender_transfers_per_month;
    next.spending = spending;
  }
  if (sections.credit) next.credit = { ...(profile.credit ?? {}), draws: sections.credit.draws };
  return next;
}

/**
 * A new profile from the bills alone. income.monthly is the mean monthly income the bills show —
 * an estimate the generated file's comment asks the user to check (salaries usually go to a bank
 * card, not through Alipay or WeChat). as_of is the last day the bills cover.
 */
export function profileFromImport(result: ImportResult): Profile {
  const history = result.sections.income?.history ?? [];
  const meanFen = history.length > 0 ? Math.round(history.reduce((sum, h) => sum + yuanToFen(h.amount), 0) / history.length) : 0;
  const base: Profile = {
    version: 1,
    ...(result.period ? { as_of: result.period.end } : {}),
    income: { monthly: fenToYuan(meanFen) },
    debts: [],
  };
  return applyImport(base, result.sections);
}
