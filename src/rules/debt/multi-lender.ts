import { yuanToFen } from '../../money';
import { debtLender, lenderOf } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

export default defineRule({
  id: 'debt/multi-lender',
  area: 'debt',
  needs: ['debts'],
  thresholds: { medium: 3, high: 5, critical: 9 },
  bounds: {
    medium: { kind: 'count', min: 1, max: 50 },
    high: { kind: 'count', min: 1, max: 50 },
    critical: { kind: 'count', min: 1, max: 50 },
  },
  order: ['medium <= high', 'high <= critical'],
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Borrowing from many online lenders (多头借贷)',
      summary: 'Distinct lenders holding an online-loan balance',
      ladder: '≥3 lenders → medium; ≥5 → high; ≥9 → critical',
      messages: {
        lenders: '{count} online lenders hold a balance: {lenders}; the line is {line}.',
      },
      recommendation:
        'Pay off the smallest online loans first, as the recovery plan does, until no more than {target} online lenders are left; the clears-by month is when the plan gets there. Open no new online loan in the meantime, and never repay one online loan with another (以贷养贷).',
      rationale:
        'Lenders read multi-lender borrowing (多头借贷) from the number of institutions a person applied to or owes (Bairong-style "orgnum" features, source A9). One practitioner rule engine puts the bank entry line at 4 or fewer online lenders, excludes bank products above 8 and declines everything above 12 (source A10; a single source, low confidence): typical lender heuristics, not a rule. The 3, 5 and 9 lines are this tool\'s heuristic around them. Lenders are counted as institutions: 借呗 and 花呗 are both lent by 重庆蚂蚁消费金融 (source B5), so together they are one lender, whatever names the profile gives them.',
      thresholds: {
        medium: 'online lenders with a balance from which it is medium (at least)',
        high: 'online lenders with a balance from which it is high (at least)',
        critical: 'online lenders with a balance from which it is critical (at least)',
      },
    },
    zh: {
      title: '多头借贷',
      summary: '仍有网贷余额的不同机构数',
      ladder: '≥3家 → 中；≥5家 → 高；≥9家 → 严重',
      messages: {
        lenders: '{count}家网贷机构仍有余额：{lenders}，警戒线为{line}家。',
      },
      recommendation:
        '像"恢复"策略那样，先还清余额最小的网贷，直到只剩不超过{target}家；"预计消除"月份就是按计划达到这一点的时间。在此期间不开新的网贷，也不要用一笔网贷去还另一笔（以贷养贷）。',
      rationale:
        '机构通过你申请过或欠款的机构数判断多头借贷（百融式"机构数"指标，来源 A9）。某从业者规则引擎把银行准入线定为网贷机构不超过4家，超过8家排除银行产品，超过12家全部拒绝（来源 A10，单一来源，低可信度）：这是典型的机构经验，不是规定。3、5、9家三条线是本工具据此设定的经验值。机构按实际出借方计算：借呗和花呗都由重庆蚂蚁消费金融放款（来源 B5），无论档案里怎么命名，两者合计只算一家。',
      thresholds: {
        medium: '有余额的网贷机构达到此数为中（含）',
        high: '有余额的网贷机构达到此数为高（含）',
        critical: '有余额的网贷机构达到此数为严重（含）',
      },
    },
  },
  sources: ['A9', 'A10', 'B5', 'seed (多头借贷)'],
  check({ profile, plan, thresholds: t, outcome }) {
    // Counted by institution (借呗 and 花呗 are one); each shown by the name the profile gives it,
    // or, when the profile gives it several, by those names joined with "/" (借呗/花呗): no brackets
    // or words, which would be one language's (the rationale says why they count as one).
    const byInstitution = new Map<string, Set<string>>();
    for (const debt of profile.debts) {
      if (debt.kind !== 'online_loan' || yuanToFen(debt.balance) <= 0) continue;
      const institution = debtLender(debt);
      const names = byInstitution.get(institution) ?? new Set<string>();
      byInstitution.set(institution, names.add(lenderOf(debt).trim()));
    }
    const lenders = [...byInstitution.keys()];
    const shown = [...byInstitution.values()].map((names) => [...names].join('/'));
    const count = lenders.length;
    let severity: Severity | undefined;
    let line = t.medium;
    if (count >= t.critical) [severity, line] = ['critical', t.critical];
    else if (count >= t.high) [severity, line] = ['high', t.high];
    else if (count >= t.medium) severity = 'medium';
    if (severity === undefined) return null;
    // The plan month at whose end fewer lenders than the lowest line hold a balance: for the
    // default line of 3 the plan's lendersAtMost2By, computed here so an overridden line is
    // honoured. A plan built without its schedule leaves only the milestone.
    const clearsBy =
      plan.schedule.length === 0
        ? (plan.lendersAtMost2By ?? undefined)
        : plan.schedule.find((month) => month.onlineLenders < t.medium)?.month;
    const target = Math.max(0, Math.ceil(t.medium) - 1);
    return outcome({
      severity,
      messageId: 'lenders',
      data: { count, lenders: { list: shown }, line, target },
      evidence: { lenders: count, names: lenders, threshold: line, thresholds: { ...t } },
      ...(clearsBy !== undefined ? { clearsBy } : {}),
    });
  },
});
