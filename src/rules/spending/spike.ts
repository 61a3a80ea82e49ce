import { yuanToFen } from '../../money';
import { mean, median, missing, tooShort, monthsUpTo, snap, stdDev, yuan } from '../helpers';
import { defineRule } from '../types';

/** Months of history needed (the latest and at least 5 before it), and how far back the baseline reaches. */
const MIN_MONTHS = 6;
const BASELINE_MONTHS = 12;

export default defineRule({
  id: 'spending/spike',
  area: 'spending',
  needs: ['spending.history'],
  thresholds: { sigma: 2, median_multiple: 1.5 },
  bounds: { sigma: { kind: 'ratio', min: 0.5, max: 10 }, median_multiple: { kind: 'ratio', min: 1, max: 20 } },
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Spending spike',
      summary: 'The latest month\'s spending against the months before it (needs 6 months of history)',
      ladder: 'above the mean + 2 σ of the months before, or above 1.5 × their median → medium',
      messages: {
        spike:
          'Spending in {month} was {latest}, {times} × the median of the {count} months before ({median}; mean {mean}). The lines are mean + {sigma} σ ({sigmaLine}) and {multiple} × the median ({medianLine}).',
      },
      recommendation:
        'Find out what the spike in {month} was. If it was a one-off, make sure it is paid from savings, not left on a credit line. If it will repeat, put it in the budget and cut elsewhere from next month.',
      rationale:
        'Heuristic: a simple outlier test (above the mean + 2 standard deviations, or above 1.5 × the median, of the months before). A sudden jump in spending is a behaviour signal that lenders\' models watch, and it often precedes a missed payment. When the months before were all equal (σ = 0), only the median test applies.',
      thresholds: {
        sigma: 'standard deviations above the mean that make the latest month a spike',
        median_multiple: 'multiple of the median above which the latest month is a spike',
      },
    },
    zh: {
      title: '支出突增',
      summary: '最近一个月的支出对照此前各月（需要6个月的记录）',
      ladder: '高于此前各月均值+2个标准差，或高于其中位数的1.5倍 → 中',
      messages: {
        spike: '{month}支出{latest}，是此前{count}个月中位数（{median}，均值{mean}）的{times}倍。警戒线为均值+{sigma}个标准差（{sigmaLine}）和中位数的{multiple}倍（{medianLine}）。',
      },
      recommendation: '查清{month}支出突增的原因。如果是一次性的，确保用储蓄支付，而不是挂在信用额度上；如果会重复发生，把它纳入预算，并从下个月起削减其他开支。',
      rationale:
        '经验设定：简单的离群值检验（高于此前各月均值加2个标准差，或高于中位数的1.5倍）。支出突然跳升是机构模型关注的行为信号，也常常发生在逾期之前。此前各月完全相同（标准差为0）时只看中位数。',
      thresholds: {
        sigma: '高于均值多少个标准差算突增',
        median_multiple: '高于中位数的此倍数算突增',
      },
    },
  },
  sources: ['seed (消费异常)'],
  check({ profile, asOf, thresholds: t, outcome }) {
    const history = profile.spending?.history;
    const series = history === undefined ? [] : monthsUpTo(history, asOf);
    if (series.length < MIN_MONTHS) return history === undefined ? missing('spending.history') : tooShort('spending.history', MIN_MONTHS, series.length);
    const latest = series[series.length - 1]!;
    const before = series.slice(0, -1).slice(-BASELINE_MONTHS);
    const latestFen = yuanToFen(latest.amount);
    const amounts = before.map((item) => yuanToFen(item.amount));
    const meanFen = mean(amounts);
    const sdFen = stdDev(amounts);
    const medianFen = median(amounts);
    const sigmaLineFen = meanFen + t.sigma * sdFen;
    const medianLineFen = medianFen * t.median_multiple;
    const bySigma = sdFen > 0 && latestFen > snap(sigmaLineFen);
    const byMedian = latestFen > snap(medianLineFen);
    if (!bySigma && !byMedian) return null;
    const times = medianFen > 0 ? Math.round((latestFen / medianFen) * 100) / 100 : 0;
    return outcome({
      severity: 'medium',
      messageId: 'spike',
      data: {
        month: latest.month,
        latest: { fen: latestFen },
        times,
        count: before.length,
        median: { fen: Math.round(medianFen) },
        mean: { fen: Math.round(meanFen) },
        sigma: t.sigma,
        sigmaLine: { fen: Math.round(sigmaLineFen) },
        multiple: t.median_multiple,
        medianLine: { fen: Math.round(medianLineFen) },
      },
      evidence: {
        month: latest.month,
        latest: yuan(latestFen),
        median: yuan(Math.round(medianFen)),
        mean: yuan(Math.round(meanFen)),
        standardDeviation: yuan(Math.round(sdFen)),
        monthsBefore: before.length,
        aboveSigmaLine: bySigma,
        aboveMedianLine: byMedian,
        thresholds: { ...t },
      },
    });
  },
});
