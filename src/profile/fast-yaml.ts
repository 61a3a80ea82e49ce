/**
 * The fast path's YAML reader: the plain subset that profiles, rule configs and macro snapshots are
 * written in — block mappings and sequences, one-line flow collections (`{ month: 2026-05, amount:
 * 18000 }`), plain and simply quoted scalars, comments — read in one pass over the lines.
 *
 * It answers only when it is sure. Anything outside that subset — anchors, aliases, tags, block
 * scalars, multi-line scalars or flow collections, escapes, tabs, odd indentation, duplicate or
 * `__proto__` keys, numbers written in any but the plainest way, anything deeper than MAX_DEPTH —
 * makes it give up (undefined), and the precise path (precise.ts, the `yaml` library) reads the
 * document and reports every problem with its place. So the two can never disagree about a
 * document this one accepts: test/profile/fast-yaml.test.ts checks that on every sample and on
 * generated documents. It replaces a general YAML parser on the hot path because start-up is most
 * of the cost of a `check` (issue 7): this reads a sample profile in a fraction of a millisecond
 * even before the JIT has seen it.
 *
 * Scalars resolve as in YAML 1.2's core schema, the one the precise path uses: `null`, `~` and
 * nothing are null; `true`/`false` (three spellings each) booleans; decimal numbers numbers;
 * everything else, dates included, a string.
 */
import { MAX_DEPTH } from './limits';

/** Thrown to give up; caught once, in parseFastYaml. */
class GiveUp {}
const GIVE_UP = new GiveUp();
function giveUp(): never {
  throw GIVE_UP;
}

interface Line {
  indent: number;
  text: string;
}

/** Characters that are line breaks or otherwise special somewhere in YAML, and tabs: the precise path handles them. */
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;

/** A plain key: letters, digits and `_ $ . / -`, starting with a letter, `_` or `$`; then `:` and a space or the end. */
const KEY = /^([A-Za-z_$][\w$./-]*) *:(?: +|$)/;

/** Well inside YAML's 1024-character limit on implicit keys (the yaml library enforces it in strict mode). */
const MAX_KEY_SPAN = 1000;

const FLOW_KEY = /^[A-Za-z_$][\w$./-]*$/;

/**
 * A key read as the string it spells: not `__proto__` (hostile input has the precise path's
 * messages) and not a word the core schema reads as null or a boolean (`true:` is a boolean key).
 */
const isPlainKey = (key: string) => key !== '__proto__' && plainScalar(key) === key;

/** Numbers the fast path reads itself (where Number() is exactly what the core schema's int and float give). */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/** Every other way the core schema reads a plain scalar as a number: left to the precise path. */
const OTHER_NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$|^0o[0-7]+$|^0x[\da-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;

/** A plain scalar may not start with an indicator; `-`, `?` and `:` only when followed by a space (or alone). */
const INDICATOR_START = /^(?:[&*!|>%@`'"#,[\]{}]|[-?:](?: |$))/;

/** The document, or undefined when it is not (sure to be) inside the subset. */
export function parseFastYaml(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  try {
    const lines = contentLines(text);
    if (lines.length === 0) return undefined;
    const reader = new BlockReader(lines);
    const value = reader.block(0, lines[0]!.indent, 0);
    if (reader.next < lines.length) giveUp(); // a line at an indentation no open block has
    return value;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** The lines that carry content: blank and comment lines dropped, trailing comments cut off. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let seenContent = false;
  // Line by line in place: blank and comment lines — a third of a sample profile — never become strings.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let at = start;
    while (at < end && text.charCodeAt(at) === 32) at++;
    const indent = at - start;
    const blankOrComment = at === end || text.charCodeAt(at) === 35; /* # */
    start = next;
    if (blankOrComment) continue;
    let content = text.slice(at, end);
    // A `#` after a space starts a comment — unless it sits inside quotes, which this does not track.
    const hash = content.indexOf(' #');
    if (hash >= 0) {
      content = content.slice(0, hash);
      if (content.includes('"') || content.includes("'")) giveUp();
    }
    content = trimSpaces(content);
    if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) {
      // One leading document marker is allowed; directives, a second document or an end marker are not.
      if (content !== '---' || seenContent) giveUp();
      seenContent = true;
      continue;
    }
    seenContent = true;
    lines.push({ indent, text: content });
  }
  return lines;
}

