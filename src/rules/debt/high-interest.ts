import { lprAt } from '../../macro/macro';
import { yuanToFen } from '../../money';
import { debtRate } from '../../plan/apr';
import { allPaidOffBy, nameAndRate, snap } from '../helpers';
import { defineRule } from '../types';

/**
 * The default lines: the 24 % and 36 % lines (sources C2, C5) and the courts' multiple of the
 * 1-year LPR for private loans (C2). The `apr` calculator shows an offer against these same lines.
 */
export const HIGH_INTEREST_LINES = { high: 0.24, critical: 0.36, private_lpr_multiple: 4 };

export default defineRule({
  id: 'debt/high-interest',
  area: 'debt',
  needs: ['debts', 'macro.lpr_1y'],
  thresholds: { ...HIGH_INTEREST_LINES },
  bounds: {
    high: { kind: 'rate', min: 0.01, max: 1 },
    critical: { kind: 'rate', min: 0.01, max: 1 },
    private_lpr_multiple: { kind: 'ratio', min: 1, max: 10 },
  },
  order: ['high <= critical'],
  basis: ['regulation'],
  text: {
    en: {
      title: 'High-interest debt',
      summary: 'Any debt\'s true APR (fees included) against the 24 % / 36 % lines; private loans against the courts\' 4 × LPR cap',
      ladder: 'true APR ≥24 % → high; ≥36 % → critical; a private loan above 4 × the 1-year LPR → high',
      messages: {
        above_lines:
          'APR at or above {line}: {debts}. Regulators and partner banks treat 24 % as the ceiling for consumer credit, and 36 % was the old void line for private lending. This does not make a licensed lender\'s loan illegal, but it is the most expensive debt you carry.',
        private_over_cap:
          'Private loans above {cap} a year ({multiple} × the 1-year LPR of {lpr} on {lprDate}): {debts}. Courts protect interest on private loans only up to that cap.',
      },
      recommendation: {
        above_lines:
          'Pay {top} off first; the avalanche order does. This month, ask the lender for a lower rate, or refinance with one bank loan under 24 % if you qualify (one application, not several). Check the annualised rate the lender must display (PBOC Announcement [2021] No. 3) before you agree to anything new.',
        private_over_cap:
          'Agree a written rate at or under {cap} with the lender, and repay this loan early in the plan. In a dispute, courts protect interest only up to {cap}; get legal advice before paying more than that.',
      },
      rationale:
        'Licensed lenders (banks, consumer-finance and micro-loan companies) are outside the courts\' private-lending cap (source C3), so they are judged against the regulatory lines instead of being called illegal. 24 % is the line of regulators\' window guidance and of partner banks under the 2025 assisted-lending notice (source C5; regulation and guidance). 36 % was the void line of the old private-lending rules and the 2017 cash-loan ceiling (sources C2, C5). Private loans are protected by courts only up to 4 × the 1-year LPR at contract time (source C2; a regulation). The contract date is not in the profile, so the tool uses the LPR in force on the audit date. Every line is compared with the true APR: the IRR of the payments, with instalment fees and up-front fees counted (source E), which is the rate the lines are meant for (source C4).',
      thresholds: {
        high: 'an APR of at least this is high',
        critical: 'an APR of at least this is critical',
        private_lpr_multiple: 'a private loan above this multiple of the 1-year LPR is high',
      },
    },
    zh: {
      title: '高息债务',
      summary: '每笔债务的真实年化利率（含手续费）对照24%/36%两条线；民间借贷对照法院保护上限（4倍LPR）',
      ladder: '真实年化≥24% → 高；≥36% → 严重；民间借贷超过1年期LPR的4倍 → 高',
      messages: {
        above_lines:
          '年化利率达到{line}及以上：{debts}。监管和合作银行把24%视为消费信贷的上限，36%曾是民间借贷的无效线。这并不意味着持牌机构的贷款违法，但它是你最贵的债务。',
        private_over_cap: '民间借贷年化超过{cap}（{lprDate}的1年期LPR {lpr}的{multiple}倍）：{debts}。法院只保护不超过这一上限的利息。',
      },
      recommendation: {
        above_lines:
          '先还清{top}（"雪崩法"顺序就是这样）。本月就向机构申请降息，或在符合条件时用一笔年化24%以下的银行贷款置换（只申请一家，不要多家）。签任何新合同前，先看机构必须展示的年化利率（人民银行公告〔2021〕第3号）。',
        private_over_cap:
          '与出借人书面约定不超过{cap}的利率，并在计划中尽早还清这笔借款。发生纠纷时，法院只保护不超过{cap}的利息；支付超出部分前请先咨询法律意见。',
      },
      rationale:
        '持牌机构（银行、消费金融公司、小额贷款公司）不适用法院的民间借贷利率上限（来源 C3），因此本工具只把它们与监管线比较，而不称其违法。24%是监管窗口指导以及2025年助贷新规下合作银行掌握的线（来源 C5，法规与指导）；36%是旧民间借贷规则的无效线和2017年现金贷综合成本上限（来源 C2、C5）。民间借贷只在合同成立时1年期LPR的4倍以内受法院保护（来源 C2，法规）。档案中没有合同日期，所以本工具采用审查日的LPR。各条线都用真实年化利率比较：按还款现金流计算的内部收益率（IRR），计入分期手续费和砍头息等前置费用（来源 E），这正是这些线所针对的利率（来源 C4）。',
      thresholds: {
        high: '年化利率达到此值为高（含）',
        critical: '年化利率达到此值为严重（含）',
        private_lpr_multiple: '民间借贷超过1年期LPR的此倍数为高',
      },
    },
  },
  sources: ['C2', 'C3', 'C5', 'C4', 'E', 'seed (利率)'],
  timeline: { several: true },
  check({ profile, asOf, macro, plan, thresholds: t, outcome }) {
    const debts = profile.debts
      .filter((d) => yuanToFen(d.balance) > 0)
      // The true APR: a fee instalment's or an up-front fee's cost counted (src/plan/apr.ts).
      .map((d) => ({ name: d.name, kind: d.kind, apr: snap(debtRate(d).apr) }))
      .sort((a, b) => b.apr - a.apr);
    const outcomes = [];
    // Each finding is gone when the plan has paid off every debt it names.
    const paidOffBy = (named: readonly { name: string }[]) => {
      const clearsBy = allPaidOffBy(plan, named.map((d) => d.name));
      return clearsBy !== undefined ? { clearsBy } : {};
    };

    const expensive = debts.filter((d) => d.apr >= t.high);
    if (expensive.length > 0) {
      const critical = expensive.some((d) => d.apr >= t.critical);
      const line = critical ? t.critical : t.high;
      outcomes.push(
        outcome({
          severity: critical ? 'critical' : 'high',
          messageId: 'above_lines',
          data: { line: { rate: line }, debts: { list: expensive.map((d) => nameAndRate(d.name, d.apr)) }, top: expensive[0]!.name },
          evidence: { threshold: line, debts: expensive, thresholds: { ...t } },
          ...paidOffBy(expensive),
        }),
      );
    }

    const privates = debts.filter((d) => d.kind === 'private' && d.apr < t.high);
    if (privates.length > 0) {
      // The LPR in force on the audit date; before the series starts, its first point.
      const series = macro.snapshot.lpr_1y;
      const lpr = lprAt(series, asOf) ?? series[0];
      if (lpr === undefined) return { missing: ['macro.lpr_1y'] };
      const cap = snap(t.private_lpr_multiple * lpr.rate);
      const overCap = privates.filter((d) => d.apr > cap);
      if (overCap.length > 0) {
        outcomes.push(
          outcome({
            severity: 'high',
            messageId: 'private_over_cap',
            data: {
              cap: { rate: cap },
              multiple: t.private_lpr_multiple,
              lpr: { rate: lpr.rate },
              lprDate: lpr.date,
              debts: { list: overCap.map((d) => nameAndRate(d.name, d.apr)) },
            },
            evidence: { cap, lpr: lpr.rate, lprDate: lpr.date, debts: overCap, thresholds: { ...t } },
            ...paidOffBy(overCap),
          }),
        );
      }
    }
    return outcomes.length > 0 ? outcomes : null;
  },
});
