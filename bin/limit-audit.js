#!/usr/bin/env node
// Thin launcher for the bundled CLI (dist/cli.cjs, built by `npm install` / `npm run build`).
// CommonJS on purpose (bin/package.json says so): an ES module entry makes Node 20 start its ES
// module loader first, about 10 ms before the first line of ours runs (docs/benchmarks.md).
// It compiles the bundle with the V8 code cache made at build time (see build.mjs), and answers
// `--version` without loading the bundle at all. Two settings are for the build and the bench:
// LIMIT_AUDIT_WRITE_CODE_CACHE=1 writes the cache, LIMIT_AUDIT_LOAD_ONLY=1 only loads the bundle.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const filename = join(root, 'dist', 'cli.cjs');
const cacheFile = join(root, 'dist', 'cli.cache');
const args = process.argv.slice(2);
if (process.env.LIMIT_AUDIT_LOAD_ONLY === '1') {
  loadOnly();
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  printVersion();
} else {
  run();
}

/** As the CLI writes everything: write(2), a closed pipe quiet, any other failure exit 2 without a stack. */
function printVersion() {
  const version = `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`;
  try {
    require('node:fs').writeSync(1, version);
  } catch (error) {
    if (error.code === 'EPIPE') return;
    const reason = error.code ?? error.message;
    fail({
      en: `limit-audit: the version could not be written to standard output: ${reason}`,
      zh: `limit-audit：版本号无法写入标准输出：${reason}`,
    });
  }
}

/**
 * One line on stderr in the user's language, exit 2. The bundle is not loaded here, but the
 * language is read as the CLI reads it (argv.cjs: --lang, LIMIT_AUDIT_LANG, the locale).
 */
function fail(text) {
  try {
    require('node:fs').writeSync(2, `${text[require('./argv.cjs').langOf(args, process.env)]}\n`);
  } catch {
    /* standard error failed too */
  }
  process.exitCode = 2;
}

function run() {
  const script = compileBundle();
  if (script === undefined) return;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(filename), module, filename, join(root, 'dist'));
  if (process.env.LIMIT_AUDIT_WRITE_CODE_CACHE === '1') {
    // At exit the cache also holds every function this run compiled lazily.
    process.once('exit', () => require('node:fs').writeFileSync(cacheFile, script.createCachedData()));
  }
}

/**
 * LIMIT_AUDIT_LOAD_ONLY=1: load the bundle as every run does, run none of it, and exit 3 unless V8
 * took the code cache. `npm run bench` times this as the floor under every command; a test holds
 * that the cache the build made is accepted.
 */
function loadOnly() {
  const script = compileBundle();
  if (script !== undefined && script.cachedDataRejected !== false) process.exitCode = 3;
}

/** The bundle compiled with the code cache made at build time (without it, V8 compiles as usual); undefined, said, when it is not built. */
function compileBundle() {
  let source;
  try {
    source = readFileSync(filename, 'utf8');
  } catch {
    fail({
      en: 'limit-audit: the CLI is not built yet; run `npm install` or `npm run build` first.',
      zh: 'limit-audit：命令尚未构建；请先运行 `npm install` 或 `npm run build`。',
    });
    return undefined;
  }
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const Module = require('node:module');
  const { Script } = require('node:vm');
  return new Script(Module.wrap(source), { filename, cachedData });
}
