/**
 * The HTML pages as documents, without a browser (test/html/ opens them in one): made from each
 * command's finished object, self-contained, escaped, with real tables and one chart series per debt.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressJson } from '../../src/history/progress-schema';
import { renderHtml, HTML_PAGES } from '../../src/report/html';
import { esc } from '../../src/report/html/escape';
import { CSP } from '../../src/report/html/page';
import type { RoadmapJson } from '../../src/report/roadmap-schema';
import type { PlanJson, Report } from '../../src/report/schema';
import type { WhatifJson } from '../../src/report/whatif-schema';
import { profileWithHistory, runCli } from '../cli/run';
import { tempDir } from '../temp';

const reportOf = (profile: string, lang: 'en' | 'zh' = 'en', input?: string): Report =>
  JSON.parse(runCli(['check', profile, '--json', '--fail-on', 'never', '--lang', lang], { input }).stdout);
const planOf = (profile: string, lang: 'en' | 'zh' = 'en', input?: string): PlanJson =>
  JSON.parse(runCli(['plan', profile, '--json', '--lang', lang], { input }).stdout);

/** Every element with its attributes, as the page holds them. */
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
/** The element opened by `open` up to its matching close (no nesting of the same element inside). */
const element = (html: string, open: RegExp, name: string) => {
  const start = html.search(open);
  expect(start, String(open)).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(`</${name}>`, start) + name.length + 3);
};

const HOSTILE = `version: 1
as_of: 2026-11-01
income: { monthly: 8000 }
debts:
  - { name: "<script>alert(1)</script>", kind: online_loan, lender: "\\"><img src=x onerror=alert(2)>", balance: 12000, apr: 0.18, repayment: equal_installment, months_left: 12, overdue: true }
  - { name: "A & B 's", kind: credit_card, lender: bank, balance: 3000, apr: 0.18, repayment: revolving, min_payment: 300 }
`;

