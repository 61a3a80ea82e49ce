/** `limit-audit plan <profile>`: the repayment plan alone, with the month-by-month schedule. */
import { planFor, planOutcome } from '../audit';
import { planToJson } from '../report/assemble';
import type { PlanJson } from '../report/schema';
import type { CliContext } from './context';
import { loadProfile, STDIN } from './load';
import type { AuditOptions } from './options';

export async function runPlan(arg: string, opts: AuditOptions, ctx: CliContext): Promise<number> {
  // One profile: a folder is an error here (readInputFile says so), not a list to expand.
  const { profile } = await loadProfile(arg === STDIN ? { kind: 'stdin' } : { kind: 'file', path: arg }, ctx.lang);
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const plan = planFor(profile, asOf, opts.share, opts.strategy);
  const json: PlanJson = planToJson(planOutcome(profile, plan, asOf), ctx.lang);
  switch (opts.format) {
    case 'json':
      ctx.out(`${JSON.stringify(json, null, 2)}\n`);
      break;
    case 'ndjson':
      ctx.out(`${JSON.stringify(json)}\n`);
      break;
    case 'markdown': {
      const { renderPlanMarkdown } = await import('../report/plan-view');
      ctx.out(renderPlanMarkdown(json, ctx.lang));
      break;
    }
    case 'table': {
      const { renderPlanTable } = await import('../report/plan-view');
      ctx.out(renderPlanTable(json, ctx.lang, { color: ctx.color, width: ctx.columns }));
      break;
    }
  }
  return 0;
}
