/**
 * The document around every page: one self-contained file. The Content-Security-Policy forbids
 * every request (no script, font, image or style from anywhere; the inline style sheet and data:
 * images only), so the page works — and tells nothing to anyone — when opened offline, mailed or
 * printed. No JavaScript: everything is in the markup.
 */
import { esc } from './escape';
import { STYLE } from './style';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageSpec {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  title: string;
  body: string;
}

export function htmlPage(spec: PageSpec): string {
  return `<!doctype html>
<html lang="${esc(spec.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="limit-audit">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${esc(spec.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${spec.body}
</main>
</body>
</html>
`;
}
