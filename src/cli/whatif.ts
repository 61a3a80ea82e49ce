/**
 * `limit-audit whatif <profile> [change…]` (issue 18): the profile as `check` audits it beside the
 * same profile with the changes made — from the command line (one scenario), from a scenario file
 * (`--scenario`, several), or none (the baseline alone, with `--target`). Every bad change is one
 * line on stderr, exit 2, nothing on stdout; the comparison itself always exits 0.
 */
import { version } from '../../package.json';
import { monthOf } from '../dates';
import { InputError, UserError } from '../errors';
import { formatMoney, formatRate, formatList } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import { whatifText } from '../i18n/whatif';
import { decodeInput, parseDocumentAs } from '../profile/load';
import type { Profile } from '../profile/schema';
import { assembleWhatif, balanceCurves } from '../report/whatif-assemble';
import type { WhatifJson } from '../report/whatif-schema';
import type { ChangeProblem } from '../whatif/apply';
import type { Change, ChangeKind } from '../whatif/changes';
import { checkScenarios, compareScenarios, type ScenarioInput, type WhatifInput } from '../whatif/compare';
import { parseChange, type ValueProblem } from '../whatif/parse';
import type { FileScenario } from '../whatif/scenario';
import { isCalendarMonth, MAX_MONTH } from '../dates';
import { loadRunInputs } from './audit-run';
import type { CliContext } from './context';
import { readInputFile } from './io';
import { loadProfile, macroFor, STDIN } from './load';
import type { WhatifOptions } from './options';
import { jsonText } from '../report/json-text';

/** `check`'s plan settings: the baseline is what `check` shows. */
const BASELINE = { share: 0.2, strategy: 'recovery', extraFen: 0 } as const;

export async function runWhatif(arg: string, opts: WhatifOptions, ctx: CliContext): Promise<number> {
  const { lang } = ctx;
  const t = whatifText(lang);
  // The command line's changes are checked for form before anything is read: a typo is found at once.
  const fromFlags = flagChanges(opts.changes, lang);
  const inputs = await loadRunInputs(opts, lang);
  const { profile, source } = await loadProfile(arg === STDIN ? { kind: 'stdin' } : { kind: 'file', path: arg }, lang);
  const asOf = opts.asOf ?? profile.as_of ?? ctx.today();
  const target = opts.target === undefined ? undefined : targetMonth(opts.target, asOf, lang);
  const macro = macroFor(profile, inputs.snapshot);
  const input: WhatifInput = {
    profile,
    asOf,
    lang,
    macro,
    config: inputs.config,
    settings: { ...BASELINE },
    target,
    refinanceName: () => t.refinanceName,
  };

  const scenarios: ScenarioInput[] = [];
  if (fromFlags.changes.length > 0) {
    const problems = checkScenarios(input, [fromFlags]);
    if (problems.length > 0) {
      throw new UserError(problems[0]!.problems.map((problem) => messagesFor(lang).labelled(fromFlags.labels[problem.index]!, problemText(problem, profile, lang, 'flag'))).join('\n'));
    }
    scenarios.push(fromFlags);
  }
  if (opts.scenario !== undefined) scenarios.push(...(await fileScenarios(opts.scenario, input, scenarios.map((s) => s.name), lang)));

  const result = compareScenarios(input, scenarios);
  const json = assembleWhatif(result, { source, asOf, lang, macro, toolVersion: version });
  if (opts.format === 'html') {
    const { renderHtml } = await import('../report/html');
    ctx.out(renderHtml('whatif', { json, curves: balanceCurves(result, t.baseline, monthOf(asOf)) }, { lang, source }));
    return 0;
  }
  ctx.out(await render(json, opts.format, ctx));
  return 0;
}

async function render(json: WhatifJson, format: Exclude<WhatifOptions['format'], 'html'>, ctx: CliContext): Promise<string> {
  switch (format) {
    case 'json':
    case 'ndjson':
      return jsonText(json, format);
    case 'markdown': {
      const { renderWhatifMarkdown } = await import('../report/whatif-markdown');
      return renderWhatifMarkdown(json);
    }
    case 'table': {
      const { renderWhatifTable } = await import('../report/whatif-table');
      return renderWhatifTable(json, { color: ctx.color, width: ctx.columns });
    }
  }
}

/** The command line's changes as one scenario; each bad one is a line, named by the flag as written. */
function flagChanges(values: Record<ChangeKind, string[]>, lang: Lang): ScenarioInput & { labels: string[] } {
  const changes: Change[] = [];
  const labels: string[] = [];
  const problems: string[] = [];
  for (const [kind, texts] of Object.entries(values) as [ChangeKind, string[]][]) {
    for (const text of texts) {
      const label = `--${kind} ${text}`;
      const parsed = parseChange(kind, text);
      if (parsed.ok) {
        changes.push(parsed.change);
        labels.push(label);
      } else {
        problems.push(messagesFor(lang).labelled(label, valueProblemText(parsed.problem, lang)));
      }
    }
  }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return { name: whatifText(lang).changed, changes, labels };
}

