/**
 * The questionnaire from the first question to the approved profile: the sections in the profile's
 * order, then a review (the answers as YAML) where the user can change a section, save, or go on.
 * It prompts through `InterviewIO` only and touches files only through `ProfileFiles`.
 */
import { profileSchema, type Profile } from '../profile/schema';
import type { Lang } from '../i18n/lang';
import { Ask, choices, type InterviewIO } from './questions/ask';
import { Journal } from './questions/journal';
import { compact, schemaProblems } from './questions/validate';
import { saveProfile, type ProfileFiles } from './save';
import { isSkippable, SECTIONS } from './sections';
import { SECTION_IDS, type Answers, type Note, type Section, type SectionContext, type SectionId, type SectionOutcome, type SectionValues } from './sections/types';
import { renderProfileYaml } from './yaml';

/** Suggested when saving without --save: the name `limit-audit init` uses too. */
export const DEFAULT_PROFILE_FILE = 'profile.yaml';

export interface InterviewOptions {
  /** The date the profile describes (`as_of`): today, or --as-of. */
  asOf: string;
  /** The --save file, suggested when the user saves from the review. */
  savePath?: string;
  files: ProfileFiles;
}

export interface SavedProfile {
  path: string;
  yaml: string;
}

export interface InterviewResult {
  profile: Profile;
  /** The profile as the review showed it, comments included: exactly what saving writes. */
  yaml: string;
  /** Set when the user saved from the review. */
  saved?: SavedProfile;
}

export async function runInterview(io: InterviewIO, options: InterviewOptions): Promise<InterviewResult> {
  const ask = new Ask(io);
  const { t } = ask;
  const answers: Answers = {};
  ask.say(t.intro);
  // The sections, from the top, with the way back (questions/journal.ts): a step back replays the pass.
  await withWayBack(io, options.asOf, answers, async (ctx, heading) => {
    for (const key of SECTION_IDS) delete answers[key];
    for (const [index, id] of SECTION_IDS.entries()) {
      heading(t.sectionHeading(index + 1, SECTION_IDS.length, t.sectionTitle[id]));
      await runSection(ctx, id);
    }
  });

  let saved: SavedProfile | undefined;
  let showAnswers = true;
  for (;;) {
    const { profile, yaml, skipped } = assembleProfile(answers, options.asOf, io.lang);
    if (showAnswers) {
      io.print(`${t.review.heading}${yaml}`);
      if (skipped.length > 0) ask.say(t.review.skipped(skipped.map((id) => t.sectionTitle[id])));
      showAnswers = false;
    }
    const next = await ask.choose('review', t.review.question, choices(['go', 'edit', 'save'] as const, t.review), 'go');
    if (next === 'go') return { profile, yaml, saved };
    if (next === 'save') {
      const path = await ask.text({ id: 'save.path', message: t.save.path, default: saved?.path ?? options.savePath ?? DEFAULT_PROFILE_FILE });
      const written = await saveProfile(ask, options.files, path, yaml);
      if (written !== undefined) saved = { path: written, yaml };
      continue;
    }
    const id = await ask.choose(
      'review.section',
      t.review.whichSection,
      SECTION_IDS.map((section, index) => ({
        value: section,
        name: `${index + 1}/${SECTION_IDS.length} ${t.sectionTitle[section]} (${answers[section]?.value === undefined ? t.review.notAnswered : t.review.answered})`,
      })),
    );
    // The section again, its earlier answers as defaults; the way back stays inside it.
    const earlier = answers[id];
    await withWayBack(io, options.asOf, answers, async (ctx, heading) => {
      setAnswer(answers, id, earlier);
      heading(t.sectionHeading(SECTION_IDS.indexOf(id) + 1, SECTION_IDS.length, t.sectionTitle[id]));
      await runSection(ctx, id);
    });
    showAnswers = true;
  }
}

/**
 * Runs `pass` with the way back: its questions go through a Journal, so Esc returns to the previous
 * question by running the pass again from its start, answering the questions before that one from
 * the record. Text printed while replaying is held back; a section heading held back is shown when
 * the replay reaches the question asked again, with a line saying where the person is.
 */
async function withWayBack(
  io: InterviewIO,
  asOf: string,
  answers: Answers,
  pass: (ctx: SectionContext, heading: (text: string) => void) => Promise<void>,
): Promise<void> {
  const live = new Ask(io);
  const t = live.t;
  let heldHeading: string | undefined;
  const journal: Journal = new Journal(io.prompter, {
    returned: () => {
      if (heldHeading !== undefined) live.say(heldHeading);
      heldHeading = undefined;
      live.say(t.back.returned);
    },
    nothingBefore: () => live.say(t.back.first),
  });
  const print = (text: string) => {
    if (!journal.replaying) io.print(text);
  };
  const ask = new Ask({ ...io, prompter: journal, print });
  const ctx: SectionContext = { ask, asOf, answers };
  const heading = (text: string) => {
    heldHeading = journal.replaying ? text : undefined;
    ask.say(text);
  };
  await journal.run(() => pass(ctx, heading));
}

function setAnswer<K extends SectionId>(answers: Answers, id: K, outcome: Answers[K]): void {
  const slot: { [P in K]?: Answers[P] } = answers;
  slot[id] = outcome;
}

async function runSection<K extends SectionId>(ctx: SectionContext, id: K): Promise<void> {
  // A view of the answers keyed by K alone, so TypeScript can match each section to its own slot.
  const answers: { [P in K]?: SectionOutcome<SectionValues[P]> } = ctx.answers;
  const section: Section<K> = SECTIONS[id];
  answers[id] = await section(ctx, answers[id]);
}

/** The answers as a profile (key order as in product.md), validated whole by profileSchema, and as YAML. */
export function assembleProfile(
  answers: Answers,
  asOf: string,
  lang: Lang,
): { profile: Profile; yaml: string; skipped: SectionId[] } {
  const income = answers.income?.value;
  if (income === undefined) throw new Error('the questionnaire has no income answer');
  const profile: Profile = compact({
    version: 1 as const,
    as_of: asOf,
    income,
    credit: answers.credit?.value,
    credit_lines: answers.credit_lines?.value,
    debts: answers.debts?.value ?? [],
    spending: answers.spending?.value,
    assets: answers.assets?.value,
    employment: answers.employment?.value,
    macro: answers.macro?.value,
  });
  // Every answer was checked as it was typed; this catches a bug in how they were put together.
  const problems = schemaProblems(profileSchema, profile, lang);
  if (problems.size > 0) {
    throw new Error(`the questionnaire built an invalid profile: ${[...problems].map(([path, message]) => `${path}: ${message}`).join('; ')}`);
  }
  const skipped = SECTION_IDS.filter((id) => isSkippable(id) && answers[id]?.value === undefined);
  const notes: Note[] = SECTION_IDS.flatMap((id) => answers[id]?.notes ?? []);
  return { profile, yaml: renderProfileYaml(profile, notes, skipped, lang), skipped };
}
