#!/usr/bin/env node
// Thin launcher for the bundled CLI (dist/cli.cjs, built by `npm install` / `npm run build`).
// CommonJS on purpose (bin/package.json says so): an ES module entry makes Node 20 start its ES
// module loader first, about 10 ms before the first line of ours runs (docs/benchmarks.md).
// It compiles the bundle with the V8 code cache made at build time (see build.mjs), and answers
// `--version` without loading the bundle at all. The bundles a command loads later (dist/*.cjs:
// record, progress, roadmap, the tables, …) are compiled the same way, each with its own cache.
// Settings for the build, the bench and the tests: LIMIT_AUDIT_WRITE_CODE_CACHE=1 writes the cache
// of every bundle the run loaded that has none yet, LIMIT_AUDIT_LOAD_ONLY=1 only loads the main
// bundle, LIMIT_AUDIT_CACHE_REPORT=1 says on stderr at exit whether V8 took each bundle's cache.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
// Node's Module class, as every CommonJS module has it: require('node:module') would also load the
// public module API (the ES module loader, source maps) that nothing here uses.
const Module = module.constructor;
const args = process.argv.slice(2);
// `check --record` runs the main bundle with the record built in (build.mjs: dist/cli-record.cjs),
// rather than loading record.cjs beside it; every other run, the main bundle alone.
const filename = join(root, 'dist', args.includes('--record') ? 'cli-record.cjs' : 'cli.cjs');
/** The bundles this run has loaded, by file: their compiled script and whether V8 took its cache. */
const bundles = new Map();
const cacheOf = (file) => file.replace(/\.cjs$/, '.cache');
if (process.env.LIMIT_AUDIT_LOAD_ONLY === '1') {
  loadOnly();
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  printVersion();
  // Written synchronously: nothing is left to do, so end now rather than through Node's teardown.
  process.exit();
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
  runBundle(filename, script);
  if (process.env.LIMIT_AUDIT_WRITE_CODE_CACHE === '1') {
    // At exit each cache also holds every function this run compiled lazily. A bundle that already
    // has one keeps it: the build (which starts from an empty dist/) warms the main bundle on its
    // most representative run first, then each other bundle on a run of the command that uses it.
    process.once('exit', () => {
      for (const [file, loaded] of bundles) {
        const cache = cacheOf(file);
        if (!require('node:fs').existsSync(cache)) require('node:fs').writeFileSync(cache, loaded.script.createCachedData());
      }
    });
  }
  if (process.env.LIMIT_AUDIT_CACHE_REPORT === '1') {
    process.once('exit', () => {
      const report = [...bundles].map(([file, loaded]) => `${require('node:path').basename(file)} ${loaded.cache}`);
      require('node:fs').writeSync(2, `code cache: ${report.join(', ')}\n`);
    });
  }
}

/**
 * Runs a compiled bundle as a CommonJS module. Its require() of another bundle (`./record.cjs`,
 * as build.mjs writes each lazily loaded one) compiles that one with its own code cache; anything
 * else is Node's require. Each of those is entered in require.cache, as a require() would enter it,
 * so what a run loaded can be read there (test/bundle-hygiene.test.ts).
 */
function runBundle(file, script) {
  const dir = require('node:path').dirname(file);
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dir);
  const nodeRequire = Module.createRequire(file);
  const bundleRequire = (id) => (/^\.\/[\w-]+\.cjs$/.test(id) ? requireBundle(join(dir, id)) : nodeRequire(id));
  bundleRequire.resolve = nodeRequire.resolve;
  bundleRequire.cache = nodeRequire.cache;
  if (file !== filename) require.cache[file] = mod; // the main bundle never was a require()
  bundles.set(file, { script, cache: script.cachedDataRejected === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted' });
  script.runInThisContext()(mod.exports, bundleRequire, mod, file, dir);
  mod.loaded = true;
  return mod.exports;
}

function requireBundle(file) {
  const done = require.cache[file];
  if (done !== undefined) return done.exports;
  return runBundle(file, compile(file, readFileSync(file, 'utf8')));
}

/** A bundle's source compiled with its code cache when the build made one (else V8 compiles as usual). */
function compile(file, source) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheOf(file));
  } catch {
    cachedData = undefined;
  }
  const { Script } = require('node:vm');
  return new Script(Module.wrap(source), { filename: file, cachedData });
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
  return compile(filename, source);
}
