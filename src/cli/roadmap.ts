/**
 * `limit-audit roadmap <profile>`: the profile projected month by month (docs/roadmap.md). Reads the
 * profile and the run's inputs as `check` does and prints the roadmap (roadmap-run.ts, which the
 * questionnaire shares). Exit 0 whatever it finds: it is a forecast, not a check.
 */
import { loadRunInputs } from './audit-run';
import type { CliContext } from './context';
import { loadProfile, STDIN } from './load';
import type { AuditOptions } from './options';
import { printRoadmap } from './roadmap-run';

export async function runRoadmap(arg: string, opts: AuditOptions & { months: number }, ctx: CliContext): Promise<number> {
  const inputs = await loadRunInputs(opts, ctx.lang);
  // One profile: a folder is an error here (readInputFile says so), not a list to expand.
  const loaded = await loadProfile(arg === STDIN ? { kind: 'stdin' } : { kind: 'file', path: arg }, ctx.lang);
  await printRoadmap(loaded, opts, ctx, inputs);
  return 0;
}
