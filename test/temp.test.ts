/**
 * Test files make their temporary folders with test/temp.ts, and test/setup.ts removes them after
 * each file: a run of the suite leaves nothing behind (before, one run left some ninety folders).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp';

const ROOT = resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('temporary folders of the tests', () => {
  // The fixture also takes the write permission from a folder inside one of its folders: as any user
  // but root (whom permissions do not stop), that is what removeTempDirs gives back before removing.
  it('are removed after the test file that made them', () => {
    const tmp = tempDir('la-temp-test-');
    const record = join(tmp, 'made.txt');
    const fixture = join(ROOT, 'test/fixtures/temp');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/fixtures/temp/vitest.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp, TEMP_RECORD: record, TEMP_CACHE: tempDir('la-temp-cache-'), NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 110_000, // a hang guard only (vitest.config.ts)
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const made = readFileSync(record, 'utf8').trim().split('\n');
    expect(made).toHaveLength(2);
    for (const dir of made) {
      expect(dir.startsWith(tmp)).toBe(true);
      expect(existsSync(dir)).toBe(false);
    }
    expect(readdirSync(tmp)).toEqual(['made.txt']);
    // Nothing written into the source tree either (Vite's cache would go to node_modules/.vite there).
    expect(readdirSync(fixture).sort()).toEqual(['makes-folders.fixture.ts', 'vitest.config.ts']);
  });

  it('are made by test/temp.ts only: no test file makes its own', () => {
    const own = testFiles(__dirname)
      .filter((path) => path !== join(__dirname, 'temp.ts') && path !== __filename)
      .filter((path) => /\bmkdtemp(Sync)?\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(own).toEqual([]);
  });
});