/** Trailing spaces off. Only U+0020: YAML's white space is space and tab (refused), and String#trim would also eat U+00A0 and friends, which are content. */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

class BlockReader {
  next = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block node starting at line `at`, whose lines are indented by `indent`. */
  block(at: number, indent: number, depth: number): unknown {
    if (depth >= MAX_DEPTH) giveUp();
    this.next = at;
    const line = this.lines[at]!;
    if (isItem(line.text)) return this.sequence(indent, depth);
    if (KEY.test(line.text)) return this.mapping(indent, depth);
    // A lone scalar or flow collection as a whole block.
    const value = inlineValue(line.text, depth);
    this.next = at + 1;
    return value;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    while (this.next < this.lines.length) {
      const line = this.lines[this.next]!;
      if (line.indent !== indent || !isItem(line.text)) break;
      const rest = line.text.slice(1);
      let gap = 0;
      while (rest.charCodeAt(gap) === 32) gap++;
      const content = rest.slice(gap);
      if (content === '') {
        items.push(this.nested(indent, depth));
      } else if (isItem(content)) {
        giveUp(); // `- - x`: a compact nested sequence
      } else if (KEY.test(content)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const column = indent + 1 + gap;
        this.lines[this.next] = { indent: column, text: content };
        items.push(this.block(this.next, column, depth + 1));
      } else {
        items.push(inlineValue(content, depth + 1));
        this.next++;
        this.mustNotContinue(indent);
      }
    }
    return items;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.next < this.lines.length) {
      const line = this.lines[this.next]!;
      if (line.indent !== indent || isItem(line.text)) break;
      const match = KEY.exec(line.text);
      if (match === null) giveUp();
      const key = match[1]!;
      if (!isPlainKey(key) || Object.hasOwn(map, key)) giveUp();
      // YAML refuses an implicit key whose `:` is more than 1024 characters from its start.
      if (match[0].indexOf(':', key.length) > MAX_KEY_SPAN) giveUp();
      const rest = line.text.slice(match[0].length);
      if (rest === '') {
        const after = this.lines[this.next + 1];
        // A sequence may sit at its key's own indentation.
        map[key] = after !== undefined && after.indent === indent && isItem(after.text) ? this.sameIndentSequence(indent, depth) : this.nested(indent, depth);
      } else {
        map[key] = inlineValue(rest, depth + 1);
        this.next++;
        this.mustNotContinue(indent);
      }
    }
    return map;
  }

  private sameIndentSequence(indent: number, depth: number): unknown[] {
    this.next++;
    if (depth + 1 >= MAX_DEPTH) giveUp();
    return this.sequence(indent, depth + 1);
  }

  /** The value on the lines after an empty `key:` or `-`: a more indented block, or null. */
  private nested(indent: number, depth: number): unknown {
    const at = this.next + 1;
    const after = this.lines[at];
    if (after === undefined || after.indent <= indent) {
      this.next = at;
      return null;
    }
    return this.block(at, after.indent, depth + 1);
  }

  /** After a value on its own line, a more indented line would continue it (a multi-line scalar): not ours. */
  private mustNotContinue(indent: number): void {
    const after = this.lines[this.next];
    if (after !== undefined && after.indent > indent) giveUp();
  }
}

/** A value written on one line: a flow collection, a quoted scalar or a plain scalar. */
function inlineValue(text: string, depth: number): unknown {
  const first = text.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    const flow = new FlowReader(text);
    const value = flow.value(depth);
    if (flow.at !== text.length) giveUp();
    return value;
  }
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    const reader = new FlowReader(text);
    const value = reader.quoted();
    if (reader.at !== text.length) giveUp();
    return value;
  }
  if (INDICATOR_START.test(text) || text.includes(': ') || text.endsWith(':')) giveUp();
  return plainScalar(text);
}

