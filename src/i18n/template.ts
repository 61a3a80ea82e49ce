/**
 * Message templates and the values that fill them. A template holds `{name}` placeholders; the
 * values come from a rule's outcome (or a phrase's data) and are formatted per language here, so
 * no rule builds a string in zh or en. Templates are data: their placeholders are known to the
 * type system (`Placeholders`), which is how a rule whose data lacks a placeholder, or a text
 * that misspells one, fails to compile (src/rules/types.ts).
 */
import { formatList, formatMoney, formatMonthCount, formatRate } from './format';
import type { Lang } from './lang';
import type { PluralTemplate, Template } from './placeholders';
import { PHRASES, type ListSeparator, type PhraseId, type PhrasePlaceholders } from './rules';

export type { Placeholders, PluralTemplate, SamePlaceholders, Template } from './placeholders';

/**
 * A value formatted the same way whatever holds it: numbers as they are (2 decimals at most),
 * text as it is, `{ fen }` as yuan with 2 decimals, `{ rate }` as a percentage, `{ months }` as
 * "3 months" / "3个月", `{ text: { zh, en } }` as the language's string (data that comes in both
 * languages, such as a snapshot event's title).
 */
export type PlainValue = number | string | { fen: number } | { rate: number } | { months: number } | { text: Readonly<Record<Lang, string>> };

/** The values a template's data holds, when no placeholder is left: none. */
export type NoData = { readonly noPlaceholders?: never };

/** `{ data }` for a template with these placeholders: required with exactly those keys, or absent. */
export type DataField<P extends string, V> = [P] extends [never] ? { data?: NoData } : { data: { readonly [K in P]: V } };

/** A shared phrase of src/i18n/rules.ts, with the (plain) values its placeholders need. */
export type PhraseValue = { [P in PhraseId]: { phrase: P } & DataField<PhrasePlaceholders<P>, PlainValue> }[PhraseId];

/**
 * Any value of a message's data. Besides the plain values: a list (each item formatted, joined by
 * the language's separator), a shared phrase, or one of the rule's own fragments (`{ fragment }`,
 * a template of the rule's text, filled with its `data`).
 */
export type MessageValue =
  | PlainValue
  | { list: readonly MessageValue[]; join?: ListSeparator }
  | PhraseValue
  | { fragment: string; data?: MessageData };

/** The values of a template's placeholders. */
export type MessageData = Readonly<Record<string, MessageValue | undefined>>;

/** The templates `{ fragment }` values name: a rule's `fragments` in the report's language. */
export type Fragments = Readonly<Record<string, Template>>;

export function formatValue(value: MessageValue, lang: Lang, fragments?: Fragments): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return value;
  if ('fen' in value) return formatMoney(value.fen, lang);
  if ('rate' in value) return formatRate(value.rate, lang);
  if ('months' in value) return formatMonthCount(value.months, lang);
  if ('text' in value) return value.text[lang];
  if ('list' in value) return formatList(value.list.map((item) => formatValue(item, lang, fragments)), lang, value.join);
  if ('phrase' in value) return fillTemplate(PHRASES[value.phrase][lang], value.data ?? {}, lang, fragments);
  const template = fragments?.[value.fragment];
  if (template === undefined) throw new Error(`message fragment ${value.fragment} does not exist in ${lang}`);
  return fillTemplate(template, value.data ?? {}, lang, fragments);
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is a programming error: it throws,
 * so a test catches it instead of a user reading a blank (style.md, typescript-eslint's createRule).
 * The rule contract makes it a compile error first; this stays as the backstop.
 */
export function fillTemplate(template: Template, data: MessageData, lang: Lang, fragments?: Fragments): string {
  const parts = templateParts(typeof template === 'string' ? template : pluralForm(template, data));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    text += formatValue(value, lang, fragments) + parts[i + 1]!;
  }
  return text;
}

function pluralForm(template: PluralTemplate, data: MessageData): string {
  const count = data.count;
  if (typeof count !== 'number') throw new Error('a plural template needs a number {count}');
  return count === 1 ? template.one : template.other;
}

/**
 * A template split once into text and placeholder names, alternating: "a {x} b" → ["a ", "x", " b"].
 * The templates are the rules' own texts, a few hundred at most, and every profile of a folder
 * fills the same ones, so the split is kept.
 */
const splitTemplates = new Map<string, readonly string[]>();
function templateParts(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    splitTemplates.set(template, parts);
  }
  return parts;
}
