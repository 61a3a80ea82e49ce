import { lprChange } from '../../macro/macro';
import { missing } from '../helpers';
import { defineRule } from '../types';

/** A decimal rate change as percentage points with 2 decimals: 0.001 → 0.1. */
const points = (change: number) => Math.round(change * 10_000) / 100;

export default defineRule({
  id: 'macro/rate-cycle',
  area: 'macro',
  needs: ['macro.lpr_1y'],
  thresholds: { rise: 0.001 },
  bounds: { rise: { kind: 'rate', min: 0.0001, max: 0.05 } },
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Interest-rate cycle',
      summary: 'Change of the 1-year LPR over the 12 months to the audit date',
      ladder: 'a rise of ≥0.10 percentage points → medium (tightening); otherwise info (flat or easing, with the figures)',
      messages: {
        tightening:
          'The 1-year LPR rose from {from} ({fromDate}) to {to} over the 12 months to {asOf}, up {change} percentage points (the line is {line}): tightening. Snapshot of {snapshotDate}.',
        flat: 'The 1-year LPR went from {from} ({fromDate}) to {to} over the 12 months to {asOf}, a change of {change} percentage points: flat. Snapshot of {snapshotDate}.',
        easing:
          'The 1-year LPR fell from {from} ({fromDate}) to {to} over the 12 months to {asOf}, down {change} percentage points: easing. Snapshot of {snapshotDate}.',
      },
      recommendation: {
        tightening:
          'Expect lenders to be stricter for the next 12 months: keep the record clean, build the 3-month cash buffer first, and do not chase new limits until rates turn.',
        flat: 'Nothing to do about rates. Cheaper money does not restore a cut line by itself, so keep following the plan; if you refinance, compare annualised rates (APR) first.',
        easing: 'Nothing to do about rates. Cheaper money does not restore a cut line by itself, so keep following the plan; if you refinance, compare annualised rates (APR) first.',
      },
      rationale:
        'Heuristic: rising policy rates make lenders tighten, and falling ones ease funding, but platforms still size each line on the individual. The LPR series comes from the macro snapshot (source D, from the National Interbank Funding Center); a 0.10-point rise is the smallest step the LPR moves by, so any rise counts.',
      thresholds: { rise: 'a rise of at least this (as a decimal, 0.001 = 0.10 percentage points) is medium' },
    },
    zh: {
      title: '利率周期',
      summary: '截至审查日的12个月内1年期LPR的变化',
      ladder: '上升≥0.10个百分点 → 中（收紧）；否则为提示（持平或宽松，附数字）',
      messages: {
        tightening: '截至{asOf}的12个月内，1年期LPR从{from}（{fromDate}）升至{to}，上升{change}个百分点（警戒线{line}）：收紧。快照日期{snapshotDate}。',
        flat: '截至{asOf}的12个月内，1年期LPR从{from}（{fromDate}）变为{to}，变化{change}个百分点：持平。快照日期{snapshotDate}。',
        easing: '截至{asOf}的12个月内，1年期LPR从{from}（{fromDate}）降至{to}，下降{change}个百分点：宽松。快照日期{snapshotDate}。',
      },
      recommendation: {
        tightening: '预计未来12个月机构会更严格：保持良好记录，先攒够3个月的应急资金，在利率转向之前不要追求新额度。',
        flat: '利率方面无需行动。资金变便宜并不会自动恢复被降的额度，请继续按计划执行；如果置换贷款，先比较年化利率。',
        easing: '利率方面无需行动。资金变便宜并不会自动恢复被降的额度，请继续按计划执行；如果置换贷款，先比较年化利率。',
      },
      rationale:
        '经验设定：政策利率上行时机构收紧，下行时资金面宽松，但平台仍按个人情况确定额度。LPR数据来自宏观快照（来源 D，全国银行间同业拆借中心）；0.10个百分点是LPR变动的最小步长，因此任何上升都计入。',
      thresholds: { rise: '上升达到此值为中（小数，0.001 = 0.10个百分点）' },
    },
  },
  sources: ['D', 'seed (宏观环境)'],
  check({ asOf, macro, thresholds: t, outcome }) {
    const change = lprChange(macro.snapshot.lpr_1y, asOf, 12);
    if (change === undefined) return missing('macro.lpr_1y');
    const rise = Math.round(t.rise * 1e8) / 1e8;
    const data = {
      from: { rate: change.rateFrom },
      fromDate: change.from,
      to: { rate: change.rateTo },
      asOf,
      change: Math.abs(points(change.change)),
      snapshotDate: macro.snapshot.date,
    };
    const evidence = {
      lprFrom: change.rateFrom,
      lprTo: change.rateTo,
      from: change.from,
      to: change.to,
      change: change.change,
      threshold: t.rise,
      snapshotDate: macro.snapshot.date,
    };
    if (change.change >= rise) return outcome({ severity: 'medium', messageId: 'tightening', data: { ...data, line: points(rise) }, evidence });
    return outcome({ severity: 'info', messageId: change.change < 0 ? 'easing' : 'flat', data, evidence });
  },
});
