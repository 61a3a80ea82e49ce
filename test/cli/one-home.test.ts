/**
 * Issue 16, "one way to do each thing", for the CLI layer: read off the sources, so that a second
 * copy of one of these is caught when it is written, not when the two copies start to disagree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));
const holding = (pattern: RegExp, among = files('src')) => among.filter((file) => pattern.test(readFileSync(file, 'utf8')));

describe('one home', () => {
  it('the internal-error text exists once, in the CLI catalogue', () => {
    expect(holding(/internal error/)).toEqual([join('src', 'i18n', 'cli.ts')]);
    expect(holding(/内部错误/)).toEqual([join('src', 'i18n', 'cli.ts')]);
  });

  it('only src/cli/exit.ts sets process.exitCode or ends the process (the launcher: before the bundle loads)', () => {
    expect(holding(/process\.exitCode\s*=[^=]|process\.exit\(/)).toEqual([join('src', 'cli', 'exit.ts')]);
  });

  it('the command line is pre-scanned in one place: bin/argv.cjs, shared by the launcher and the CLI', () => {
    // A hand-written scan of --lang or of the locale variables anywhere else is a second one.
    expect(holding(/'--lang='|LC_MESSAGES/, [...files('src'), ...files('bin')])).toEqual([join('bin', 'argv.cjs')]);
  });

  it('no text is picked by a language test anywhere in src/: catalogues keyed by language are', () => {
    const among = files('src');
    expect(holding(/lang\s*===?\s*'(zh|en)'|'(zh|en)'\s*===?\s*\w*lang\b/i, among)).toEqual([]);
  });
});
