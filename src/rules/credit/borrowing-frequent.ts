import { daysBetween } from '../../dates';
import { clearsOnMonthEnds, datesNote, inWindow, median, missing, windowExit } from '../helpers';
import { defineRule } from '../types';

/** The draws whose rhythm is measured: the last 6 months, the window the dormant rule uses too. */
const GAP_WINDOW_MONTHS = 6;

export default defineRule({
  id: 'credit/borrowing-frequent',
  area: 'credit',
  needs: ['credit.draws'],
  thresholds: { last_1m: 3, last_3m: 8, median_gap_days: 15, gap_min_draws: 4 },
  bounds: {
    last_1m: { kind: 'count', min: 1, max: 100 },
    last_3m: { kind: 'count', min: 1, max: 300 },
    median_gap_days: { kind: 'days', min: 1, max: 180 },
    // A gap needs two draws.
    gap_min_draws: { kind: 'count', min: 2, max: 100 },
  },
  order: ['last_1m <= last_3m'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Frequent borrowing',
      summary: 'Draws per 1 and 3 months, and the median gap between draws',
      ladder:
        'last 1 month ≥3 → medium; last 3 months ≥8 → high; median gap between draws under 15 days (with ≥4 draws in the last 6 months) → medium',
      messages: {
        count: '{draws} in the last {window}; the line is {line} ({n1m} in 1 month, {n3m} in 3 months).{note}',
        gap: '{draws} draws in the last 6 months with a median gap of {gapDays} days between them; the line is {line} days ({n1m} in 1 month, {n3m} in 3 months).{note}',
      },
      fragments: { draws: { one: '{count} draw', other: '{count} draws' } },
      recommendation:
        'For the next 3 months make no draw that is not needed. If you need cash, take one planned draw rather than several small ones, and repay on schedule. Frequent draw-and-repay cycles look like cash-flow stress to the platform\'s model.',
      rationale:
        'Frequent small draws read as cash-flow stress in lenders\' behaviour models (source seed, the advice article this tool grew from: borrowing frequency). Lenders do measure activity in windows (the industry\'s application-count features run over 7 days to 12 months, source A9), but no platform publishes a draw limit: 3 a month, 8 in 3 months and a 15-day median gap are heuristics, configurable.',
      thresholds: {
        last_1m: 'draws in the last 1 month from which it is medium (at least)',
        last_3m: 'draws in the last 3 months from which it is high (at least)',
        median_gap_days: 'a median gap between draws under this many days is medium',
        gap_min_draws: 'draws in the last 6 months needed before the median gap is judged (at least)',
      },
    },
    zh: {
      title: '借款过于频繁',
      summary: '近1、3个月的借款次数，以及借款间隔的中位数',
      ladder: '近1个月≥3次 → 中；近3个月≥8次 → 高；借款间隔中位数少于15天（近6个月至少4次借款）→ 中',
      messages: {
        count: '近{window}{draws}，警戒线为{line}次（近1个月{n1m}次，近3个月{n3m}次）。{note}',
        gap: '近6个月借款{draws}次，间隔中位数{gapDays}天，警戒线为{line}天（近1个月{n1m}次，近3个月{n3m}次）。{note}',
      },
      fragments: { draws: '借款{count}次' },
      recommendation:
        '接下来3个月，非必要不借款。确需用钱时，一次性按计划借一笔，不要多次小额借款，并按期还款。频繁的借—还循环在平台模型里像是资金紧张。',
      rationale:
        '频繁的小额借款在机构的行为模型里被视为资金紧张的信号（来源 seed，本工具所依据的建议文章：借款频率）。业内确实按时间窗口统计申请与借款（7天至12个月的多头申请指标，来源 A9），但没有平台公布借款次数上限：每月3次、3个月8次、间隔中位数15天均为经验设定，可配置。',
      thresholds: {
        last_1m: '近1个月借款达到此次数为中（含）',
        last_3m: '近3个月借款达到此次数为高（含）',
        median_gap_days: '借款间隔中位数少于此天数为中',
        gap_min_draws: '近6个月借款至少达到此次数才判断间隔',
      },
    },
  },
  sources: ['seed (借款频率)', 'A9'],
  timeline: { windows: { 'credit.draws': [1, 3, GAP_WINDOW_MONTHS] } },
  check({ profile, asOf, thresholds: t, outcome }) {
    const draws = profile.credit?.draws;
    if (draws === undefined) return missing('credit.draws');
    const dates = draws.map((draw) => draw.date);
    const state = stateAt(dates, asOf, t);
    const { n1m, n3m, recent, gapDays } = state;
    if (state.level === null) return null;
    // The draws' exits from the three windows are the only days the rule's inputs change.
    const changes = dates.filter((date) => date <= asOf).flatMap((date) => [windowExit(date, 1), windowExit(date, 3), windowExit(date, GAP_WINDOW_MONTHS)]);
    const clearsBy = clearsOnMonthEnds(asOf, changes, (date) => stateAt(dates, date, t).level !== null);
    const clears = clearsBy !== undefined ? { clearsBy } : {};
    const counted = draws.filter((draw) => inWindow(draw.date, asOf, GAP_WINDOW_MONTHS));
    const common = { n1m, n3m, note: datesNote(counted) };
    const evidence = {
      last1m: n1m,
      last3m: n3m,
      last6m: recent.length,
      medianGapDays: recent.length >= 2 ? gapDays : null,
      estimatedDates: counted.filter((draw) => draw.estimated === true).length,
      thresholds: { ...t },
    };

    if (state.level === 'count_3m') {
      return outcome({
        severity: 'high',
        messageId: 'count',
        data: { ...common, draws: { fragment: 'draws', data: { count: n3m } }, window: { months: 3 }, line: t.last_3m },
        evidence: { ...evidence, count: n3m, windowMonths: 3, threshold: t.last_3m },
        ...clears,
      });
    }
    if (state.level === 'count_1m') {
      return outcome({
        severity: 'medium',
        messageId: 'count',
        data: { ...common, draws: { fragment: 'draws', data: { count: n1m } }, window: { months: 1 }, line: t.last_1m },
        evidence: { ...evidence, count: n1m, windowMonths: 1, threshold: t.last_1m },
        ...clears,
      });
    }
    return outcome({
      severity: 'medium',
      messageId: 'gap',
      data: { ...common, draws: recent.length, gapDays, line: t.median_gap_days },
      evidence: { ...evidence, threshold: t.median_gap_days },
      ...clears,
    });
  },
});

/** What the rule sees of the draws on `asOf`, and which of its lines they reach (the worst first). */
function stateAt(dates: readonly string[], asOf: string, t: { last_1m: number; last_3m: number; median_gap_days: number; gap_min_draws: number }) {
  const n1m = dates.filter((date) => inWindow(date, asOf, 1)).length;
  const n3m = dates.filter((date) => inWindow(date, asOf, 3)).length;
  const recent = dates.filter((date) => inWindow(date, asOf, GAP_WINDOW_MONTHS)).sort();
  const gaps = recent.slice(1).map((date, i) => daysBetween(recent[i]!, date));
  const gapDays = median(gaps);
  const gapHit = recent.length >= t.gap_min_draws && gapDays < t.median_gap_days;
  const level = n3m >= t.last_3m ? 'count_3m' : n1m >= t.last_1m ? 'count_1m' : gapHit ? 'gap' : null;
  return { n1m, n3m, recent, gapDays, level };
}
