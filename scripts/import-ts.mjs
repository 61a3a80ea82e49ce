/**
 * Imports TypeScript sources from a script: esbuild bundles them in memory (one bundle, so shared
 * modules keep their identity) and the result is imported as a data: URL. Used by the generators
 * (scripts/generate-validator.mjs, scripts/generate-docs.mjs), which run under plain Node.
 *
 * `options` are esbuild's: `entryPoints`, or `stdin: { contents, resolveDir, loader: 'ts' }`.
 */
import { build } from 'esbuild';

export async function importTypeScript(options) {
  const result = await build({ bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error', ...options });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
