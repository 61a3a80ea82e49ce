#!/usr/bin/env node
// Thin launcher for the bundled CLI (dist/cli.cjs, built by `npm install` / `npm run build`).
// It compiles the bundle with the V8 code cache made at build time (see build.mjs), and answers
// `--version` without loading the bundle at all.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { Script } from 'node:vm';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  run();
}

function run() {
  const file = new URL('../dist/cli.cjs', import.meta.url);
  const cacheFile = new URL('../dist/cli.cache', import.meta.url);
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write('limit-audit: the CLI is not built yet; run `npm install` or `npm run build` first.\n');
    process.exitCode = 2;
    return;
  }
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // no cache: V8 compiles as usual
  }
  const filename = file.pathname;
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, new URL('.', file).pathname);
  if (process.env.LIMIT_AUDIT_WRITE_CODE_CACHE === '1') {
    // At exit the cache also holds every function this run compiled lazily.
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
}
