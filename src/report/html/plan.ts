/** The `plan` page: the plan's summary, balance chart, strategy comparison and the whole schedule. */
import { htmlText } from '../../i18n/html';
import type { Lang } from '../../i18n/lang';
import type { PlanJson } from '../schema';
import { esc } from './escape';
import { htmlPage } from './page';
import { planSection } from './sections';

export function planPage(plan: PlanJson, meta: { lang: Lang; source: string }): string {
  const h = htmlText(meta.lang);
  const title = h.planPage(meta.source);
  const body = [
    `<header><h1>${esc(title)}</h1></header>`,
    planSection(plan, meta.lang, { id: 'p', level: 2, scheduleOpen: true }),
    `<footer><p>${esc(h.footerPlan)}</p></footer>`,
  ];
  return htmlPage({ lang: h.htmlLang, title, body: body.join('\n') });
}
