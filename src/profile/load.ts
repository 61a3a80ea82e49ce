/**
 * Parsing input documents (profiles, rule configs, macro snapshots) with precise errors.
 * Pure: takes the bytes or text and a display name; the CLI does the reading.
 *
 * YAML or JSON (JSON is read as YAML 1.2, so both get line:column positions). Every problem
 * becomes a LocatedIssue — `profile.yaml:12:7 debts[1].apr: expected …, found …` — and the whole
 * set is thrown as one InputError (exit 2).
 *
 * Two parsers, one answer. A valid document takes the fast path: js-yaml (YAML 1.2 core schema,
 * duplicate keys refused) then zod — about a tenth of the time of the `yaml` library, which matters
 * for folders of thousands of profiles. Anything else — a js-yaml error, anchors, aliases or tags,
 * a validation issue — is parsed again with `yaml`, whose document keeps source positions, and
 * every message comes from that path. So the fast path can only ever accept what the precise path
 * would also accept.
 */
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import type { z } from 'zod/mini';
import { InputError } from '../errors';
import { messagesFor } from '../i18n/messages';
import type { Lang } from '../rules/types';

/** Profiles over this size are refused before parsing (product.md, "Bad input"). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** A hand-written profile is a few levels deep; anything deeper is hostile or a mistake (refused by the precise path). */
export const MAX_DEPTH = 64;

/**
 * js-yaml recurses once per level of nesting, and a stack overflow deep inside a parser can abort
 * the process rather than throw (V8 compiling a regular expression at the stack's end is fatal).
 * Past this many open nodes the fast parse gives up and the precise path, which refuses deep
 * documents before recursing, answers. Scalars and keys count as nodes too, hence the margin.
 */
const FAST_MAX_OPEN_NODES = MAX_DEPTH + 8;


/** Bytes → text: refuses binary data and invalid UTF-8, strips a BOM. */
export function decodeInput(bytes: Uint8Array, source: string, lang: Lang): string {
  const t = messagesFor(lang);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(source, [{ path: '', message: t.tooLarge(mb(bytes.length), mb(MAX_INPUT_BYTES)) }]);
  }
  if (bytes.includes(0)) throw new InputError(source, [{ path: '', message: t.notText() }]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(source, [{ path: '', message: t.notUtf8() }]);
  }
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
): Promise<z.infer<S>> {
  // One turn of the event loop per document, so that a long `check` over a folder notices Ctrl-C
  // between documents — never in the middle of a report (see cli/entry.ts). Everything else here is
  // synchronous, and awaiting promises alone would never let the signal through.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const value = fastParse(text);
  if (value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const result = schema['~standard'].validate(value);
    if (!(result instanceof Promise) && !result.issues) return result.value as z.infer<S>;
  }
  // The precise path (and the `yaml` library) loads only when it is needed.
  const { parseYamlText, validateParsed } = await import('./precise');
  return validateParsed(schema, parseYamlText(text, source, lang), source, lang);
}

/**
 * Anchors (`&a`), aliases (`*a`) and tags (`!x`) at the start of a token. A profile needs none of
 * them, and alias bombs and custom tags need the precise path's limits and messages. A match inside
 * a comment or a quoted string only costs the slow path, never a wrong answer.
 */
const ANCHOR_ALIAS_OR_TAG = /(?:^|[\s[{,])[&*!]/;

/** The fast parse, or undefined when the document must take the precise path. */
function fastParse(text: string): unknown {
  if (ANCHOR_ALIAS_OR_TAG.test(text)) return undefined;
  let open = 0;
  try {
    return fastLoad(text, {
      schema: CORE_SCHEMA,
      json: false,
      listener: (event) => {
        if (event === 'close') open -= 1;
        else if (++open > FAST_MAX_OPEN_NODES) throw new RangeError('nested too deep for the fast path');
      },
    });
  } catch {
    return undefined;
  }
}

