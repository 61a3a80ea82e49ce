/**
 * The HTML pages in a real browser: Debian's chromium, driven by playwright-core (which never
 * downloads a browser of its own). For every sample profile, in both languages, the `check`,
 * `plan`, `roadmap` and `whatif` pages are opened from a file, as a user opens one they were sent
 * (and a `progress` page of a history of three audits, in both languages):
 * - zero network requests and zero console errors (the page's policy would report any attempt);
 * - no horizontal overflow at 1280 px and at 390 px (the document is never wider than the window);
 * - every finding's title is visible text; the balance chart has one series per debt;
 * - printing to PDF (A4) works, within a page count (pdfPageBound, below, says why);
 * - dark mode changes the colours; print is always light.
 * A screenshot of each page is kept in test-artifacts/html/ (not committed): the whole check page,
 * the first screen of the plan page; and each PDF.
 *
 * Without chromium the file is skipped with a message — but never in CI (CI=true), where .ci/run
 * installs it and a missing browser fails here. Every wait is for an event: the page's load event
 * (page.goto), the PDF's bytes; none sleeps.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapJson } from '../../src/report/roadmap-schema';
import type { PlanJson, Report } from '../../src/report/schema';
import { profileWithHistory, ROOT, runCli } from '../cli/run';
import { tempDir } from '../temp';

const CHROMIUM = process.env.LIMIT_AUDIT_CHROMIUM ?? '/usr/bin/chromium';
const IN_CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const haveChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test-artifacts', 'html');

const PROFILES = readdirSync(join(ROOT, 'profiles'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));
const LANGS = ['en', 'zh'] as const;

if (!haveChromium && !IN_CI) {
  console.warn(`test/html: skipped — no chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk; CI installs it and runs these tests).`);
}

/**
 * PDF page counts, A4 (measured with the samples: 3 to 6 pages for a check, 2 to 6 for a plan).
 * A `check` page: the header, the score, the list of what was not evaluated and the plan — summary,
 * warnings, the two charts, the comparison table — take about two pages; the findings table prints
 * at 9 pt in two text columns of 42 %, at least four findings to a page; the schedule is folded (its
 * values are the chart's) and does not print. A `plan` page: summary and charts, two pages at most,
 * then the schedule at 8 pt, at least 40 months to a page.
 */
const pdfPageBound = {
  check: (report: Report) => 2 + Math.ceil(report.findings.length / 4),
  plan: (plan: PlanJson) => 2 + Math.ceil(plan.schedule.length / 40),
  /**
   * A `roadmap` page (measured: 3 to 7 pages): the header, the review month and the two charts take
   * about two pages; the actions from now on, 3 to 5 lines each, about 6 to a page; the month table
   * about 15 of its lines to a page; what the plan cannot clear, about 4 findings to a page.
   */
  roadmap: (doc: RoadmapJson) =>
    2 +
    Math.ceil(doc.start.actions.length / 6) +
    Math.ceil(doc.timeline.reduce((sum, m) => sum + m.changes.length + m.paidOff.length + m.milestones.length + m.actions.length + (m.review ? 1 : 0), 0) / 15) +
    Math.ceil(doc.apart.findings.length / 4),
  /** A `whatif` page of one scenario (measured: 2 pages): the comparison table and the chart, then what the scenario does. */
  whatif: 3,
};

