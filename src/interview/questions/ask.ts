/**
 * Typed questions on top of the Prompter: each reads the text, parses it (parse.ts), checks it with
 * the caller's schema-backed check (validate.ts), and re-asks with the reason until it is right.
 */
import { interviewText, type InterviewText } from '../../i18n/interview';
import type { Lang } from '../../i18n/lang';
import { displayWidth, wrapHanging } from '../../report/text-layout';
import { parseDate, parseMoney, parseMonth, parseNumber, parseRate, parseRememberedDate, type Parsed, type RememberedDate } from './parse';
import { BackRequest, type Choice, type Prompter } from './prompts';

/** What the questionnaire needs from the outside world: prompts, a place for text between them, a language. */
export interface InterviewIO {
  prompter: Prompter;
  /** Section headings, hints, the review YAML; the CLI sends it to standard error. */
  print(text: string): void;
  lang: Lang;
  /** The terminal's width: the questionnaire's own lines (the intro, hints) wrap to it; none: not wrapped. */
  width?: number;
}

/**
 * Text wrapped to `width` columns between words (Chinese between characters: text-layout.ts), a
 * line at a time: "• " items and indented lines keep their indent on the lines they wrap onto.
 */
export function wrapForTerminal(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^(\s*(?:[•✗-]\s+)?)/.exec(line)![1]!;
      if (line.trim() === '') return line;
      return wrapHanging(line.slice(indent.length), width, indent, ' '.repeat(displayWidth(indent))).join('\n');
    })
    .join('\n');
}

/** A schema-backed check of one parsed answer: undefined when fine, else the reason. */
export type Check<T> = (value: T) => string | undefined;

export interface Field<T> {
  id: string;
  message: string;
  /** The suggested answer (a previous answer when a section is edited). */
  default?: T;
  check?: Check<T>;
  /**
   * Whether a valid answer is plausible beside the person's other answers (spending 7,500 × the
   * income): undefined when it is; else what to say, and perhaps what was probably meant.
   */
  plausible?: (value: T) => Implausible<T> | undefined;
}

export interface Implausible<T> {
  /** The answer as the question shows it ("¥90,009,000.00"). */
  shown: string;
  /** "7,501": how many times the reference the answer is. */
  times: string;
  /** "your monthly income (¥12,000.00)". */
  reference: string;
  /** What the person probably meant (the same digits at another scale), offered as a choice. */
  suggestion?: { value: T; shown: string };
}

type Interpreted<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

export class Ask {
  readonly t: InterviewText;

  constructor(readonly io: InterviewIO) {
    this.t = interviewText(io.lang);
  }

  money(field: Field<number> & { optional: true }): Promise<number | undefined>;
  money(field: Field<number>): Promise<number>;
  money(field: Field<number> & { optional?: boolean }): Promise<number | undefined> {
    return this.value(field, parseMoney, String);
  }

  /** Counts, days, months: plain numbers; the schema decides whether a fraction is allowed. */
  number(field: Field<number> & { optional: true }): Promise<number | undefined>;
  number(field: Field<number>): Promise<number>;
  number(field: Field<number> & { optional?: boolean }): Promise<number | undefined> {
    return this.value(field, parseNumber, String);
  }

  rate(field: Field<number>): Promise<number> {
    return this.value(field, parseRate, String) as Promise<number>;
  }

  /**
   * A fee instalment's fee per period as the bill shows it: a rate (`0.6%`, `0.006`: below 1) or an
   * amount in yuan (`30.24`), which is turned into the rate on `original` (yuan) it stands for.
   */
  feeRate(field: Field<number>, original: number): Promise<number> {
    return this.value(
      field,
      (raw) => {
        if (/%\s*$/.test(raw)) return parseRate(raw);
        const amount = parseMoney(raw);
        if (!amount.ok || amount.value < 1 || original <= 0) return amount.ok ? { ok: true, value: amount.value } : parseRate(raw);
        return { ok: true, value: Math.round((amount.value / original) * 1e6) / 1e6 };
      },
      String,
    ) as Promise<number>;
  }

  date(field: Field<string>): Promise<string> {
    return this.value(field, parseDate, String) as Promise<string>;
  }

  month(field: Field<string>): Promise<string> {
    return this.value(field, parseMonth, String) as Promise<string>;
  }

  /** A date the user may know only to the month (see parseRememberedDate). */
  rememberedDate(field: Field<string>, asOf: string): Promise<RememberedDate> {
    const check = field.check;
    return this.value<RememberedDate>(
      {
        id: field.id,
        message: field.message,
        default: field.default === undefined ? undefined : { date: field.default, fromMonth: false },
        check: check ? (answer) => check(answer.date) : undefined,
      },
      (raw) => parseRememberedDate(raw, asOf),
      (answer) => answer.date,
    ) as Promise<RememberedDate>;
  }

  text(field: Field<string> & { optional: true }): Promise<string | undefined>;
  text(field: Field<string>): Promise<string>;
  text(field: Field<string> & { optional?: boolean }): Promise<string | undefined> {
    return this.value(field, (raw) => ({ ok: true, value: raw }), String);
  }

  /** A line of the questionnaire's own (a hint, a message), wrapped to the terminal. */
  say(text: string): void {
    this.io.print(this.io.width === undefined ? text : wrapForTerminal(text, this.io.width));
  }

