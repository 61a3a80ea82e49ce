/**
 * The one place the questionnaire talks to @inquirer/prompts (style.md, changesets): everything else
 * asks through the `Prompter` interface, which tests replace with scripted answers.
 *
 * @inquirer/prompts is imported dynamically, inside `loadPrompter`, so it is loaded only when the
 * questionnaire actually runs — never on the start-up path of `check` (build.mjs splits it out).
 */
import { styleText } from 'node:util';
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

/** Thrown by a Prompter when the person asks to go back (Esc); the Journal (journal.ts), where there is one, handles it. */
export class BackRequest extends Error {
  constructor() {
    super('back to the previous question');
    this.name = 'BackRequest';
  }
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
  /** Where keys come from: standard input, unless a test gives another stream. */
  input?: NodeJS.ReadableStream;
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
  const input = options.input ?? process.stdin;
  // Inquirer's key hints ("↑↓ navigate • ⏎ select") are English only; other languages translate them.
  const actions = interviewText(options.lang).selectKeys;
  // Its yes/no answers and the "(y/N)" hint, likewise.
  const yesNo = interviewText(options.lang).confirm;
  // The way back, Esc, is shown beside inquirer's own keys under every list.
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        [...keys, ['esc', 'back'] as [string, string]].map(([key, action]) => `${key} ${actions?.[action] ?? action}`).join(' • '),
    },
  };
  /**
   * Esc, at any prompt, asks to go back (a BackRequest, which the questionnaire's Journal answers).
   * Inquirer has no key for it, so the key is watched on the input stream (whose keypress events
   * inquirer's readline turns on) and the prompt is ended with an AbortSignal.
   */
  const backable = <T>(ask: (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }) => Promise<T>): Promise<T> =>
    interruptible(async () => {
      const back = new AbortController();
      const onKey = (_: unknown, key: { name?: string } | undefined) => {
        if (key?.name === 'escape') back.abort();
      };
      input.on('keypress', onKey);
      try {
        return await ask({ input, output: options.output, signal: back.signal });
      } catch (error) {
        if (back.signal.aborted) throw new BackRequest();
        throw error;
      } finally {
        input.off('keypress', onKey);
      }
    });
  /**
   * Text and yes/no prompts have no key hints of their own: while one waits for its answer the way
   * back follows the question, dimmed; once answered the question stands alone. The question is
   * bold, as inquirer draws it, in colour only where the output takes colour (NO_COLOR, FORCE_COLOR).
   */
  const backHint = interviewText(options.lang).backHint;
  const colour = (options.output as { hasColors?: () => boolean }).hasColors?.() === true;
  const paint = (format: 'bold' | 'dim', text: string) => (colour ? styleText(format, text) : text);
  const message = (text: string, status: string) => (status === 'idle' ? `${paint('bold', text)} ${paint('dim', backHint)}` : paint('bold', text));
  return {
    input: (q) => backable((context) => inquirer.input({ message: q.message, default: q.default, validate: q.validate, theme: { style: { message } } }, context)),
    confirm: (q) =>
      backable((context) =>
        inquirer.confirm(
          {
            message: q.message,
            default: q.default,
            ...(yesNo
              ? { transformer: (yes: boolean) => (yes ? yesNo.yes : yesNo.no), theme: { style: { message, defaultAnswer: () => yesNo.hint(q.default) } } }
              : { theme: { style: { message } } }),
          },
          context,
        ),
      ),
    select: <V extends string>(q: SelectQuestion<V>) =>
      backable((context) =>
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
