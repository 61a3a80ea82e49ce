// Builds the shipped CLI (issue 7: start-up close to bare Node).
//
// 1. One minified CommonJS bundle, dist/cli.cjs. Modules reached through `await import()` (each
//    command, the renderers, the questionnaire, the importer, the precise YAML path) are bundled as
//    lazily initialised modules: their code is parsed but never run unless the command needs it.
//    @inquirer/prompts stays external and is loaded from node_modules only by the questionnaire.
// 2. A V8 code cache, dist/cli.cache: bin/limit-audit.js compiles the bundle through vm.Script with
//    this cache, so a run skips most parsing and compiling (Node 20 has no module.enableCompileCache).
//    It is made here by running the CLI once on a bundled sample with LIMIT_AUDIT_WRITE_CODE_CACHE=1,
//    so it holds the functions a real audit compiles. A cache from another Node/V8 is rejected by V8
//    and the CLI simply compiles as usual.
//
// Runs on `npm install` / `npm ci` (the `prepare` script), so a fresh clone is ready to use.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { asciiOnly } from './scripts/ascii-bundle.mjs';
import { cliTable3Patch } from './scripts/cli-table3-patch.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

// The profile validator of the start-up path is generated from the zod schema and committed
// (scripts/generate-validator.mjs). The build never rewrites it: a stale one stops the build (and so
// `npm test`), naming the command that regenerates it, before anything in dist/ is touched.
{
  const { staleGenerated } = await import('./scripts/generate-validator.mjs');
  const stale = await staleGenerated();
  if (stale !== undefined) {
    console.error(`build: ${stale}`);
    process.exit(1);
  }
}

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

/**
 * Commander requires node:child_process when it loads, for executable subcommands that limit-audit
 * never defines; loading it pulls in net, dgram and the stream machinery (a few ms of every start).
 * Commander gets a stand-in that loads the real module only if spawn is ever called.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * A data file imported as `file.yaml?data` (the bundled macro snapshot) is read as YAML here, at build time, and built in as
 * JSON.parse of its JSON text: no YAML to read at run time, and V8 reads JSON text faster than the
 * same object as code. The snapshot is checked against its schema below before anything ships.
 */
const yamlData = {
  name: 'yaml-data',
  setup(build) {
    build.onResolve({ filter: /\.yaml\?data$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -'?data'.length)), namespace: 'yaml-data' }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-data' }, async (args) => {
      const { parse } = await import('yaml');
      const json = JSON.stringify(parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

/**
 * Code only some commands need lives in bundles of its own, loaded when first needed, so that the
 * bundle every `check` reads and compiles holds only what a check runs. Each is reached in the
 * source by a dynamic import(), which this plugin turns into require('./<name>.cjs').
 * Modules they share with the main bundle are copied into them; that is safe because the code is
 * pure, and the one place identity mattered, `instanceof` on our errors, goes by a mark (errors.ts).
 */
const COLD = {
  'src/profile/precise.ts': 'precise', // the yaml library: only when a document fails the fast path
  'src/cli/interview.ts': 'interview', // the questionnaire (and @inquirer/prompts, outside the bundle)
  'src/cli/import.ts': 'import', // bill import
  'src/cli/bill-files.ts': 'bill-files', // reading bill exports: `import` (built into its bundle) and `check --bills`
  'src/import/index.ts': 'import-core',
  'src/cli/init.ts': 'init',
  'src/cli/whatif.ts': 'whatif', // what-if comparisons: nothing of them loads on a check
  'src/whatif/scenario.ts': 'whatif-scenario', // its zod schema: only with --scenario
  'src/cli/schema.ts': 'schema', // JSON Schema generation
  'src/cli/rules.ts': 'rules', // the rules command: the sources registry and the explanations with it
  // The views: `check --json` needs none of them (chalk, the tables, the words of the report).
  'src/report/table.ts': 'table',
  'src/report/markdown.ts': 'markdown',
  'src/report/plan-view.ts': 'plan-view',
  'src/cli/apr.ts': 'apr', // the loan calculator
  'src/cli/record.ts': 'record', // check --record: a snapshot into the profile's history
  'src/cli/progress.ts': 'progress', // the progress command: reading a history, comparing its audits
  'src/report/progress-views.ts': 'progress-views', // its table and markdown views: `progress --json` loads none of them
  // zod itself: a valid profile is checked by the generated validator (scripts/generate-validator.mjs),
  // so the schemas load only for a document that needs messages, a --macro file or a --config.
  'src/profile/schema.ts': 'profile-schema',
  'src/rules/config.ts': 'rules-config',
  // --format html: the pages and d3 (scales, stacking, paths); only a run that prints HTML reads it.
  'src/report/html/index.ts': 'html',
  // The terminal charts (asciichart, d3's linear scale): only `plan` (and `progress`) at a terminal or with --chart.
  'src/report/chart-balance.ts': 'chart',
  'src/report/roadmap-views.ts': 'roadmap', // the roadmap's document and views (issue 17); the projection runs in the main bundle
};
const coldByPath = new Map(Object.entries(COLD).map(([file, name]) => [join(root, file), name]));

/** The plugin that makes each dynamic import of a COLD module a require() of its bundle, but for the modules in `inMain`. */
const splitCold = (inMain = new Set()) => ({
  name: 'split-cold',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const file = [`${join(args.resolveDir, args.path)}.ts`, join(args.resolveDir, args.path, 'index.ts')].find((path) => coldByPath.has(path));
      return file === undefined || inMain.has(file) ? undefined : { path: `./${coldByPath.get(file)}.cjs`, external: true };
    });
  },
});

