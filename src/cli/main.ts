/**
 * Entry point of the built CLI (dist/cli.js). Wires commander; each command's module is imported
 * only when that command runs, so `--version` and `--help` load almost nothing. Commands never
 * import each other: what two share lives in a module of its own (options.ts, audit-run.ts, …),
 * and this module is the one that picks which command runs.
 *
 * Exit codes: exit.ts, which also maps every error to one (`failure`).
 */
import { Command, Help, Option, type Argument, type HelpConfiguration } from 'commander';
import { version } from '../../package.json';
import { firstWord, flagValue, hasFlag, resolveLang } from '../../bin/argv.cjs';
import { helpText, type HelpText } from '../i18n/help';
import type { AprOptions } from './apr';
import type { Lang } from '../i18n/lang';
import { displayWidth, wrapText } from '../report/text-layout';
import { localToday, resolveColor, type CliContext } from './context';
import { EXIT, failure } from './exit';
import { withOutput } from './io';
import { auditOptions, normalise, normaliseProgress, normaliseWhatif, parseRoadmapMonths, positiveInt, positiveNumber, progressOptions, whatifOptions } from './options';
import { isTerminal, writeAll } from './stdio';
import { REVIEW_HORIZON_MONTHS } from '../timeline';

export async function main(argv: string[]): Promise<number> {
  const env = process.env;
  const langFlag = flagValue(argv, '--lang');
  const lang: Lang = resolveLang(langFlag, env) ?? 'en';
  const noColorFlag = hasFlag(argv, '--no-color');
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
    return EXIT.badInput;
  }

  let exitCode: number = EXIT.ok;
  const program = buildProgram(argv, ctx, h, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    const { code, message } = failure(error, lang);
    if (message !== undefined) ctx.err(`${message}\n`);
    return code;
  }
}

/** The terminal's width; COLUMNS when stdout is not a terminal (fixed-width output for tests and pipes); else 80. */
function terminalColumns(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): number {
  if (stdoutIsTTY && process.stdout.columns > 20) return process.stdout.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 40 && fromEnv <= 1000 ? fromEnv : 80;
}

