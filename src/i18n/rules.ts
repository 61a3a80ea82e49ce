/**
 * Phrases several rules share, in zh and en: the separators that join a list, and small phrases
 * such as "none recorded". A rule's own phrases live in its text (`fragments`), next to its logic;
 * this catalogue holds only what more than one place says, so it is said one way.
 */
import type { Lang } from './lang';
import type { Placeholders, SamePlaceholders } from './placeholders';

/** How items are joined: `comma` for plain lists, `semicolon` for items that may hold commas of their own. */
export const SEPARATORS = {
  comma: { zh: '、', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
  /** Between a label and what it labels: "Area: credit" / "领域：credit". */
  colon: { zh: '：', en: ': ' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Separator = keyof typeof SEPARATORS;
/** The separators a list may be joined with. */
export type ListSeparator = 'comma' | 'semicolon';

/** Shared phrases, as templates (`{name}` filled like a rule's message). */
export const PHRASES = {
  /** A date or value the profile does not hold. */
  none_recorded: { zh: '无记录', en: 'none recorded' },
  /** A named figure in a list: "借呗 ¥18,000.00" / "借呗 18,000.00元", "借呗 24%". */
  name_value: { zh: '{name} {value}', en: '{name} {value}' },
  /** Ends a message built on dated events some of which the questionnaire estimated from counts. */
  dates_estimated: {
    zh: '（其中{count}个日期是问卷根据次数估算的，窗口和日期均为近似值。）',
    en: ' Dates estimated from counts by the questionnaire: {count}, so the windows and dates here are approximate.',
  },
  /** The same place when every date was given: nothing. */
  dates_given: { zh: '', en: '' },
} as const satisfies Record<string, Record<Lang, string>>;
export type PhraseId = keyof typeof PHRASES;

/** The placeholders of a phrase (both languages use the same ones: checked below). */
export type PhrasePlaceholders<P extends PhraseId> = Placeholders<(typeof PHRASES)[P]['en']>;

/** A compile error (a constraint) if a phrase's zh and en templates name different placeholders. */
export type PhrasesAgree = AllSame<{ [P in PhraseId]: SamePlaceholders<(typeof PHRASES)[P]['en'], (typeof PHRASES)[P]['zh']> }>;
type AllSame<R extends Record<PhraseId, true>> = R;
