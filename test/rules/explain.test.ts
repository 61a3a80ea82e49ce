import { describe, expect, it } from 'vitest';
import { explainRuleText, findRule, listRulesText, sourceDetails, suggestRuleId, unknownRuleText } from '../../src/rules/explain';
import { closest as closestMatch, editDistance as levenshtein } from '../../src/text';
import { rules } from '../../src/rules/index';

describe('limit-audit rules', () => {
  it('lists the rules by area: a heading per area, a line per rule with its summary, then its default thresholds', () => {
    const lines = listRulesText('en').split('\n');
    const ruleLines = lines.filter((line) => /^ {2}\S/.test(line));
    expect(ruleLines.map((line) => line.trim().split(/\s+/)[0])).toEqual(rules.map((rule) => rule.id));
    expect(lines[0]).toBe('credit behaviour (credit)');
    expect(lines).toContain('debt structure (debt)');
    const at = lines.findIndex((line) => line.startsWith('  credit/inquiries-frequent'));
    expect(lines[at]).toMatch(/^ {2}credit\/inquiries-frequent\s+Hard inquiries/);
    expect(lines[at + 1]).toMatch(/^\s+Thresholds: last_1m=4 last_3m=5 last_3m_high=6 last_3m_critical=10 last_6m=8$/);
    const autopay = lines.findIndex((line) => line.startsWith('  credit/no-autopay'));
    expect(lines[autopay + 1]).toMatch(/^ {2}credit\//);
  });

  it('lists in Chinese with the Chinese area names and summaries', () => {
    const lines = listRulesText('zh').split('\n');
    expect(lines).toContain('负债结构（debt）');
    const at = lines.findIndex((line) => line.startsWith('  debt/multi-lender'));
    expect(lines[at]).toContain('仍有网贷余额的不同机构数');
    expect(lines[at + 1]!.trim()).toBe('阈值：medium=3 high=5 critical=9');
  });

  it('shows a config\'s thresholds, each changed one with its default, and leaves out the rules it turns off', () => {
    const thresholds = new Map([['credit/inquiries-frequent', { ...findRule('credit/inquiries-frequent')!.thresholds, last_3m: 4 }]]);
    const lines = listRulesText('en', rules, { thresholds, off: new Set(['credit/no-autopay']) }).split('\n');
    const at = lines.findIndex((line) => line.startsWith('  credit/inquiries-frequent'));
    expect(lines[at + 1]!.trim()).toBe('Thresholds (your config): last_1m=4 last_3m=4 (default 5) last_3m_high=6 last_3m_critical=10 last_6m=8');
    expect(lines.some((line) => line.includes('credit/no-autopay'))).toBe(false);
    const zh = listRulesText('zh', rules, { thresholds, off: new Set() }).split('\n');
    expect(zh.map((line) => line.trim())).toContain('阈值（您的配置）：last_1m=4 last_3m=4（默认 5） last_3m_high=6 last_3m_critical=10 last_6m=8');
  });
});

describe('limit-audit rules <id>', () => {
  it('explains a rule in full: title, what, ladder, thresholds with their range and meaning, basis, why, needs, sources', () => {
    const text = explainRuleText(findRule('debt/dti-high')!, 'en');
    expect(text.split('\n')[0]).toBe('debt/dti-high — Debt payments high against income');
    expect(text).toContain('What it checks: Debt-to-income');
    expect(text).toContain('Severity ladder: above 20 % → low; ≥36 % → medium; ≥50 % → high; ≥70 % → critical');
    expect(text).toContain('  low = 0.2 (ratio, 0–5) — a ratio above this is low');
    expect(text).toContain('  high = 0.5 (ratio, 0.01–5) — a ratio of at least this is high');
    expect(text).toContain('  Order a config must keep: low ≤ medium ≤ high ≤ critical');
    expect(text).toContain('Basis: lender convention, heuristic');
    expect(text).toContain('(source A7; a lender convention, medium confidence)');
    expect(text).toContain('Profile fields it needs: debts, income.monthly');
    expect(text).toContain('Area: debt structure (debt)');
    expect(text).toContain('  rules:\n    debt/dti-high:\n      thresholds:\n        low: 0.2');
  });

  it('prints each source in full: title, where it comes from, date, confidence and every link', () => {
    const text = explainRuleText(findRule('debt/regulatory-cap')!, 'en');
    const sources = text.slice(text.indexOf('Sources: '), text.indexOf('Config example'));
    expect(sources).toContain('  - C1: Draft online micro-loan rules');
    expect(sources).toContain('    From: A draft published by CBIRC and PBOC');
    expect(sources).toContain('    Date: 2020-11-02; Confidence: high — high as to the text; it is still a draft (2020)');
    expect(sources).toContain('    https://smuseclub.com/Index/news/detail/id/2327.html');
    // The advice article has no public page, and says so rather than printing nothing.
    expect(sources).toContain('  - seed (监管收紧): 借呗还款后额度为何下降 (Why a Jiebei line falls after repayment)');
    expect(sources).toMatch(/Confidence: not rated\n {4}no public link\n/);
    expect(text).not.toMatch(/domain-facts|shared\//);
  });

  it('prints the sources in Chinese', () => {
    const text = explainRuleText(findRule('credit/inquiries-frequent')!, 'zh');
    expect(text).toContain('（来源 A6，机构惯例，中等可信度）');
    expect(text).toContain('  - A6：硬查询次数线');
    expect(text).toContain('    可信度：中（数字因从业者和机构而异；近6个月的次数没有找到出处）');
    expect(text).toContain('    https://cdn.drbdp.com/4-7498220.html');
    expect(text).toContain('    无公开链接');
  });

  it('resolves a rule\'s citations for `rules --json`, keeping the citation as the rule gives it', () => {
    expect(sourceDetails(findRule('credit/borrowing-frequent')!, 'en')).toEqual([
      {
        citation: 'seed (借款频率)',
        id: 'seed',
        section: '借款频率',
        title: expect.stringContaining('借呗还款后额度为何下降'),
        origin: expect.any(String),
        urls: [],
        confidence: 'unrated',
      },
      {
        citation: 'A9',
        id: 'A9',
        title: expect.stringContaining('Multi-lender'),
        origin: expect.stringContaining('Bairong'),
        urls: [],
        confidence: 'High',
        note: 'for the field schema; the 15-day window is from memory (medium)',
      },
    ]);
    expect(sourceDetails(findRule('macro/rate-cycle')!, 'zh')[0]).toMatchObject({ id: 'D', date: '2019-08-20 – 2026-02-24', title: expect.stringContaining('LPR历史') });
  });

  it('explains in Chinese, and shows config-applied thresholds when given', () => {
    const text = explainRuleText(findRule('credit/inquiries-frequent')!, 'zh', { ...findRule('credit/inquiries-frequent')!.thresholds, last_3m: 4 });
    expect(text).toContain('检查内容：近1、3、6个月的硬查询次数');
    expect(text).toContain('领域：信用行为（credit）');
    expect(text).toContain('阈值（您的配置）：');
    expect(text).toContain('  last_3m = 4（计数，1–100；默认 5） — 近3个月查询达到此次数为中（含）');
    expect(text).toContain('  last_1m = 4（计数，1–100） — ');
    expect(text).toContain('  配置须保持的顺序：last_3m ≤ last_3m_high ≤ last_3m_critical');
    expect(text).toContain('  （计数和天数为整数；利率和比例为小数，0.5 = 50%；金额以元为单位）');
    expect(text).toContain('依据类型：机构惯例、经验设定');
  });

  it('says when a rule has no thresholds, and shows how to turn it off', () => {
    const text = explainRuleText(findRule('credit/no-autopay')!, 'en');
    expect(text).toContain('none (the rule has a fixed severity)');
    expect(text).toContain('    credit/no-autopay: off');
  });

  it('says when a config turns the rule off', () => {
    expect(explainRuleText(findRule('credit/no-autopay')!, 'en', {}, false)).toContain('Turned off by your config: this rule does not run');
    expect(explainRuleText(findRule('credit/no-autopay')!, 'en')).not.toContain('Turned off');
  });
});

describe('unknown rule ids', () => {
  it('finds rules by exact id only', () => {
    expect(findRule('credit/dormant')?.id).toBe('credit/dormant');
    expect(findRule('credit/Dormant')).toBeUndefined();
  });

  it('suggests the closest id for a typo, the full id for a bare name, nothing for noise', () => {
    expect(suggestRuleId('credit/inquires-frequent')).toBe('credit/inquiries-frequent');
    expect(suggestRuleId('debt/dti')).toBe('debt/dti-high');
    expect(suggestRuleId('multi-lender')).toBe('debt/multi-lender');
    expect(suggestRuleId('something else entirely')).toBeUndefined();
  });

  it('says so in both languages', () => {
    expect(unknownRuleText('macro/rate-cycel', 'en')).toBe('unknown rule "macro/rate-cycel"; did you mean "macro/rate-cycle"?');
    expect(unknownRuleText('zzz', 'zh')).toBe('未知规则"zzz"；运行 `limit-audit rules` 查看全部规则');
  });

  it('measures edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
    expect(closestMatch('last_3mm', ['last_1m', 'last_3m', 'last_6m'])).toBe('last_3m');
  });
});
