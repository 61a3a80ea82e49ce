/** `limit-audit plan <profile>`: the repayment plan alone, with the month-by-month schedule. */
import { planFor, planOutcome } from '../audit';
import { planToJson } from '../report/assemble';
import type { PlanJson } from '../report/schema';
import type { CliContext } from './context';
import { loadProfile, STDIN } from './load';
import type { AuditOptions } from './options';
import { jsonText } from '../report/json-text';

export async function runPlan(arg: string, opts: AuditOptions, ctx: CliContext): Promise<number> {
  // One profile: a folder is an error here (readInputFile says so), not a list to expand.
  const { profile, source } = await loadProfile(arg === STDIN ? { kind: 'stdin' } : { kind: 'file', path: arg }, ctx.lang);
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const plan = planFor(profile, asOf, opts.share, opts.strategy);
  const json: PlanJson = planToJson(planOutcome(profile, plan, asOf), ctx.lang);
  switch (opts.format) {
    case 'json':
    case 'ndjson':
      ctx.out(jsonText(json, opts.format));
      break;
    case 'markdown': {
      const { renderPlanMarkdown } = await import('../report/plan-view');
      ctx.out(renderPlanMarkdown(json, ctx.lang));
      break;
    }
    case 'html': {
      const { renderHtml } = await import('../report/html');
      ctx.out(renderHtml('plan', json, { lang: ctx.lang, source }));
      break;
    }
    case 'table': {
      const { renderPlanTable } = await import('../report/plan-view');
      // The balance chart: at a terminal, or when asked with --chart; never with --no-chart.
      const chart = (opts.chart ?? ctx.stdoutIsTTY) ? (await import('../report/chart-balance')).planBalanceChart(json, ctx.lang, { width: ctx.columns, color: ctx.color }) : undefined;
      ctx.out(renderPlanTable(json, ctx.lang, { color: ctx.color, width: ctx.columns, chart }));
      break;
    }
  }
  return 0;
}
