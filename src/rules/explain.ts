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
    what: 'What it checks',
    ladder: 'Severity ladder',
    thresholds: 'Thresholds (defaults; change them with --config)',
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
  },
  zh: {
    area: '领域',
    what: '检查内容',
    ladder: '严重程度分级',
    thresholds: '阈值（默认值，可用 --config 修改）',
    noThresholds: '无（固定严重程度）',
    order: '配置须保持的顺序',
    kindNote: '（计数和天数为整数；利率和比例为小数，0.5 = 50%；金额以元为单位）',
    basis: '依据类型',
    why: '理由',
    needs: '需要的画像字段',
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

/** A source's lines under "Sources:": citation and title, where it comes from, date and confidence, its links. */
function sourceLines(detail: SourceDetail, lang: Lang): string[] {
  const labels = LABELS[lang];
  const colon = SEPARATORS.colon[lang];
  const confidence = `${labels.confidence}${colon}${CONFIDENCE_NAMES[detail.confidence][lang]}${detail.note === undefined ? '' : labels.note(detail.note)}`;
  return [
    `  - ${detail.citation}${colon}${detail.title}`,
    `    ${labels.from}${colon}${detail.origin}`,
    `    ${detail.date === undefined ? '' : `${labels.date}${colon}${detail.date}${SEPARATORS.semicolon[lang]}`}${confidence}`,
    ...(detail.urls.length === 0 ? [`    ${labels.noUrl}`] : detail.urls.map((url) => `    ${url}`)),
  ];
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

/** `limit-audit rules`: one line per rule: id, area, what it checks, default thresholds. */
export function listRulesText(lang: Lang, rules: readonly AnyRule[] = registry): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const areaWidth = Math.max(...rules.map((rule) => rule.area.length));
  return rules
    .map((rule) => {
      const thresholds = formatThresholds(rule.thresholds);
      const summary = rule.text[lang].summary;
      const tail = thresholds === '' ? '' : `  [${thresholds}]`;
      return `${rule.id.padEnd(idWidth)}  ${rule.area.padEnd(areaWidth)}  ${summary}${tail}`;
    })
    .join('\n');
}

/**
 * `limit-audit rules <id>`: the rule in full. `thresholds` defaults to the rule's defaults; pass the
 * config-applied ones to show what an audit with that config would use.
 */
export function explainRuleText(rule: AnyRule, lang: Lang, thresholds: Thresholds = rule.thresholds): string {
  const text = rule.text[lang];
  const labels = LABELS[lang];
  const colon = SEPARATORS.colon[lang];
  const names = Object.keys(thresholds);
  const order = orderText(rule, lang);
  const thresholdLines =
    names.length === 0
      ? [`  ${labels.noThresholds}`]
      : [
          ...names.map((name) => {
            const bound = rule.bounds[name];
            const range = bound === undefined ? '' : labels.range(KIND_NAMES[bound.kind][lang], formatRange(bound));
            return `  ${name} = ${thresholds[name]}${range}${text.thresholds[name] ? ` — ${text.thresholds[name]}` : ''}`;
          }),
          ...(order === '' ? [] : [`  ${labels.order}${colon}${order}`]),
          `  ${labels.kindNote}`,
        ];
  const lines = [
    `${rule.id} — ${text.title}`,
    '',
    `${labels.area}${colon}${rule.area} (${AREA_NAMES[rule.area][lang]})`,
    `${labels.what}${colon}${text.summary}`,
    `${labels.ladder}${colon}${text.ladder}`,
    `${labels.basis}${colon}${formatList(
      rule.basis.map((basis) => BASIS_NAMES[basis][lang]),
      lang,
    )}`,
    '',
    `${labels.thresholds}${colon}`,
    ...thresholdLines,
    '',
    `${labels.why}${colon}`,
    `  ${text.rationale}`,
    '',
    `${labels.needs}${colon}${rule.needs.join(', ')}`,
    `${labels.sources}${colon}`,
    ...sourceDetails(rule, lang).flatMap((detail) => sourceLines(detail, lang)),
  ];
  const [first] = names;
  const example = first === undefined ? 'off' : `{ thresholds: { ${first}: ${thresholds[first]} } }`;
  lines.push('', `${labels.config}${colon}`, '  rules:', `    ${rule.id}: ${example}`);
  return lines.join('\n');
}
