import { parse } from 'yaml';
import { defineConfig } from 'vitest/config';
import { bundleCliTable3 } from './scripts/cli-table3-patch.mjs';

const CLI_TABLE3 = '\0cli-table3-patched';

export default defineConfig({
  plugins: [
    {
      // YAML files are imported as text (the example profile), or with `?data` as the data they hold
      // (the bundled macro snapshot), as build.mjs builds them in.
      name: 'yaml',
      transform(code, id) {
        if (id.endsWith('.yaml?data')) return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(parse(code)))});`, map: null };
        if (id.endsWith('.yaml')) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
    {
      // cli-table3 changed exactly as build.mjs bundles it (scripts/cli-table3-patch.mjs): without this,
      // tests that draw tables would load the installed cli-table3 unchanged, slow and measuring
      // width its own way.
      name: 'cli-table3-patch',
      enforce: 'pre',
      resolveId: (source) => (source === 'cli-table3' ? CLI_TABLE3 : undefined),
      load: (id) => (id === CLI_TABLE3 ? bundleCliTable3() : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temporary folders each test file made (test/temp.ts).
    setupFiles: ['test/setup.ts'],
    // Hang guards, not speed limits: with a second test run beside it on 2 cores, a property suite
    // took over 20 s. No test asserts a duration; they wait for what they can see (docs/reliability.md).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
