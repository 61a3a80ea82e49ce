/**
 * A scripted stand-in for src/interview/questions/prompts.ts (style.md, changesets): each prompt takes the next
 * scripted answer, which must be for that very question (matched by id, whatever the language).
 * Any prompt the script did not expect — a different question, or one too many — fails the test.
 *
 * Inputs behave as @inquirer/input does: an empty answer takes the default, and an answer the
 * question's validate refuses is recorded in `rejections` and the same question is asked again
 * (so the next scripted answer must be for the same id).
 *
 * inquirer-driven.ts answers the same scripts through the real prompter, drawn and typed into.
 */
import type { CliContext } from '../../src/cli/context';
import type { InterviewCommandOptions } from '../../src/cli/interview';
import { InterruptedError } from '../../src/errors';
import type { Lang } from '../../src/i18n/lang';
import type { InterviewIO } from '../../src/interview/questions/ask';
import { BackRequest, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from '../../src/interview/questions/prompts';
import { AS_OF } from './steps';

/** Answer a prompt with Ctrl-C, as @inquirer/prompts does (through the real prompts module: InterruptedError). */
export const CTRL_C = Symbol('Ctrl-C');
/** Backspace on an empty input, then Enter: clears the offered default. */
export const CLEAR = Symbol('clear the default');
/** Esc: back to the previous question (the real prompter's BackRequest). */
export const BACK = Symbol('Esc');

export type Answer = string | boolean | typeof CTRL_C | typeof CLEAR | typeof BACK;
export type Step = readonly [id: string, answer: Answer];

export interface Asked {
  id: string;
  message: string;
  default?: string | boolean;
  choices?: string[];
}

export interface Scripted {
  prompter: Prompter;
  io: InterviewIO;
  /** Every prompt shown, in order (re-asks included). */
  asked: Asked[];
  /** The reasons validate gave for refused answers. */
  rejections: { id: string; answer: string; reason: string }[];
  /** Everything printed between prompts. */
  printed: string[];
  /** Steps not yet used: a finished script has none. */
  remaining(): Step[];
}

/** Esc or Ctrl-C: a scripted answer that leaves the prompt instead of answering it. */
export type WayOut = typeof BACK | typeof CTRL_C;

/**
 * What a stand-in prompter is built from: the script, read question by question. Each reader notes
 * the question in `asked`, takes the next scripted answer — which must be for that very question
 * (matched by id, whatever the language): a different one, or one too many, fails the test — and
 * checks it is an answer of that kind of prompt, or a way out. The prompter then gives the answer.
 */
export interface ScriptCursor {
  input(q: InputQuestion): string | typeof CLEAR | WayOut;
  confirm(q: ConfirmQuestion): '' | boolean | WayOut;
  /** '' (Enter on the default), the index of the scripted choice, or a way out. */
  select<V extends string>(q: SelectQuestion<V>): '' | number | WayOut;
  rejections: Scripted['rejections'];
}

export const isWayOut = (answer: unknown): answer is WayOut => answer === BACK || answer === CTRL_C;

/** A Scripted session around the prompter `build` makes from the script: everything but the answering is shared. */
export function scriptedWith(steps: readonly Step[], lang: Lang, build: (script: ScriptCursor) => Prompter): Scripted {
  const queue = [...steps];
  const asked: Asked[] = [];
  const rejections: Scripted['rejections'] = [];
  const printed: string[] = [];
  const take = (id: string, message: string): Answer => {
    const step = queue.shift();
    if (step === undefined) throw new Error(`unexpected extra prompt "${id}" (${message}): the script has ended`);
    if (step[0] !== id) throw new Error(`unexpected prompt "${id}" (${message}): the script expected "${step[0]}"`);
    return step[1];
  };
  const prompter = build({
    input(q) {
      asked.push({ id: q.id, message: q.message, default: q.default });
      const answer = take(q.id, q.message);
      if (typeof answer === 'string' || answer === CLEAR || isWayOut(answer)) return answer;
      throw new Error(`prompt "${q.id}" is an input; the script gave ${String(answer)}`);
    },
    confirm(q) {
      asked.push({ id: q.id, message: q.message, default: q.default });
      const answer = take(q.id, q.message);
      if (answer === '' || typeof answer === 'boolean' || isWayOut(answer)) return answer;
      throw new Error(`prompt "${q.id}" is a yes/no question; the script gave ${String(answer)}`);
    },
    select(q) {
      const values: string[] = q.choices.map((choice) => choice.value);
      asked.push({ id: q.id, message: q.message, default: q.default, choices: values });
      const answer = take(q.id, q.message);
      if (answer === '' || isWayOut(answer)) return answer;
      const index = typeof answer === 'string' ? values.indexOf(answer) : -1;
      if (index === -1) throw new Error(`prompt "${q.id}" offers ${values.join(' | ')}; the script gave ${String(answer)}`);
      return index;
    },
    rejections,
  });
  return {
    prompter,
    io: { prompter, print: (text) => void printed.push(text), lang },
    asked,
    rejections,
    printed,
    remaining: () => [...queue],
  };
}

export function scripted(steps: readonly Step[], lang: Lang = 'en'): Scripted {
  return scriptedWith(steps, lang, (script) => {
    /** A way out, as the real prompter ends a prompt on Ctrl-C or Esc. */
    const leave = (answer: WayOut): never => {
      throw answer === CTRL_C ? new InterruptedError() : new BackRequest();
    };
    return {
      async input(q: InputQuestion) {
        for (;;) {
          const answer = script.input(q);
          if (isWayOut(answer)) return leave(answer);
          const raw = answer === CLEAR ? '' : answer || (q.default ?? '');
          const verdict = q.validate(raw);
          if (verdict === true) return raw;
          script.rejections.push({ id: q.id, answer: raw, reason: verdict });
        }
      },
      async confirm(q: ConfirmQuestion) {
        const answer = script.confirm(q);
        if (isWayOut(answer)) return leave(answer);
        return answer === '' ? q.default : answer;
      },
      async select<V extends string>(q: SelectQuestion<V>) {
        const answer = script.select(q);
        if (isWayOut(answer)) return leave(answer);
        return answer === '' ? (q.default ?? q.choices[0]!.value) : q.choices[answer]!.value;
      },
    };
  });
}

/** An in-memory ProfileFiles: `files` maps path → text. */
export function memoryFiles(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  return {
    files,
    exists: (path: string) => files.has(path),
    write: (path: string, text: string, overwrite: boolean) => {
      if (files.has(path) && !overwrite) throw new Error(`test: ${path} would have been overwritten without consent`);
      files.set(path, text);
    },
  };
}

/** The CLI at a terminal on AS_OF, in English, 80 columns: what the command writes is captured in `out` and `err`. */
export function terminalContext(overrides: Partial<CliContext> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    lang: 'en',
    color: false,
    columns: 80,
    stdinIsTTY: true,
    stdoutIsTTY: false,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    today: () => AS_OF,
    ...overrides,
  };
  return { ctx, out, err };
}

/** `interview`'s options with nothing given on the command line (check's defaults). */
export const COMMAND_OPTIONS: InterviewCommandOptions = { format: 'table', failOn: 'critical', strategy: 'recovery', share: 0.2, plan: true };