/**
 * cli-table3 (the box-drawn tables) is a bundle of its own, dist/cli-table3.cjs, built patched
 * (scripts/cli-table3-patch.mjs). The table renderers import it; in the main bundle that import
 * becomes require('./cli-table3.cjs') inside their lazily initialised module, so it is read only
 * when a table is drawn, never by `check --json`.
 */
const coldCliTable3 = {
  name: 'cold-cli-table3',
  setup(build) {
    build.onResolve({ filter: /^cli-table3$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './cli-table3.cjs', external: true }));
  },
};

/**
 * chalk without its colour detection. On import, chalk's vendored supports-color loads node:tty (and
 * with it node:net and the stream machinery: a few ms and a few hundred KB of every table drawn) and
 * node:os, only to set up its default instances `chalk` and `chalkStderr`, which limit-audit never
 * uses: every view makes `new Chalk({ level })` from our own decision (NO_COLOR, FORCE_COLOR,
 * --no-color, a terminal or not; test/bundle-hygiene.test.ts forbids the defaults). So chalk's
 * `#supports-color` resolves to a stand-in that detects nothing. If chalk stops importing it under
 * that name, the build stops rather than silently bundling the detection again.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    let seen = false;
    build.onResolve({ filter: /^#supports-color$/ }, (args) => {
      if (!args.importer.includes(`${'node_modules'}/chalk/`)) return undefined;
      seen = true;
      return { path: 'supports-color', namespace: 'no-detection' };
    });
    build.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
    build.onEnd((result) => {
      const usesChalk = Object.keys(result.metafile?.inputs ?? {}).some((input) => input.includes('node_modules/chalk/'));
      if (usesChalk && !seen) throw new Error("chalk no longer imports '#supports-color': see chalkWithoutDetection in build.mjs");
    });
  },
};

/** Every bundle's plugins, with the given split of COLD modules. */
const pluginsWith = (split) => [lazyChildProcess, split, coldCliTable3, cliTable3Patch, chalkWithoutDetection, yamlData];

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // A dynamic import of another bundle becomes require(): the CLI runs in a vm.Script, where import()
  // needs an experimental flag.
  supported: { 'dynamic-import': false },
  // LIMIT_AUDIT_BUILD_NAMES=1 keeps names, for reading a --cpu-prof profile.
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: process.env.LIMIT_AUDIT_BUILD_NAMES !== '1',
  legalComments: 'linked',
  loader: { '.yaml': 'text' }, // the example profile, comments and all (`init`)
  external: ['@inquirer/prompts'],
  plugins: pluginsWith(splitCold()),
  metafile: true,
  logLevel: 'warning',
};

/**
 * dist/cli-record.cjs: the main bundle with `check --record` built in, which the launcher runs
 * instead of dist/cli.cjs when the arguments hold `--record`. Loading record.cjs on top of the
 * main bundle ran a second copy of the modules they share (messages, the words, the report's
 * helpers) and compiled a second bundle: about 1–2 ms of the +5 ms the record may add (issue 17,
 * docs/benchmarks.md). A check without `--record` never reads this file. record.cjs stays for the
 * questionnaire's own `--record`, which the interview bundle loads.
 */
