/**
 * The second stand-in for a person at the keyboard: the same scripts as scripted.ts (the same Step
 * lists, the same `asked`, `rejections`, `printed` and `remaining()`), but every question is drawn by
 * the REAL prompter (src/interview/questions/prompts.ts, @inquirer/prompts) through @inquirer/testing's
 * `render`, and answered with the keys a person would press:
 *
 * - a list: ↓/↑ from where its cursor stands to the scripted choice (seen on the screen), then ⏎;
 *   '' is ⏎ where the list puts its cursor (on its default);
 * - a text: the text typed, then ⏎ ('' is ⏎ alone: the default, if there is one; CLEAR is Backspace
 *   then ⏎). An answer the question refuses stays in the same prompt, as in inquirer: the reason must
 *   be on the screen (that is what `rejections` records), and the next step for the same question
 *   is typed into that prompt after erasing what inquirer left in the line;
 * - a yes/no question: y or n then ⏎ (the keys the Chinese hint names too), or ⏎ alone;
 * - BACK is Esc, CTRL_C is Ctrl-C.
 *
 * As it goes it checks what is cheap to see: the question and its way back are on the screen, the
 * cursor rests on the choice about to be taken, the answer given is what the prompt shows once done.
 */
import { render } from '@inquirer/testing';
import { interviewText } from '../../src/i18n/interview';
import type { Lang } from '../../src/i18n/lang';
import { loadPrompter, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from '../../src/interview/questions/prompts';
import { BACK, CLEAR, isWayOut, scripted, scriptedWith, type Scripted, type Step, type WayOut } from './scripted';

/** A "prompt" for @inquirer/testing's render: our prompter on the streams render gives it. */
export function through<T>(lang: Lang, ask: (prompter: Prompter) => Promise<T>) {
  return ((_config: unknown, context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }) =>
    loadPrompter({ lang, input: context.input, output: context.output }).then(ask)) as unknown as Parameters<typeof render>[0];
}

type Key = Parameters<Awaited<ReturnType<typeof render>>['events']['keypress']>[0];

const CTRL_C_KEY = { name: 'c', ctrl: true };

/** One turn of the event loop: inquirer settles a prompt's answer within it (its done() resolves on setImmediate). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One question drawn by the real prompter through render, and the keys pressed in it. */
class Drawn<T> {
  private ended = false;

  private constructor(
    private readonly id: string,
    private readonly r: Omit<Awaited<ReturnType<typeof render>>, 'answer'> & { answer: Promise<T> },
  ) {
    r.answer.then(
      () => (this.ended = true),
      () => (this.ended = true),
    );
  }

  /**
   * Draws the question `id` with the prompter's `ask`, and answers it with `answer` (which presses
   * keys). If that fails while the prompt still waits (a step for another question, a screen not as
   * expected), the prompt is ended with Ctrl-C, so no readline is left open behind the failure.
   */
  static async answer<T>(lang: Lang, id: string, ask: (prompter: Prompter) => Promise<T>, answer: (drawn: Drawn<T>) => Promise<T>): Promise<T> {
    const drawn = new Drawn(id, (await render(through(lang, ask), {})) as Drawn<T>['r']);
    try {
      return await answer(drawn);
    } catch (error) {
      if (!drawn.ended) {
        drawn.r.events.keypress(CTRL_C_KEY);
        await drawn.r.answer.catch(() => undefined);
      }
      throw error;
    }
  }

  screen(): string {
    return this.r.getScreen();
  }

  expectOnScreen(...texts: string[]): void {
    const screen = this.screen();
    for (const text of texts) if (!screen.includes(text)) throw new Error(`prompt "${this.id}": the screen does not show "${text}":\n${screen}`);
  }

  type(text: string): void {
    this.r.events.type(text);
  }

  key(key: Key): void {
    this.r.events.keypress(key);
  }

  /** After ⏎ in a text prompt: the screen once the answer has been checked (validation ends within the turn nextRender lets pass). */
  async checked(): Promise<string> {
    await this.r.nextRender();
    return this.screen();
  }

  /** Presses `key`, which ends the prompt: its answer, or its rejection (Esc: BackRequest, Ctrl-C: InterruptedError). */
  async last(key: Key): Promise<T> {
    this.key(key);
    return this.settled(JSON.stringify(key));
  }

  /** The prompt's answer, which it has given: one still waiting a turn later fails the driver rather than the test's timeout. */
  async settled(after: string): Promise<T> {
    await turn();
    if (!this.ended) throw new Error(`prompt "${this.id}" still waits after ${after}:\n${this.screen()}`);
    return this.r.answer;
  }