function plainScalar(text: string): unknown {
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  const first = text.charCodeAt(0);
  // Only text starting with a digit, a sign or a dot can be a number.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
    if (PLAIN_NUMBER.test(text)) return Number(text);
    if (OTHER_NUMBER.test(text)) giveUp();
  }
  return text;
}

/** One-line flow collections: `{ a: 1, b: [x, y] }`. */
class FlowReader {
  at = 0;
  constructor(private readonly text: string) {}

  value(depth: number): unknown {
    if (depth >= MAX_DEPTH) giveUp();
    const c = this.text.charCodeAt(this.at);
    if (c === 0x7b) return this.map(depth + 1);
    if (c === 0x5b) return this.seq(depth + 1);
    if (c === 0x22 || c === 0x27) return this.quoted();
    return plainScalar(this.plain());
  }

  private map(depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.at++;
    this.spaces();
    if (this.eat(0x7d /* } */)) return map;
    for (;;) {
      const key = this.plain();
      if (!FLOW_KEY.test(key) || !isPlainKey(key) || Object.hasOwn(map, key)) giveUp();
      // `key: value` — the colon followed by a space (`{a:1}` is one plain scalar in YAML).
      if (this.text.charCodeAt(this.at) !== 0x3a || this.text.charCodeAt(this.at + 1) !== 0x20) giveUp();
      this.at += 2;
      this.spaces();
      map[key] = this.value(depth);
      this.spaces();
      if (this.eat(0x7d)) return map;
      if (!this.eat(0x2c /* , */)) giveUp();
      this.spaces();
      if (this.text.charCodeAt(this.at) === 0x7d) giveUp(); // a trailing comma
    }
  }

  private seq(depth: number): unknown[] {
    const items: unknown[] = [];
    this.at++;
    this.spaces();
    if (this.eat(0x5d /* ] */)) return items;
    for (;;) {
      items.push(this.value(depth));
      this.spaces();
      if (this.eat(0x5d)) return items;
      if (!this.eat(0x2c)) giveUp(); // includes `[a: b]`, a one-pair mapping
      this.spaces();
      if (this.text.charCodeAt(this.at) === 0x5d) giveUp();
    }
  }

  /** A plain scalar inside a flow collection: up to `,`, a bracket, or `: `. */
  plain(): string {
    const start = this.at;
    const text = this.text;
    for (; this.at < text.length; this.at++) {
      const c = text.charCodeAt(this.at);
      if (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) break;
      if (c === 0x3a && (this.at + 1 === text.length || text.charCodeAt(this.at + 1) === 0x20)) break;
    }
    const scalar = trimSpaces(text.slice(start, this.at));
    // A colon inside a flow collection is an indicator before `,` `]` `}` too; none is simpler than which.
    if (scalar === '' || INDICATOR_START.test(scalar) || scalar.includes(' #') || scalar.includes(':')) giveUp();
    return scalar;
  }

  /** `"text"` without escapes, or `'text'` with `''` for a quote. */
  quoted(): string {
    const text = this.text;
    const quote = text.charCodeAt(this.at);
    let out = '';
    let from = ++this.at;
    for (;;) {
      const end = text.indexOf(quote === 0x22 ? '"' : "'", from);
      if (end < 0) giveUp();
      if (quote === 0x27 && text.charCodeAt(end + 1) === 0x27) {
        out += text.slice(from, end + 1);
        from = end + 2;
        continue;
      }
      out += text.slice(from, end);
      this.at = end + 1;
      break;
    }
    if (quote === 0x22 && out.includes('\\')) giveUp();
    return out;
  }

  private spaces(): void {
    while (this.text.charCodeAt(this.at) === 0x20) this.at++;
  }

  private eat(c: number): boolean {
    if (this.text.charCodeAt(this.at) !== c) return false;
    this.at++;
    return true;
  }
}
