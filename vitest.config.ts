import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // Data files (the bundled macro snapshot) are imported as text, as esbuild's `text` loader does.
      name: 'yaml-as-text',
      transform(code, id) {
        if (id.endsWith('.yaml')) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
