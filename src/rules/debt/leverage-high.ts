import { fenOf } from '../../plan/effects';
import { yuanToFen } from '../../money';
import { firstMonthWhere, ratioEvidence, ratioOf, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

/** Secured debts: the collateral, not the income, carries them. */
const SECURED = new Set(['mortgage', 'auto']);

export default defineRule({
  id: 'debt/leverage-high',
  area: 'debt',
  needs: ['debts', 'income.monthly'],
  thresholds: { medium: 0.5, high: 1, critical: 2 },
  bounds: {
    medium: { kind: 'ratio', min: 0.01, max: 20 },
    high: { kind: 'ratio', min: 0.01, max: 20 },
    critical: { kind: 'ratio', min: 0.01, max: 20 },
  },
  order: ['medium <= high', 'high <= critical'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Unsecured debt high against income',
      summary: 'Unsecured debt (all but mortgage and auto loans) ÷ annual income',
      ladder: '≥50 % of annual income → medium; ≥100 % → high; ≥200 % → critical',
      messages: {
        ratio: 'Unsecured debt of {unsecured} is {ratio} of your annual income of {annual}; the line is {line}.',
        no_income: 'Unsecured debt of {unsecured} with no income recorded.',
      },
      recommendation: {
        ratio:
          'Add no unsecured debt, and follow the plan\'s order until the total is under {target} ({medium} of a year\'s income). Do not replace one loan with another to lower the payment, because the total stays the same.',
        no_income: 'Record your current income, or, if there is none, contact every lender this week about reduced payments before one is missed.',
      },
      rationale:
        'Heuristic: unsecured debt is repaid from income alone. The draft online micro-loan rules cap a person\'s online loans at a third of annual income (source C1), and lenders sometimes count granted online lines as debt (source A7). With unsecured debt at half a year\'s income or more, there is little room left for a lender to add to. The 50, 100 and 200 % lines are this tool\'s.',
      thresholds: {
        medium: 'unsecured debt of at least this share of annual income is medium',
        high: 'unsecured debt of at least this share of annual income is high',
        critical: 'unsecured debt of at least this share of annual income is critical',
      },
    },
    zh: {
      title: '无抵押负债占收入比例高',
      summary: '无抵押负债（房贷、车贷以外的所有债务）÷ 年收入',
      ladder: '达到年收入的50% → 中；≥100% → 高；≥200% → 严重',
      messages: {
        ratio: '无抵押负债{unsecured}，占年收入{annual}的{ratio}，警戒线为{line}。',
        no_income: '无抵押负债{unsecured}，但没有记录收入。',
      },
      recommendation: {
        ratio: '不再新增无抵押负债，按计划顺序还款，直到总额降到{target}以下（年收入的{medium}）。不要借新还旧来降低月供，总额并不会减少。',
        no_income: '请填写当前收入；如果确实没有收入，本周内联系每一家机构协商降低还款额，避免出现逾期。',
      },
      rationale:
        '经验设定：无抵押负债只能靠收入偿还。网络小贷征求意见稿把个人网贷余额限制在年收入的三分之一（来源 C1），机构有时也把已授信的网贷额度计为负债（来源 A7）。无抵押负债达到半年收入以上，机构就很难再给你增加额度。50%、100%、200%三条线为本工具设定。',
      thresholds: {
        medium: '无抵押负债达到年收入此比例为中（含）',
        high: '无抵押负债达到年收入此比例为高（含）',
        critical: '无抵押负债达到年收入此比例为严重（含）',
      },
    },
  },
  sources: ['C1', 'A7', 'seed (负债)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const annualFen = yuanToFen(profile.income.monthly) * 12;
    const unsecuredFen = profile.debts.filter((d) => !SECURED.has(d.kind)).reduce((sum, d) => sum + yuanToFen(d.balance), 0);
    const ratio = ratioOf(unsecuredFen, annualFen);
    let severity: Severity | undefined;
    let line = t.medium;
    if (ratio >= t.critical) [severity, line] = ['critical', t.critical];
    else if (ratio >= t.high) [severity, line] = ['high', t.high];
    else if (ratio >= t.medium) severity = 'medium';
    if (severity === undefined || unsecuredFen === 0) return null;
    const evidence = { ratio: ratioEvidence(ratio), threshold: line, unsecuredDebt: yuan(unsecuredFen), annualIncome: yuan(annualFen), thresholds: { ...t } };
    const unsecured = { fen: unsecuredFen };
    // Gone in the first plan month whose closing unsecured balances are under the medium line.
    const names = profile.debts.filter((d) => !SECURED.has(d.kind)).map((d) => d.name);
    const clearsBy = firstMonthWhere(plan, (m) => {
      const leftFen = names.reduce((sum, name) => sum + fenOf(m.balancesFen, name), 0);
      return leftFen === 0 || ratioOf(leftFen, annualFen) < t.medium;
    });
    const clears = clearsBy !== undefined ? { clearsBy } : {};
    if (annualFen === 0) return outcome({ severity, messageId: 'no_income', data: { unsecured }, evidence, ...clears });
    return outcome({
      severity,
      messageId: 'ratio',
      data: {
        unsecured,
        annual: { fen: annualFen },
        ratio: { rate: ratio },
        line: { rate: line },
        medium: { rate: t.medium },
        target: { fen: Math.round(annualFen * t.medium) },
      },
      evidence,
      ...clears,
    });
  },
});
