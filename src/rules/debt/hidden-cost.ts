import { yuanToFen } from '../../money';
import { debtRate } from '../../plan/apr';
import { allPaidOffBy, ratioEvidence, ratio4, snap } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/hidden-cost',
  area: 'debt',
  needs: ['debts'],
  thresholds: { ratio: 1.5 },
  bounds: { ratio: { kind: 'ratio', min: 1, max: 10 } },
  basis: ['regulation', 'heuristic'],
  text: {
    en: {
      title: 'Costs more than its quoted rate',
      summary: 'A debt whose true APR (the IRR of its payments, fees included) is well above the rate it is quoted at',
      ladder: 'true APR ≥ 1.5 × the quoted yearly rate → low',
      messages: {
        hidden:
          'The way these are quoted hides what they cost. {debts}. The true APR counts every fee and when each payment is made (the IRR of the payments, the annualised rate lenders must disclose); here it is at least {ratio} × the quoted rate.',
      },
      recommendation:
        'Compare credit by the true APR only, never by a fee per period or a daily rate: before the next instalment plan or loan, run `limit-audit apr` with its figures. Where the lender waives the fees of the periods not yet billed, repaying {top} early saves them.',
      rationale:
        'Instalments are priced by a fee per period on the original amount, and loans quoted before their service fee, which makes them look cheap: 12 instalments at 0.6 % a month cost a true APR of about 13 %, not 7.2 %, because the fee is still charged on money already repaid (source E; arithmetic). Since PBOC Announcement [2021] No. 3 lenders must display the annualised rate with every cost counted, more prominently than any monthly or daily figure (source C4; a regulation). The 1.5 × line is this tool\'s heuristic: shorter plans come close to it (3 instalments: 1.49 ×), longer ones pass it (6 instalments: 1.70 ×).',
      thresholds: {
        ratio: 'a true APR at least this multiple of the quoted yearly rate (12 × the fee, or the APR before fees) is reported',
      },
      fragments: {
        fee_item: '{name}: {fee} a period on the original amount looks like {quoted} a year, but its true APR is {apr}',
        upfront_item: '{name}: {quoted} a year before its up-front fee of {upfront}, but its true APR is {apr}',
      },
    },
    zh: {
      title: '真实成本高于报价',
      summary: '真实年化利率（按还款现金流计算的IRR，含各项费用）明显高于报价利率的债务',
      ladder: '真实年化 ≥ 报价年化的1.5倍 → 低',
      messages: {
        hidden: '报价方式掩盖了真实成本。{debts}。真实年化利率计入每一项费用和每笔还款的时间（按还款现金流计算的IRR，即机构必须展示的年化利率）；这里它至少是报价的{ratio}倍。',
      },
      recommendation:
        '比较借款只看真实年化利率，不看每期手续费或日利率：下次分期或借款之前，先用 `limit-audit apr` 算一算。如果机构对尚未出账的各期手续费不再收取，提前还清{top}就能省下这部分费用。',
      rationale:
        '分期按原始本金收取每期手续费，贷款报价不含服务费，看起来都很便宜：每月0.6%、分12期的真实年化约13%，而不是7.2%，因为已经还掉的本金仍在收手续费（来源 E，算术）。人民银行公告〔2021〕第3号要求机构展示计入全部成本的年化利率，且比月利率、日利率更醒目（来源 C4，法规）。1.5倍这条线是本工具的经验设定：期数短的接近它（3期：1.49倍），期数长的超过它（6期：1.70倍）。',
      thresholds: {
        ratio: '真实年化达到报价年化（12 × 每期手续费，或不含费用的年化利率）的此倍数即提示',
      },
      fragments: {
        fee_item: '{name}：按原始本金每期{fee}，看起来是年化{quoted}，真实年化却是{apr}',
        upfront_item: '{name}：不含{upfront}前置费用时年化{quoted}，真实年化却是{apr}',
      },
    },
  },
  sources: ['E', 'C4'],
  check({ profile, plan, thresholds: t, outcome }) {
    const hidden = profile.debts
      .filter((d) => yuanToFen(d.balance) > 0)
      .map((d) => ({ debt: d, rate: debtRate(d) }))
      // Only a fee makes the true rate differ from the quoted one; a zero-cost loan (true APR 0) never counts.
      .filter(({ rate }) => rate.apr > rate.quotedApr && snap(rate.apr) >= snap(t.ratio * rate.quotedApr))
      .sort((a, b) => b.rate.apr - a.rate.apr);
    if (hidden.length === 0) return null;
    const items = hidden.map(({ debt, rate }) =>
      rate.quotedBasis === 'fee_rate'
        ? { fragment: 'fee_item' as const, data: { name: debt.name, fee: { rate: rate.quotedRate }, quoted: { rate: rate.quotedApr }, apr: { rate: rate.apr } } }
        : { fragment: 'upfront_item' as const, data: { name: debt.name, quoted: { rate: rate.quotedApr }, upfront: { fen: yuanToFen(debt.upfront_fee ?? 0) }, apr: { rate: rate.apr } } },
    );
    // Gone when the plan has paid off every debt it names (as debt/high-interest).
    const clearsBy = allPaidOffBy(plan, hidden.map(({ debt }) => debt.name));
    return outcome({
      severity: 'low',
      messageId: 'hidden',
      ...(clearsBy !== undefined ? { clearsBy } : {}),
      data: { debts: { list: items, join: 'semicolon' }, ratio: t.ratio, top: hidden[0]!.debt.name },
      evidence: {
        threshold: t.ratio,
        debts: hidden.map(({ debt, rate }) => ({
          name: debt.name,
          quotedBasis: rate.quotedBasis,
          quotedRate: rate.quotedRate,
          quotedApr: rate.quotedApr,
          apr: ratio4(rate.apr),
          ear: ratio4(rate.ear),
          ratio: ratioEvidence(rate.quotedApr > 0 ? rate.apr / rate.quotedApr : Number.POSITIVE_INFINITY),
        })),
        thresholds: { ...t },
      },
    });
  },
});
