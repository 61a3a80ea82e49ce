/** Types for scripts/ascii-bundle.mjs (imported by build.mjs and test/bundle-hygiene.test.ts). */
/** The text with every non-ASCII UTF-16 unit written as `\uXXXX` (for regular-expression literals a bundle holds). */
export declare function asciiOnly(text: string): string;