const mainWithRecord = { ...shared, plugins: pluginsWith(splitCold(new Set([join(root, 'src/cli/record.ts')]))) };

await Promise.all([
  build({ ...shared, entryPoints: ['src/cli/entry.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...mainWithRecord, entryPoints: ['src/cli/entry.ts'], outfile: 'dist/cli-record.cjs' }),
  ...Object.entries(COLD).map(([file, name]) => build({ ...shared, entryPoints: [file], outfile: `dist/${name}.cjs` })),
  build({ ...shared, entryPoints: ['cli-table3'], outfile: 'dist/cli-table3.cjs' }),
]);

// Every bundle ASCII, so V8 holds it as one-byte text: esbuild leaves non-ASCII characters in
// regular-expression literals (scripts/ascii-bundle.mjs).
for (const file of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.cjs'))) {
  const path = join(root, 'dist', file);
  const text = readFileSync(path, 'utf8');
  const ascii = asciiOnly(text);
  if (ascii !== text) writeFileSync(path, ascii);
}

// The bundled macro snapshot is read at run time without validating it again (src/cli/load.ts):
// it must be valid when it is built in.
{
  const { parse } = await import('yaml');
  const check = await build({ ...shared, entryPoints: ['src/profile/schema.ts'], write: false, format: 'esm', legalComments: 'none', plugins: [yamlData] });
  const { macroSnapshotSchema } = await import(`data:text/javascript;base64,${Buffer.from(check.outputFiles[0].text).toString('base64')}`);
  const result = macroSnapshotSchema.safeParse(parse(readFileSync(join(root, 'src/macro/snapshot.yaml'), 'utf8')));
  if (!result.success) {
    console.error(`build: src/macro/snapshot.yaml does not match the snapshot schema:\n${JSON.stringify(result.error.issues, null, 2)}`);
    process.exit(1);
  }
}

// Warm the code caches (bin/limit-audit.js): each bundle's is written by the first run below that
// loads it. First the main bundle's, on its most representative run: the table view of a sample
// with findings; then the bundles other commands load, each on a run of that command.
{
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const scratch = mkdtempSync(join(tmpdir(), 'limit-audit-build-'));
  const history = join(scratch, 'warm.history.ndjson');
  const sample = 'profiles/turnover-late.yaml';
  const runs = [
    ['check', sample, '--fail-on', 'never'], // the main bundle, the table view, cli-table3
    ['check', sample, '--format', 'markdown', '--fail-on', 'never'], // the markdown view
    // check --record's main bundle: first a history with one audit in it, no cache written (that run
    // has no previous line to read); then, as for the main bundle, the table view of a record.
    { args: ['check', sample, '--json', '--fail-on', 'never', '--record', '--history', history, '--as-of', '2026-10-01'], writeCache: false },
    ['check', sample, '--fail-on', 'never', '--record', '--history', history, '--as-of', '2026-11-01'],
    ['progress', history, '--json'], // progress
    ['progress', history], // its views (the table; markdown runs in the same bundle)
    ['roadmap', sample], // roadmap
    ['whatif', sample, '--extra', '500'], // whatif
    ['apr', '--amount', '6000', '--months', '6', '--fee-rate', '0.6%'], // apr
    ['check', sample, '--format', 'html', '--fail-on', 'never'], // html
    ['plan', sample, '--chart'], // the plan's views, the terminal chart
    ['rules', 'debt/hidden-cost'], // the rules command and the sources
  ];
  for (const run of runs) {
    const { args, writeCache = true } = Array.isArray(run) ? { args: run } : run;
    const warm = spawnSync(process.execPath, ['bin/limit-audit.js', ...args], {
      cwd: root,
      env: { ...process.env, LIMIT_AUDIT_WRITE_CODE_CACHE: writeCache ? '1' : '0', NO_COLOR: '1', LIMIT_AUDIT_LANG: 'en' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (warm.status !== 0) {
      console.error(`build: warming the code cache on \`${args.join(' ')}\` failed (the CLI still works, only slower to start):\n${warm.stderr}`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}
