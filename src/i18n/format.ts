/** Language-aware formatting of figures in messages and tables. One place, used by rules and renderers. */
import { formatPercent, formatYuan } from '../money';
import type { Lang, MessageValue } from '../rules/types';

export function formatMoney(fen: number, lang: Lang): string {
  return lang === 'zh' ? `${formatYuan(fen)}元` : `¥${formatYuan(fen)}`;
}

export function formatRate(rate: number, lang: Lang): string {
  void lang;
  return formatPercent(rate);
}

export function formatMonthCount(months: number, lang: Lang): string {
  if (lang === 'zh') return `${months}个月`;
  return months === 1 ? '1 month' : `${months} months`;
}

export function formatList(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

export function formatValue(value: MessageValue, lang: Lang): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return value;
  if ('fen' in value) return formatMoney(value.fen, lang);
  if ('rate' in value) return formatRate(value.rate, lang);
  if ('months' in value) return formatMonthCount(value.months, lang);
  if ('list' in value) return formatList(value.list, lang);
  return value.text[lang];
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is a programming error: it throws,
 * so a test catches it instead of a user reading a blank (style.md, typescript-eslint's createRule).
 */
export function fillTemplate(template: string, data: Record<string, MessageValue>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no value`);
    return formatValue(value, lang);
  });
}
