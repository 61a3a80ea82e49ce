/** What every JSON document limit-audit prints opens with: the check's report and the roadmap's (one shape, one place). */
import type { CalendarDate } from '../dates';
import type { Lang } from '../i18n/lang';
import type { EffectiveMacro } from '../macro/macro';

/** What a document says about the run beside its results. */
export interface DocumentContext {
  /** The name shown for the profile: its path, `<stdin>` or `<interview>`. */
  source: string;
  asOf: CalendarDate;
  lang: Lang;
  macro: EffectiveMacro;
  toolVersion: string;
}

export function documentHeader(context: DocumentContext) {
  return {
    schemaVersion: 1 as const,
    tool: { name: 'limit-audit' as const, version: context.toolVersion },
    source: context.source,
    asOf: context.asOf,
    lang: context.lang,
    macroSnapshot: { date: context.macro.snapshot.date, source: context.macro.source },
  };
}
