// Builds the shipped CLI: one bundled, minified ESM file for check/plan/rules/init/schema,
// with the questionnaire (and @inquirer/prompts) split into a chunk loaded only when it runs.
// Runs on `npm install` / `npm ci` (the `prepare` script), so a fresh clone is ready to use.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  loader: { '.yaml': 'text' },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