/** The scenarios of a file: its form checked by the schema, then each change against the profile, every problem located. */
async function fileScenarios(path: string, input: WhatifInput, taken: readonly string[], lang: Lang): Promise<FileScenario[]> {
  const text = decodeInput(readInputFile(path, lang), path, lang);
  // The scenario file's schema (zod) loads only when there is a file to read.
  const { scenarioFileSchema, scenariosOf } = await import('../whatif/scenario');
  const scenarios = scenariosOf(await parseDocumentAs(scenarioFileSchema, text, path, lang, whatifText(lang).problem.emptyScenarioFile));
  const problems: { path: (string | number)[]; message: string }[] = [];
  const names = new Set(taken);
  scenarios.forEach((scenario, s) => {
    if (names.has(scenario.name)) problems.push({ path: ['scenarios', s, 'name'], message: whatifText(lang).problem.duplicateScenario(scenario.name) });
    names.add(scenario.name);
  });
  for (const { scenario, problems: found } of checkScenarios(input, scenarios)) {
    for (const problem of found) {
      problems.push({ path: [...scenarios[scenario]!.paths[problem.index]!, ...problem.field], message: problemText(problem, input.profile, lang, 'file') });
    }
  }
  if (problems.length === 0) return scenarios;
  const { parseYamlText, locatePath, formatPath } = await import('../profile/precise');
  const parsed = parseYamlText(text, path, lang, whatifText(lang).problem.emptyScenarioFile);
  const issues = problems.map((problem) => ({ ...locatePath(parsed, problem.path), path: formatPath(problem.path), message: problem.message }));
  throw new InputError(path, issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)));
}

/** `--target YYYY-MM`: a real month after the audit month. */
function targetMonth(text: string, asOf: string, lang: Lang): string {
  const auditMonth = monthOf(asOf);
  if (!isCalendarMonth(text) || text > MAX_MONTH) throw new UserError(messagesFor(lang).labelled(`--target ${text}`, messagesFor(lang).month(JSON.stringify(text))));
  if (text <= auditMonth) throw new UserError(whatifText(lang).problem.targetNotAfter(text, auditMonth));
  return text;
}

function valueProblemText(problem: ValueProblem, lang: Lang): string {
  const m = messagesFor(lang);
  const t = whatifText(lang).problem;
  switch (problem.code) {
    case 'form':
      return t.form(problem.form);
    case 'empty_name':
      return t.emptyName;
    case 'not_number':
      return `${m.expectedType(m.typeNumber(), JSON.stringify(problem.found))} — ${m.numberHint()}`;
    case 'negative':
      return m.atLeast('0', problem.found);
    case 'not_positive':
      return m.above('0', problem.found);
    case 'decimals':
      return m.moneyDecimals(problem.found);
    case 'too_large':
      return m.atMost(String(problem.max), problem.found);
    case 'rate_above': {
      const base = m.rateRange('1', problem.found);
      return problem.suggestion === undefined ? base : m.withSuggestion(base, String(problem.suggestion));
    }
    case 'share_range':
      return t.shareRange(problem.found);
    case 'months_range':
      return t.monthsRange(problem.max, problem.found);
    case 'strategy': {
      const base = m.oneOf('recovery | avalanche | snowball', JSON.stringify(problem.found));
      return problem.suggestion === undefined ? base : m.withSuggestion(base, problem.suggestion);
    }
  }
}

function problemText(problem: ChangeProblem, profile: Profile, lang: Lang, from: 'flag' | 'file'): string {
  const t = whatifText(lang).problem;
  const money = (fen: number) => formatMoney(fen, lang);
  switch (problem.code) {
    case 'unknown_debt':
      return t.unknownDebt(problem.name, formatList(profile.debts.map((d) => d.name), lang), problem.suggestion);
    case 'unknown_line':
      return t.unknownLine(problem.name, formatList((profile.credit_lines ?? []).map((l) => l.name), lang), problem.suggestion);
    case 'above_balance':
      return t.aboveBalance(problem.debt, money(problem.amountFen), money(problem.balanceFen));
    case 'twice':
      return t.twice(from === 'flag' ? `--${problem.kind}` : problem.kind);
    case 'refinanced_twice':
      return t.refinancedTwice(problem.name);
    case 'nothing_to_refinance':
      return t.nothingToRefinance;
    case 'true_apr_too_high':
      return t.trueAprTooHigh(formatRate(problem.trueApr, lang));
  }
}