  yes(id: string, message: string, defaultAnswer: boolean): Promise<boolean> {
    return this.steady(() => this.io.prompter.confirm({ id, message, default: defaultAnswer }));
  }

  choose<V extends string>(id: string, message: string, choices: readonly Choice<V>[], defaultAnswer?: V): Promise<V> {
    return this.steady(() => this.io.prompter.select({ id, message, choices, default: defaultAnswer }));
  }

  /**
   * A question outside the questionnaire's sections (the review, saving): Esc has no earlier question
   * to return to there (the Journal, which replays the sections, is not in between), so it says so and asks again.
   */
  private async steady<T>(prompt: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await prompt();
      } catch (error) {
        if (!(error instanceof BackRequest)) throw error;
        this.say(this.t.back.notHere);
      }
    }
  }

  /** Yes / no / not sure: "not sure" leaves the field out, so its rule is not evaluated rather than passed. */
  async tri(id: string, message: string, previous: boolean | undefined): Promise<boolean | undefined> {
    const answer = await this.choose(
      id,
      message,
      [
        { value: 'yes', name: this.t.yes },
        { value: 'no', name: this.t.no },
        { value: 'unknown', name: this.t.notSure },
      ],
      // Enter on a question never answered is "not sure": an answer the person did not give never raises a finding.
      previous === undefined ? 'unknown' : previous ? 'yes' : 'no',
    );
    return answer === 'unknown' ? undefined : answer === 'yes';
  }

  /**
   * The core loop: Enter on an empty line takes the default; an empty answer is allowed only for
   * optional fields; otherwise parse, then check, and hand any reason back to the prompt to show.
   */
  private async value<T>(
    field: Field<T> & { optional?: boolean },
    parse: (raw: string) => Parsed<T>,
    show: (value: T) => string,
  ): Promise<T | undefined> {
    const interpret = (raw: string): Interpreted<T> => {
      const trimmed = raw.trim();
      if (trimmed === '') return field.optional ? { ok: true, value: undefined } : { ok: false, message: this.t.required };
      const parsed = parse(trimmed);
      if (!parsed.ok) return { ok: false, message: this.t.parseFailure[parsed.reason] };
      const problem = field.check?.(parsed.value);
      return problem === undefined ? { ok: true, value: parsed.value } : { ok: false, message: problem };
    };
    for (;;) {
      const raw = await this.steady(() =>
        this.io.prompter.input({
          id: field.id,
          message: field.message,
          default: field.default === undefined ? undefined : show(field.default),
          validate: (answer) => {
            const result = interpret(answer);
            return result.ok ? true : result.message;
          },
        }),
      );
      const result = interpret(raw);
      // The prompt only resolves with an answer its validate accepted; anything else is a bug here.
      if (!result.ok) throw new Error(`the answer to ${field.id} was accepted by the prompt but does not parse`);
      const value = result.value;
      const doubt = value === undefined ? undefined : field.plausible?.(value);
      if (value === undefined || doubt === undefined) return value;
      const suggestion = doubt.suggestion !== undefined && interpret(show(doubt.suggestion.value)).ok ? doubt.suggestion : undefined;
      const p = this.t.plausible;
      // Enter types it again: accepting a value far from the other answers takes a choice.
      const verdict = await this.choose(
        `${field.id}.plausible`,
        p.question(doubt.shown, doubt.times, doubt.reference),
        [
          ...(suggestion === undefined ? [] : [{ value: 'suggestion' as const, name: p.suggest(suggestion.shown) }]),
          { value: 'retype' as const, name: p.retype },
          { value: 'keep' as const, name: p.keep(doubt.shown) },
        ],
        'retype',
      );
      if (verdict === 'keep') return value;
      if (verdict === 'suggestion' && suggestion !== undefined) return suggestion.value;
    }
  }
}

/** Choices named from a text table, e.g. `choices(DEBT_KINDS, t.debtKind)`. */
export function choices<V extends string>(values: readonly V[], names: { readonly [K in V]: string }): Choice<V>[] {
  return values.map((value) => ({ value, name: names[value] }));
}

/** Asks for a list of records: keep / change / remove the ones already given, then "add another?". */
export async function askList<T>(
  ask: Ask,
  options: {
    id: string;
    existing: readonly T[];
    describe: (item: T) => string;
    /** The first "add one?" question, and its default. */
    addFirst: string;
    addFirstDefault: boolean;
    addMore: string;
    askItem: (previous: T | undefined, others: readonly T[]) => Promise<T>;
  },
): Promise<T[]> {
  const t = ask.t;
  const items: T[] = [];
  for (const [index, item] of options.existing.entries()) {
    const action = await ask.choose(
      `${options.id}.existing`,
      t.existingItem(options.describe(item)),
      [
        { value: 'keep', name: t.keep },
        { value: 'edit', name: t.change },
        { value: 'remove', name: t.remove },
      ],
      'keep',
    );
    if (action === 'keep') items.push(item);
    // Records not yet reviewed still count as "others", so a changed debt cannot take their name.
    if (action === 'edit') items.push(await options.askItem(item, [...items, ...options.existing.slice(index + 1)]));
  }
  for (;;) {
    const more = await ask.yes(
      `${options.id}.more`,
      items.length === 0 ? options.addFirst : options.addMore,
      items.length === 0 ? options.addFirstDefault : false,
    );
    if (!more) return items;
    items.push(await options.askItem(undefined, items));
  }
}
