/** Types for scripts/cli-table3-patch.mjs (imported by build.mjs, vitest.config.ts and test/report/cli-table3-patch.test.ts). */
import type { Plugin } from 'esbuild';

export declare const TARGETS: readonly { file: string; find: string; replace: string }[];
export declare function patchSource(file: string, source: string): string;
export declare const cliTable3Patch: Plugin;
export declare function bundleCliTable3(): Promise<string>;
