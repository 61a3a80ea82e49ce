/**
 * Texts for `limit-audit rules [id]`: pure functions returning strings; the command prints them.
 */
import type { Area } from '../findings';
import { formatList } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { SEPARATORS } from '../i18n/rules';
import { closest } from '../text';
import { rules as registry } from './index';
import { CONFIDENCE_NAMES, parseCitation, SOURCES, type Confidence, type Source } from './sources';
import { formatRange, orderChains } from './thresholds';
import type { AnyRule, Basis, ThresholdKind, Thresholds } from './types';

const LABELS = {
  en: {
    area: 'Area',
    areaValue: (name: string, id: string) => `${name} (${id})`,
    off: 'Turned off by your config: this rule does not run',
    what: 'What it checks',
    ladder: 'Severity ladder',
    thresholds: 'Thresholds (defaults; change them with --config)',
    thresholdsYours: 'Thresholds (your config)',
    listThresholds: 'Thresholds',
    defaultWas: (value: number) => `default ${value}`,
    noThresholds: 'none (the rule has a fixed severity)',
    order: 'Order a config must keep',
    kindNote: '(counts and days are whole numbers; rates and ratios are decimals, 0.5 = 50 %; money is yuan)',
    basis: 'Basis',
    why: 'Why',
    needs: 'Profile fields it needs',
    sources: 'Sources',
    from: 'From',
    date: 'Date',
    confidence: 'Confidence',
    noUrl: 'no public link',
    config: 'Config example',
    unknown: (id: string) => `unknown rule "${id}"`,
    didYouMean: (id: string) => `did you mean "${id}"?`,
    listHint: 'run `limit-audit rules` to list them',
    note: (note: string) => ` — ${note}`,
    range: (kind: string, range: string) => ` (${kind}, ${range})`,
    rangeChanged: (kind: string, range: string, was: string) => ` (${kind}, ${range}; ${was})`,
    changed: (was: string) => ` (${was})`,
  },
  zh: {
    area: '领域',
    areaValue: (name: string, id: string) => `${name}（${id}）`,
    off: '已被您的配置关闭：此规则不运行',
    what: '检查内容',
    ladder: '严重程度分级',
    thresholds: '阈值（默认值，可用 --config 修改）',
    thresholdsYours: '阈值（您的配置）',
    listThresholds: '阈值',
    defaultWas: (value: number) => `默认 ${value}`,
    noThresholds: '无（固定严重程度）',
    order: '配置须保持的顺序',
    kindNote: '（计数和天数为整数；利率和比例为小数，0.5 = 50%；金额以元为单位）',
    basis: '依据类型',
    why: '理由',
    needs: '需要的档案字段',
    sources: '出处',
    from: '来自',
    date: '日期',
    confidence: '可信度',
    noUrl: '无公开链接',
    config: '配置示例',
    unknown: (id: string) => `未知规则"${id}"`,
    didYouMean: (id: string) => `你是不是想输入"${id}"？`,
    listHint: '运行 `limit-audit rules` 查看全部规则',
    note: (note: string) => `（${note}）`,
    range: (kind: string, range: string) => `（${kind}，${range}）`,
    rangeChanged: (kind: string, range: string, was: string) => `（${kind}，${range}；${was}）`,
    changed: (was: string) => `（${was}）`,
  },
} as const;

export const AREA_NAMES: Record<Area, Record<Lang, string>> = {
  credit: { en: 'credit behaviour', zh: '信用行为' },
  debt: { en: 'debt structure', zh: '负债结构' },
  spending: { en: 'consumption anomalies', zh: '消费行为异常' },
  macro: { en: 'macro and regulatory tightening', zh: '宏观与监管收紧' },
};

export const BASIS_NAMES: Record<Basis, Record<Lang, string>> = {
  regulation: { en: 'regulation', zh: '法规' },
  convention: { en: 'lender convention', zh: '机构惯例' },
  heuristic: { en: 'heuristic', zh: '经验设定' },
};

/** What a threshold measures, in words (`rules <id>`, docs/rules.md). */
export const KIND_NAMES: Record<ThresholdKind, Record<Lang, string>> = {
  count: { en: 'count', zh: '计数' },
  money: { en: 'yuan', zh: '元' },
  rate: { en: 'rate', zh: '利率' },
  days: { en: 'days', zh: '天数' },
  months: { en: 'months', zh: '月数' },
  ratio: { en: 'ratio', zh: '比例' },
};

/** "low ≤ medium ≤ high ≤ critical": the rule's order relations, chained where they link. */
export function orderText(rule: AnyRule, lang: Lang): string {
  return formatList(
    orderChains(rule).map((chain) => chain.join(' ≤ ')),
    lang,
  );
}

