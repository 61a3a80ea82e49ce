/**
 * Template types: what a template is, and which `{name}` placeholders it holds, as the type system
 * reads them. Types only; src/i18n/template.ts fills templates at run time.
 */

/** English plural forms, chosen by the value `count`: `one` for exactly 1, else `other`. */
export interface PluralTemplate {
  readonly one: string;
  readonly other: string;
}

/** A template: text with `{name}` placeholders, or plural forms of it. */
export type Template = string | PluralTemplate;

type WordChar =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's' | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z'
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z'
  | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '_';
type IsWord<S extends string> = S extends `${infer C}${infer Rest}` ? (C extends WordChar ? (Rest extends '' ? true : IsWord<Rest>) : false) : false;

/**
 * The placeholder names of a template, as the type system reads them: what fillTemplate's
 * `\{(\w+)\}` finds. `Placeholders<'{count} draws in {window}'>` is `'count' | 'window'`; a plural
 * template adds `count`, the value that chooses its form. A template typed only as `string`
 * (not a literal) gives `string`: any name.
 */
export type Placeholders<T> = T extends string
  ? string extends T
    ? string
    : T extends `${string}{${infer Rest}`
      ? Rest extends `${infer Name}}${infer After}`
        ? IsWord<Name> extends true
          ? Name | Placeholders<After>
          : Placeholders<Rest>
        : never
      : never
  : T extends PluralTemplate
    ? Placeholders<T['one']> | Placeholders<T['other']> | 'count'
    : never;

/** True when two templates name the same placeholders (the zh and en texts of one message must). */
export type SamePlaceholders<A, B> = [Placeholders<A>] extends [Placeholders<B>] ? ([Placeholders<B>] extends [Placeholders<A>] ? true : false) : false;
