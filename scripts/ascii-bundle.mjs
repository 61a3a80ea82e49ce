/**
 * Every bundle ASCII (issue 16). V8 holds a script's source as one-byte text only when every
 * character of it fits in one byte; a single other character makes the whole bundle two-byte text,
 * twice the memory to fill from the file and to keep (~5 ms of every start for the main bundle).
 * esbuild with `charset: 'ascii'` escapes non-ASCII characters in strings, template literals and
 * identifiers, but copies regular-expression literals as they are (evanw/esbuild#4205): our
 * parsers' `/(万|w)$/i`, `/^(¥|CNY|RMB)/` … made the import, questionnaire, bill and apr bundles
 * two-byte.
 *
 * So after esbuild, each remaining non-ASCII UTF-16 unit — found only in regular-expression
 * literals, since minified output keeps no comments and everything else is escaped — becomes
 * `\uXXXX`, which a regular expression reads as the same character, with or without the `u` flag
 * (two escaped halves of a surrogate pair are one code point under `u`). test/bundle-hygiene.test.ts
 * holds the premise (esbuild still escapes everything but regular expressions, and still copies
 * those as they are: when it starts escaping them itself, this step can go), that the escaped
 * expressions match what the originals match, and that every bundle in dist/ is ASCII.
 */
export function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
