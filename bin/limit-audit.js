#!/usr/bin/env node
// Thin launcher: the real CLI is the bundled dist/cli.js (built by `npm install`, `npm run build`).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('limit-audit: the CLI is not built yet; run `npm install` or `npm run build` first.\n');
  } else {
    process.stderr.write(`limit-audit: internal error: ${error && error.message ? error.message : error}\n`);
  }
  process.exitCode = 2;
});