/** The page count of a PDF Chromium printed: its page tree's /Count, checked against the page objects. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  const objects = text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  expect(counts.length, 'a page tree').toBeGreaterThan(0);
  expect(Math.max(...counts)).toBe(objects);
  return objects;
}

describe.skipIf(!haveChromium && !IN_CI)('the HTML pages in chromium', () => {
  let browser: Browser;
  const dir = tempDir('limit-audit-html-');

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI must run the browser tests, and there is no chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium fonts-noto-cjk)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page file as a user would, recording every request but the file itself and every console error. */
  async function open(file: string, width: number): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  /** The document is never wider than the window: wide tables scroll inside their own region. */
  async function overflow(page: Page, width: number): Promise<{ width: number; document: number; window: number }> {
    await page.setViewportSize({ width, height: 900 });
    // (Expressions as text: the tests are type-checked without the DOM's types.)
    const sizes: { document: number; window: number } = await page.evaluate('({ document: document.documentElement.scrollWidth, window: document.documentElement.clientWidth })');
    return { width, ...sizes };
  }

  async function checkPage(name: string, page: Page, requests: string[], errors: string[], lang: string, fullPage: boolean) {
    expect(requests, `${name}: requests`).toEqual([]);
    expect(errors, `${name}: console`).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    for (const width of [1280, 390]) {
      const size = await overflow(page, width);
      expect(size.document, `${name} at ${width} px`).toBeLessThanOrEqual(size.window);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
  }

  /** One series per debt, drawn (a box of some size), in the plan's payoff order. */
  async function balanceChart(page: Page, plan: PlanJson) {
    const chart = page.locator('svg.balance').first();
    if (plan.schedule.length === 0) {
      expect(await chart.count()).toBe(0);
      return;
    }
    expect(await chart.isVisible()).toBe(true);
    const series = chart.locator('path.series');
    expect(await series.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-series')))).toEqual(plan.order.map((o) => o.debt));
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await chart.locator('title').first().textContent()).not.toBe('');
  }

  async function printed(page: Page, name: string): Promise<number> {
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
    writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
    return pdfPages(pdf);
  }

  for (const profile of PROFILES) {
    for (const lang of LANGS) {
      it(`${profile} (${lang}): check and plan pages load offline, fit 1280 and 390 px, show every finding, chart every debt, print`, async () => {
        const source = `profiles/${profile}.yaml`;
        const report = JSON.parse(runCli(['check', source, '--json', '--fail-on', 'never', '--lang', lang]).stdout) as Report;
        const plan = JSON.parse(runCli(['plan', source, '--json', '--lang', lang]).stdout) as PlanJson;

        const checkFile = join(dir, `${profile}-${lang}-check.html`);
        const made = runCli(['check', source, '--format', 'html', '-o', checkFile, '--fail-on', 'never', '--lang', lang]);
        expect(made.stderr).toBe('');
        const check = await open(checkFile, 1280);
        await checkPage(`${profile}-${lang}-check`, check.page, check.requests, check.errors, lang, true);
        for (const finding of report.findings) {
          // A static page (no script): once loaded, what is visible stays so; no polling needed.
          expect(await check.page.getByText(finding.title, { exact: true }).first().isVisible(), finding.title).toBe(true);
        }
        await balanceChart(check.page, report.plan!);
        const checkPages = await printed(check.page, `${profile}-${lang}-check`);
        expect(checkPages).toBeGreaterThanOrEqual(1);
        expect(checkPages).toBeLessThanOrEqual(pdfPageBound.check(report));
        // Printing loads nothing either (a print style sheet could name a font or an image).
        expect(check.requests).toEqual([]);
        await check.page.close();

        const planFile = join(dir, `${profile}-${lang}-plan.html`);
        runCli(['plan', source, '--format', 'html', '-o', planFile, '--lang', lang]);
        const planPage = await open(planFile, 1280);
        await checkPage(`${profile}-${lang}-plan`, planPage.page, planPage.requests, planPage.errors, lang, false);
        await balanceChart(planPage.page, plan);
        // The whole schedule, one row per month, on the plan page.
        expect(await planPage.page.locator('table.schedule tbody tr').count()).toBe(plan.schedule.length);
        const planPages = await printed(planPage.page, `${profile}-${lang}-plan`);
        expect(planPages).toBeLessThanOrEqual(pdfPageBound.plan(plan));
        expect(planPage.requests).toEqual([]);
        await planPage.page.close();
      });
    }
  }

  for (const profile of PROFILES) {
    for (const lang of LANGS) {
      it(`${profile} (${lang}): roadmap and whatif pages load offline, fit 1280 and 390 px, chart every month and every side, print`, async () => {
        const source = `profiles/${profile}.yaml`;
        const doc = JSON.parse(runCli(['roadmap', source, '--json', '--lang', lang]).stdout) as RoadmapJson;
        const roadmapFile = join(dir, `${profile}-${lang}-roadmap.html`);
        const made = runCli(['roadmap', source, '--format', 'html', '-o', roadmapFile, '--lang', lang]);
        expect(made.code, made.stderr).toBe(0);
        const roadmap = await open(roadmapFile, 1280);
        await checkPage(`${profile}-${lang}-roadmap`, roadmap.page, roadmap.requests, roadmap.errors, lang, true);
        for (const id of ['g-score', 'g-blocking']) {
          const chart = roadmap.page.locator(`svg#${id}`);
          expect(await chart.isVisible(), id).toBe(true);
          expect(await chart.locator('path.series').count(), id).toBe(1);
          expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
        }
        // Every month the roadmap names something in is a visible row of the month table.
        const rows = roadmap.page.locator('table#g-months-table tbody th[scope="row"]');
        const eventful = doc.timeline.filter((m) => m.changes.length + m.paidOff.length + m.milestones.length + m.actions.length > 0 || m.review).map((m) => m.month);
        expect(await rows.allInnerTexts()).toEqual(eventful);
        const roadmapPages = await printed(roadmap.page, `${profile}-${lang}-roadmap`);
        expect(roadmapPages).toBeLessThanOrEqual(pdfPageBound.roadmap(doc));
        expect(roadmap.requests).toEqual([]);
        await roadmap.page.close();

        const whatifFile = join(dir, `${profile}-${lang}-whatif.html`);
        const madeWhatif = runCli(['whatif', source, '--extra', '800', '--format', 'html', '-o', whatifFile, '--lang', lang]);
        expect(madeWhatif.code, madeWhatif.stderr).toBe(0);
        const whatif = await open(whatifFile, 1280);
        await checkPage(`${profile}-${lang}-whatif`, whatif.page, whatif.requests, whatif.errors, lang, false);
        // The baseline and the scenario: one balance line each (none when there is no debt).
        const plan = JSON.parse(runCli(['whatif', source, '--extra', '800', '--json']).stdout) as { baseline: { plan: { months: number | null } } };
        expect(await whatif.page.locator('svg#w-balance path.series').count()).toBe(plan.baseline.plan.months === 0 ? 0 : 2);
        expect(await whatif.page.locator('table#w-compare').isVisible()).toBe(true);
        expect(await printed(whatif.page, `${profile}-${lang}-whatif`)).toBeLessThanOrEqual(pdfPageBound.whatif);
        expect(whatif.requests).toEqual([]);
        await whatif.page.close();
      });
    }
  }

  for (const sample of PROFILES) {
    for (const lang of LANGS) {
    it(`progress of ${sample} (${lang}): a history of three audits, its page offline, fitting, both charts drawn, printed`, async () => {
      const profile = profileWithHistory(tempDir('limit-audit-html-progress-'), sample, ['2026-05-01', '2026-08-01']);
      const file = join(dir, `progress-${sample}-${lang}.html`);
      const made = runCli(['progress', profile, '--format', 'html', '-o', file, '--lang', lang]);
      expect(made.code, made.stderr).toBe(0);
      const { page, requests, errors } = await open(file, 1280);
      await checkPage(`progress-${sample}-${lang}`, page, requests, errors, lang, true);
      expect(await page.locator('svg#g-score path.series').count()).toBe(1);
      // The total debt and, dashed, what the first plan expected.
      expect(await page.locator('svg#g-debt path.series').count()).toBe(2);
      expect(await page.locator('table#g-timeline-table tbody tr').count()).toBe(3);
      // Two charts and three short tables: at most 3 pages.
      expect(await printed(page, `progress-${sample}-${lang}`)).toBeLessThanOrEqual(3);
      expect(requests).toEqual([]);
      await page.close();
    });
    }
  }

  for (const lang of LANGS) {
    it(`whatif with a scenario file (${lang}): every side a line, offline, fitting, printed`, async () => {
      const scenarios = join(tempDir('limit-audit-html-scenarios-'), 'plans.yaml');
      writeFileSync(
        scenarios,
        [
          'scenarios:',
          '  - name: repay Jiebei',
          '    changes: [{ pay: { debt: 借呗, amount: 5000 } }]',
          '  - name: 800 more a month',
          '    changes: [{ extra: 800 }]',
          '  - name: both',
          '    changes: [{ pay: { debt: 借呗, amount: 5000 } }, { extra: 800 }]',
          '',
        ].join('\n'),
      );
      const file = join(dir, `whatif-scenarios-${lang}.html`);
      const made = runCli(['whatif', 'profiles/turnover-late.yaml', '--scenario', scenarios, '--format', 'html', '-o', file, '--lang', lang]);
      expect(made.code, made.stderr).toBe(0);
      const { page, requests, errors } = await open(file, 1280);
      await checkPage(`whatif-scenarios-${lang}`, page, requests, errors, lang, false);
      // The baseline and the three scenarios.
      expect(await page.locator('svg#w-balance path.series').count()).toBe(4);
      expect(await printed(page, `whatif-scenarios-${lang}`)).toBeLessThanOrEqual(pdfPageBound.whatif + 1);
      expect(requests).toEqual([]);
      await page.close();
    });
  }

  it('follows the reader’s colour scheme, and prints light', async () => {
    const file = join(dir, 'scheme.html');
    runCli(['check', 'profiles/turnover-late.yaml', '--format', 'html', '-o', file, '--fail-on', 'never']);
    const { page } = await open(file, 1280);
    const background = (): Promise<string> => page.evaluate('getComputedStyle(document.body).backgroundColor');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.screenshot({ path: join(ARTIFACTS, 'turnover-late-en-check-dark.png') });
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('shows a debt called <script> as text, and runs nothing', async () => {
    const file = join(dir, 'hostile.html');
    const profile = `version: 1\nas_of: 2026-11-01\nincome: { monthly: 8000 }\ndebts:\n  - { name: "<script>document.title='pwned'</script>", kind: online_loan, lender: x, balance: 5000, apr: 0.2, repayment: equal_installment, months_left: 6 }\n`;
    runCli(['plan', '-', '--format', 'html', '-o', file], { input: profile });
    const { page, errors } = await open(file, 1280);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.getByText("<script>document.title='pwned'</script>").first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
