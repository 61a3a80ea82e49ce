import { inWindow, missing } from '../helpers';
import { defineRule } from '../types';

const IDLE_MONTHS = 6;

export default defineRule({
  id: 'credit/dormant',
  area: 'credit',
  needs: ['credit.draws', 'credit_lines'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Line not used',
      summary: 'No draw in the last 6 months while a line is open',
      ladder: 'info (never lowers the score)',
      messages: { dormant: 'No draw in the last 6 months while these lines are open: {lines} (last draw: {lastDraw}).' },
      recommendation:
        'If you want to keep the line, some borrowers make a small draw every 3–6 months and repay it on time. Do it only if you can repay at once, and never borrow just to keep a line you do not need.',
      rationale:
        'Heuristic, information only: platforms may reduce lines that go unused, and some borrowers keep a line alive with a small draw repaid on time every 3–6 months. No platform publishes such a rule, so this never lowers the score.',
      thresholds: {},
    },
    zh: {
      title: '额度长期未使用',
      summary: '有可用额度但近6个月没有借款',
      ladder: '提示（不影响评分）',
      messages: { dormant: '近6个月没有借款，而以下额度仍然有效：{lines}（最近一次借款：{lastDraw}）。' },
      recommendation: '如果想保留这条额度，有些借款人每3–6个月小额借一笔并按时还清。只在你能马上还清时这样做，不要为保住用不上的额度而借款。',
      rationale:
        '经验设定，仅作提示：平台可能降低长期不用的额度，有些借款人每3–6个月小额借款并按时还款来保持额度活跃。没有平台公布这样的规则，所以本项不影响评分。',
      thresholds: {},
    },
  },
  sources: ['seed (长期不用)'],
  timeline: { windows: { 'credit.draws': [IDLE_MONTHS] } },
  check({ profile, asOf, outcome }) {
    const draws = profile.credit?.draws;
    const lines = profile.credit_lines;
    const absent = [...(draws === undefined ? ['credit.draws'] : []), ...(lines === undefined ? ['credit_lines'] : [])];
    if (draws === undefined || lines === undefined) return missing(...absent);
    const active = lines.filter((line) => line.limit > 0 && (line.status === undefined || line.status === 'active' || line.status === 'reduced'));
    if (active.length === 0) return null;
    if (draws.some((draw) => inWindow(draw.date, asOf, IDLE_MONTHS))) return null;
    const lastDraw = draws
      .map((draw) => draw.date)
      .filter((date) => date <= asOf)
      .sort()
      .at(-1);
    return outcome({
      severity: 'info',
      messageId: 'dormant',
      data: { lines: { list: active.map((line) => line.name) }, lastDraw: lastDraw ?? { phrase: 'none_recorded' } },
      evidence: { lines: active.map((line) => line.name), lastDraw: lastDraw ?? null, idleMonths: IDLE_MONTHS },
    });
  },
});
