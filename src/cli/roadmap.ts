/**
 * `limit-audit roadmap <profile>`: the profile projected month by month (docs/roadmap.md). Reads the
 * profile and the run's inputs as `check` does, makes the plan once, projects it, and prints the
 * roadmap; the document and its views load from a bundle of their own (report/roadmap-views.ts).
 * Exit 0 whatever it finds: it is a forecast, not a check.
 */
import { version } from '../../package.json';
import { planFor } from '../audit';
import { buildRoadmap } from '../roadmap';
import { loadRunInputs } from './audit-run';
import type { CliContext } from './context';
import { loadProfile, macroFor, STDIN } from './load';
import type { AuditOptions } from './options';

export async function runRoadmap(arg: string, opts: AuditOptions & { months: number }, ctx: CliContext): Promise<number> {
  const inputs = await loadRunInputs(opts, ctx.lang);
  // One profile: a folder is an error here (readInputFile says so), not a list to expand.
  const { profile, source } = await loadProfile(arg === STDIN ? { kind: 'stdin' } : { kind: 'file', path: arg }, ctx.lang);
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const macro = macroFor(profile, inputs.snapshot);
  const plan = planFor(profile, asOf, opts.share, opts.strategy);
  const roadmap = buildRoadmap({ profile, asOf, plan, macro, lang: ctx.lang, config: inputs.config, months: opts.months });
  const { roadmapOutput } = await import('../report/roadmap-views');
  const context = { source, asOf, lang: ctx.lang, macro, strategy: opts.strategy, share: opts.share, toolVersion: version };
  // Only the table view asks about the terminal (colour, width).
  const view = opts.format === 'table' ? { color: ctx.color, width: ctx.columns } : { color: false, width: 80 };
  ctx.out(await roadmapOutput(roadmap, context, opts.format, view));
  return 0;
}
