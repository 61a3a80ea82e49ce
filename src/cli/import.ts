/**
 * `limit-audit import <bills...> [--into profile.yaml | -o new.yaml] [--months N] [--large N] [--yes]`
 *
 * The only place with I/O for bill import: streams each file into the pure reader, prints a
 * summary to stderr, then either prints the imported sections (no target), writes a new profile
 * (-o), or merges them into an existing one (--into) — keeping its comments and other fields —
 * after showing the changes and getting a yes.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Document, Node } from 'yaml';
import { InterruptedError, UserError } from '../errors';
import { formatMoney } from '../i18n/format';
import { importText, type ImportText } from '../i18n/import';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import {
  IMPORTED_PATHS,
  importedValue,
  profileFromImport,
  type ImportedPath,
  type ImportedSections,
  type ImportResult,
} from '../import/index';
import { spliceFields, yamlRecord, type SpliceField } from '../import/yaml-splice';
import { yuanToFen } from '../money';
import type { Profile } from '../profile/schema';
import { loadBills, renderSummary, terminalProgress, type ProgressClock } from './bill-files';
import type { CliContext } from './context';

export interface ImportCommandOptions {
  bills: string[];
  into?: string;
  output?: string;
  months: number;
  large?: number;
  yes: boolean;
}

/** What the command needs from the terminal besides ctx; tests replace `ask` (and the progress clock). */
export interface ImportDeps {
  ask(question: string): Promise<boolean>;
  progress?: ProgressClock;
}

export async function runImportCommand(opts: ImportCommandOptions, ctx: CliContext): Promise<number> {
  return runImport(opts, ctx, { ask: (question) => askYesNo(question, ctx), progress: terminalProgress() });
}

export async function runImport(opts: ImportCommandOptions, ctx: CliContext, deps: ImportDeps): Promise<number> {
  const t = importText(ctx.lang);
  const target = opts.into !== undefined ? await loadProfile(opts.into, ctx.lang) : undefined;
  const result = await loadBills(
    opts.bills,
    {
      months: opts.months,
      ...(opts.large !== undefined ? { largeFen: yuanToFen(opts.large) } : {}),
      ...(target ? { monthlyIncomeFen: yuanToFen(target.profile.income.monthly) } : {}),
      ...(target?.profile.as_of !== undefined ? { asOf: target.profile.as_of } : {}),
      ...(target ? { auditDate: target.profile.as_of ?? ctx.today() } : {}),
    },
    ctx.lang,
    deps.progress && { ...deps.progress, write: ctx.err },
  );
  ctx.err(renderSummary(result, ctx.lang).join('\n') + '\n');
  if (result.sections.income === undefined) throw new UserError(t.noMonths());

  // Old bills merged into a recent profile would replace its recent history: only with a yes.
  const stale = result.warnings.find((w) => w.code === 'staleBills');
  if (target && stale && !opts.yes) {
    if (!ctx.stdinIsTTY) throw new UserError(t.staleNeedsYes(target.path, stale.newest));
    if (!(await deps.ask(t.askStale(target.path)))) {
      ctx.err(`${t.notWritten()}\n`);
      return 0;
    }
  }

  if (opts.output === undefined && target === undefined) {
    ctx.out(sectionsYaml(result, opts.bills, ctx.lang));
    return 0;
  }

  let text: string;
  if (target) {
    ctx.err(renderChanges(target.profile, result.sections, opts.output ?? target.path, ctx.lang).join('\n') + '\n');
    text = await mergeIntoDocument(target.text, target.path, result.sections, ctx.lang);
  } else {
    text = await newProfileYaml(result, opts.bills, ctx.lang);
  }

  if (opts.output !== undefined) {
    if (!opts.yes && existsSync(opts.output)) throw new UserError(t.outputExists(opts.output));
    (await fileTools()).writeFileAtomic(opts.output, text, { overwrite: opts.yes, lang: ctx.lang });
    ctx.err(`${t.written(opts.output)}\n`);
    return 0;
  }

  // In place: only with a yes, typed at a terminal or given as --yes.
  const path = target!.path;
  if (!opts.yes) {
    if (!ctx.stdinIsTTY) throw new UserError(t.needYes(path));
    if (!(await deps.ask(t.askWrite(path)))) {
      ctx.err(`${t.notWritten()}\n`);
      return 0;
    }
  }
  // The user may have edited the profile while we read the bills or waited for an answer.
  if (!sameBytes(readFileSafe(path), target!.bytes)) throw new UserError(t.profileChanged(path));
  (await fileTools()).writeFileAtomic(path, text, { overwrite: true, lang: ctx.lang });
  ctx.err(`${t.written(path)}\n`);
  return 0;
}


