/**
 * Validating answers with the profile's own zod schemas, and saying what is wrong in the words the
 * file loader uses. A typed answer goes through exactly the checks and messages a hand-written
 * profile does ("expected a value ≥ 0, found -500"), so the questionnaire has no rules of its own.
 */
import { Document, LineCounter } from 'yaml';
import * as z from 'zod/mini';
import { InputError } from '../../errors';
import type { Lang } from '../../i18n/lang';
import { formatPath, validateParsed } from '../../profile/precise';

export type FieldPath = readonly (string | number)[];

/**
 * Every problem `schema` finds in `candidate`, as `path → message` (first message per path).
 * The candidate is wrapped in an unparsed yaml Document so the loader's validator can run on it;
 * its nodes have no source range, so the messages simply carry no line numbers.
 */
export function schemaProblems(schema: z.core.$ZodType, candidate: object, lang: Lang): Map<string, string> {
  const problems = new Map<string, string>();
  // The usual case, an acceptable answer, costs one safeParse; messages are built only on failure.
  if (z.safeParse(schema, candidate).success) return problems;
  try {
    validateParsed(schema, { doc: new Document(candidate), lineCounter: new LineCounter(), value: candidate }, '', lang);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues) if (!problems.has(issue.path)) problems.set(issue.path, issue.message);
  }
  return problems;
}

/**
 * The problem, if any, with the one field at `path` of `candidate` — the record as answered so far
 * with this answer in place. Other fields still unanswered (and so "missing") are not this answer's
 * concern and are ignored.
 */
export function problemAt(schema: z.core.$ZodType, candidate: object, path: FieldPath, lang: Lang): string | undefined {
  return schemaProblems(schema, candidate, lang).get(formatPath(path));
}

/** A check for the field `key` of a record: the answer put in place in the record answered so far (`draft`). */
export function fieldCheck(schema: z.core.$ZodType, draft: object, key: string, lang: Lang): (value: unknown) => string | undefined {
  return (value) => problemAt(schema, { ...draft, [key]: value }, [key], lang);
}

/** The problem, if any, with a value that is not a profile field but must meet one of its schemas (a count). */
export function valueProblem(schema: z.core.$ZodType, value: unknown, lang: Lang): string | undefined {
  return problemAt(z.strictObject({ value: schema }), { value }, ['value'], lang);
}

/** `value` if it is one of `values`: reads back a remembered choice without a cast. */
export function oneOf<V extends string>(value: string | undefined, values: readonly V[]): V | undefined {
  return values.find((candidate) => candidate === value);
}

/** Oldest first, as a profile lists dated entries (the rules do not depend on the order; readers do). */
export function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Drops keys whose value is undefined, so a record holds exactly what was answered (and round-trips through YAML). */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
