/**
 * Temporary folders for tests. Every folder made here is removed after the test file that made it
 * has run: test/setup.ts, which vitest runs before each test file, registers removeTempDirs as an
 * afterAll of the file. A test makes its folders here and never with mkdtempSync of its own, so no
 * run of the suite leaves folders behind in the system's temporary folder.
 */
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/** A new folder in the system's temporary folder, named `<prefix>XXXXXX`, removed after this test file. */
export function tempDir(prefix = 'limit-audit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir has made so far (test/setup.ts: after each test file). */
export function removeTempDirs(): void {
  let failure: unknown;
  for (const dir of created.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A test left a folder in it without write permission (as a user other than root, that stops
      // rm): given it back, then removed. A second failure fails the file, once every other folder
      // has been removed.
      writable(dir);
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch (error) {
        failure ??= error;
      }
    }
  }
  if (failure !== undefined) throw failure;
}

function writable(path: string): void {
  try {
    if (!lstatSync(path).isDirectory()) return;
    chmodSync(path, 0o700);
    for (const name of readdirSync(path)) writable(join(path, name));
  } catch {
    /* rmSync says what is left */
  }
}
