/**
 * The precise path: the `yaml` library's document keeps source positions, so every problem becomes
 * `file:line:col field.path: expected …, found …`. Loaded only when a document is not plainly valid
 * (see load.ts), and by the questionnaire and the importer, which edit documents.
 */
import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import type { z } from 'zod/mini';
import { fileProblem, InputError, type LocatedIssue } from '../errors';
import { messagesFor, type Messages } from '../i18n/messages';
import { yamlSyntaxText } from '../i18n/yaml';
import type { Lang } from '../i18n/lang';
import { closest } from '../text';
import { MAX_DEPTH } from './limits';
import { MAX_DATE, MAX_MONTH } from './schema';
import { readSchema, type SchemaNode } from './zod-internals';

/** A profile has no use for more aliases than this; an alias bomb is stopped here, quickly. */
const MAX_ALIASES = 100;
const MAX_ISSUES_SHOWN = 20;
/**
 * Validation issues located and sorted: the first ones zod reports. A document with a million bad
 * entries still gets its first screenful of messages and an exact count, in bounded time.
 */
const MAX_ISSUES_LOCATED = 1_000;
/** Keys longer than this are shortened in messages and get no "did you mean" (an edit distance over megabytes). */
const MAX_KEY_SHOWN = 40;
const MAX_KEY_SUGGESTED = 64;
/**
 * The CST parser's open collections (plus the document and a token in progress) beyond which the
 * document is refused before it is composed: the `yaml` composer recurses once per level, and a
 * stack overflow deep inside it can abort the process instead of throwing (V8 compiling a regular
 * expression at the stack's end is fatal). Documents between MAX_DEPTH and this get the exact
 * check of depthOf below; the message is the same.
 */
const MAX_CST_STACK = MAX_DEPTH + 4;

type Path = (string | number)[];

/**
 * How every document is read — profiles, --config, --macro, `import --into` — whatever its `%YAML`
 * directive says: YAML 1.2's core schema. The `yaml` library would otherwise switch to YAML 1.1 on
 * `%YAML 1.1` (`012000` octal 5120, `2026-11-01` a Date, `yes` true, `<<` merging mappings).
 * Explicitly tagged 1.1 types (`!!timestamp`, `!!binary`, `!!set`) resolve as the library does
 * under 1.2, so with or without the directive they are a type error at their field
 * (docs/reliability.md). The fast reader (fast-yaml.ts) resolves scalars the same way, and leaves
 * every document with a directive or a tag to this path.
 */
export const YAML_CORE = { version: '1.2', schema: 'core', merge: false, resolveKnownTags: true } as const;

