/** Small pieces every section uses: its outcome, and the "answer this section?" question. */
import type { Note, Section, SectionContext, SectionId, SectionOutcome, SectionValues } from './types';

export const outcome = <T>(value: T | undefined, notes: Note[] = [], modes: Record<string, string> = {}): SectionOutcome<T> => ({ value, notes, modes });

/** An object section answered with nothing at all is a skipped section, not an empty one. */
export const orSkipped = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

/** "Answer the questions about X?" — No skips the section. */
async function wantsSection(ctx: SectionContext, id: SectionId): Promise<boolean> {
  const t = ctx.ask.t;
  return ctx.ask.yes(`${id}.answer`, t.answerSection(t.sectionTitle[id]), true);
}

/** The section, asked only if the user wants to answer it; otherwise skipped (left out of the profile). */
export function askedFirst<K extends SectionId>(id: K, section: Section<K>): Section<K> {
  return async (ctx, previous) => ((await wantsSection(ctx, id)) ? section(ctx, previous) : outcome<SectionValues[K]>(undefined));
}
