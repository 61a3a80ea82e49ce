/**
 * cli-table3 as limit-audit builds it (issue 16): the one place that changes what the installed
 * cli-table3 runs, used by build.mjs (the esbuild plugin, for dist/cli-table3.cjs) and by
 * vitest.config.ts (`bundleCliTable3`, the same plugin), so the CLI and the tests run the same code.
 * Each change replaces one exact text; if the installed cli-table3 no longer holds it exactly once,
 * the build stops and test/report/cli-table3-patch.test.ts fails, so an upstream fix or change is
 * noticed, not silently bundled. Nothing drawn changes (the test compares with the original).
 *
 * 1. No truncation per drawn line for a debug preview. In 0.6.5 `Cell.draw()` runs, for every line,
 *      let content = utils.truncate(this.content, 10, this.truncate);
 *    only to put a 10-column preview of the cell into a debug message (kept only when a debug
 *    level is set, which limit-audit never does). `truncate` drops one character at a time and
 *    re-measures what is left, so the call costs the cube of a cell's lines: 1.8 s for one 40-line
 *    cell, 0.16–1.6 s per uncoloured diagnosis table; without it 1–7 ms. It becomes
 *    `let content = this.content;` (a debug message, if ever enabled, holds the whole cell).
 *    Upstream: cli-table/cli-table3 pull request #362, open.
 * 2. Border characters merged once per table, not once per cell: `mergeTableOptions` rebuilt the
 *    same 15 characters for every cell through string splitting and array filtering; a cell
 *    without characters of its own now shares its table's merged set (read only). With 3., a
 *    600-month plan schedule (4,800 cells) went from ~100 ms to ~40 ms on a busy 2-core machine.
 * 3. The layout's conflict check looks at the row asked about first. `conflictExists(rows, x, y)`
 *    scanned every row from the top for a cell covering (x, y), which is nearly always in row y:
 *    quadratic in the rows of a table (upstream issue #68, "tb.toString() performance"). The scan
 *    now runs from row y upwards; it answers "is there any", so the order cannot change the answer.
 * 4. One measure of width. cli-table3 pads and truncates by string-width; our cells are wrapped by
 *    src/report/text-layout.ts's displayWidth. Where the two disagree (some emoji, U+200B, small
 *    form variants … in a debt or lender name the user typed), cli-table3 would cut a line our wrap
 *    had fitted and end it with "…". Its `require('string-width')` gets displayWidth instead, so a
 *    table is padded by the same measure that wrapped it, and nothing is ever cut.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEXT_LAYOUT = fileURLToPath(new URL('../src/report/text-layout.ts', import.meta.url));

/** The changes, in the order above: the installed cli-table3 file, the exact text replaced, and what replaces it. */
export const TARGETS = [
  {
    file: require.resolve('cli-table3/src/cell.js'),
    find: 'let content = utils.truncate(this.content, 10, this.truncate);',
    replace: 'let content = this.content; /* limit-audit: no truncate per drawn line for a debug preview (scripts/cli-table3-patch.mjs) */',
  },
  {
    file: require.resolve('cli-table3/src/cell.js'),
    find: `    let chars = (this.chars = {});
    CHAR_NAMES.forEach(function (name) {
      setOption(optionsChars, tableChars, name, chars);
    });`,
    replace: `    /* limit-audit: a cell without border characters of its own shares its table's, merged once (scripts/cli-table3-patch.mjs) */
    let shared = !this.options.chars && tableChars;
    let merged = Cell.mergedChars || (Cell.mergedChars = new WeakMap());
    let chars = (this.chars = shared && merged.get(shared));
    if (!chars) {
      chars = this.chars = {};
      CHAR_NAMES.forEach(function (name) {
        setOption(optionsChars, tableChars, name, chars);
      });
      if (shared) merged.set(shared, chars);
    }`,
  },
  {
    file: require.resolve('cli-table3/src/layout-manager.js'),
    find: 'for (let i = 0; i <= i_max; i++) {',
    replace: 'for (let i = i_max; i >= 0; i--) { /* limit-audit: the row asked about first (scripts/cli-table3-patch.mjs) */',
  },
  {
    file: require.resolve('cli-table3/src/utils.js'),
    find: "const stringWidth = require('string-width');",
    replace: "const stringWidth = require('limit-audit:display-width'); /* limit-audit: src/report/text-layout.ts (scripts/cli-table3-patch.mjs) */",
  },
];

/** A target file's source with its text replaced; throws unless the text occurs exactly once. */
export function patchSource(file, source) {
  const targets = TARGETS.filter((t) => t.file === file);
  if (targets.length === 0) throw new Error(`scripts/cli-table3-patch.mjs: no change is defined for ${file}`);
  return targets.reduce((text, target) => {
    const count = text.split(target.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `scripts/cli-table3-patch.mjs: expected \`${target.find}\` exactly once in ${file}, found it ${count} times. ` +
          'cli-table3 changed: see whether what this change works around is gone (then drop it) or moved (then update it).',
      );
    }
    return text.replace(target.find, () => target.replace);
  }, source);
}

/** esbuild plugin: the target files load changed, and `limit-audit:display-width` is our displayWidth. */
export const cliTable3Patch = {
  name: 'cli-table3-patch',
  setup(build) {
    // Exactly the target files, by their resolved paths.
    const files = [...new Set(TARGETS.map((t) => t.file))];
    const filter = new RegExp(`^(${files.map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    build.onLoad({ filter }, (args) => ({ contents: patchSource(args.path, readFileSync(args.path, 'utf8')), loader: 'js' }));
    build.onResolve({ filter: /^limit-audit:display-width$/ }, () => ({ path: 'display-width', namespace: 'limit-audit' }));
    build.onLoad({ filter: /^display-width$/, namespace: 'limit-audit' }, () => ({
      contents: `module.exports = require(${JSON.stringify(TEXT_LAYOUT)}).displayWidth;`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** cli-table3 as one ES module, changed as above: what vitest loads for `import Table from 'cli-table3'`. */
export async function bundleCliTable3() {
  const result = await build({
    entryPoints: [require.resolve('cli-table3')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    plugins: [cliTable3Patch],
  });
  return result.outputFiles[0].text;
}
