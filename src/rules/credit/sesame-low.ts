import { missing } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

/** Ant's published bands (source B1), lowest first: a score below `below` is in the band. Their names are fragments of the text. */
const BANDS = [
  { below: 550, band: 'poor' },
  { below: 600, band: 'fair' },
  { below: 650, band: 'good' },
  { below: 700, band: 'very_good' },
  { below: Number.POSITIVE_INFINITY, band: 'excellent' },
] as const;

export default defineRule({
  id: 'credit/sesame-low',
  area: 'credit',
  needs: ['credit.sesame_score'],
  thresholds: { high: 550, medium: 600, low: 650 },
  bounds: {
    high: { kind: 'count', min: 350, max: 950 },
    medium: { kind: 'count', min: 350, max: 950 },
    low: { kind: 'count', min: 350, max: 950 },
  },
  // A lower score is worse: the high line sits below the medium one.
  order: ['high <= medium', 'medium <= low'],
  basis: ['convention', 'heuristic'],
  text: {
    en: {
      title: 'Low Sesame score',
      summary: 'Sesame Credit score (芝麻信用分) against its bands',
      ladder: 'below 550 → high; below 600 → medium; below 650 → low',
      messages: {
        below: 'Sesame score {score}, below {line} (band: {band}). Jiebei reportedly needs about 600.',
      },
      fragments: {
        poor: 'poor, 350–550',
        fair: 'fair, 550–600',
        good: 'good, 600–650',
        very_good: 'very good, 650–700',
        excellent: 'excellent, 700–950',
      },
      recommendation:
        'Work on what the score reads: pay every bill on time for the next 6 months (turn on autopay), keep your identity, income and asset information up to date in Alipay, and take on no new borrowing. Check the score again in 3 months.',
      rationale:
        'Sesame bands: 350–550 poor, 550–600 fair, 600–650 good, 650–700 very good, 700–950 excellent (source B1; Ant\'s published bands, medium-high confidence). Jiebei reportedly needs a score of about 600 (source B2; low-medium confidence). Mapping the bands to severities is this tool\'s heuristic.',
      thresholds: {
        high: 'a score below this is high',
        medium: 'a score below this is medium',
        low: 'a score below this is low',
      },
    },
    zh: {
      title: '芝麻信用分偏低',
      summary: '芝麻信用分所处的分段',
      ladder: '低于550 → 高；低于600 → 中；低于650 → 低',
      messages: {
        below: '芝麻信用分{score}，低于{line}（{band}）。据报道借呗大约要求600分以上。',
      },
      fragments: { poor: '较差', fair: '中等', good: '良好', very_good: '优秀', excellent: '极好' },
      recommendation:
        '从信用分看重的方面入手：接下来6个月每笔账单按时还（开通自动还款），在支付宝里更新身份、收入和资产信息，不新增借款。3个月后再看分数。',
      rationale:
        '芝麻分段：350–550较差，550–600中等，600–650良好，650–700优秀，700–950极好（来源 B1，蚂蚁公布的分段，中高可信度）。据报道借呗大约要求600分以上（来源 B2，中低可信度）。分段与严重程度的对应是本工具的经验设定。',
      thresholds: {
        high: '低于此分数为高',
        medium: '低于此分数为中',
        low: '低于此分数为低',
      },
    },
  },
  sources: ['B1', 'B2', 'seed (芝麻分)'],
  check({ profile, thresholds: t, outcome }) {
    const score = profile.credit?.sesame_score;
    if (score === undefined) return missing('credit.sesame_score');
    let severity: Severity | undefined;
    let line = 0;
    if (score < t.high) [severity, line] = ['high', t.high];
    else if (score < t.medium) [severity, line] = ['medium', t.medium];
    else if (score < t.low) [severity, line] = ['low', t.low];
    if (severity === undefined) return null;
    const { band } = BANDS.find((b) => score < b.below)!;
    return outcome({
      severity,
      messageId: 'below',
      data: { score, line, band: { fragment: band } },
      evidence: { score, threshold: line, band: band.replace('_', ' '), thresholds: { ...t } },
    });
  },
});
