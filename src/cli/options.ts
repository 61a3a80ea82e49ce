/**
 * The options the audit commands share (`check`, `plan`, `roadmap`, `interview`): their declaration for
 * commander, their parsers, and the one shape the commands receive them in. Parsers throw
 * commander's InvalidArgumentError in English; help.ts translates the usage error for zh.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../dates';
import type { HelpText } from '../i18n/help';
import { REVIEW_HORIZON_MONTHS } from '../timeline';

export interface AuditOptions {
  format: 'table' | 'json' | 'ndjson' | 'markdown';
  failOn: 'critical' | 'high' | 'medium' | 'low' | 'never';
  strategy: 'recovery' | 'avalanche' | 'snowball';
  share: number;
  asOf?: string;
  macro?: string;
  config?: string;
  plan: boolean;
  bills?: string[];
}

/**
 * Declares the audit options on `command`: `check` and `interview` take them all, `plan` only those
 * that shape the plan, `roadmap` those and the rules config (it runs the rules, but has no
 * --fail-on and always makes the plan).
 */
export function auditOptions(command: Command, h: HelpText, kind: 'audit' | 'plan' | 'roadmap' = 'audit'): Command {
  command
    .addOption(new Option('--format <format>', h.optFormat).choices(['table', 'json', 'ndjson', 'markdown']).default('table'))
    .option('--json', h.optJson)
    .addOption(new Option('--strategy <strategy>', h.optStrategy).choices(['recovery', 'avalanche', 'snowball']).default('recovery'))
    .addOption(new Option('--share <share>', h.optShare).argParser(parseShare).default(0.2))
    .addOption(new Option('--as-of <date>', h.optAsOf).argParser(parseDateOption))
    .option('--macro <file>', h.optMacro);
  if (kind === 'audit') command.addOption(new Option('--fail-on <level>', h.optFailOn).choices(['critical', 'high', 'medium', 'low', 'never']).default('critical'));
  if (kind !== 'plan') command.option('--config <file>', h.optConfig);
  if (kind === 'audit') command.option('--no-plan', h.optNoPlan);
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
  };
}

function parseShare(value: string): number {
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
