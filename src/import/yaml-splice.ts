/**
 * `import --into`: the imported fields written into the user's profile as a splice of its text.
 * Only the byte ranges of the replaced values change (a field missing from a section is added at
 * the section's end, a missing section at the end of the file); every other line — comments,
 * aligned trailing comments, flow records such as `- { name: 借呗, limit: 12000, … }`, blank
 * lines — stays byte for byte as the user wrote it. Re-serialising the whole document (the yaml
 * library's Document API) keeps comments but re-flows what it does not understand as written.
 *
 * Pure: the caller parses the text (with the yaml library, which this module does not load: it is
 * handed the library's node tests) and checks the result.
 */
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** The yaml library's node tests (passed in: this module must not load the library itself). */
export interface YamlNodeTests {
  isMap(node: unknown): node is YAMLMap;
  isSeq(node: unknown): node is YAMLSeq;
  isScalar(node: unknown): node is Scalar;
}

/** One imported field: `section.field` gets `value` (a number, or a list of flat records). */
export interface SpliceField {
  section: string;
  field: string;
  value: number | readonly Record<string, string | number | undefined>[];
}

/** A YAML double-quoted scalar: JSON's escapes, plus the two line separators YAML 1.1 readers break on. */
export function quotedYaml(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * A record on one line, as the product's examples write them: `{ month: 2026-01, amount: 9000 }`.
 * Numbers, booleans and dates are plain; every other text is double-quoted, which YAML reads as the same text.
 */
export function yamlRecord(fields: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v !== 'string' ? String(v) : /^\d{4}-\d{2}(-\d{2})?$/.test(v) ? v : quotedYaml(v)}`);
  return `{ ${parts.join(', ')} }`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The text with the fields replaced, or undefined when its shape is one a splice cannot serve
 * (the document is not a block mapping, a section is a flow mapping or a scalar, a value is an
 * alias or a mapping): the caller then writes the document through the yaml library instead.
 */
export function spliceFields(text: string, doc: Document, fields: readonly SpliceField[], yaml: YamlNodeTests): string | undefined {
  const root = doc.contents;
  if (!yaml.isMap(root) || root.flow) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const appended: string[] = [];
  const sections = [...new Set(fields.map((f) => f.section))];
  const childIndent = sectionIndent(text, root, yaml);
  for (const section of sections) {
    const own = fields.filter((f) => f.section === section);
    const pair = findPair(root, section, yaml);
    if (pair === undefined) {
      appended.push(`${section}:`, ...own.flatMap((f) => fieldLines(f, ' '.repeat(childIndent))));
      continue;
    }
    const map = pair.value;
    if (isEmpty(map, yaml)) {
      // `spending:` with nothing under it: the fields go on the lines after it.
      const at = lineEnd(text, (pair.key as Node).range![1]);
      const lines = own.flatMap((f) => fieldLines(f, ' '.repeat(childIndent)));
      edits.push({ start: at, end: at, text: (text[at - 1] === '\n' || at === 0 ? '' : eol) + lines.map((l) => l + eol).join('') });
      continue;
    }
    if (!yaml.isMap(map) || map.flow || map.items.length === 0) return undefined;
    const indent = ' '.repeat(columnOf(text, (map.items[0]!.key as Node).range![0]));
    const missing: SpliceField[] = [];
    for (const field of own) {
      const found = findPair(map, field.field, yaml);
      if (found === undefined) {
        missing.push(field);
        continue;
      }
      const edit = replaceValue(text, found, field.value, eol, yaml);
      if (edit === undefined) return undefined;
      edits.push(...edit);
    }
    if (missing.length > 0) {
      const at = lineEnd(text, lastContentEnd(map));
      const lines = missing.flatMap((f) => fieldLines(f, indent));
      edits.push({ start: at, end: at, text: (text[at - 1] === '\n' || at === 0 ? '' : eol) + lines.map((l) => l + eol).join('') });
    }
  }
  let out = apply(text, edits);
  if (out === undefined) return undefined;
  if (appended.length > 0) {
    if (out !== '' && !out.endsWith('\n')) out += eol;
    if (out !== '' && !/\n\s*\n$/.test(out)) out += eol;
    out += appended.map((l) => l + eol).join('');
  }
  return out;
}

function findPair(map: YAMLMap, key: string, yaml: YamlNodeTests): Pair | undefined {
  return (map.items as Pair[]).find((p) => yaml.isScalar(p.key) && String(p.key.value) === key);
}

/** The indentation of a section's fields, taken from the first block-mapping section (2 if none). */
function sectionIndent(text: string, root: YAMLMap, yaml: YamlNodeTests): number {
  for (const pair of root.items as Pair[]) {
    const value = pair.value;
    if (yaml.isMap(value) && !value.flow && value.items.length > 0) {
      const column = columnOf(text, (value.items[0]!.key as Node).range![0]);
      if (column > 0) return column;
    }
  }
  return 2;
}

/** The lines of a field added where there was none: `key: value`, or `key:` and its items. */
function fieldLines(field: SpliceField, indent: string): string[] {
  const { value } = field;
  if (typeof value === 'number') return [`${indent}${field.field}: ${value}`];
  if (value.length === 0) return [`${indent}${field.field}: []`];
  return [`${indent}${field.field}:`, ...value.map((record) => `${indent}  - ${yamlRecord(record)}`)];
}

/** The edits that give an existing field its new value; undefined for a value a splice cannot replace. */
function replaceValue(text: string, pair: Pair, value: SpliceField['value'], eol: string, yaml: YamlNodeTests): Edit[] | undefined {
  const key = pair.key as Node;
  const node = pair.value as Node | null;
  const keyColumn = columnOf(text, key.range![0]);
  const colon = text.indexOf(':', key.range![1]);
  if (colon < 0) return undefined;
  const empty = isEmpty(node, yaml);
  if (typeof value === 'number') {
    if (empty) return [{ start: colon + 1, end: colon + 1, text: ` ${value}` }];
    if (!yaml.isScalar(node) || typeof node.value === 'object') return undefined;
    return [{ start: node.range![0], end: node.range![1], text: String(value) }];
  }
  const itemIndent = (column: number) => ' '.repeat(column);
  const itemLines = (column: number) => value.map((record) => `${itemIndent(column)}- ${yamlRecord(record)}${eol}`).join('');
  if (empty) {
    if (value.length === 0) return [{ start: colon + 1, end: colon + 1, text: ' []' }];
    const at = lineEnd(text, colon);
    return [{ start: at, end: at, text: (text[at - 1] === '\n' ? '' : eol) + itemLines(keyColumn + 2) }];
  }
  const [start, end] = node!.range!;
  if (yaml.isSeq(node) && !node.flow) {
    // The item lines, whole, from the first item's line to the end of the last one's.
    const from = lineStart(text, start);
    const to = lineEnd(text, Math.max(start, end - 1));
    if (value.length === 0) return [{ start: colon + 1, end: colon + 1, text: ' []' }, { start: from, end: to, text: '' }];
    return [{ start: from, end: to, text: itemLines(columnOf(text, start)) }];
  }
  if ((yaml.isSeq(node) && node.flow) || (yaml.isScalar(node) && node.value === null)) {
    // `key: [ … ]` or `key: null`: the flow text goes; the items follow the key's line (whose
    // trailing comment stays).
    if (value.length === 0) return [{ start, end, text: '[]' }];
    const at = lineEnd(text, Math.max(start, end - 1));
    return [
      { start: start - (text[start - 1] === ' ' ? 1 : 0), end, text: '' },
      { start: at, end: at, text: (text[at - 1] === '\n' ? '' : eol) + itemLines(keyColumn + 2) },
    ];
  }
  return undefined;
}

/** A null value written as nothing (`key:` alone): no node, or a null scalar with an empty range. */
function isEmpty(node: unknown, yaml: YamlNodeTests): boolean {
  return node === null || node === undefined || (yaml.isScalar(node) && (node.value === null || node.value === undefined) && node.range![0] === node.range![1]);
}

/** Where the last pair of a block mapping ends (its value, or its key when it has no value). */
function lastContentEnd(map: YAMLMap): number {
  const last = map.items[map.items.length - 1] as Pair;
  const value = last.value as Node | null;
  const end = value?.range && value.range[1] > value.range[0] ? value.range[1] : (last.key as Node).range![1];
  return Math.max(0, end - 1);
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset just past the newline that ends the line holding `at` (the text's end if none). */
function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline + 1;
}

function columnOf(text: string, at: number): number {
  return at - lineStart(text, at);
}

/** Applies edits (edits at the same offset keep their order); undefined if two overlap. */
function apply(text: string, edits: Edit[]): string | undefined {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) return undefined;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
