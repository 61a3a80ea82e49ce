import type { CalendarMonth } from '../../dates';
import { monthFromIndex, monthIndex, monthOf } from '../../dates';
import { missing, monthsInWindow, monthsUpTo, tooShort } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

const WINDOW_MONTHS = 6;

export default defineRule({
  id: 'credit/sesame-falling',
  area: 'credit',
  needs: ['credit.sesame_history'],
  thresholds: { medium: 20, high: 50 },
  bounds: { medium: { kind: 'count', min: 1, max: 600 }, high: { kind: 'count', min: 1, max: 600 } },
  order: ['medium <= high'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Sesame score falling',
      summary: 'Drop of the Sesame score over the last 6 months',
      ladder: 'a drop of ≥20 points → medium; ≥50 → high (from the highest point in the last 6 months to the latest)',
      messages: {
        drop: 'The Sesame score fell {drop} points in the last 6 months, from {peak} ({peakMonth}) to {latest} ({latestMonth}); the line is {line}.',
      },
      recommendation:
        'Find what changed in the months the score fell (a late payment, new borrowing, a cut line, out-of-date personal information) and fix that first. Then let 3 months of on-time repayment pass before you apply for anything.',
      rationale:
        'A falling score means the platform\'s model noticed a change, often before the borrower did; Jiebei and Huabei lines follow the score (sources B1, B2). The 20- and 50-point lines are a heuristic.',
      thresholds: {
        medium: 'a drop of at least this many points is medium',
        high: 'a drop of at least this many points is high',
      },
    },
    zh: {
      title: '芝麻信用分下降',
      summary: '近6个月芝麻分的降幅',
      ladder: '下降≥20分 → 中；≥50分 → 高（从近6个月最高点到最新一次）',
      messages: {
        drop: '近6个月芝麻分下降{drop}分，从{peak}（{peakMonth}）降到{latest}（{latestMonth}），警戒线为{line}分。',
      },
      recommendation:
        '先找出分数下降那几个月发生了什么（逾期、新增借款、额度被降、个人信息过期），先解决它；然后连续3个月按时还款，再申请任何产品。',
      rationale:
        '分数下降说明平台模型察觉到了变化，往往比借款人自己更早；借呗、花呗额度跟随芝麻分变化（来源 B1、B2）。20分和50分的线为经验设定。',
      thresholds: {
        medium: '下降达到此分数为中（含）',
        high: '下降达到此分数为高（含）',
      },
    },
  },
  sources: ['B1', 'B2', 'seed (芝麻分)'],
  timeline: { windows: { 'credit.sesame_history': [WINDOW_MONTHS] } },
  check({ profile, asOf, thresholds: t, outcome }) {
    const history = profile.credit?.sesame_history ?? [];
    // The points of the last 6 months, with the current score (if given) as the audit month's point.
    const points: { month: CalendarMonth; score: number }[] = monthsInWindow(history, asOf, WINDOW_MONTHS);
    const current = profile.credit?.sesame_score;
    if (current !== undefined) points.push({ month: monthOf(asOf), score: current });
    if (points.length < 2) {
      return history.length === 0 ? missing('credit.sesame_history') : tooShort('credit.sesame_history', 2, points.length, 'scores', WINDOW_MONTHS);
    }

    const latest = points[points.length - 1]!;
    const peak = points.reduce((best, point) => (point.score > best.score ? point : best));
    const drop = peak.score - latest.score;
    let severity: Severity | undefined;
    let line = t.medium;
    if (drop >= t.high) [severity, line] = ['high', t.high];
    else if (drop >= t.medium) severity = 'medium';
    if (severity === undefined) return null;
    const clearsBy = clearsByOf(history, asOf, latest.score, t.medium);
    return outcome({
      severity,
      messageId: 'drop',
      data: { drop, peak: peak.score, peakMonth: peak.month, latest: latest.score, latestMonth: latest.month, line },
      evidence: { drop, peak: peak.score, peakMonth: peak.month, latest: latest.score, latestMonth: latest.month, threshold: line, thresholds: { ...t } },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});

/**
 * The first month whose end finds the drop under the medium line if nothing new happens: the score
 * stays at `latest` (the roadmap records each month that passes at it), so the drop falls as the
 * higher points before it leave the 6-month window.
 */
function clearsByOf(history: readonly { month: CalendarMonth; score: number }[], asOf: string, latest: number, line: number): CalendarMonth | undefined {
  const recorded = monthsUpTo(history, asOf);
  const first = monthIndex(monthOf(asOf)) + 1;
  for (let month = first; month <= first + WINDOW_MONTHS; month++) {
    const peak = Math.max(latest, ...recorded.filter((point) => monthIndex(point.month) >= month - WINDOW_MONTHS).map((point) => point.score));
    if (peak - latest < line) return monthFromIndex(month);
  }
  return undefined;
}
