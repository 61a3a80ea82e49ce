/**
 * The way back: every question of the questionnaire can return to the one before it (Esc in the
 * terminal; see prompts.ts).
 *
 * The sections are plain async code, asked top to bottom, so going back is done by replaying:
 * the Journal records each answer; when the person asks to go back, the questionnaire starts again
 * from the top and the Journal answers every question before the previous one by itself, without
 * showing it, then asks the previous one again with the answer given before as its default. The
 * same answers lead to the same questions (the sections depend on nothing else), so the replay
 * retraces the person's path exactly.
 */
import { BackRequest, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from './prompts';

/** Thrown by the Journal to start the questionnaire over and replay up to the previous question. */
export class Rewind extends Error {
  constructor() {
    super('rewind to the previous question');
    this.name = 'Rewind';
  }
}

type Answer = string | boolean;

interface Entry {
  id: string;
  answer: Answer;
}

export interface JournalEvents {
  /** The question asked again after going back is about to be shown (the replay is over). */
  returned(): void;
  /** Back was asked at the very first question. */
  nothingBefore(): void;
}

export class Journal implements Prompter {
  private entries: Entry[] = [];
  private cursor = 0;
  /** Entries to answer without asking, after a rewind. */
  private replayTo = 0;
  /**
   * Every answer given, including those after the question gone back to: asked again, a question
   * offers the answer it had at the same place (as a browser keeps its forward history).
   */
  private remembered: Entry[] = [];
  /** Set by a rewind until the question gone back to is shown. */
  private rewound = false;

  constructor(
    private readonly inner: Prompter,
    private readonly events: JournalEvents,
  ) {}

  /** Whether questions are being answered from the record (their text and the hints around them are not shown). */
  get replaying(): boolean {
    return this.cursor < this.replayTo;
  }

  /** Called at the top of every pass: the next question is the first one again. */
  restart(): void {
    this.cursor = 0;
  }

  /** Runs `pass` (which asks from the first question) until it ends without going back. */
  async run<T>(pass: () => Promise<T>): Promise<T> {
    for (;;) {
      this.restart();
      try {
        return await pass();
      } catch (error) {
        if (!(error instanceof Rewind)) throw error;
      }
    }
  }

  input(q: InputQuestion): Promise<string> {
    return this.step(q.id, (previous) => this.inner.input(typeof previous === 'string' ? { ...q, default: previous } : q)) as Promise<string>;
  }

  confirm(q: ConfirmQuestion): Promise<boolean> {
    return this.step(q.id, (previous) => this.inner.confirm(typeof previous === 'boolean' ? { ...q, default: previous } : q)) as Promise<boolean>;
  }

  select<V extends string>(q: SelectQuestion<V>): Promise<V> {
    return this.step(q.id, (previous) => {
      const chosen = q.choices.find((choice) => choice.value === previous);
      return this.inner.select(chosen ? { ...q, default: chosen.value } : q);
    }) as Promise<V>;
  }

  private async step(id: string, ask: (previous: Answer | undefined) => Promise<Answer>): Promise<Answer> {
    if (this.replaying) {
      const entry = this.entries[this.cursor]!;
      // The same answers lead to the same questions; should they not, the replay stops here and asks.
      if (entry.id === id) {
        this.cursor += 1;
        return entry.answer;
      }
      this.replayTo = this.cursor;
    }
    const earlier = this.remembered[this.cursor];
    const previous = earlier?.id === id ? earlier.answer : undefined;
    if (this.rewound) this.events.returned();
    this.rewound = false;
    for (;;) {
      try {
        const answer = await ask(previous);
        this.entries.length = this.cursor;
        this.entries.push({ id, answer });
        this.remembered[this.cursor] = { id, answer };
        this.cursor += 1;
        return answer;
      } catch (error) {
        if (!(error instanceof BackRequest)) throw error;
        if (this.cursor === 0) {
          this.events.nothingBefore();
          continue;
        }
        this.replayTo = this.cursor - 1;
        this.entries.length = this.cursor - 1;
        this.rewound = true;
        throw new Rewind();
      }
    }
  }
}
