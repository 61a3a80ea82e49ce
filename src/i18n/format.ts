/** Language-aware formatting of figures in messages and tables. One place, used by rules and renderers. */
import { formatPercent, formatYuan } from '../money';
import type { Lang } from './lang';
import { SEPARATORS, type ListSeparator } from './rules';

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

/** Items joined by the language's separator: "借呗、花呗" / "Jiebei, Huabei" (`semicolon` for items holding commas). */
export function formatList(items: readonly string[], lang: Lang, join: ListSeparator = 'comma'): string {
  return items.join(SEPARATORS[join][lang]);
}
