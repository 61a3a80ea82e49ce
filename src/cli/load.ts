/**
 * Reading the inputs of an audit: profiles (files, folders, stdin), the macro snapshot, the rules config.
 * Errors are InputErrors naming the file (exit 2).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import bundledSnapshotData from '../macro/snapshot.yaml?data';
import { effectiveMacro } from '../macro/macro';
import { fileProblem, InputError } from '../errors';
import { cliText } from '../i18n/cli';
import type { Lang } from '../i18n/lang';
import { messagesFor } from '../i18n/messages';
import { decodeInput, parseDocumentAs, parseProfileText } from '../profile/load';
import type { MacroSnapshot, Profile } from '../profile/schema';
import type { EffectiveMacro } from '../macro/macro';
import type { RulesConfig } from '../rules/types';
import { fsProblem, readInputFile, readStdin } from './io';
import { STDIN } from './stdin-arg';

export { STDIN };
export const STDIN_NAME = '<stdin>';
const PROFILE_EXTENSIONS = /\.(ya?ml|json)$/i;

/** One profile to audit, or the error that stops it (a missing path), in argument order. */
export type ProfileInput = { kind: 'file'; path: string; inFolder?: boolean } | { kind: 'stdin' } | { kind: 'error'; error: InputError };

/** Expands arguments: `-` is stdin; a folder stands for its *.yaml, *.yml and *.json files, sorted, recursively. */
export function expandInputs(args: string[], lang: Lang): ProfileInput[] {
  const out: ProfileInput[] = [];
  for (const arg of args) {
    if (arg === STDIN) {
      out.push({ kind: 'stdin' });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (error) {
      out.push({ kind: 'error', error: fsProblem(arg, error, lang) });
      continue;
    }
    if (!isDirectory) {
      out.push({ kind: 'file', path: arg });
      continue;
    }
    const files = listProfiles(arg, lang);
    if (files.length === 0) {
      out.push({ kind: 'error', error: fileProblem(arg, cliText(lang).folderWithoutProfiles) });
      continue;
    }
    out.push(...files);
  }
  return out;
}

/**
 * The profiles under `dir`, sorted, recursively. A sub-folder that cannot be read (permission
 * denied, say) is one error in its place, not the end of the whole check: the readable profiles
 * are still audited and the exit code is 2.
 */
function listProfiles(dir: string, lang: Lang): Extract<ProfileInput, { kind: 'file' | 'error' }>[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    return [{ kind: 'error', error: fsProblem(dir, error, lang) }];
  }
  const found: Extract<ProfileInput, { kind: 'file' | 'error' }>[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listProfiles(path, lang));
    else if (entry.isFile() && PROFILE_EXTENSIONS.test(entry.name)) found.push({ kind: 'file', path, inFolder: true });
  }
  return found;
}

export async function loadProfile(input: Exclude<ProfileInput, { kind: 'error' }>, lang: Lang): Promise<{ profile: Profile; source: string }> {
  if (input.kind === 'stdin') {
    const bytes = await readStdin(lang);
    return { profile: await parseProfile(bytes, STDIN_NAME, lang), source: STDIN_NAME };
  }
  const bytes = readInputFile(input.path, lang);
  return { profile: await parseProfile(bytes, input.path, lang), source: input.path };
}

export async function parseProfile(bytes: Uint8Array, source: string, lang: Lang): Promise<Profile> {
  return parseProfileText(decodeInput(bytes, source, lang), source, lang);
}

/** The bundled snapshot, or the one given with --macro. */
export interface LoadedSnapshot {
  snapshot: MacroSnapshot;
  source: string;
}

export async function loadSnapshot(path: string | undefined, lang: Lang): Promise<LoadedSnapshot> {
  if (path === undefined) return { snapshot: bundledSnapshot(), source: 'bundled' };
  const text = decodeInput(readInputFile(path, lang), path, lang);
  // The zod schemas are loaded only when a document needs them (see profile/load.ts).
  const { macroSnapshotSchema } = await import('../profile/schema');
  return { snapshot: await parseDocumentAs(macroSnapshotSchema, text, path, lang, messagesFor(lang).macroEmpty()), source: path };
}

/**
 * The snapshot shipped inside the CLI, read from its YAML at build time. It is checked against the
 * schema by the build (build.mjs refuses to build otherwise) and by test/cli/load.test.ts, which
 * also proves that validating it changes nothing — so at run time it is only taken, not validated
 * again: one schema fewer to set up on every start. One object for the process: nothing changes a
 * snapshot (effectiveMacro builds a new one).
 */
export function bundledSnapshot(): MacroSnapshot {
  return bundledSnapshotData as MacroSnapshot;
}

export function macroFor(profile: Profile, loaded: LoadedSnapshot): EffectiveMacro {
  return effectiveMacro(loaded.snapshot, loaded.source, profile.macro);
}

export async function loadRulesConfig(path: string | undefined, lang: Lang): Promise<RulesConfig | undefined> {
  if (path === undefined) return undefined;
  // The config schema is built from the whole rule registry: load it only when a config is given.
  const { rulesConfigSchema } = await import('../rules/config');
  const text = decodeInput(readInputFile(path, lang), path, lang);
  return (await parseDocumentAs(rulesConfigSchema, text, path, lang, messagesFor(lang).configEmpty())) as RulesConfig;
}
