/**
 * Entry point of the built CLI (dist/cli.js). Wires commander; each command's module is imported
 * only when that command runs, so `--version` and `--help` load almost nothing.
 *
 * Exit codes (product.md): 0 done, nothing at or above --fail-on; 1 a finding at or above it;
 * 2 bad usage or invalid input; 130 interrupted. One place maps errors to them: `main` below.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../dates';
import { UserError } from '../errors';
import type { Lang } from '../rules/types';
import { localToday, resolveColor, resolveLang, type CliContext } from './context';
import { helpText, type HelpText } from './help';
import { isTerminal, writeAll } from './stdio';

export async function main(argv: string[]): Promise<number> {
  const env = process.env;
  const langFlag = scanFlag(argv, '--lang');
  const lang: Lang = resolveLang(langFlag, env) ?? 'en';
  const noColorFlag = argv.includes('--no-color');
  // Only what a command asks for is looked up: a `--json` run never needs to know about terminals.
  let stdoutIsTTY: boolean | undefined;
  let stdinIsTTY: boolean | undefined;
  const ctx: CliContext = {
    lang,
    get color() {
      // NO_COLOR, FORCE_COLOR and --no-color decide without a terminal check.
      const settled = resolveColor(noColorFlag, env, false);
      return settled === resolveColor(noColorFlag, env, true) ? settled : resolveColor(noColorFlag, env, this.stdoutIsTTY);
    },
    get columns() {
      return terminalColumns(env, this.stdoutIsTTY);
    },
    get stdinIsTTY() {
      return (stdinIsTTY ??= isTerminal(0));
    },
    get stdoutIsTTY() {
      return (stdoutIsTTY ??= isTerminal(1));
    },
    out: (text) => writeAll(1, text, lang),
    err: (text) => writeAll(2, text, lang),
    today: localToday,
  };
  const h = helpText(lang);
  if (langFlag !== undefined && resolveLang(langFlag, env) === undefined) {
    ctx.err(`limit-audit: ${h.badLang(langFlag)}\n`);
    return 2;
  }

  let exitCode = 0;
  const program = buildProgram(argv, ctx, h, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

/** Maps anything thrown to an exit code and one message on stderr; never a stack trace. */
export function handleError(error: unknown, ctx: CliContext): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2; // commander has already printed the usage error
  }
  if (error instanceof UserError) {
    if (error.message) ctx.err(`${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.err(
    ctx.lang === 'zh'
      ? `limit-audit：内部错误：${detail}\n这是 limit-audit 的缺陷，请附上所用命令报告给我们。\n`
      : `limit-audit: internal error: ${detail}\nThis is a bug in limit-audit; please report it with the command you ran.\n`,
  );
  return 2;
}

/** The terminal's width; COLUMNS when stdout is not a terminal (fixed-width output for tests and pipes); else 80. */
function terminalColumns(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): number {
  if (stdoutIsTTY && process.stdout.columns > 20) return process.stdout.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 40 && fromEnv <= 1000 ? fromEnv : 80;
}

function scanFlag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) return argv[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
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

function auditOptions(command: Command, h: HelpText, forPlan = false): Command {
  command
    .addOption(new Option('--format <format>', h.optFormat).choices(['table', 'json', 'ndjson', 'markdown']).default('table'))
    .option('--json', h.optJson)
    .addOption(new Option('--strategy <strategy>', h.optStrategy).choices(['recovery', 'avalanche', 'snowball']).default('recovery'))
    .addOption(new Option('--share <share>', h.optShare).argParser(parseShare).default(0.2))
    .addOption(new Option('--as-of <date>', h.optAsOf).argParser(parseDateOption))
    .option('--macro <file>', h.optMacro);
  if (!forPlan) {
    command
      .addOption(new Option('--fail-on <level>', h.optFailOn).choices(['critical', 'high', 'medium', 'low', 'never']).default('critical'))
      .option('--config <file>', h.optConfig)
      .option('--no-plan', h.optNoPlan);
  }
  return command;
}

function normalise(opts: Record<string, unknown>): AuditOptions {
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

function buildProgram(argv: string[], ctx: CliContext, h: HelpText, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('limit-audit')
    .description(h.program)
    .version(version, '-V, --version', h.optVersion)
    .helpOption('-h, --help', h.optHelp)
    .addHelpCommand(false)
    .addOption(new Option('--lang <lang>', h.optLang).choices(['zh', 'en']))
    .option('--no-color', h.optNoColor)
    .showHelpAfterError(h.seeHelp)
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s), outputError: (s, write) => write(h.usageError(s)) })
    .addHelpText('after', h.programExamples);

  const withCommon = (command: Command) =>
    command
      .helpOption('-h, --help', h.optHelp)
      .exitOverride()
      .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s), outputError: (s, write) => write(h.usageError(s)) });

  // Only the command being run is built (its options, help and texts): the others cost start-up
  // time for nothing. Without a known command name — `--help`, a typo — all are built, so help
  // lists them and commander can suggest the closest.
  const only = commandIn(argv);
  const commands: Record<CommandName, () => void> = {
    check: () => {
      auditOptions(withCommon(program.command('check').argument('[profiles...]', h.argProfiles).description(h.check)), h)
        .option('--bills <files...>', h.optBills)
        .addHelpText('after', h.checkExamples)
        .action(async (profiles: string[], opts: Record<string, unknown>) => {
          const { runCheck } = await import('./check');
          setExit(await runCheck(profiles, normalise(opts), ctx));
        });
    },
    plan: () => {
      auditOptions(withCommon(program.command('plan').argument('<profile>', h.argProfile).description(h.plan)), h, true)
        .addHelpText('after', h.planExamples)
        .action(async (profile: string, opts: Record<string, unknown>) => {
          const { runPlan } = await import('./plan');
          setExit(await runPlan(profile, normalise(opts), ctx));
        });
    },
    rules: () => {
      withCommon(program.command('rules').argument('[id]', h.argRuleId).description(h.rules))
        .option('--config <file>', h.optConfig)
        .option('--json', h.optJson)
        .addHelpText('after', h.rulesExamples)
        .action(async (id: string | undefined, opts: { config?: string; json?: boolean }) => {
          const { runRulesCommand } = await import('./rules');
          setExit(await runRulesCommand(id, opts, ctx));
        });
    },
    init: () => {
      withCommon(program.command('init').argument('[file]', h.argInitFile, 'profile.yaml').description(h.init))
        .option('-f, --force', h.optForce)
        .addHelpText('after', h.initExamples)
        .action(async (file: string, opts: { force?: boolean }) => {
          const { runInit } = await import('./init');
          setExit(await runInit(file, Boolean(opts.force), ctx));
        });
    },
    schema: () => {
      withCommon(program.command('schema').argument('[which]', h.argSchema, 'profile').description(h.schema))
        .addHelpText('after', h.schemaExamples)
        .action(async (which: string) => {
          const { runSchema } = await import('./schema');
          setExit(await runSchema(which, ctx));
        });
    },
    interview: () => {
      auditOptions(withCommon(program.command('interview').description(h.interview)), h)
        .option('--save <file>', h.optSave)
        .addHelpText('after', h.interviewExamples)
        .action(async (opts: Record<string, unknown>) => {
          const { runInterviewCommand } = await import('./interview');
          setExit(await runInterviewCommand({ ...normalise(opts), save: opts.save as string | undefined }, ctx));
        });
    },
    import: () => {
      withCommon(program.command('import').argument('<bills...>', h.argBills).description(h.import))
        .option('--into <profile>', h.optInto)
        .option('-o, --output <file>', h.optOutput)
        .option('--months <n>', h.optMonths, (v) => positiveInt(v), 6)
        .option('--large <yuan>', h.optLarge, (v) => positiveNumber(v))
        .option('-y, --yes', h.optYes)
        .addHelpText('after', h.importExamples)
        .action(async (bills: string[], opts: Record<string, unknown>) => {
          const { runImportCommand } = await import('./import');
          setExit(
            await runImportCommand(
              {
                bills,
                into: opts.into as string | undefined,
                output: opts.output as string | undefined,
                months: opts.months as number,
                large: opts.large as number | undefined,
                yes: Boolean(opts.yes),
              },
              ctx,
            ),
          );
        });
    },
  };
  for (const name of COMMANDS) if (only === undefined || only === name) commands[name]();

  return program;
}

const COMMANDS = ['check', 'plan', 'rules', 'init', 'schema', 'interview', 'import'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The command named on the command line: the first argument that is not an option (or --lang's value). */
function commandIn(argv: string[]): CommandName | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return (COMMANDS as readonly string[]).includes(arg) ? (arg as CommandName) : undefined;
  }
  return undefined;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 600) throw new InvalidArgumentError('expected a whole number from 1 to 600');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive amount in yuan');
  return n;
}
