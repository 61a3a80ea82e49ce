/**
 * The options the audit commands share (`check`, `plan`, `roadmap`, `interview`, `whatif`, and
 * `progress` where they apply): their declaration for commander, their parsers, and the one shape
 * the commands receive them in. Parsers throw commander's InvalidArgumentError in English; help.ts
 * translates the usage error for zh.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../dates';
import { UserError } from '../errors';
import type { HelpText } from '../i18n/help';
import { REVIEW_HORIZON_MONTHS } from '../timeline';
import type { ChangeKind } from '../whatif/changes';

export interface AuditOptions {
  format: (typeof FORMATS)[number];
  failOn: 'critical' | 'high' | 'medium' | 'low' | 'never';
  strategy: 'recovery' | 'avalanche' | 'snowball';
  share: number;
  asOf?: string;
  macro?: string;
  config?: string;
  plan: boolean;
  bills?: string[];
  /** `-o FILE`: the output goes to FILE, written atomically, instead of standard output. */
  output?: string;
  /** `--chart` / `--no-chart`; undefined: a chart only when standard output is a terminal. */
  chart?: boolean;
  /** Append a snapshot of the audit to a history (`--record`), beside the profile or in `history`. */
  record?: boolean;
  history?: string;
}

/** `progress`'s options: check's where they apply. The plan's are undefined when not given (progress reads only a history then). */
export interface ProgressOptions {
  format: 'table' | 'json' | 'markdown' | 'html';
  output?: string;
  chart?: boolean;
  strategy?: AuditOptions['strategy'];
  share?: number;
  asOf?: string;
  macro?: string;
  config?: string;
  history?: string;
}

/** Every output format; each command renders each (`--format html`: src/report/html). */
export const FORMATS = ['table', 'json', 'ndjson', 'markdown', 'html'] as const;

/**
 * Declares the audit options on `command`: `check` and `interview` take them all, `plan` only those
 * that shape the plan (and its chart), `roadmap` those and the rules config (it runs the rules, but
 * has no --fail-on, always makes the plan and records nothing).
 */
export function auditOptions(command: Command, h: HelpText, kind: 'audit' | 'plan' | 'roadmap' = 'audit'): Command {
  formatOption(command, h)
    .addOption(new Option('--strategy <strategy>', h.optStrategy).choices(['recovery', 'avalanche', 'snowball']).default('recovery'))
    .addOption(new Option('--share <share>', h.optShare).argParser((value) => parseShare(value, h)).default(0.2));
  dateAndMacroOptions(command, h);
  if (kind === 'plan') command.option('--chart', h.optChart).option('--no-chart', h.optNoChart);
  if (kind === 'roadmap') command.option('--config <file>', h.optConfig);
  if (kind === 'audit') {
    command
      .addOption(new Option('--fail-on <level>', h.optFailOn).choices(['critical', 'high', 'medium', 'low', 'never']).default('critical'))
      .option('--config <file>', h.optConfig)
      .option('--no-plan', h.optNoPlan)
      .option('--record', h.optRecord)
      .option('--history <file>', h.optHistory);
  }
  return command;
}

/** `roadmap --months`: how many months to project, 1 to 36 (the review month's horizon). */
export function parseRoadmapMonths(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > REVIEW_HORIZON_MONTHS) {
    throw new InvalidArgumentError(`expected a whole number of months from 1 to ${REVIEW_HORIZON_MONTHS}`);
  }
  return n;
}

/** --format, --json and -o: every command that prints a document. */
function formatOption(command: Command, h: HelpText): Command {
  return command
    .addOption(new Option('--format <format>', h.optFormat).choices(FORMATS).default('table'))
    .option('--json', h.optJson)
    .option('-o, --output <file>', h.optReportOutput);
}

function dateAndMacroOptions(command: Command, h: HelpText): Command {
  return command.addOption(new Option('--as-of <date>', h.optAsOf).argParser(parseDateOption)).option('--macro <file>', h.optMacro);
}

/**
 * `whatif`: the audit's options that apply (--as-of, --macro, --config, the format) and the changes.
 * Every change is collected as written — `--share` and `--strategy` are changes here, not the
 * baseline's settings — and parsed by the command, which reports each bad one in one line.
 */
export function whatifOptions(command: Command, h: HelpText): Command {
  formatOption(command, h);
  dateAndMacroOptions(command, h).option('--config <file>', h.optConfig);
  const help: Record<ChangeKind, string> = {
    pay: h.optPay,
    extra: h.optExtra,
    share: h.optShareChange,
    income: h.optIncome,
    spend: h.optSpend,
    close: h.optClose,
    refinance: h.optRefinance,
    strategy: h.optStrategyChange,
  };
  // No default: help would show "(default: [])"; normaliseWhatif reads a flag not given as [].
  for (const kind of changeKinds()) command.addOption(new Option(CHANGE_FLAGS[kind], help[kind]).argParser(collect));
  return command.option('--scenario <file>', h.optScenario).option('--target <YYYY-MM>', h.optTarget);
}

