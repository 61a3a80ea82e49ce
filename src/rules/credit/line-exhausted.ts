import { yuanToFen } from '../../money';
import { fenOf, lineUsedFen } from '../../plan/effects';
import type { Profile } from '../../profile/schema';
import { firstMonthWhere, missing, ratio4, ratioOf, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

export default defineRule({
  id: 'credit/line-exhausted',
  area: 'credit',
  needs: ['credit_lines'],
  thresholds: { line_medium: 0.9, line_high: 1, all_medium: 0.7 },
  bounds: {
    line_medium: { kind: 'ratio', min: 0.01, max: 2 },
    line_high: { kind: 'ratio', min: 0.01, max: 2 },
    all_medium: { kind: 'ratio', min: 0.01, max: 2 },
  },
  order: ['line_medium <= line_high'],
  basis: ['convention', 'heuristic'],
  text: {
    en: {
      title: 'Credit lines used up',
      summary: 'Utilisation (used ÷ limit) of each line and of all lines together',
      ladder: 'any line ≥90 % → medium, ≥100 % → high; all lines together ≥70 % → medium',
      messages: {
        line: 'At or above {line} of the limit: {lines}.',
        all: 'All lines together are {total} used ({used} of {limit}); the line is {line}.',
      },
      fragments: { line: '{name} {utilisation} ({used} of {limit})' },
      recommendation:
        'Pay the fullest line down first: below 70 % of its limit within the next 2 statement cycles, then below 50 %. Do not move the balance to a new line, because the application is a hard inquiry. A line used to the limit right after a cut tells the platform the cut was needed.',
      rationale:
        'China-specific lines: more than 80 % used is a warning sign for mortgages, ≤70 % is an entry line for some bank credit loans, and rule engines advise under 50 % (source A8; lender conventions, medium confidence). The 90 % and 100 % per-line levels are this tool\'s heuristic on top of them.',
      thresholds: {
        line_medium: 'a line used at least this share of its limit is medium',
        line_high: 'a line used at least this share of its limit is high',
        all_medium: 'all lines together used at least this share of their limits is medium',
      },
    },
    zh: {
      title: '额度用满',
      summary: '每条额度及全部额度合计的使用率（已用 ÷ 额度）',
      ladder: '任一额度≥90% → 中，≥100% → 高；全部额度合计≥70% → 中',
      messages: {
        line: '使用率达到{line}及以上：{lines}。',
        all: '全部额度合计已用{total}（{used}/{limit}），警戒线为{line}。',
      },
      fragments: { line: '{name} {utilisation}（{used}/{limit}）' },
      recommendation:
        '先还用得最满的那条：在接下来2个账单周期内降到额度的70%以下，之后再降到50%以下。不要把欠款转到新的额度上，申请本身就是一次硬查询。降额后马上把额度用满，会让平台觉得降额是对的。',
      rationale:
        '国内的常见线：使用率超过80%是房贷审批的警示信号，≤70%是部分银行信用贷的准入线，规则引擎建议控制在50%以内（来源 A8，机构惯例，中等可信度）。单条额度90%、100%的分级是本工具在此基础上的经验设定。',
      thresholds: {
        line_medium: '单条额度使用率达到此比例为中（含）',
        line_high: '单条额度使用率达到此比例为高（含）',
        all_medium: '全部额度合计使用率达到此比例为中（含）',
      },
    },
  },
  sources: ['A8', 'seed (额度使用率)'],
  check({ profile, plan, thresholds: t, outcome }) {
    const lines = profile.credit_lines;
    if (lines === undefined) return missing('credit_lines');
    // A line with no limit left (closed, frozen at 0) has no utilisation; its balance is a debt.
    const open = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.limit > 0);
    const unknown = open.filter(({ line }) => line.used === undefined).map(({ index }) => `credit_lines[${index}].used`);
    const state = stateOf(open.map(({ line }) => line), (line) => (line.used === undefined ? undefined : yuanToFen(line.used)), t);
    const { known } = state;
    const lineEvidence = known.map((line) => ({ name: line.name, used: yuan(line.usedFen), limit: yuan(line.limitFen), utilisation: ratio4(line.utilisation) }));
    // Used amounts fall with the debts the plan repays (src/plan/effects.ts): the first month whose
    // end finds every line under its lines is when the finding is gone.
    const clearsBy = () => {
      const month = firstMonthWhere(plan, (m) => {
        const used = (line: (typeof lines)[number]) => lineUsedFen(line, profile.debts, (name) => fenOf(m.balancesFen, name));
        return stateOf(open.map(({ line }) => line), used, t).level === null;
      });
      return month !== undefined ? { clearsBy: month } : {};
    };

    if (state.level === 'line') {
      const [severity, line, listed]: [Severity, number, typeof known] = state.full.length > 0 ? ['high', t.line_high, state.full] : ['medium', t.line_medium, state.high];
      listed.sort((a, b) => b.utilisation - a.utilisation);
      return outcome({
        severity,
        messageId: 'line',
        data: {
          line: { rate: line },
          lines: {
            list: listed.map((l) => ({
              fragment: 'line',
              data: { name: l.name, utilisation: { rate: l.utilisation }, used: { fen: l.usedFen }, limit: { fen: l.limitFen } },
            })),
          },
        },
        evidence: { threshold: line, lines: lineEvidence, thresholds: { ...t } },
        ...clearsBy(),
      });
    }
    // The all-lines figure needs every open line's balance.
    if (unknown.length > 0) return missing(...unknown);
    if (state.level === 'all') {
      const { total, usedFen, limitFen } = state;
      return outcome({
        severity: 'medium',
        messageId: 'all',
        data: { total: { rate: total }, used: { fen: usedFen }, limit: { fen: limitFen }, line: { rate: t.all_medium } },
        evidence: { utilisation: ratio4(total), used: yuan(usedFen), limit: yuan(limitFen), threshold: t.all_medium, lines: lineEvidence, thresholds: { ...t } },
        ...clearsBy(),
      });
    }
    return null;
  },
});

type Line = NonNullable<Profile['credit_lines']>[number];

/**
 * The open lines' utilisation with the used amounts `usedFen` gives (undefined: not given), and
 * the rule's level: `line` when a line is at or above line_medium, `all` when all lines together
 * (every open line's used amount known) are at or above all_medium, else null.
 */
function stateOf(open: readonly Line[], usedFen: (line: Line) => number | undefined, t: { line_medium: number; line_high: number; all_medium: number }) {
  const known = open
    .map((line) => ({ line, usedFen: usedFen(line) }))
    .filter((entry): entry is { line: Line; usedFen: number } => entry.usedFen !== undefined)
    .map(({ line, usedFen: used }) => ({ name: line.name, usedFen: used, limitFen: yuanToFen(line.limit), utilisation: ratioOf(used, yuanToFen(line.limit)) }));
  const full = known.filter((line) => line.utilisation >= t.line_high);
  const high = known.filter((line) => line.utilisation >= t.line_medium);
  const usedTotal = known.reduce((sum, l) => sum + l.usedFen, 0);
  const limitTotal = known.reduce((sum, l) => sum + l.limitFen, 0);
  const total = ratioOf(usedTotal, limitTotal);
  const level = full.length > 0 || high.length > 0 ? 'line' : known.length === open.length && limitTotal > 0 && total >= t.all_medium ? 'all' : null;
  return { known, full, high, total, usedFen: usedTotal, limitFen: limitTotal, level };
}
