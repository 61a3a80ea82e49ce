/**
 * A loaded profile's roadmap, printed: shared by `limit-audit roadmap` and the questionnaire's
 * "show the roadmap now?" (commands never import each other). Makes the plan once, projects it
 * (docs/roadmap.md) and prints it in the asked format; the views load from their own bundle.
 */
import { version } from '../../package.json';
import { planFor } from '../audit';
import type { Profile } from '../profile/schema';
import { buildRoadmap } from '../roadmap';
import type { RunInputs } from './audit-run';
import type { CliContext } from './context';
import { macroFor } from './load';
import type { AuditOptions } from './options';

export async function printRoadmap(
  loaded: { profile: Profile; source: string },
  opts: AuditOptions & { months: number },
  ctx: CliContext,
  inputs: RunInputs,
): Promise<void> {
  const { profile, source } = loaded;
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const macro = macroFor(profile, inputs.snapshot);
  const plan = planFor(profile, asOf, opts.share, opts.strategy);
  const roadmap = buildRoadmap({ profile, asOf, plan, macro, lang: ctx.lang, config: inputs.config, months: opts.months });
  const { roadmapOutput } = await import('../report/roadmap-views');
  const context = { source, asOf, lang: ctx.lang, macro, strategy: opts.strategy, share: opts.share, toolVersion: version };
  // Only the table view asks about the terminal (colour, width).
  const view = opts.format === 'table' ? { color: ctx.color, width: ctx.columns } : { color: false, width: 80 };
  ctx.out(await roadmapOutput(roadmap, context, opts.format, view));
}
