/**
 * Saving the profile the questionnaire built. Never replaces an existing file without an explicit
 * yes (product.md, "Bad input"); a refused or failed write asks for another name instead of
 * losing the answers. The file system is reached only through `ProfileFiles`, which the CLI
 * provides (writeFileAtomic) and tests replace.
 */
import { UserError } from '../errors';
import type { Ask } from './questions/ask';

export interface ProfileFiles {
  /** Whether something (a file, a folder, a link) already stands at `path`. */
  exists(path: string): boolean;
  /** Writes atomically; without `overwrite`, fails rather than replace a file created meanwhile. */
  write(path: string, text: string, overwrite: boolean): void;
}

/** Writes `text` to `path` (or another name the user gives); returns where it went, or undefined if not saved. */
export async function saveProfile(ask: Ask, files: ProfileFiles, path: string, text: string): Promise<string | undefined> {
  const { t } = ask;
  let target: string | undefined = path;
  while (target !== undefined) {
    let overwrite = false;
    if (files.exists(target)) {
      overwrite = await ask.yes('save.overwrite', t.save.overwrite(target), false);
      if (!overwrite) {
        target = await ask.text({ id: 'save.another', message: t.save.another, optional: true });
        continue;
      }
    }
    try {
      files.write(target, text, overwrite);
      ask.say(t.save.saved(target));
      return target;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      ask.say(error.message);
      target = await ask.text({ id: 'save.another', message: t.save.another, optional: true });
    }
  }
  ask.say(t.save.notSaved);
  return undefined;
}
