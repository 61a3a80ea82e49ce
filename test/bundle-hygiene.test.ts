/**
 * Guards for start-up cost (issue 7): the start-up path must stay small.
 * `import { z } from 'zod/mini'` pulls the whole namespace (≈430 KB) into the bundle;
 * `import * as z from 'zod/mini'` lets esbuild keep only what is used (≈30 KB).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('bundle hygiene', () => {
  it('no module imports the zod namespace object as a value', () => {
    const offenders = sources('src').filter((file) => /import\s*\{\s*z\s*\}\s*from\s*'zod(\/mini)?'/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('no module imports full zod; zod/mini only', () => {
    const offenders = sources('src').filter((file) => /from\s*'zod'/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
