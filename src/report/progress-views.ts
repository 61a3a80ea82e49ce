/**
 * progress's table and markdown views, in a bundle of their own (build.mjs, COLD): their words
 * (i18n/report.ts), chalk and the text layout are more than half of what progress would otherwise
 * load, and `progress --json` needs none of them.
 */
export { renderProgressMarkdown } from './progress-markdown';
export { renderProgressTable } from './progress-table';
