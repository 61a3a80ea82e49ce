/** Language-aware formatting of figures in messages and tables. One place, used by rules and renderers. */
import { formatPercent, formatYuan } from '../money';
import type { Lang } from './lang';
import { SEPARATORS, type ListSeparator } from './rules';

/** How each language writes an amount and a count of months. */
const forms: Record<Lang, { money(yuan: string): string; months(count: number): string; compact(yuan: number): string }> = {
  en: {
    money: (yuan) => `¥${yuan}`,
    months: (count) => (count === 1 ? '1 month' : `${count} months`),
    compact: (yuan) => (Math.abs(yuan) >= 1000 ? `¥${trimmed(yuan / 1000)}k` : `¥${Math.round(yuan)}`),
  },
  zh: {
    money: (yuan) => `${yuan}元`,
    months: (count) => `${count}个月`,
    compact: (yuan) => (Math.abs(yuan) >= 10_000 ? `${trimmed(yuan / 10_000)}万` : String(Math.round(yuan))),
  },
};

/** A figure without trailing zeros, to 2 decimals at most: 12.5, 3, 0.25. */
function trimmed(value: number): string {
  return String(Math.round(value * 100) / 100);
}

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

/** Items joined by the language's separator: "借呗、花呗" / "Jiebei, Huabei" (`semicolon` for items holding commas). */
export function formatList(items: readonly string[], lang: Lang, join: ListSeparator = 'comma'): string {
  return items.join(SEPARATORS[join][lang]);
}

/** Yuan, short, for a chart's axis: ¥12.5k / 1.25万 (never for an amount the user acts on). */
export function formatCompactMoney(yuan: number, lang: Lang): string {
  return forms[lang].compact(yuan);
}