  /** Esc or Ctrl-C, if that is the scripted answer: the prompt then ends with a BackRequest or an InterruptedError. */
  async leaveOn<A>(answer: A): Promise<Exclude<A, WayOut>> {
    if (!isWayOut(answer)) return answer as Exclude<A, WayOut>;
    await this.last(answer === BACK ? 'escape' : CTRL_C_KEY);
    throw new Error(`prompt "${this.id}" answered after ${answer === BACK ? 'Esc' : 'Ctrl-C'} instead of ending`);
  }
}

/** What inquirer draws under a text prompt whose answer was refused: '> ' and the reason. */
function shownError(screen: string): string | undefined {
  const at = screen.indexOf('\n> ');
  return at === -1 ? undefined : screen.slice(at + 3);
}

/** The choice a list's cursor rests on: the one line `❯ name` among the lines `  name`. */
function activeChoice<V extends string>(screen: string, q: SelectQuestion<V>): number {
  const lines = screen.split('\n').slice(1).map((line) => line.trimEnd());
  const active = q.choices.findIndex((choice) => lines.some((line) => line.length === choice.name.length + 2 && /^\S $/.test(line.slice(0, 2)) && line.endsWith(choice.name)));
  if (active === -1) throw new Error(`prompt "${q.id}": no choice under the cursor on the screen:\n${screen}`);
  return active;
}

export function driven(steps: readonly Step[], lang: Lang = 'en'): Scripted {
  const t = interviewText(lang);
  const backKey = `esc ${t.selectKeys?.back ?? 'back'}`;
  return scriptedWith(steps, lang, (script) => ({
    input: (q: InputQuestion) =>
      Drawn.answer(lang, q.id, (p) => p.input(q), async (drawn) => {
        // What inquirer takes on ⏎ with an empty line, and what it leaves in the line after a refusal.
        let offered = q.default ?? '';
        let left = '';
        for (;;) {
          drawn.expectOnScreen(q.message, t.backHint);
          const answer = await drawn.leaveOn(script.input(q));
          for (const _ of left) drawn.key('backspace');
          if (answer === CLEAR) {
            drawn.key('backspace');
            offered = '';
          } else if (answer !== '') drawn.type(answer);
          drawn.key('enter');
          const screen = await drawn.checked();
          // Answered, the question stands alone; refused, it waits again (its way back shown) over the
          // reason. (An answered prompt may still show an earlier refusal's reason: waiting is what tells.)
          if (!screen.includes(t.backHint)) {
            const value = await drawn.settled('⏎');
            drawn.expectOnScreen(q.message, value);
            return value;
          }
          const reason = shownError(screen);
          if (reason === undefined) throw new Error(`prompt "${q.id}" still waits after ⏎, showing no reason:\n${screen}`);
          script.rejections.push({ id: q.id, answer: answer === CLEAR ? '' : answer || offered, reason });
          left = answer === CLEAR ? '' : answer;
        }
      }),

    confirm: (q: ConfirmQuestion) =>
      Drawn.answer(lang, q.id, (p) => p.confirm(q), async (drawn) => {
        drawn.expectOnScreen(q.message, t.backHint, t.confirm?.hint(q.default) ?? (q.default ? '(Y/n)' : '(y/N)'));
        const answer = await drawn.leaveOn(script.confirm(q));
        if (answer !== '') drawn.type(answer ? 'y' : 'n');
        const value = await drawn.last('enter');
        drawn.expectOnScreen(value ? (t.confirm?.yes ?? 'Yes') : (t.confirm?.no ?? 'No'));
        return value;
      }),

    select: <V extends string>(q: SelectQuestion<V>) =>
      Drawn.answer(lang, q.id, (p) => p.select(q), async (drawn) => {
        const values = q.choices.map((choice) => choice.value);
        drawn.expectOnScreen(q.message, backKey);
        const answer = await drawn.leaveOn(script.select(q));
        const from = activeChoice(drawn.screen(), q);
        const to = answer === '' ? from : answer;
        for (let i = from; i !== to; i += Math.sign(to - from)) drawn.key(to > from ? 'down' : 'up');
        const under = activeChoice(drawn.screen(), q);
        if (under !== to) throw new Error(`prompt "${q.id}": the cursor is on "${values[under]}", not on "${values[to]}"`);
        const value = await drawn.last('enter');
        drawn.expectOnScreen(q.message, q.choices[to]!.name);
        return value;
      }),
  }));
}

/** Both ways of answering the questionnaire's scripts, for tests to run each through both (describe.each). */
export const PROMPTERS = [
  ['scripted', scripted],
  ['inquirer', driven],
] as const;