describe('the HTML pages', () => {
  const turnover = reportOf('profiles/turnover-late.yaml');
  const page = renderHtml('check', [turnover], { lang: 'en', source: turnover.source });

  it('are one self-contained document: a CSP that forbids every request, no script, nothing fetched', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(CSP).toMatch(/^default-src 'none';/);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    // Before anything that could load: the policy is the first thing after the charset.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
    expect(page).not.toMatch(/<script|<iframe|<object|<embed|@import|url\(|@font-face/i);
    // Every reference stays inside the page: fragments and data: URIs only (the SVG namespace is a name, not a request).
    const refs = [...page.matchAll(/\s(?:src|href|srcset|action|poster|data)="([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(#|data:)/);
    for (const url of page.matchAll(/https?:\/\/[^"\s<]+/g)) expect(url[0]).toBe('http://www.w3.org/2000/svg');
  });

  it('set the language of the page from the report: en and zh-CN', () => {
    const zh = reportOf('profiles/turnover-late.yaml', 'zh');
    const zhPage = renderHtml('check', [zh], { lang: 'zh', source: zh.source });
    expect(zhPage).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(zhPage).toContain('发现的问题');
    // The review month in one line after the score, as check's table shows it (issue 17).
    expect(page).toContain('<p class="review">Review month (estimate): 2028-06, if the plan is followed (see limit-audit roadmap)</p>');
    expect(zhPage).toContain('<p class="review">预计复评月份（估计）：2028-06（按计划还款；详见 limit-audit roadmap）</p>');
    expect(renderHtml('plan', planOf('profiles/healthy.yaml', 'zh'), { lang: 'zh', source: 'x' })).toMatch(/<html lang="zh-CN">/);
  });

  it('hold the findings, the debts’ rates, the comparison and the schedule as tables with header cells', () => {
    const findings = element(page, /<table id="r0-findings-table"/, 'table');
    expect(tags(findings, 'th').filter((th) => th.includes('scope="col"'))).toHaveLength(4);
    expect(tags(findings, 'tr')).toHaveLength(turnover.findings.length + 1);
    for (const finding of turnover.findings) expect(findings).toContain(`<span class="title">${esc(finding.title)}</span>`);
    const rates = element(page, /<table id="r0-rates-table"/, 'table');
    expect(tags(rates, 'tr')).toHaveLength(turnover.debts.length + 1);
    const comparison = element(page, /<table id="r0-comparison"/, 'table');
    expect(tags(comparison, 'tr')).toHaveLength(4);
    const schedule = element(page, /<table id="r0-schedule"/, 'table');
    expect(tags(schedule, 'tr')).toHaveLength(turnover.plan!.schedule.length + 1);
    expect(tags(schedule, 'th').filter((th) => th.includes('scope="row"'))).toHaveLength(turnover.plan!.schedule.length);
  });

  it('draw the balance chart with one series per debt, a payoff mark per debt paid off, and name it for assistive technology', () => {
    const plan = planOf('profiles/business-owner.yaml');
    const html = renderHtml('plan', plan, { lang: 'en', source: 'profiles/business-owner.yaml' });
    const chart = element(html, /<svg class="chart balance"/, 'svg');
    const series = tags(chart, 'path').filter((p) => p.includes('class="series"'));
    expect(series.map((p) => /data-series="([^"]*)"/.exec(p)![1])).toEqual(plan.order.map((o) => esc(o.debt)));
    expect(tags(chart, 'g').filter((g) => g.includes('class="mark"'))).toHaveLength(plan.order.filter((o) => o.paidOffMonth !== null).length);
    expect(chart).toMatch(/^<svg [^>]*role="img" aria-labelledby="p-balance-title p-balance-desc"/);
    expect(chart).toContain('<title id="p-balance-title">');
    expect(chart).toMatch(/<desc id="p-balance-desc">[^<]*7 debts[^<]*23 months/);
    // Stacked: the top series' path reaches the largest total of any month.
    expect(series.every((p) => /d="M[\d.,LZ-]+"/.test(p))).toBe(true);
    // The strategies: one bar (or a "not payable" note) per strategy and panel.
    const bars = element(html, /<svg class="chart bars"/, 'svg');
    expect(tags(bars, 'rect').length + (bars.match(/not payable/g)?.length ?? 0)).toBe(plan.comparison.length * 2);
  });

  it('show every text of the profile as text: a debt called <script> is escaped wherever it appears', () => {
    const plan = planOf('-', 'en', HOSTILE);
    expect(plan.order.map((o) => o.debt)).toContain('<script>alert(1)</script>');
    const report = reportOf('-', 'en', HOSTILE);
    for (const html of [renderHtml('plan', plan, { lang: 'en', source: '<b>x</b>' }), renderHtml('check', [report], { lang: 'en', source: report.source })]) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>x');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('A &amp; B &#39;s');
    }
  });

  it('put several profiles on one page, each with its own ids', () => {
    const reports = [reportOf('profiles/healthy.yaml'), reportOf('profiles/distressed.yaml')];
    const html = renderHtml('check', reports, { lang: 'en', source: '' });
    expect(tags(html, 'article')).toHaveLength(2);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tags(html, 'h1')).toHaveLength(1);
  });

  it('have a page for no plan (--no-plan) and for no debt', () => {
    const noPlan = JSON.parse(runCli(['check', 'profiles/healthy.yaml', '--json', '--no-plan']).stdout) as Report;
    expect(renderHtml('check', [noPlan], { lang: 'en', source: '' })).not.toContain('class="chart');
    const noDebt = planOf('test/fixtures/minimal.yaml');
    const html = renderHtml('plan', noDebt, { lang: 'en', source: 'minimal' });
    expect(html).toContain('No debt to repay.');
    expect(html).not.toContain('class="chart balance"');
  });

  it('draw progress: the score over the audits (0–100) and the total debt against what the first plan expected', () => {
    const profile = profileWithHistory(tempDir('limit-audit-html-progress-'), 'turnover-late', ['2026-05-01', '2026-08-01']);
    for (const lang of ['en', 'zh'] as const) {
      const doc = JSON.parse(runCli(['progress', profile, '--json', '--lang', lang]).stdout) as ProgressJson;
      expect(doc.timeline).toHaveLength(3);
      const html = renderHtml('progress', doc, { lang, source: profile });
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`));
      const score = element(html, /<svg class="chart lines" id="g-score"/, 'svg');
      expect(tags(score, 'path').filter((p) => p.includes('class="series"'))).toHaveLength(1);
      expect(score).toMatch(/>100<\/text>/);
      const debt = element(html, /<svg class="chart lines" id="g-debt"/, 'svg');
      const lines = tags(debt, 'path').filter((p) => p.includes('class="series"'));
      // Every debt has an expectation from the first plan: the dashed line from the first audit's debt to it.
      expect(doc.debts.every((d) => d.first.expected !== null)).toBe(true);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('stroke-dasharray');
      const timeline = element(html, /<table id="g-timeline-table"/, 'table');
      expect(tags(timeline, 'tr')).toHaveLength(4);
      expect(tags(element(html, /<table id="g-debts-table"/, 'table'), 'tr')).toHaveLength(doc.debts.length + 1);
    }
  });

  it('draw the roadmap: the score and the findings holding the review month back at every month-end, to none at the review month', () => {
    for (const lang of ['en', 'zh'] as const) {
      const doc = JSON.parse(runCli(['roadmap', 'profiles/turnover-late.yaml', '--json', '--lang', lang]).stdout) as RoadmapJson;
      const html = renderHtml('roadmap', doc, { lang, source: doc.source });
      expect(html).toBe(runCli(['roadmap', 'profiles/turnover-late.yaml', '--format', 'html', '--lang', lang]).stdout);
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`));
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      expect(html).not.toMatch(/<script/);
      for (const id of ['g-score', 'g-blocking']) {
        const chart = element(html, new RegExp(`<svg class="chart lines" id="${id}"`), 'svg');
        expect(tags(chart, 'path').filter((p) => p.includes('class="series"')), id).toHaveLength(1);
        expect(chart).toContain(`<desc id="${id}-desc">`);
      }
      expect(element(html, /<svg class="chart lines" id="g-score"/, 'svg')).toMatch(/>100<\/text>/);
      expect(element(html, /<svg class="chart lines" id="g-blocking"/, 'svg')).toContain(doc.reviewMonth!);
      // Every month's values as a table: now and each projected month; the holding-back count is 0 from the review month.
      const values = element(html, /<table id="g-values-table"/, 'table');
      expect(tags(values, 'tr')).toHaveLength(doc.months + 2);
      const review = doc.timeline.find((month) => month.review)!;
      expect(values).toMatch(new RegExp(`<th scope="row">${review.month}</th><td class="num">\\d+</td><td class="num">0</td>`));
      // The eventful months as a table with header cells, the review month marked.
      const months = element(html, /<table id="g-months-table"/, 'table');
      expect(tags(months, 'th').filter((th) => th.includes('scope="col"'))).toHaveLength(3);
      expect(months).toContain(`<strong>${review.month}</strong>`);
      for (const action of doc.start.actions) expect(html).toContain(esc(action.title));
    }
  });

  it('draw whatif: one balance line per side from the same start month, the comparison as a table, every text escaped', () => {
    const html = runCli(['whatif', 'profiles/turnover-late.yaml', '--extra', '800', '--pay', '借呗=1000', '--format', 'html']).stdout;
    const json = JSON.parse(runCli(['whatif', 'profiles/turnover-late.yaml', '--extra', '800', '--pay', '借呗=1000', '--json']).stdout) as WhatifJson;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    const chart = element(html, /<svg class="chart lines" id="w-balance"/, 'svg');
    const series = tags(chart, 'path').filter((p) => p.includes('class="series"'));
    expect(series.map((p) => /data-series="([^"]*)"/.exec(p)![1])).toEqual(['Baseline', 'With the changes']);
    const [before, after] = [json.baseline.plan.debtFreeBy!, json.scenarios[0]!.plan.debtFreeBy!];
    expect(after < before).toBe(true);
    expect(chart).toMatch(new RegExp(`<desc id="w-balance-desc">[^<]*debt-free in ${before}[^<]*debt-free in ${after}`));
    // The values: the audit month, then every month of the longer plan; a side paid off sooner stays at 0.
    const values = element(html, /<table id="w-values"/, 'table');
    expect(tags(values, 'tr')).toHaveLength(json.baseline.plan.months! + 2);
    expect(values).toContain('<th scope="row">2026-11</th>');
    expect(values).toContain(`<th scope="row">${before}</th><td class="num">¥0.00</td><td class="num">¥0.00</td>`);
    const compare = element(html, /<table id="w-compare"/, 'table');
    expect(tags(compare, 'th').filter((th) => th.includes('scope="row"')).length).toBeGreaterThanOrEqual(11);
    expect(compare).toContain('Review month');

    const hostile = runCli(['whatif', '-', '--pay', '<script>alert(1)</script>=100', '--format', 'html'], { input: HOSTILE });
    expect(hostile.code, hostile.stderr).toBe(0);
    expect(hostile.stdout).not.toContain('<script');
    expect(hostile.stdout).not.toContain('<img');
    expect(hostile.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('register one renderer per command', () => {
    expect(Object.keys(HTML_PAGES).sort()).toEqual(['check', 'plan', 'progress', 'roadmap', 'whatif']);
  });
});