interface LoadedProfile {
  path: string;
  bytes: Uint8Array;
  text: string;
  profile: Profile;
}

/**
 * The file helpers (and the profile loader they use) load only when a profile is read or written
 * or a file cannot be read: printing the imported sections needs neither (start-up cost).
 */
async function fileTools() {
  const [io, load] = await Promise.all([import('./io'), import('../profile/load')]);
  return { ...io, decodeInput: load.decodeInput };
}

/** The YAML library, the precise parser and the schema load only for --into and -o (start-up cost). */
async function yamlTools() {
  const [yaml, precise, schema] = await Promise.all([import('yaml'), import('../profile/precise'), import('../profile/schema')]);
  return { ...yaml, ...precise, profileSchema: schema.profileSchema };
}

async function loadProfile(path: string, lang: Lang): Promise<LoadedProfile> {
  const [{ parseYamlText, validateParsed, profileSchema }, { readInputFile, decodeInput }] = await Promise.all([yamlTools(), fileTools()]);
  const bytes = readInputFile(path, lang);
  const text = decodeInput(bytes, path, lang);
  const profile = validateParsed(profileSchema, parseYamlText(text, path, lang, messagesFor(lang).fileEmpty()), path, lang);
  return { path, bytes, text, profile };
}

function readFileSafe(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/* ---- YAML out ---- */

type YamlTools = Awaited<ReturnType<typeof yamlTools>>;

/** Lists of records are written one `{ … }` per line, as the product's examples show them. */
function flowRecords(tools: YamlTools, node: unknown): void {
  tools.visit(node as Node, {
    Seq(_, seq) {
      for (const item of seq.items) if (tools.isMap(item)) item.flow = true;
    },
  });
}

function toNode(tools: YamlTools, doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  flowRecords(tools, node);
  return node;
}

/**
 * Replaces the imported fields in the user's profile. The text is spliced (src/import/yaml-splice.ts):
 * only the replaced values' lines change, every other line stays byte for byte. The result is
 * read back and must hold exactly the profile with those fields replaced; a document a splice
 * cannot serve (a section written as a flow mapping, an alias) is written through the yaml
 * Document API instead, which keeps comments and key order but may re-flow other lines.
 */
export async function mergeIntoDocument(text: string, source: string, sections: ImportedSections, lang: Lang): Promise<string> {
  const tools = await yamlTools();
  const parsed = tools.parseYamlText(text, source, lang, messagesFor(lang).fileEmpty());
  const fields: SpliceField[] = [];
  for (const path of IMPORTED_PATHS) {
    const value = importedValue(sections, path) as SpliceField['value'] | undefined;
    if (value !== undefined) fields.push({ section: path[0], field: path[1], value });
  }
  const expected = structuredClone(parsed.value) as Record<string, Record<string, unknown> | undefined>;
  for (const { section, field, value } of fields) expected[section] = { ...(expected[section] ?? {}), [field]: value };
  let merged = spliceFields(text, parsed.doc, fields, tools);
  if (merged !== undefined && !sameData(readBack(tools, merged, source, lang), expected)) merged = undefined;
  merged ??= documentMerge(tools, parsed.doc, fields);
  try {
    tools.validateParsed(tools.profileSchema, tools.parseYamlText(merged, source, lang, messagesFor(lang).fileEmpty()), source, lang);
  } catch (error) {
    throw new UserError(importText(lang).mergedInvalid(source, error instanceof Error ? error.message : String(error)));
  }
  return merged;
}

/** The yaml Document API way (see mergeIntoDocument): for documents a splice cannot serve. */
function documentMerge(tools: YamlTools, doc: Document, fields: readonly SpliceField[]): string {
  for (const { section, field, value } of fields) {
    if (!tools.isMap(doc.get(section, true))) doc.set(section, doc.createNode({}));
    // A number goes into the existing scalar, which keeps the user's comment on that line; a list
    // is replaced whole (comments inside it were about the old entries).
    doc.setIn([section, field], typeof value === 'object' ? toNode(tools, doc, value) : value);
  }
  return doc.toString();
}

/** The data of a spliced text, or undefined when it does not parse (the splice is then not used). */
function readBack(tools: YamlTools, text: string, source: string, lang: Lang): unknown {
  try {
    return tools.parseYamlText(text, source, lang, messagesFor(lang).fileEmpty()).value;
  } catch {
    return undefined;
  }
}

/** Deep equality of parsed YAML data (plain objects, arrays, scalars), whatever the key order. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function periodText(result: ImportResult): string {
  const history = result.sections.income?.history ?? [];
  return history.length > 0 ? `${history[0]!.month} … ${history.at(-1)!.month}` : '';
}

function fileList(paths: readonly string[]): string {
  return paths.map((p) => p.split(/[\\/]/).pop() ?? p).join(', ');
}

export async function newProfileYaml(result: ImportResult, paths: readonly string[], lang: Lang): Promise<string> {
  const tools = await yamlTools();
  const profile = profileFromImport(result);
  const checked = tools.profileSchema.safeParse(profile);
  if (!checked.success) throw new Error(`generated profile does not validate: ${checked.error.message}`);
  const doc = new tools.Document(profile);
  flowRecords(tools, doc.contents);
  doc.commentBefore = importText(lang).generatedComment(fileList(paths), periodText(result));
  return doc.toString();
}

/**
 * The imported sections as YAML, for standard output. Written directly rather than through the
 * yaml library, which this path would otherwise load for a few lines: keys and months are plain,
 * numbers are numbers, and every free text (notes, lender names) is a double-quoted JSON string,
 * which YAML reads as the same string.
 */
export function sectionsYaml(result: ImportResult, paths: readonly string[], lang: Lang): string {
  const comment = importText(lang).snippetComment(fileList(paths), periodText(result));
  const lines = comment.split('\n').map((line) => `#${line}`);
  const list = (indent: string, key: string, items: Record<string, string | number | boolean | undefined>[]) => {
    if (items.length === 0) {
      lines.push(`${indent}${key}: []`);
      return;
    }
    lines.push(`${indent}${key}:`);
    for (const item of items) lines.push(`${indent}  - ${yamlRecord(item)}`);
  };
  const { income, spending, credit } = result.sections;
  if (income) {
    lines.push('income:');
    list('  ', 'history', income.history);
  }
  if (spending) {
    lines.push('spending:');
    if (spending.history) list('  ', 'history', spending.history);
    if (spending.large_purchases) list('  ', 'large_purchases', spending.large_purchases);
    if (spending.lender_transfers_per_month !== undefined) lines.push(`  lender_transfers_per_month: ${spending.lender_transfers_per_month}`);
  }
  if (credit) {
    lines.push('credit:');
    list('  ', 'draws', credit.draws);
  }
  return `${lines.join('\n')}\n`;
}

/* ---- what the user reads on stderr ---- */

/** What --into will change, field by field. */
export function renderChanges(profile: Profile, sections: ImportedSections, path: string, lang: Lang): string[] {
  const t = importText(lang);
  const lines = [t.changesHeading(path)];
  for (const fieldPath of IMPORTED_PATHS) {
    const name = fieldPath.join('.');
    const after = importedValue(sections, fieldPath);
    const before = currentValue(profile, fieldPath);
    if (after === undefined) {
      lines.push(t.keepLine(name, t.notImported()));
      continue;
    }
    const shownBefore = describeValue(before, fieldPath, t, lang);
    const shownAfter = describeValue(after, fieldPath, t, lang);
    lines.push(JSON.stringify(before) === JSON.stringify(after) ? t.keepLine(name, t.unchanged()) : t.changeLine(name, shownBefore, shownAfter));
  }
  return lines;
}

function currentValue(profile: Profile, path: ImportedPath): unknown {
  const group = profile[path[0]] as Record<string, unknown> | undefined;
  return group?.[path[1]];
}

function describeValue(value: unknown, path: ImportedPath, t: ImportText, lang: Lang): string {
  if (value === undefined) return t.none();
  if (typeof value === 'number') return String(value);
  if (!Array.isArray(value)) return String(value);
  if (path[1] === 'history') {
    const items = value as { month: string; amount: number }[];
    if (items.length === 0) return t.none();
    const meanFen = Math.round(items.reduce((sum, h) => sum + yuanToFen(h.amount), 0) / items.length);
    return t.monthsValue(items.length, items[0]!.month, items.at(-1)!.month, formatMoney(meanFen, lang));
  }
  return t.entriesValue(value.length);
}

/* ---- the terminal ---- */

/** A y/N question on stderr (stdout stays clean); Ctrl-C is exit 130, end of input is "no". */
async function askYesNo(question: string, ctx: CliContext): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: ctx.stdinIsTTY });
  try {
    const answer = await new Promise<string>((resolve, reject) => {
      rl.on('SIGINT', () => reject(new InterruptedError()));
      rl.on('close', () => resolve(''));
      rl.question(question, resolve);
    });
    return /^\s*(y|yes|是|好|确定)\s*$/i.test(answer);
  } finally {
    rl.close();
  }
}
