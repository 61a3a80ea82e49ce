import { fenOf } from '../../plan/effects';
import { yuanToFen } from '../../money';
import { firstPaymentMonthWhere, nameAndMoney, ratioEvidence, ratioOf, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/installment-burden',
  area: 'debt',
  needs: ['debts', 'income.monthly'],
  thresholds: { medium: 0.2, high: 0.3 },
  bounds: { medium: { kind: 'ratio', min: 0.01, max: 5 }, high: { kind: 'ratio', min: 0.01, max: 5 } },
  order: ['medium <= high'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Instalment plans take a large share of income',
      summary: 'Required payments on instalment debts (分期) ÷ monthly income',
      ladder: '≥20 % → medium; ≥30 % → high',
      messages: {
        ratio: 'Instalment payments of {payments} a month ({debts}) are {ratio} of your income of {income}; the line is {line}.',
        no_income: 'Instalment payments of {payments} a month ({debts}) with no income recorded.',
      },
      recommendation:
        'Start no new 分期 until these payments are under {medium} of income. Work out each plan\'s true APR (about 1.8 × 12 × the monthly fee for 12 instalments) and, where early repayment is allowed, pay the dearest one off first.',
      rationale:
        'Heuristic: instalment plans advertise a fee per period whose true APR is about 1.8 × the nominal rate for 12 instalments (source E). A fifth of income going to instalments alone uses up the whole 20 % repayment budget of the 20/80 split (sources F4, F5).',
      thresholds: {
        medium: 'instalment payments of at least this share of income are medium',
        high: 'instalment payments of at least this share of income are high',
      },
    },
    zh: {
      title: '分期还款占收入比例高',
      summary: '分期类债务的月应还款 ÷ 月收入',
      ladder: '≥20% → 中；≥30% → 高',
      messages: {
        ratio: '分期每月应还{payments}（{debts}），占月收入{income}的{ratio}，警戒线为{line}。',
        no_income: '分期每月应还{payments}（{debts}），但没有记录收入。',
      },
      recommendation:
        '在分期月供降到收入的{medium}以下之前，不再办理新的分期。算出每笔分期的真实年化利率（12期大约是每期手续费×12的1.8倍），允许提前还款的，先还最贵的那笔。',
      rationale:
        '经验设定：分期标示的是每期手续费，12期的真实年化约为名义费率的1.8倍（来源 E）。仅分期就占去收入的五分之一，就用完了20/80中全部20%的还款预算（来源 F4、F5）。',
      thresholds: {
        medium: '分期月供达到收入此比例为中（含）',
        high: '分期月供达到收入此比例为高（含）',
      },
    },
  },
  sources: ['E', 'F4', 'F5', 'seed (分期)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const incomeFen = yuanToFen(profile.income.monthly);
    const firstMonth = plan.schedule[0]?.requiredFen ?? {};
    const installments = profile.debts
      .filter((d) => d.kind === 'installment')
      .map((d) => ({ name: d.name, requiredFen: fenOf(firstMonth, d.name) }))
      .filter((d) => d.requiredFen > 0);
    const paymentsFen = installments.reduce((sum, d) => sum + d.requiredFen, 0);
    if (paymentsFen === 0) return null;
    const ratio = ratioOf(paymentsFen, incomeFen);
    let severity: Severity | undefined;
    let line = t.medium;
    if (ratio >= t.high) [severity, line] = ['high', t.high];
    else if (ratio >= t.medium) severity = 'medium';
    if (severity === undefined) return null;
    // Gone in the first plan month whose instalments are under the medium line (or none are due).
    const names = profile.debts.filter((d) => d.kind === 'installment').map((d) => d.name);
    const clearsBy = firstPaymentMonthWhere(plan, (m) => {
      const dueFen = names.reduce((sum, name) => sum + fenOf(m.requiredFen, name), 0);
      return dueFen === 0 || ratioOf(dueFen, incomeFen) < t.medium;
    });
    const clears = clearsBy !== undefined ? { clearsBy } : {};
    const common = {
      payments: { fen: paymentsFen },
      debts: { list: installments.map((d) => nameAndMoney(d.name, d.requiredFen)) },
      medium: { rate: t.medium },
    };
    const evidence = {
      ratio: ratioEvidence(ratio),
      threshold: line,
      monthlyPayments: yuan(paymentsFen),
      income: yuan(incomeFen),
      debts: installments.map((d) => ({ name: d.name, required: yuan(d.requiredFen) })),
      thresholds: { ...t },
    };
    if (incomeFen === 0) return outcome({ severity, messageId: 'no_income', data: common, evidence, ...clears });
    return outcome({ severity, messageId: 'ratio', data: { ...common, income: { fen: incomeFen }, ratio: { rate: ratio }, line: { rate: line } }, evidence, ...clears });
  },
});
