/** `limit-audit plan <profile>`: the repayment plan alone, with the month-by-month schedule. */
import { planFor, planJsonFor } from '../audit';
import type { PlanJson } from '../report/schema';
import type { CliContext } from './context';
import { expandInputs, loadProfile, STDIN } from './load';
import type { AuditOptions } from './main';

export async function runPlan(arg: string, opts: AuditOptions, ctx: CliContext): Promise<number> {
  const input = arg === STDIN ? { kind: 'stdin' as const } : expandInputs([arg], ctx.lang)[0]!;
  if (input.kind === 'error') throw input.error;
  const { profile } = await loadProfile(input, ctx.lang);
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const plan = planFor(profile, asOf, opts.share, opts.strategy);
  const json: PlanJson = planJsonFor(profile, plan, asOf, ctx.lang);
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
