#!/usr/bin/env node
/**
 * `npm run docs`: writes the generated parts of docs/ (docs/rules.md, and the "rules by field" table
 * of docs/profile.md) from the rule modules and src/rules/sources.ts, through scripts/render-docs.ts.
 * The build never runs it; test/docs.test.ts fails, naming `npm run docs`, when a file is stale.
 *
 * Usage: node scripts/generate-docs.mjs [--check]   (--check: write nothing, exit 1 if a file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A file's text, or '' when it does not exist yet. */
function current(path) {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return '';
    throw error;
  }
}

// scripts/render-docs.ts and the rule modules it reads, bundled from TypeScript in memory.
const { generatedDocs } = await importTypeScript({ entryPoints: [join(ROOT, 'scripts/render-docs.ts')] });
const check = process.argv.includes('--check');
let stale = 0;
for (const { path, content } of generatedDocs(current)) {
  if (current(path) === content) continue;
  stale += 1;
  if (check) console.error(`${path} is not current: run \`npm run docs\``);
  else {
    writeFileSync(join(ROOT, path), content);
    console.error(`wrote ${path}`);
  }
}
if (check && stale > 0) process.exitCode = 1;
