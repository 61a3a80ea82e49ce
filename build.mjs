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
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  loader: { '.yaml': 'text' },
  external: ['@inquirer/prompts'],
  logLevel: 'warning',
});

// Warm the code cache on a representative run: the table view of a sample with findings.
const warm = spawnSync(process.execPath, ['bin/limit-audit.js', 'check', 'profiles/turnover-late.yaml', '--fail-on', 'never'], {
  cwd: root,
  env: { ...process.env, LIMIT_AUDIT_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (warm.status !== 0) {
  console.error(`build: warming the code cache failed (the CLI still works, only slower to start):\n${warm.stderr}`);
}
