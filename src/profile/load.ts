/**
 * Parsing input documents (profiles, rule configs, macro snapshots) with precise errors.
 * Pure: takes the bytes or text and a display name; the CLI does the reading.
 *
 * YAML or JSON (JSON is read as YAML 1.2, so both get line:column positions). Every problem
 * becomes a LocatedIssue — `profile.yaml:12:7 debts[1].apr: expected …, found …` — and the whole
 * set is thrown as one InputError (exit 2).
 *
 * Two parsers, one answer. A valid document in the plain subset profiles are written in takes the
 * fast path: fast-yaml.ts then zod — a small fraction of the time of the `yaml` library, which
 * matters for start-up and for folders of thousands of profiles. Anything else — YAML outside that
 * subset, a validation issue — is parsed again with `yaml`, whose document keeps source positions,
 * and every message comes from that path. So the fast path can only ever accept what the precise
 * path would also accept.
 */
import type { z } from 'zod/mini';
import { fileProblem } from '../errors';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import { parseFastYaml } from './fast-yaml';
import type { Profile } from './schema';
import { isValidProfile } from './validate-profile.generated';

/** Profiles over this size are refused before parsing (product.md, "Bad input"). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export { MAX_DEPTH } from './limits';

/** One decoder for every document (decode() without `stream` keeps no state between calls). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text: UTF-8 (a BOM is dropped), or UTF-16 when the file starts with a UTF-16 BOM — what
 * spreadsheet programs write for "Unicode text". Refuses binary data (a NUL in the text) and
 * anything that does not decode.
 */
export function decodeInput(bytes: Uint8Array, source: string, lang: Lang): string {
  const t = messagesFor(lang);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw fileProblem(source, t.tooLarge(mb(bytes.length), mb(MAX_INPUT_BYTES)));
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 === undefined && bytes.includes(0)) throw fileProblem(source, t.notText());
  let text: string;
  try {
    // A UTF-16 decoder consumes its BOM; the UTF-8 one keeps it (dropped below).
    text = utf16 === undefined ? utf8.decode(bytes) : new TextDecoder(utf16, { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem(source, t.notUtf8());
  }
  if (utf16 !== undefined && text.includes('\0')) throw fileProblem(source, t.notText());
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

/**
 * Parses and validates a document against a zod schema, mapping every issue to its line and column.
 * `source` is the name shown to the user (a path, or `<stdin>`).
 */
export async function parseDocumentAs<S extends z.core.$ZodType>(
  schema: S,
  text: string,
  source: string,
  lang: Lang,
  empty: string,
): Promise<z.infer<S>> {
  const value = parseFastYaml(text);
  if (value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const result = schema['~standard'].validate(value);
    if (!(result instanceof Promise) && !result.issues) return result.value as z.infer<S>;
  }
  // The precise path (and the `yaml` library) loads only when it is needed.
  const { parseYamlText, validateParsed } = await import('./precise');
  return validateParsed(schema, parseYamlText(text, source, lang, empty), source, lang);
}

/**
 * A profile. On the fast path the document is checked by the validator generated from the schema
 * (scripts/generate-validator.mjs), so a valid profile never builds or runs the zod schema, and is
 * returned as read (zod returns a valid profile unchanged: test/profile/validator.test.ts). Anything
 * else goes through parseDocumentAs with the schema, for the located messages.
 */
export async function parseProfileText(text: string, source: string, lang: Lang): Promise<Profile> {
  const value = parseFastYaml(text);
  if (isValidProfile(value)) return value as Profile;
  const { profileSchema } = await import('./schema');
  return parseDocumentAs(profileSchema, text, source, lang, messagesFor(lang).fileEmpty());
}
