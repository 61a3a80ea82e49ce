/**
 * `--format html`: one self-contained page per command, made from the command's finished object
 * (the report for `check`, the plan for `plan`, the progress document for `progress`, the roadmap's
 * document for `roadmap`, the what-if document and its balance curves for `whatif`). This module is a bundle of its own (build.mjs,
 * COLD), with d3 inside it: a run that prints no HTML never reads it.
 *
 * Each command has one renderer, registered in HTML_PAGES; a command gains its page by adding its
 * object's type to HtmlDocuments and its renderer here.
 */
import type { ProgressJson } from '../../history/progress-schema';
import type { Lang } from '../../i18n/lang';
import type { RoadmapJson } from '../roadmap-schema';
import type { PlanJson, Report } from '../schema';
import { checkPage } from './check';
import { planPage } from './plan';
import { progressPage } from './progress';
import { roadmapPage } from './roadmap';
import { whatifPage, type WhatifPageInput } from './whatif';

/** What each command's page is made from. */
export interface HtmlDocuments {
  check: Report[];
  plan: PlanJson;
  progress: ProgressJson;
  roadmap: RoadmapJson;
  whatif: WhatifPageInput;
}

/** What a page knows beside its object: the language, and the name of what was audited. */
export interface PageMeta {
  lang: Lang;
  source: string;
}

export const HTML_PAGES: { [K in keyof HtmlDocuments]: (doc: HtmlDocuments[K], meta: PageMeta) => string } = {
  check: (reports) => checkPage(reports),
  plan: (plan, meta) => planPage(plan, meta),
  progress: (doc) => progressPage(doc),
  roadmap: (doc) => roadmapPage(doc),
  whatif: (input) => whatifPage(input),
};

export function renderHtml<K extends keyof HtmlDocuments>(command: K, doc: HtmlDocuments[K], meta: PageMeta): string {
  return HTML_PAGES[command](doc, meta);
}