/** One source a rule cites, resolved from src/rules/sources.ts in one language (`rules <id>`, `rules --json`). */
export interface SourceDetail {
  /** The citation as the rule gives it: `A6`, `seed (征信查询)`. */
  citation: string;
  id: string;
  /** The part of the source cited, when the rule names one. */
  section?: string;
  title: string;
  origin: string;
  urls: readonly string[];
  date?: string;
  confidence: Confidence;
  note?: string;
}

export function sourceDetails(rule: AnyRule, lang: Lang): SourceDetail[] {
  return rule.sources.map((citation) => {
    const { id, section } = parseCitation(citation);
    const source: Source = SOURCES[id];
    return {
      citation,
      id,
      ...(section === undefined ? {} : { section }),
      title: source.title[lang],
      origin: source.origin[lang],
      urls: source.urls,
      ...(source.date === undefined ? {} : { date: source.date }),
      confidence: source.confidence,
      ...(source.note === undefined ? {} : { note: source.note[lang] }),
    };
  });
}

/** A source's lines under "Sources:": citation and title, where it comes from, date and confidence, its links (never broken). */
function sourceLines(detail: SourceDetail, lang: Lang): TextLine[] {
  const labels = LABELS[lang];
  const colon = SEPARATORS.colon[lang];
  const confidence = `${labels.confidence}${colon}${CONFIDENCE_NAMES[detail.confidence][lang]}${detail.note === undefined ? '' : labels.note(detail.note)}`;
  return [
    line(`${detail.citation}${colon}${detail.title}`, '  - ', '    '),
    line(`${labels.from}${colon}${detail.origin}`, '    ', '      '),
    line(`${detail.date === undefined ? '' : `${labels.date}${colon}${detail.date}${SEPARATORS.semicolon[lang]}`}${confidence}`, '    ', '      '),
    ...(detail.urls.length === 0 ? [line(labels.noUrl, '    ')] : detail.urls.map((url) => whole(`    ${url}`))),
  ];
}

/**
 * A line of the `rules` views as the terminal wraps it: `text` after `first`, its further lines
 * after `rest`; `whole` lines (links, config examples) are never wrapped.
 */
export interface TextLine {
  text: string;
  first: string;
  rest: string;
  whole?: boolean;
}

function line(text: string, first = '', rest = first): TextLine {
  return { text, first, rest };
}

function whole(text: string): TextLine {
  return { text, first: '', rest: '', whole: true };
}

/** The lines unwrapped, as text (tests, and any consumer that wraps for itself). */
export function joinLines(lines: readonly TextLine[]): string {
  return lines.map((l) => l.first + l.text).join('\n');
}

export function findRule(id: string, rules: readonly AnyRule[] = registry): AnyRule | undefined {
  return rules.find((rule) => rule.id === id);
}

/**
 * The rule id closest to an unknown one. Also matches a bare name without its area
 * ("multi-lender" → "debt/multi-lender") and the only id a prefix starts ("debt/dti" → "debt/dti-high").
 */
export function suggestRuleId(id: string, rules: readonly AnyRule[] = registry): string | undefined {
  const ids = rules.map((rule) => rule.id);
  const wanted = id.toLowerCase();
  const byName = ids.find((candidate) => candidate.split('/')[1] === wanted);
  if (byName !== undefined) return byName;
  const byPrefix = wanted.length >= 3 ? ids.filter((candidate) => candidate.startsWith(wanted)) : [];
  if (byPrefix.length === 1) return byPrefix[0];
  return closest(id, ids);
}

/** "unknown rule "x"; did you mean "y"?" — or the hint to list the rules. */
export function unknownRuleText(id: string, lang: Lang, rules: readonly AnyRule[] = registry): string {
  const labels = LABELS[lang];
  const suggestion = suggestRuleId(id, rules);
  return `${labels.unknown(id)}${SEPARATORS.semicolon[lang]}${suggestion === undefined ? labels.listHint : labels.didYouMean(suggestion)}`;
}

/** "last_1m=4 last_3m=5" — the form a config takes them in; empty when the rule has none. */
export function formatThresholds(thresholds: Thresholds): string {
  return Object.entries(thresholds)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
}

/** What a config does to the rules: their thresholds with it applied, and which it turns off. */
export interface ConfigView {
  thresholds: ReadonlyMap<string, Thresholds>;
  off: ReadonlySet<string>;
}

/** "last_1m=2 (default 4) last_3m=5": the thresholds, a changed one with its default. */
function thresholdsText(rule: AnyRule, thresholds: Thresholds, lang: Lang): string {
  const labels = LABELS[lang];
  return Object.entries(thresholds)
    .map(([name, value]) => `${name}=${value}${value === rule.thresholds[name] ? '' : labels.changed(labels.defaultWas(rule.thresholds[name]!))}`)
    .join(' ');
}

function changedBy(rule: AnyRule, thresholds: Thresholds): boolean {
  return Object.entries(thresholds).some(([name, value]) => value !== rule.thresholds[name]);
}

