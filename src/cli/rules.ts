/** `limit-audit rules [id]`: the catalogue, or one rule in full, with a config's thresholds applied when given. */
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import { explainRuleText, findRule, listRulesText, sourceDetails, unknownRuleText } from '../rules/explain';
import { resolveRules } from '../rules/resolve';
import { rules as registry } from '../rules/index';
import type { CliContext } from './context';
import { loadRulesConfig } from './load';

export async function runRulesCommand(id: string | undefined, opts: { config?: string; json?: boolean }, ctx: CliContext): Promise<number> {
  const config = await loadRulesConfig(opts.config, ctx.lang);
  const resolved = resolveRules(config);
  const active = new Map(resolved.map((r) => [r.rule.id, r.thresholds]));
  if (id === undefined) {
    if (opts.json) {
      const list = registry.map((rule) => ({
        id: rule.id,
        area: rule.area,
        enabled: active.has(rule.id),
        summary: rule.text[ctx.lang].summary,
        thresholds: active.get(rule.id) ?? rule.thresholds,
        bounds: rule.bounds,
        order: rule.order ?? [],
        basis: rule.basis,
        needs: rule.needs,
        sources: rule.sources,
        sourceDetails: sourceDetails(rule, ctx.lang),
      }));
      ctx.out(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const enabled = registry.filter((rule) => active.has(rule.id));
    ctx.out(`${listRulesText(ctx.lang, enabled)}\n`);
    const off = registry.filter((rule) => !active.has(rule.id));
    if (off.length > 0) {
      ctx.err(`${cliText(ctx.lang).rulesTurnedOff(off.map((rule) => rule.id).join(', '))}\n`);
    }
    return 0;
  }
  const rule = findRule(id);
  if (rule === undefined) throw new UserError(`limit-audit rules: ${unknownRuleText(id, ctx.lang)}`);
  const thresholds = active.get(rule.id) ?? rule.thresholds;
  if (opts.json) {
    const text = rule.text[ctx.lang];
    ctx.out(
      `${JSON.stringify(
        {
          id: rule.id,
          area: rule.area,
          enabled: active.has(rule.id),
          title: text.title,
          summary: text.summary,
          ladder: text.ladder,
          rationale: text.rationale,
          thresholds,
          bounds: rule.bounds,
          order: rule.order ?? [],
          basis: rule.basis,
          needs: rule.needs,
          sources: rule.sources,
          sourceDetails: sourceDetails(rule, ctx.lang),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  ctx.out(`${explainRuleText(rule, ctx.lang, thresholds)}\n`);
  return 0;
}
