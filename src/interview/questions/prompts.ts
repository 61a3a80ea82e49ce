/**
 * The one place the questionnaire talks to @inquirer/prompts (style.md, changesets): everything else
 * asks through the `Prompter` interface, which tests replace with scripted answers.
 *
 * @inquirer/prompts is imported dynamically, inside `loadPrompter`, so it is loaded only when the
 * questionnaire actually runs — never on the start-up path of `check` (build.mjs splits it out).
 */
import { InterruptedError } from '../../errors';
import { interviewText } from '../../i18n/interview';
import type { Lang } from '../../i18n/lang';

export interface InputQuestion {
  /** Stable id (`income.monthly`): what scripted tests match on, whatever the language. */
  id: string;
  message: string;
  /** Offered in brackets; Enter accepts it, Backspace clears it. */
  default?: string;
  /** `true`, or the reason the answer is refused; the prompt shows it and asks again. */
  validate: (raw: string) => true | string;
}

export interface ConfirmQuestion {
  id: string;
  message: string;
  default: boolean;
}

export interface Choice<V extends string> {
  value: V;
  name: string;
  description?: string;
}

export interface SelectQuestion<V extends string> {
  id: string;
  message: string;
  choices: readonly Choice<V>[];
  default?: V;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  select<V extends string>(question: SelectQuestion<V>): Promise<V>;
}

export interface PrompterOptions {
  lang: Lang;
  /**
   * Where prompts are drawn: standard error, so that standard output carries the report and
   * nothing else (product.md, "Output discipline") — `interview --json > report.json` stays clean.
   */
  output: NodeJS.WritableStream;
}

/**
 * @inquirer/prompts is ESM-only and stays outside the bundle. The shipped CLI runs as CommonJS in a
 * vm.Script (for its code cache, see build.mjs), where `import()` is unavailable without an
 * experimental flag, so there it is loaded with require(esm) (Node ≥ 20.19); under the test runner,
 * which runs ESM, with import().
 */
async function loadInquirer(): Promise<typeof import('@inquirer/prompts')> {
  if (typeof require === 'function') return require('@inquirer/prompts') as typeof import('@inquirer/prompts');
  return import('@inquirer/prompts');
}

/** The real prompter, backed by @inquirer/prompts. Ctrl-C in any prompt becomes an InterruptedError (exit 130). */
export async function loadPrompter(options: PrompterOptions): Promise<Prompter> {
  const inquirer = await loadInquirer();
  const context = { output: options.output };
  // Inquirer's key hints ("↑↓ navigate • ⏎ select") are English only; other languages translate them.
  const actions = interviewText(options.lang).selectKeys;
  // Its yes/no answers and the "(y/N)" hint, likewise.
  const yesNo = interviewText(options.lang).confirm;
  const theme = actions
    ? { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${actions[action] ?? action}`).join(' • ') } }
    : undefined;
  return {
    input: (q) => interruptible(() => inquirer.input({ message: q.message, default: q.default, validate: q.validate }, context)),
    confirm: (q) =>
      interruptible(() =>
        inquirer.confirm(
          {
            message: q.message,
            default: q.default,
            ...(yesNo ? { transformer: (yes: boolean) => (yes ? yesNo.yes : yesNo.no), theme: { style: { defaultAnswer: () => yesNo.hint(q.default) } } } : {}),
          },
          context,
        ),
      ),
    select: <V extends string>(q: SelectQuestion<V>) =>
      interruptible(() =>
        inquirer.select<V>(
          {
            message: q.message,
            choices: q.choices.map((c) => ({ value: c.value, name: c.name, description: c.description })),
            default: q.default,
            // A long list (debt kinds) should show whole, not scroll.
            pageSize: Math.max(7, q.choices.length),
            theme,
          },
          context,
        ),
      ),
  };
}

/**
 * Inquirer rejects with ExitPromptError when the user presses Ctrl-C (or the terminal goes away).
 * Matched by name: the class lives in @inquirer/core, which is not ours to import directly.
 */
async function interruptible<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError();
    throw error;
  }
}
