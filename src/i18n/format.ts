/** Language-aware formatting of figures in messages and tables. One place, used by rules and renderers. */
import { formatPercent, formatYuan } from '../money';
import type { MessageValue } from '../rules/types';
import type { Lang } from './lang';

/** How each language writes an amount, a count of months and a list. */
const forms: Record<Lang, { money(yuan: string): string; months(count: number): string; listSeparator: string }> = {
  en: { money: (yuan) => `¥${yuan}`, months: (count) => (count === 1 ? '1 month' : `${count} months`), listSeparator: ', ' },
  zh: { money: (yuan) => `${yuan}元`, months: (count) => `${count}个月`, listSeparator: '、' },
};

export function formatMoney(fen: number, lang: Lang): string {
  return forms[lang].money(formatYuan(fen));
}

export function formatRate(rate: number, lang: Lang): string {
  void lang;
  return formatPercent(rate);
}

export function formatMonthCount(months: number, lang: Lang): string {
  return forms[lang].months(months);
}

export function formatList(items: string[], lang: Lang): string {
  return items.join(forms[lang].listSeparator);
}

export function formatValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return value;
  if ('fen' in value) return formatMoney(value.fen, lang);
  if ('rate' in value) return formatRate(value.rate, lang);
  if ('months' in value) return formatMonthCount(value.months, lang);
  if ('list' in value) return formatList(value.list, lang);
  if ('perLang' in value) return value.perLang(lang);
  return value.text[lang];
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is a programming error: it throws,
 * so a test catches it instead of a user reading a blank (style.md, typescript-eslint's createRule).
 */
export function fillTemplate(template: string, data: Record<string, MessageValue>, lang: Lang): string {
  const parts = templateParts(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    text += formatValue(value, lang) + parts[i + 1]!;
  }
  return text;
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