function buildProgram(argv: string[], ctx: CliContext, h: HelpText, setExit: (code: number) => void): Command {
  // Help is as wide as the terminal, COLUMNS when not one (as the reports are).
  const output = {
    writeOut: (s: string) => ctx.out(s),
    writeErr: (s: string) => ctx.err(s),
    outputError: (s: string, write: (s: string) => void) => write(h.usageError(s)),
    getOutHelpWidth: () => ctx.columns,
    getErrHelpWidth: () => ctx.columns,
  };
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
    .configureOutput(output)
    .configureHelp(helpConfiguration(h))
    .addHelpText('after', () => fitHelpText(h.programExamples, ctx.columns));

  const withCommon = (command: Command) => command.helpOption('-h, --help', h.optHelp).exitOverride().configureOutput(output);

  // Only the command being run is built (its options, help and texts): the others cost start-up
  // time for nothing. Without a known command name — `--help`, a typo — all are built, so help
  // lists them and commander can suggest the closest.
  const only = commandIn(argv);
  const commands: Record<CommandName, () => void> = {
    check: () => {
      auditOptions(withCommon(program.command('check').argument('[profiles...]', h.argProfiles).description(h.check)), h)
        .option('--bills <files...>', h.optBills)
        .addHelpText('after', () => fitHelpText(h.checkExamples, ctx.columns))
        .action(async (profiles: string[], opts: Record<string, unknown>) => {
          // No profile at a terminal: nothing is piped in, so `check` is the questionnaire.
          const options = normalise(opts);
          if (profiles.length === 0 && ctx.stdinIsTTY) {
            const { runInterviewCommand } = await import('./interview');
            setExit(await withOutput(ctx, options.output, (out) => runInterviewCommand(options, out)));
            return;
          }
          const { runCheck } = await import('./check');
          setExit(await withOutput(ctx, options.output, (out) => runCheck(profiles, options, out)));
        });
    },
    plan: () => {
      auditOptions(withCommon(program.command('plan').argument('<profile>', h.argProfile).description(h.plan)), h, 'plan')
        .addHelpText('after', () => fitHelpText(h.planExamples, ctx.columns))
        .action(async (profile: string, opts: Record<string, unknown>) => {
          const { runPlan } = await import('./plan');
          const options = normalise(opts);
          setExit(await withOutput(ctx, options.output, (out) => runPlan(profile, options, out)));
        });
    },
    roadmap: () => {
      auditOptions(withCommon(program.command('roadmap').argument('<profile>', h.argProfile).description(h.roadmap)), h, 'roadmap')
        .addOption(new Option('--months <n>', h.optRoadmapMonths).argParser(parseRoadmapMonths).default(REVIEW_HORIZON_MONTHS))
        .addHelpText('after', () => fitHelpText(h.roadmapExamples, ctx.columns))
        .action(async (profile: string, opts: Record<string, unknown>) => {
          const { runRoadmap } = await import('./roadmap');
          const options = { ...normalise(opts), months: opts.months as number };
          setExit(await withOutput(ctx, options.output, (out) => runRoadmap(profile, options, out)));
        });
    },
    whatif: () => {
      whatifOptions(withCommon(program.command('whatif').argument('<profile>', h.argProfile).description(h.whatif)), h)
        .addHelpText('after', () => fitHelpText(h.whatifExamples, ctx.columns))
        .action(async (profile: string, opts: Record<string, unknown>) => {
          const { runWhatif } = await import('./whatif');
          const options = normaliseWhatif(opts);
          setExit(await withOutput(ctx, options.output, (out) => runWhatif(profile, options, out)));
        });
    },
    rules: () => {
      withCommon(program.command('rules').argument('[id]', h.argRuleId).description(h.rules))
        .option('--config <file>', h.optConfig)
        .addOption(new Option('--format <format>', h.optFormat).choices(['table', 'json', 'ndjson']).default('table'))
        .option('--json', h.optJson)
        .addHelpText('after', () => fitHelpText(h.rulesExamples, ctx.columns))
        .action(async (id: string | undefined, opts: { config?: string; format: 'table' | 'json' | 'ndjson'; json?: boolean }) => {
          const { runRulesCommand } = await import('./rules');
          setExit(await runRulesCommand(id, { config: opts.config, format: opts.json ? 'json' : opts.format }, ctx));
        });
    },
    init: () => {
      withCommon(program.command('init').argument('[file]', h.argInitFile, 'profile.yaml').description(h.init))
        .option('-f, --force', h.optForce)
        .addHelpText('after', () => fitHelpText(h.initExamples, ctx.columns))
        .action(async (file: string, opts: { force?: boolean }) => {
          const { runInit } = await import('./init');
          setExit(await runInit(file, Boolean(opts.force), ctx));
        });
    },
    schema: () => {
      withCommon(program.command('schema').argument('[which]', h.argSchema, 'profile').description(h.schema))
        .addHelpText('after', () => fitHelpText(h.schemaExamples, ctx.columns))
        .action(async (which: string) => {
          const { runSchema } = await import('./schema');
          setExit(await runSchema(which, ctx));
        });
    },
    interview: () => {
      auditOptions(withCommon(program.command('interview').description(h.interview)), h)
        .option('--save <file>', h.optSave)
        .addHelpText('after', () => fitHelpText(h.interviewExamples, ctx.columns))
        .action(async (opts: Record<string, unknown>) => {
          const { runInterviewCommand } = await import('./interview');
          const options = { ...normalise(opts), save: opts.save as string | undefined };
          setExit(await withOutput(ctx, options.output, (out) => runInterviewCommand(options, out)));
        });
    },
    progress: () => {
      progressOptions(withCommon(program.command('progress').argument('<profile|history>', h.argProgress).description(h.progress)), h)
        .addHelpText('after', () => fitHelpText(h.progressExamples, ctx.columns))
        .action(async (arg: string, opts: Record<string, unknown>) => {
          const { runProgress } = await import('./progress');
          const options = normaliseProgress(opts);
          const auditProfile = async () => (await import('./audit-run')).auditProfileFile;
          setExit(await withOutput(ctx, options.output, (out) => runProgress(arg, options, out, auditProfile)));
        });
    },
    import: () => {
      withCommon(program.command('import').argument('<bills...>', h.argBills).description(h.import))
        .option('--into <profile>', h.optInto)
        .option('-o, --output <file>', h.optOutput)
        .option('--months <n>', h.optMonths, (v) => positiveInt(v), 6)
        .option('--large <yuan>', h.optLarge, (v) => positiveNumber(v))
        .option('-y, --yes', h.optYes)
        .addHelpText('after', () => fitHelpText(h.importExamples, ctx.columns))
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
    apr: () => {
      // Its own options are read as text and checked in apr.ts, so a bad one is one line (no help hint).
      withCommon(program.command('apr').description(h.apr))
        .showHelpAfterError(false)
        .option('--amount <yuan>', h.optAmount)
        .option('--months <n>', h.optLoanMonths)
        .option('--fee-rate <rate>', h.optFeeRate)
        .option('--payment <yuan>', h.optPayment)
        .option('--monthly-rate <rate>', h.optMonthlyRate)
        .option('--daily-rate <rate>', h.optDailyRate)
        .option('--apr <rate>', h.optAprRate)
        .option('--upfront-fee <yuan>', h.optUpfrontFee)
        .option('--method <method>', h.optMethod)
        .option('--schedule', h.optSchedule)
        .option('--json', h.optJson)
        .option('--as-of <date>', h.optAprAsOf)
        .addHelpText('after', () => fitHelpText(h.aprExamples, ctx.columns))
        .action(async (opts: AprOptions) => {
          const { runAprCommand } = await import('./apr');
          setExit(await runAprCommand(opts, ctx));
        });
    },
  };
  for (const name of COMMANDS) if (only === undefined || only === name) commands[name]();

  return program;
}

/**
 * commander's help page in the language of the run: its headings, "[options]", the choices and
 * default after a description; widths and wrapping by display width (Chinese is two columns wide,
 * and wraps between characters). Only read when a help page is built.
 */
function helpConfiguration(h: HelpText): HelpConfiguration {
  return {
    minWidthToWrap: 20,
    styleTitle: (title) => h.helpTitles[title] ?? title,
    styleOptionText: (text) => h.usageWords[text] ?? text,
    styleSubcommandText: (text) => h.usageWords[text] ?? text,
    optionDescription: (option) => {
      const showDefault = option.defaultValue !== undefined && (option.required || option.optional);
      if (!option.argChoices && !showDefault) return option.description;
      return `${option.description}${h.helpExtra(option.argChoices, showDefault ? option.defaultValue : undefined)}`;
    },
    argumentDescription: (argument: Argument) => {
      if (!argument.argChoices && argument.defaultValue === undefined) return argument.description;
      return `${argument.description}${h.helpExtra(argument.argChoices, argument.defaultValue)}`;
    },
    // A full-width colon (U+FF1A) after a heading ("用法：") has its space built in. Written as an
    // escape: esbuild copies regular-expression literals as they are, and one non-ASCII character
    // in dist/cli.cjs makes V8 hold the whole source as two-byte text (test/bundle-hygiene.test.ts).
    formatHelp: (cmd, helper) => Help.prototype.formatHelp.call(helper, cmd, helper).replace(/^(\S*\uFF1A) /, '$1'),
    displayWidth,
    boxWrap: (text, width) => wrapText(text, Math.max(10, width)).join('\n'),
  };
}

/**
 * An examples block fitted to the terminal: prose wraps; an example whose description does not
 * fit beside its command gets it on the next line. Commands themselves are never broken.
 */
function fitHelpText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const example = /^( {2}\$ .*?) {2,}(\S.*)$/.exec(line);
      if (example) return [example[1]!, ...wrapText(example[2]!, width - 6).map((part) => `      ${part}`)];
      return line.startsWith('  $ ') ? [line] : wrapText(line, width);
    })
    .join('\n');
}

const COMMANDS = ['check', 'plan', 'roadmap', 'whatif', 'progress', 'rules', 'init', 'schema', 'interview', 'import', 'apr'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The command named on the command line (bin/argv.cjs: the first word that is not an option or --lang's value). */
function commandIn(argv: string[]): CommandName | undefined {
  const word = firstWord(argv);
  return (COMMANDS as readonly (string | undefined)[]).includes(word) ? (word as CommandName) : undefined;
}
