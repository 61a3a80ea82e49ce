/** `limit-audit rules [id]`: the catalogue, or one rule in full, with a config's thresholds applied when given. */
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import { wrapHanging } from '../report/text-layout';
import { explainRule, findRule, listRules, sourceDetails, unknownRuleText, type TextLine } from '../rules/explain';
import { resolveRules } from '../rules/resolve';
import { rules as registry } from '../rules/index';
import type { Lang } from '../i18n/lang';
import type { AnyRule, Thresholds } from '../rules/types';
import type { CliContext } from './context';
import { loadRulesConfig } from './load';

export interface RulesOptions {
  config?: string;
  format: 'table' | 'json' | 'ndjson';
}

export async function runRulesCommand(id: string | undefined, opts: RulesOptions, ctx: CliContext): Promise<number> {
  const config = await loadRulesConfig(opts.config, ctx.lang);
  const resolved = resolveRules(config);
  const active = new Map(resolved.map((r) => [r.rule.id, r.thresholds]));
  const off = new Set(registry.filter((rule) => !active.has(rule.id)).map((rule) => rule.id));
  const json = (value: unknown) => (opts.format === 'ndjson' ? JSON.stringify(value) : JSON.stringify(value, null, 2));
  if (id === undefined) {
    if (opts.format !== 'table') {
      const list = registry.map((rule) => ruleJson(rule, ctx.lang, active));
      // ndjson: a rule per line.
      ctx.out(opts.format === 'ndjson' ? list.map((rule) => `${json(rule)}\n`).join('') : `${json(list)}\n`);
      return 0;
    }
    ctx.out(`${render(listRules(ctx.lang, registry, { thresholds: active, off }), ctx.columns)}\n`);
    if (off.size > 0) ctx.err(`${cliText(ctx.lang).rulesTurnedOff([...off].join(', '))}\n`);
    return 0;
  }
  const rule = findRule(id);
  if (rule === undefined) throw new UserError(`limit-audit rules: ${unknownRuleText(id, ctx.lang)}`);
  if (opts.format !== 'table') {
    const text = rule.text[ctx.lang];
    // The list's fields, with the texts the list leaves out in their places.
    const { id: ruleId, area, enabled, summary, ...rest } = ruleJson(rule, ctx.lang, active);
    ctx.out(`${json({ id: ruleId, area, enabled, title: text.title, summary, ladder: text.ladder, rationale: text.rationale, ...rest })}\n`);
    return 0;
  }
  ctx.out(`${render(explainRule(rule, ctx.lang, active.get(rule.id) ?? rule.thresholds, active.has(rule.id)), ctx.columns)}\n`);
  return 0;
}

/** A rule as `rules --json` gives it: thresholds as the config sets them, each one's bounds, the order, the sources resolved. */
function ruleJson(rule: AnyRule, lang: Lang, active: ReadonlyMap<string, Thresholds>) {
  return {
    id: rule.id,
    area: rule.area,
    enabled: active.has(rule.id),
    summary: rule.text[lang].summary,
    thresholds: active.get(rule.id) ?? rule.thresholds,
    bounds: rule.bounds,
    order: rule.order ?? [],
    basis: rule.basis,
    needs: rule.needs,
    sources: rule.sources,
    sourceDetails: sourceDetails(rule, lang),
  };
}

/** The lines wrapped to the terminal; links and config examples are printed whole. */
function render(lines: readonly TextLine[], width: number): string {
  return lines.flatMap((line) => (line.whole ? [line.first + line.text] : wrapHanging(line.text, width, line.first, line.rest))).join('\n');
}
