/** The languages every message, rule text, heading and prompt exists in (product.md). */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
