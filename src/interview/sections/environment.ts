/** The environment (the profile's `macro:`): the user's own view of whether platforms are cutting limits. */
import { compact } from '../questions/validate';
import { orSkipped, outcome } from './shared';
import type { Environment, SectionContext, SectionOutcome } from './types';

/** One question, so "not sure" is the skip (no separate "answer this section?" first). */
export async function askEnvironment(ctx: SectionContext, previous: SectionOutcome<Environment> | undefined): Promise<SectionOutcome<Environment>> {
  const { ask } = ctx;
  const platform_contraction = await ask.tri('macro.platform_contraction', ask.t.environment.platformContraction, previous?.value?.platform_contraction);
  return outcome(orSkipped(compact({ platform_contraction })));
}