export interface ParsedDocument {
  doc: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/**
 * Text → YAML document and plain value; syntax, duplicate keys, tags, aliases and depth checked.
 * `empty` is what an empty file (or one of comments only) is told: it names what the file should hold.
 */
export function parseYamlText(text: string, source: string, lang: Lang, empty: string): ParsedDocument {
  const t = messagesFor(lang);
  if (text.trim() === '' || /^\s*(#.*)?$/.test(text.replace(/\n\s*(#.*)?(?=\n|$)/g, ''))) {
    throw fileProblem(source, empty);
  }
  const lineCounter = new LineCounter();
  const doc = composeDocument(text, lineCounter);
  if ('refused' in doc) {
    // Where the limit was passed; runs of broken lines (`a: b: c`) nest too, so the place matters.
    const pos = lineCounter.linePos(doc.offset);
    const message = doc.refused === 'depth' ? t.tooDeep(MAX_DEPTH) : t.aliasBomb();
    throw new InputError(source, [{ line: pos.line, col: pos.col, path: '', message }]);
  }
  const issues: LocatedIssue[] = [];
  const at = (offset: number) => lineCounter.linePos(offset);
  const syntax = yamlSyntaxText(lang);
  for (const error of doc.errors) {
    const pos = at(error.pos[0]);
    issues.push({ line: pos?.line, col: pos?.col, path: '', message: t.yamlSyntax(syntax(error.code, firstLine(error.message))) });
  }
  for (const warning of doc.warnings) {
    const pos = at(warning.pos[0]);
    const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
    issues.push({
      line: pos?.line,
      col: pos?.col,
      path: '',
      message: tag ? t.unsupportedTag(shortTag(tag)) : t.yamlSyntax(syntax(warning.code, firstLine(warning.message))),
    });
  }
  for (const key of duplicateKeys(doc)) {
    const pos = key.range ? at(key.range[0]) : undefined;
    issues.push({ line: pos?.line, col: pos?.col, path: '', message: t.duplicateKey(shortKey(String(key.value))) });
  }
  if (issues.length > 0) throw new InputError(source, capped(issues.sort(byPosition), t));
  if (depthOf(doc.contents, 0) > MAX_DEPTH) {
    throw new InputError(source, [{ line: 1, col: 1, path: '', message: t.tooDeep(MAX_DEPTH) }]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message) ? t.aliasBomb() : t.yamlSyntax(String(error));
    throw new InputError(source, [{ line: 1, col: 1, path: '', message }]);
  }
  return { doc, lineCounter, value };
}

export function validateParsed<S extends z.core.$ZodType>(
  schema: S,
  parsed: ParsedDocument,
  source: string,
  lang: Lang,
): z.infer<S> {
  const t = messagesFor(lang);
  const { value } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(source, [{ line: 1, col: 1, path: '', message: t.notMapping(describe(value, t)) }]);
  }
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new Error('async schemas are not supported');
  if (!result.issues) return result.value as z.infer<S>;
  const { located, total } = locateIssues(schema, result.issues as readonly ZodIssueLike[], parsed, lang);
  throw new InputError(source, capped(located, t, total));
}

/**
 * The document as the `yaml` library composes it, without its two hazards for hostile input:
 * - depth: the CST parser (iterative) runs first, and a document nested past MAX_CST_STACK is
 *   refused before the recursive composer sees it (the offset where it happened is returned);
 * - aliases: more than MAX_ALIASES of them are refused as they are read, before a million `*a`
 *   are composed only for toJS to give up on them;
 * - time: the composer's own duplicate-key check compares each key with every earlier one
 *   (quadratic: 40,000 keys take 15 s), so it is off and duplicateKeys() does it in linear time.
 * Otherwise the same as parseDocument(text, { ...YAML_CORE, lineCounter, strict: true }); logLevel
 * 'error' keeps the library from printing warnings of its own to stderr.
 */
function composeDocument(text: string, lineCounter: LineCounter): Document | { refused: 'depth' | 'aliases'; offset: number } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let aliases = 0;
  for (const lexeme of new Lexer().lex(text)) {
    // An alias is the one token that starts with `*` (quoted and block scalars start otherwise).
    if (lexeme.charCodeAt(0) === 0x2a && ++aliases > MAX_ALIASES) return { refused: 'aliases', offset: parser.offset };
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_CST_STACK) return { refused: 'depth', offset: parser.offset };
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({ ...YAML_CORE, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document, even for an empty stream.
  if (!doc) throw new Error('the YAML composer returned no document');
  return doc;
}

/** Keys that repeat an earlier key of the same mapping (as the plain object would see them: by their string form). */
function duplicateKeys(doc: Document): Scalar[] {
  const found: Scalar[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (isScalar(item.key)) {
          const key = String(item.key.value);
          if (seen.has(key)) found.push(item.key);
          seen.add(key);
        }
        pending.push(item.key, item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return found;
}

function byPosition(a: LocatedIssue, b: LocatedIssue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}

/** The first MAX_ISSUES_SHOWN issues, then "… and N more". */
function capped(issues: LocatedIssue[], t: Messages, total = issues.length): LocatedIssue[] {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN);
  if (total > shown.length) shown.push({ path: '', message: t.moreIssues(total - shown.length) });
  return shown;
}

/** A key as a message shows it: long keys shortened. */
function shortKey(key: string): string {
  return key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key;
}

/** The parts of a zod issue the messages need (zod/mini's issue union, loosely). */
interface ZodIssueLike {
  code?: string;
  path?: readonly PropertyKey[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  keys?: string[];
  values?: unknown[];
  format?: string;
  pattern?: string;
  /** invalid_union: each branch's issues, with paths relative to the union. */
  errors?: readonly (readonly ZodIssueLike[])[];
  params?: Record<string, unknown>;
  message: string;
}

/**
 * Every zod issue as a located message, in document order; only the first MAX_ISSUES_LOCATED are
 * located (positions, found values), the rest are counted for "… and N more".
 */
function locateIssues(
  schema: z.core.$ZodType,
  zodIssues: readonly ZodIssueLike[],
  parsed: ParsedDocument,
  lang: Lang,
): { located: LocatedIssue[]; total: number } {
  const t = messagesFor(lang);
  const out: LocatedIssue[] = [];
  const seenPaths = new Set<string>();
  let total = 0;
  for (const issue of zodIssues.flatMap(unionBranch)) {
    const path = (issue.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys ?? [];
      total += keys.length;
      const known = out.length < MAX_ISSUES_LOCATED ? knownKeys(schema, path) : [];
      for (const key of keys) {
        if (out.length >= MAX_ISSUES_LOCATED) break;
        const pos = position(parsed, [...path, key], true);
        const suggestion = key.length <= MAX_KEY_SUGGESTED ? closest(key, known) : undefined;
        out.push({ ...pos, path: formatPath([...path, shortKey(key)]), message: t.unknownKey(shortKey(key), suggestion) });
      }
      continue;
    }
    const pathText = formatPath(path);
    // One message per field: a bad date fails both its pattern and its calendar check.
    if (seenPaths.has(pathText)) continue;
    seenPaths.add(pathText);
    total += 1;
    if (out.length >= MAX_ISSUES_LOCATED) continue;
    const found = valueAt(parsed.value, path);
    out.push({ ...position(parsed, path, false), path: pathText, message: issueMessage(issue, found, path, t) });
  }
  return { located: out.sort(byPosition), total };
}

/**
 * A union (e.g. a rule config entry: `off` or `{ thresholds }`) fails as one issue holding every
 * branch's issues. Report the branch the value was meant for: one whose type matched (no
 * invalid_type at its root), and among those the one that got deepest into the value.
 */
function unionBranch(issue: ZodIssueLike): ZodIssueLike[] {
  if (issue.code !== 'invalid_union' || !issue.errors || issue.errors.length === 0) return [issue];
  const base = issue.path ?? [];
  const score = (branch: readonly ZodIssueLike[]) => {
    const typeMismatch = branch.some((i) => i.code === 'invalid_type' && (i.path ?? []).length === 0);
    return (typeMismatch ? 0 : 1000) + Math.max(0, ...branch.map((i) => (i.path ?? []).length));
  };
  const best = issue.errors.reduce((a, b) => (score(b) > score(a) ? b : a));
  return best.flatMap((i) => unionBranch({ ...i, path: [...base, ...(i.path ?? [])] }));
}

function issueMessage(issue: ZodIssueLike, found: unknown, path: Path, t: Messages): string {
  const shown = describe(found, t);
  const last = path[path.length - 1];
  const expectedKey = typeof issue.params?.expected === 'string' ? issue.params.expected : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return t.required();
      if (issue.expected === 'number' && typeof found === 'number') {
        return t.expectedType(t.typeNumber(), shown);
      }
      if (issue.expected === 'int' && typeof found === 'number' && Number.isFinite(found)) return t.integer(shown);
      const type = typeName(issue.expected, t);
      const hint = (issue.expected === 'number' || issue.expected === 'int') && typeof found === 'string' ? ` — ${t.numberHint()}` : '';
      return `${t.expectedType(type, shown)}${hint}`;
    }
    case 'too_small': {
      if (issue.origin === 'array') return t.listTooShort(String(issue.minimum));
      if (issue.origin === 'string') return t.textEmpty();
      const min = String(issue.minimum);
      return issue.inclusive === false ? t.above(min, shown) : t.atLeast(min, shown);
    }
    case 'too_big': {
      if (issue.origin === 'array') return t.listTooLong(String(issue.maximum), String(Array.isArray(found) ? found.length : '?'));
      if (issue.origin === 'string') return t.textTooLong(String(issue.maximum));
      const max = String(issue.maximum);
      if (last === 'apr' || last === 'daily_rate' || last === 'rate' || last === 'fee_rate') {
        // A rate written as a percentage (18.25, a fee of 0.6): the decimal it most likely meant.
        const suggestion = typeof found === 'number' && found / 100 <= Number(issue.maximum) ? found / 100 : undefined;
        const base = last === 'fee_rate' ? t.feeRateRange(max, shown) : t.rateRange(max, shown);
        return suggestion !== undefined ? t.withSuggestion(base, String(suggestion)) : base;
      }
      return issue.inclusive === false ? t.below(max, shown) : t.atMost(max, shown);
    }
    case 'invalid_value': {
      if (found === undefined) return t.required();
      const values = (issue.values ?? []).map(String);
      if (last === 'version' && path.length === 1) {
        return typeof found === 'string' && found.trim() === '1' ? t.versionQuoted(shown) : t.version(shown);
      }
      const suggestion = typeof found === 'string' ? closest(found, values) : undefined;
      const base = t.oneOf(values.join(' | '), shown);
      return suggestion ? t.withSuggestion(base, suggestion) : base;
    }
    case 'invalid_format':
      if (issue.pattern?.includes('-\\d{2}-')) return t.date(shown);
      if (issue.pattern?.includes('\\d{4}-')) return t.month(shown);
      return t.invalid();
    case 'custom':
      switch (expectedKey) {
        case 'date':
          return t.date(shown);
        case 'month':
          return t.month(shown);
        case 'date_max':
          return t.atMost(MAX_DATE, shown);
        case 'month_max':
          return t.atMost(MAX_MONTH, shown);
        case 'money_decimals':
          return t.moneyDecimals(shown);
        case 'apr_xor_daily_both':
          return t.aprXorDailyBoth();
        case 'apr_xor_daily_none':
          return t.aprXorDailyNone();
        case 'months_left_required':
          return t.monthsLeftRequired();
        case 'min_payment_revolving_only':
          return t.minPaymentRevolvingOnly();
        case 'fee_installment_rate':
          return t.feeInstallmentRate();
        case 'fee_rate_required':
          return t.feeRateRequired();
        case 'original_principal_required':
          return t.originalPrincipalRequired();
        case 'periods_required':
          return t.periodsRequired();
        case 'fee_rate_fee_installment_only':
          return t.feeRateFeeInstallmentOnly();
        case 'instalment_terms_only':
          return t.instalmentTermsOnly();
        case 'months_left_above_periods':
          return t.monthsLeftAbovePeriods();
        case 'original_below_balance':
          return t.originalBelowBalance();
        case 'upfront_fee_too_large':
          return t.upfrontFeeTooLarge();
        case 'unique_debt_name':
          return t.uniqueDebtName(shown);
        case 'sorted_by_date':
          return t.sortedByDate();
        case 'threshold_order': {
          // A rules config: two thresholds out of the rule's order (src/rules/config.ts).
          const p = issue.params as { lower: string; lowerValue: number; lowerIsDefault: boolean; upper: string; upperValue: number; upperIsDefault: boolean };
          const value = (v: number, isDefault: boolean) => (isDefault ? t.defaultValue(String(v)) : String(v));
          return t.thresholdOrder(p.lower, value(p.lowerValue, p.lowerIsDefault), p.upper, value(p.upperValue, p.upperIsDefault));
        }
        default:
          return issue.message && issue.message !== 'Invalid input' ? issue.message : t.invalid();
      }
    default:
      return t.invalid();
  }
}

function typeName(expected: string | undefined, t: Messages): string {
  switch (expected) {
    case 'number':
      return t.typeNumber();
    case 'int':
      return t.typeInteger();
    case 'string':
      return t.typeString();
    case 'boolean':
      return t.typeBoolean();
    case 'object':
      return t.typeObject();
    case 'array':
      return t.typeArray();
    default:
      return expected ?? '?';
  }
}

/** How a found value is shown in a message. */
export function describe(value: unknown, t: Messages): string {
  if (value === null || value === undefined) return t.foundNull();
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return t.foundNaN();
    if (!Number.isFinite(value)) return t.foundInfinity();
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return t.foundList();
  if (typeof value === 'object') return t.foundMapping();
  return String(value);
}

/** `debts[0].balance` from ['debts', 0, 'balance']. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Line and column of the value at `path` of a parsed document (of the nearest existing parent when it is missing): for checks made after validation. */
export function locatePath(parsed: ParsedDocument, path: readonly (string | number)[]): { line?: number; col?: number } {
  return position(parsed, [...path], false);
}

/**
 * Line and column of the node at `path`; for a missing key, of the nearest existing parent.
 * With `atKey`, the position of the key itself (for unknown keys) rather than its value.
 */
function position(parsed: ParsedDocument, path: Path, atKey: boolean): { line?: number; col?: number } {
  let node: unknown = parsed.doc.contents;
  let located: unknown = node;
  for (const part of path) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(part));
      if (!pair) break;
      located = atKey && part === path[path.length - 1] ? pair.key : (pair.value ?? pair.key);
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      located = item;
      node = item;
    } else {
      break;
    }
  }
  const range = (located as Node | null)?.range;
  if (!range) return {};
  const pos = parsed.lineCounter.linePos(range[0]);
  return { line: pos.line, col: pos.col };
}