/** Each change's flag, as help shows it (the type makes one per kind of change). */
const CHANGE_FLAGS: Record<ChangeKind, string> = {
  pay: '--pay <NAME=AMOUNT>',
  extra: '--extra <amount>',
  share: '--share <N>',
  income: '--income <amount>',
  spend: '--spend <amount>',
  close: '--close <line>',
  refinance: '--refinance <spec>',
  strategy: '--strategy <strategy>',
};

function changeKinds(): ChangeKind[] {
  return Object.keys(CHANGE_FLAGS) as ChangeKind[];
}

/** A repeatable option's values, in the order given. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `whatif`'s options as the command takes them: each change flag's values as written. */
export interface WhatifOptions {
  format: AuditOptions['format'];
  output?: string;
  asOf?: string;
  macro?: string;
  config?: string;
  /** Each change flag's values, in the order given. */
  changes: Record<ChangeKind, string[]>;
  scenario?: string;
  target?: string;
}

export function normaliseWhatif(opts: Record<string, unknown>): WhatifOptions {
  const changes = {} as Record<ChangeKind, string[]>;
  for (const kind of changeKinds()) changes[kind] = (opts[kind] as string[] | undefined) ?? [];
  return {
    format: (opts.json ? 'json' : opts.format) as WhatifOptions['format'],
    output: opts.output as string | undefined,
    asOf: opts.asOf as string | undefined,
    macro: opts.macro as string | undefined,
    config: opts.config as string | undefined,
    changes,
    scenario: opts.scenario as string | undefined,
    target: opts.target as string | undefined,
  };
}

/** Declares `progress`'s options: no defaults for the plan's, so that giving one with a history file can be told apart. */
export function progressOptions(command: Command, h: HelpText): Command {
  return command
    .addOption(new Option('--format <format>', h.optFormat).choices(['table', 'json', 'markdown', 'html']).default('table'))
    .option('--json', h.optJson)
    .option('-o, --output <file>', h.optReportOutput)
    .option('--chart', h.optChart)
    .option('--no-chart', h.optNoChart)
    .option('--history <file>', h.optProgressHistory)
    .addOption(new Option('--as-of <date>', h.optProgressAsOf).argParser(parseDateOption))
    .addOption(new Option('--strategy <strategy>', h.optStrategy).choices(['recovery', 'avalanche', 'snowball']))
    .addOption(new Option('--share <share>', h.optShare).argParser((value) => parseShare(value, h)))
    .option('--macro <file>', h.optMacro)
    .option('--config <file>', h.optConfig);
}

export function normaliseProgress(opts: Record<string, unknown>): ProgressOptions {
  return {
    format: (opts.json ? 'json' : opts.format) as ProgressOptions['format'],
    strategy: opts.strategy as ProgressOptions['strategy'],
    share: opts.share as number | undefined,
    asOf: opts.asOf as string | undefined,
    macro: opts.macro as string | undefined,
    config: opts.config as string | undefined,
    history: opts.history as string | undefined,
    output: opts.output as string | undefined,
    chart: opts.chart as boolean | undefined,
  };
}

/** commander's parsed options as the commands take them (`--json` is `--format json`). */
export function normalise(opts: Record<string, unknown>): AuditOptions {
  return {
    format: (opts.json ? 'json' : opts.format) as AuditOptions['format'],
    failOn: (opts.failOn ?? 'critical') as AuditOptions['failOn'],
    strategy: opts.strategy as AuditOptions['strategy'],
    share: opts.share as number,
    asOf: opts.asOf as string | undefined,
    macro: opts.macro as string | undefined,
    config: opts.config as string | undefined,
    plan: opts.plan !== false,
    bills: opts.bills as string[] | undefined,
    output: opts.output as string | undefined,
    chart: opts.chart as boolean | undefined,
    record: opts.record === true,
    history: opts.history as string | undefined,
  };
}

function parseShare(value: string, h: HelpText): number {
  // `--share 20%`: a percentage where a decimal belongs. One line that names the decimal meant
  // (a UserError, not commander's usage error, which adds a second line pointing at --help).
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (percent) {
    const share = Number(percent[1]) / 100;
    if (share > 0 && share <= 1) throw new UserError(h.shareIsPercent(value, String(Number(share.toPrecision(12)))));
  }
  const share = Number(value);
  if (!Number.isFinite(share) || share <= 0 || share > 1) {
    throw new InvalidArgumentError('expected a number with 0 < share ≤ 1, e.g. 0.2');
  }
  return share;
}

/** `--as-of`: the profile's own date check and range (dates.ts), so the plan never names a month past it. */
function parseDateOption(value: string): string {
  if (!isDateInRange(value)) throw new InvalidArgumentError(`expected a real calendar date YYYY-MM-DD from ${MIN_DATE} to ${MAX_DATE}`);
  return value;
}

/** `import --months`. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 600) throw new InvalidArgumentError('expected a whole number from 1 to 600');
  return n;
}

/** `import --large`. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive amount in yuan');
  return n;
}
