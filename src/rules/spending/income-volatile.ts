import { yuanToFen } from '../../money';
import { mean, missing, monthsUpTo, tooShort, ratio4, ratioOf, stdDev, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

/** At least 3 months are needed for a spread to mean anything; a year is the longest looked at. */
const MIN_MONTHS = 3;
const MAX_MONTHS = 12;

export default defineRule({
  id: 'spending/income-volatile',
  area: 'spending',
  needs: ['income.history'],
  thresholds: { cv_medium: 0.3, cv_high: 0.5, latest_share: 0.7 },
  bounds: {
    cv_medium: { kind: 'ratio', min: 0.01, max: 5 },
    cv_high: { kind: 'ratio', min: 0.01, max: 5 },
    latest_share: { kind: 'ratio', min: 0.01, max: 1 },
  },
  order: ['cv_medium <= cv_high'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Unstable income',
      summary: 'Coefficient of variation of monthly income (needs 3 months), and the latest month against the months before',
      ladder: 'variation ≥30 % → medium; ≥50 % → high; latest month under 70 % of the mean of the months before → medium',
      messages: {
        cv: 'Income varies by {cv} of its mean over {count} months (mean {mean}, coefficient of variation); the line is {line}. Latest month {latestMonth}: {latest}.',
        drop: 'Income in {latestMonth} was {latest}, {share} of the mean of the months before ({priorMean}); the line is {line}. Variation over {count} months: {cv}.',
      },
      recommendation: {
        cv: 'Plan on your low months, not the average. From this month take on no new fixed commitment, and keep at least 3 months of spending in cash before using any new credit. If the profile\'s monthly income is your average, re-run the plan with a lower figure to see what a lean month allows.',
        drop: 'If the lower income continues, re-run this audit with it now (update income.monthly) so the plan fits what comes in. Ask your lenders for a deferral or smaller instalments before a payment is missed.',
      },
      rationale:
        'Heuristic: lenders size lines on stable, provable income. A coefficient of variation of 30 % or more, or a latest month under 70 % of the usual, makes a fixed repayment budget unreliable. The lines are this tool\'s.',
      thresholds: {
        cv_medium: 'a coefficient of variation of at least this is medium',
        cv_high: 'a coefficient of variation of at least this is high',
        latest_share: 'a latest month below this share of the mean of the months before is medium',
      },
    },
    zh: {
      title: '收入不稳定',
      summary: '月收入的变异系数（需要3个月记录），以及最近一个月对照此前各月',
      ladder: '变异系数≥30% → 中；≥50% → 高；最近一个月低于此前均值的70% → 中',
      messages: {
        cv: '近{count}个月收入的变异系数为{cv}（均值{mean}），警戒线为{line}。最近一个月{latestMonth}：{latest}。',
        drop: '{latestMonth}收入{latest}，只有此前各月均值（{priorMean}）的{share}，警戒线为{line}。近{count}个月变异系数：{cv}。',
      },
      recommendation: {
        cv: '按收入低的月份来规划，而不是按平均数。从本月起不新增固定支出，在使用任何新额度之前，至少存够3个月的支出。如果档案里的月收入是平均值，可以用更低的数字重新运行计划，看看收入少的月份能承受多少。',
        drop: '如果收入持续走低，现在就用新的收入重新运行本自查（更新 income.monthly），让计划与实际收入相符。在出现逾期之前，向机构申请延期或降低月供。',
      },
      rationale: '经验设定：机构依据稳定、可证明的收入确定额度。变异系数达到30%以上，或最近一个月低于平时的70%，固定的还款预算就不再可靠。各条线为本工具设定。',
      thresholds: {
        cv_medium: '变异系数达到此值为中（含）',
        cv_high: '变异系数达到此值为高（含）',
        latest_share: '最近一个月低于此前均值的此比例为中',
      },
    },
  },
  sources: ['seed (收入变化)'],
  check({ profile, asOf, thresholds: t, outcome }) {
    const history = profile.income.history;
    const series = history === undefined ? [] : monthsUpTo(history, asOf).slice(-MAX_MONTHS);
    if (series.length < MIN_MONTHS) return history === undefined ? missing('income.history') : tooShort('income.history', MIN_MONTHS, series.length);
    const amounts = series.map((item) => yuanToFen(item.amount));
    const meanFen = mean(amounts);
    const cv = meanFen > 0 ? ratioOf(stdDev(amounts), meanFen) : 0;
    const latest = series[series.length - 1]!;
    const latestFen = amounts[amounts.length - 1]!;
    const priorMeanFen = mean(amounts.slice(0, -1));
    const share = ratioOf(latestFen, priorMeanFen);
    const dropped = priorMeanFen > 0 && share < t.latest_share;

    const evidence = (line: number) => ({
      coefficientOfVariation: ratio4(cv),
      months: series.length,
      mean: yuan(Math.round(meanFen)),
      latestMonth: latest.month,
      latest: yuan(latestFen),
      latestShareOfPriorMean: priorMeanFen > 0 ? ratio4(share) : null,
      threshold: line,
      thresholds: { ...t },
    });
    const common = { cv: { rate: cv }, count: series.length, latestMonth: latest.month, latest: { fen: latestFen } };
    if (cv >= t.cv_medium) {
      const [severity, line]: [Severity, number] = cv >= t.cv_high ? ['high', t.cv_high] : ['medium', t.cv_medium];
      return outcome({ severity, messageId: 'cv', data: { ...common, mean: { fen: Math.round(meanFen) }, line: { rate: line } }, evidence: evidence(line) });
    }
    if (!dropped) return null;
    return outcome({
      severity: 'medium',
      messageId: 'drop',
      data: { ...common, share: { rate: share }, priorMean: { fen: Math.round(priorMeanFen) }, line: { rate: t.latest_share } },
      evidence: evidence(t.latest_share),
    });
  },
});