/**
 * `limit-audit rules`: the rules by area, each with what it checks and its thresholds — as a config
 * sets them when one is given, a changed one with its default. Rules a config turns off are left
 * out (the command says which on stderr).
 */
export function listRules(lang: Lang, rules: readonly AnyRule[] = registry, config?: ConfigView): TextLine[] {
  const labels = LABELS[lang];
  const colon = SEPARATORS.colon[lang];
  const shown = rules.filter((rule) => !config?.off.has(rule.id));
  const idWidth = Math.max(...shown.map((rule) => rule.id.length));
  const indent = ' '.repeat(idWidth + 4);
  const out: TextLine[] = [];
  for (const area of Object.keys(AREA_NAMES) as Area[]) {
    const inArea = shown.filter((rule) => rule.area === area);
    if (inArea.length === 0) continue;
    if (out.length > 0) out.push(line(''));
    out.push(line(labels.areaValue(AREA_NAMES[area][lang], area)));
    for (const rule of inArea) {
      out.push(line(rule.text[lang].summary, `  ${rule.id.padEnd(idWidth)}  `, indent));
      const thresholds = config?.thresholds.get(rule.id) ?? rule.thresholds;
      if (Object.keys(thresholds).length === 0) continue;
      const label = changedBy(rule, thresholds) ? labels.thresholdsYours : labels.listThresholds;
      out.push(line(`${label}${colon}${thresholdsText(rule, thresholds, lang)}`, indent));
    }
  }
  return out;
}

export function listRulesText(lang: Lang, rules: readonly AnyRule[] = registry, config?: ConfigView): string {
  return joinLines(listRules(lang, rules, config));
}

/**
 * `limit-audit rules <id>`: the rule in full. `thresholds` defaults to the rule's defaults; pass the
 * config-applied ones to show what an audit with that config would use (changed ones say their
 * default), and `enabled: false` when the config turns the rule off.
 */
export function explainRule(rule: AnyRule, lang: Lang, thresholds: Thresholds = rule.thresholds, enabled = true): TextLine[] {
  const text = rule.text[lang];
  const labels = LABELS[lang];
  const colon = SEPARATORS.colon[lang];
  const names = Object.keys(thresholds);
  const order = orderText(rule, lang);
  const thresholdLines =
    names.length === 0
      ? [line(labels.noThresholds, '  ', '    ')]
      : [
          ...names.map((name) => {
            const bound = rule.bounds[name];
            const value = thresholds[name]!;
            const was = value === rule.thresholds[name] ? undefined : labels.defaultWas(rule.thresholds[name]!);
            const range =
              bound === undefined
                ? was === undefined ? '' : labels.changed(was)
                : was === undefined
                  ? labels.range(KIND_NAMES[bound.kind][lang], formatRange(bound))
                  : labels.rangeChanged(KIND_NAMES[bound.kind][lang], formatRange(bound), was);
            return line(`${name} = ${value}${range}${text.thresholds[name] ? ` — ${text.thresholds[name]}` : ''}`, '  ', '    ');
          }),
          ...(order === '' ? [] : [line(`${labels.order}${colon}${order}`, '  ', '    ')]),
          line(labels.kindNote, '  ', '   '),
        ];
  const lines: TextLine[] = [
    line(`${rule.id} — ${text.title}`, '', '  '),
    line(''),
    line(`${labels.area}${colon}${labels.areaValue(AREA_NAMES[rule.area][lang], rule.area)}`, '', '  '),
    ...(enabled ? [] : [line(labels.off, '', '  ')]),
    line(`${labels.what}${colon}${text.summary}`, '', '  '),
    line(`${labels.ladder}${colon}${text.ladder}`, '', '  '),
    line(
      `${labels.basis}${colon}${formatList(
        rule.basis.map((basis) => BASIS_NAMES[basis][lang]),
        lang,
      )}`,
      '',
      '  ',
    ),
    line(''),
    line(`${changedBy(rule, thresholds) ? labels.thresholdsYours : labels.thresholds}${colon}`),
    ...thresholdLines,
    line(''),
    line(`${labels.why}${colon}`),
    line(text.rationale, '  '),
    line(''),
    line(`${labels.needs}${colon}${rule.needs.join(', ')}`, '', '  '),
    line(`${labels.sources}${colon}`),
    ...sourceDetails(rule, lang).flatMap((detail) => sourceLines(detail, lang)),
  ];
  // In block form, so that it fits any terminal.
  const [first] = names;
  const example = first === undefined ? [`    ${rule.id}: off`] : [`    ${rule.id}:`, '      thresholds:', `        ${first}: ${thresholds[first]}`];
  lines.push(line(''), line(`${labels.config}${colon}`), whole('  rules:'), ...example.map(whole));
  return lines;
}

export function explainRuleText(rule: AnyRule, lang: Lang, thresholds: Thresholds = rule.thresholds, enabled = true): string {
  return joinLines(explainRule(rule, lang, thresholds, enabled));
}
