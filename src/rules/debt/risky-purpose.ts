import { yuanToFen } from '../../money';
import { allPaidOffBy, missing } from '../helpers';
import { defineRule } from '../types';

/** The risky purposes; each names the fragment that describes a debt taken for it. */
type RiskyPurpose = 'investment' | 'refinance';
/** A mortgage or car loan has its purpose in its kind. */
const PURPOSE_IMPLIED = new Set(['mortgage', 'auto']);

export default defineRule({
  id: 'debt/risky-purpose',
  area: 'debt',
  needs: ['debts', 'debts[].purpose'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Borrowing to invest or to repay debt',
      summary: 'A debt taken to invest or to repay other debt (以贷养贷)',
      ladder: 'high',
      messages: {
        risky: 'Borrowed to invest or to repay other debt (以贷养贷): {debts}.',
      },
      fragments: { investment: '{name} (investment)', refinance: '{name} (repaying other debt)' },
      recommendation:
        'Stop borrowing to repay borrowing now: from this month every repayment comes from income (the plan\'s 20 % budget), never from a new loan. If the payments cannot be met that way, talk to the lenders about restructuring before an overdue happens. Sell investments bought with borrowed money and repay that loan first.',
      rationale:
        'Heuristic: borrowing to repay borrowing means the debt grows faster than income can pay it, which is the trap a repayment plan has to detect rather than hide (sources F5, G: the planner pitfalls). Borrowing to invest puts a market loss on top of a fixed repayment. Lenders\' behaviour models read both as distress.',
      thresholds: {},
    },
    zh: {
      title: '借钱投资或以贷养贷',
      summary: '为投资或偿还其他债务而借款（以贷养贷）',
      ladder: '高',
      messages: {
        risky: '用于投资或偿还其他债务（以贷养贷）的借款：{debts}。',
      },
      fragments: { investment: '{name}（投资）', refinance: '{name}（借新还旧）' },
      recommendation:
        '立即停止借新还旧：从本月起，每一笔还款都来自收入（计划中20%的还款预算），绝不来自新的借款。如果这样还不上，在出现逾期之前与机构协商重组。卖掉用借款买入的投资，先还清那笔借款。',
      rationale:
        '经验设定：借新还旧意味着债务增长快于收入的偿还能力，还款计划必须把它揭示出来而不是掩盖（来源 F5、G：还款计划工具的常见错误）。借钱投资则在固定还款之上叠加了市场亏损的风险。机构的行为模型把两者都视为财务困难的信号。',
      thresholds: {},
    },
  },
  sources: ['F5', 'G', 'seed (以贷养贷)'],
  check({ profile, plan, outcome }) {
    const open = profile.debts.map((debt, index) => ({ debt, index })).filter(({ debt }) => yuanToFen(debt.balance) > 0);
    const risky = open
      .map(({ debt }) => debt)
      .filter((debt): debt is typeof debt & { purpose: RiskyPurpose } => debt.purpose === 'investment' || debt.purpose === 'refinance');
    if (risky.length > 0) {
      const clearsBy = allPaidOffBy(plan, risky.map((d) => d.name));
      return outcome({
        severity: 'high',
        messageId: 'risky',
        data: { debts: { list: risky.map((d) => ({ fragment: d.purpose, data: { name: d.name } })) } },
        evidence: { debts: risky.map((d) => ({ name: d.name, purpose: d.purpose })) },
        ...(clearsBy !== undefined ? { clearsBy } : {}),
      });
    }
    const unknown = open.filter(({ debt }) => debt.purpose === undefined && !PURPOSE_IMPLIED.has(debt.kind)).map(({ index }) => `debts[${index}].purpose`);
    return unknown.length > 0 ? missing(...unknown) : null;
  },
});