/** Each mapping's pairs by key (the first of a key), built once: a message per unknown key must not search the whole mapping. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function depthOf(node: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return depth;
  let max = depth;
  if (isMap(node)) {
    for (const item of node.items) max = Math.max(max, depthOf(item.value, depth + 1));
  } else if (isSeq(node)) {
    for (const item of node.items) max = Math.max(max, depthOf(item, depth + 1));
  }
  return max;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

/** The keys a strict object at `path` accepts, for "did you mean". */
function knownKeys(schema: z.core.$ZodType, path: Path): string[] {
  let node = unwrap(readSchema(schema));
  for (const part of path) {
    if (node?.type === 'object' && typeof part === 'string' && Object.hasOwn(node.shape, part)) node = unwrap(readSchema(node.shape[part]!));
    else if (node?.type === 'array') node = unwrap(readSchema(node.element));
    else return [];
  }
  return node?.type === 'object' ? Object.keys(node.shape) : [];
}

/** Steps through optional/nullable/default/pipe wrappers, and into a union's object branch (the one with keys). */
function unwrap(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let i = 0; i < 10 && current; i++) {
    if ('inner' in current) current = readSchema(current.inner);
    else if (current.type === 'union') current = current.options.map((option) => unwrap(readSchema(option))).find((option) => option?.type === 'object');
    else break;
  }
  return current;
}
