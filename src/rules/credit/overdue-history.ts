import { addDays, addMonths, monthIndex, monthOf } from '../../dates';
import { overdueSettlements } from '../../plan/effects';
import { clearsOnMonthEnds, inWindow, missing, windowExit } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

/** The repayment grid the lenders read covers the last 24 months (sources A2, A4). */
const WINDOW_MONTHS = 24;
/** A negative record stays on the credit report 5 years from settlement (source A1). */
const REPORT_YEARS = 5;

/**
 * The calendar months an overdue spans on the repayment grid: one period per started 30 days late
 * (grid codes 1 = 1–30 days, 2 = 31–60, 3 = 61–90: source A2), from the month it began.
 * A 70-day overdue from 2026-01-15 marks 2026-01, 02 and 03 — three in a row on its own.
 */
function gridMonths(date: string, days: number): number[] {
  const first = monthIndex(monthOf(date));
  const periods = Math.max(1, Math.ceil(days / 30));
  return Array.from({ length: periods }, (_, k) => first + k);
}

function longestRun(months: Set<number>): number {
  let best = 0;
  for (const month of months) {
    if (months.has(month - 1)) continue;
    let run = 1;
    while (months.has(month + run)) run += 1;
    best = Math.max(best, run);
  }
  return best;
}

/** The count lines: settled overdues in the window. */
const OVERDUES = { kind: 'count', min: 1, max: 100 } as const;

export default defineRule({
  id: 'credit/overdue-history',
  area: 'credit',
  needs: ['credit.overdues'],
  thresholds: { medium: 1, high: 2, critical: 6, consecutive_months: 3, severe_days: 90 },
  bounds: {
    medium: OVERDUES,
    high: OVERDUES,
    critical: OVERDUES,
    // Calendar months in a row inside the 24-month window.
    consecutive_months: { kind: 'count', min: 1, max: WINDOW_MONTHS },
    severe_days: { kind: 'days', min: 1, max: 3650 },
  },
  order: ['medium <= high', 'high <= critical'],
  basis: ['convention', 'heuristic'],
  text: {
    en: {
      title: 'Overdues in the last 24 months',
      summary: 'Settled overdues in the last 24 months (连三累六, M3+)',
      ladder:
        '1 in 24 months → medium; ≥2 → high; ≥6, or 3 calendar months in a row, or any more than 90 days late → critical (连三累六, M3+)',
      messages: {
        count:
          '{overdues} in the last 24 months (latest {latest}, longest {maxDays} days late); the line is {line}. The last one leaves the 24-month window on {leaves}; the credit report itself keeps each record 5 years after settlement, the latest until about {reportUntil}.',
        lian_san_lei_liu:
          '{overdues} in the last 24 months, at most {run} in a row (连三累六: {consecutiveLine} in a row or {countLine} in total); latest {latest}. The last one leaves the 24-month window on {leaves}; the credit report itself keeps each record 5 years after settlement, the latest until about {reportUntil}.',
        severe:
          'A settled overdue {maxDays} days late in the last 24 months, more than {severeDays} days (M3+, treated as non-performing); {count} in all, latest {latest}. It leaves the 24-month window on {leaves}; the credit report itself keeps each record 5 years after settlement, the latest until about {reportUntil}.',
      },
      fragments: {
        overdues: { one: '{count} settled overdue', other: '{count} settled overdues' },
        calendar_months: { one: '{count} calendar month', other: '{count} calendar months' },
      },
      recommendation:
        'Keep every account current from today: turn on automatic repayment and pay each bill a few days before its due date. With no new overdue, this finding clears on {clearsBy}; until then expect banks to hold back, mortgage and card applications especially. If an overdue was not your fault (a bank error, an agreed deferral), file a dispute (征信异议) with the lender or the credit reference centre, or add a personal statement to the report.',
      rationale:
        'Lenders read the 24-month repayment grid of the credit report (source A2). 连三累六, 3 consecutive overdue periods or 6 in total within 24 months, is a common bank hard reject (source A4; a lender convention). More than 90 days late is M3+, which collections treat as non-performing (source A3; an industry convention). The 1 → medium and 2 → high steps are this tool\'s heuristic. Apart from the window, the record itself stays on the credit report for 5 years from settlement (source A1; a regulation).',
      thresholds: {
        medium: 'settled overdues in 24 months from which it is medium (at least)',
        high: 'settled overdues in 24 months from which it is high (at least)',
        critical: 'settled overdues in 24 months from which it is critical (at least; 累六)',
        consecutive_months: 'calendar months in a row with an overdue that make it critical (at least; 连三)',
        severe_days: 'an overdue more than this many days late makes it critical (M3+)',
      },
    },
    zh: {
      title: '近24个月有逾期',
      summary: '近24个月内已结清的逾期（连三累六、M3+）',
      ladder: '24个月内1次 → 中；≥2次 → 高；≥6次、或连续3个自然月、或任一次逾期超过90天 → 严重（连三累六、M3+）',
      messages: {
        count:
          '近24个月有{overdues}（最近一次{latest}，最长逾期{maxDays}天），警戒线为{line}次。最后一次将于{leaves}移出24个月窗口；征信报告本身会在结清后保留每条记录5年，最近一条约保留至{reportUntil}。',
        lian_san_lei_liu:
          '近24个月有{overdues}，最长连续{run}（连三累六：连续{consecutiveLine}个月或累计{countLine}次），最近一次{latest}。最后一次将于{leaves}移出24个月窗口；征信报告本身会在结清后保留每条记录5年，最近一条约保留至{reportUntil}。',
        severe:
          '近24个月有一次已结清逾期长达{maxDays}天，超过{severeDays}天（M3+，通常视为不良）；共{count}次，最近一次{latest}。将于{leaves}移出24个月窗口；征信报告本身会在结清后保留每条记录5年，最近一条约保留至{reportUntil}。',
      },
      fragments: {
        overdues: '{count}次已结清逾期',
        calendar_months: '{count}个自然月',
      },
      recommendation:
        '从今天起保持每个账户不逾期：开通自动还款，每期在还款日前几天还清。只要不再出现新的逾期，本项将于{clearsBy}消除；在此之前，银行（尤其是房贷和信用卡审批）会较为谨慎。如果逾期并非你的责任（银行差错、已约定的延期），可以向机构或征信中心提出征信异议，或在报告中添加个人声明。',
      rationale:
        '机构审批时查看征信报告近24个月的还款记录（来源 A2）。"连三累六"（24个月内连续3期或累计6期逾期）是银行常见的硬性拒绝条件（来源 A4，机构惯例）；逾期超过90天即M3+，催收业通常视为不良（来源 A3，行业惯例）。1次为中、2次为高是本工具的经验设定。窗口之外，记录本身自结清之日起在征信报告上保留5年（来源 A1，法规）。',
      thresholds: {
        medium: '24个月内已结清逾期达到此次数为中（含）',
        high: '24个月内已结清逾期达到此次数为高（含）',
        critical: '24个月内已结清逾期达到此次数为严重（含，累六）',
        consecutive_months: '连续有逾期的自然月达到此数为严重（含，连三）',
        severe_days: '任一次逾期超过此天数为严重（M3+）',
      },
    },
  },
  sources: ['A4', 'A2', 'A3', 'A1', 'seed (逾期记录)'],
  timeline: { windows: { 'credit.overdues': [WINDOW_MONTHS] } },
  check({ profile, asOf, plan, thresholds: t, outcome }) {
    const all = profile.credit?.overdues;
    if (all === undefined) return missing('credit.overdues');
    const settled = all.filter((o) => o.settled && inWindow(o.date, asOf, WINDOW_MONTHS));
    const level = levelOf(settled, t);
    if (level === null) return null;
    const { count, maxDays, run } = level;

    const latest = settled.map((o) => o.date).sort().at(-1)!;
    // Settlement is not in the profile: the overdue's date plus its days late is the best estimate.
    const reportUntil = settled.map((o) => addMonths(addDays(o.date, o.days), REPORT_YEARS * 12)).sort().at(-1)!;
    const leaves = windowExit(latest, WINDOW_MONTHS);
    // Always found: once the last overdue has left the window nothing is left to count.
    const clearsBy = clearsByOf(all, asOf, plan, t, { profile, leaves }) ?? leaves;

    const common = { latest, leaves, reportUntil, clearsBy };
    const clears = { clearsBy };
    const overdues = { fragment: 'overdues', data: { count } } as const;
    const evidence = { count, windowMonths: WINDOW_MONTHS, latest, maxDays, consecutiveMonths: run, thresholds: { ...t }, reportKeepsUntil: reportUntil };
    if (level.severity === 'critical' && maxDays > t.severe_days) {
      return outcome({ severity: 'critical', messageId: 'severe', data: { ...common, maxDays, severeDays: t.severe_days, count }, evidence, ...clears });
    }
    if (level.severity === 'critical') {
      const months = { fragment: 'calendar_months', data: { count: run } } as const;
      const data = { ...common, overdues, run: months, consecutiveLine: t.consecutive_months, countLine: t.critical };
      return outcome({ severity: 'critical', messageId: 'lian_san_lei_liu', data, evidence, ...clears });
    }
    return outcome({ severity: level.severity, messageId: 'count', data: { ...common, overdues, maxDays, line: level.line }, evidence, ...clears });
  },
});

type Thresholds = { medium: number; high: number; critical: number; consecutive_months: number; severe_days: number };
type OverdueLike = { date: string; days: number };

/** The rule's level for the settled overdues inside the window, or null when it does not fire. */
function levelOf(settled: readonly OverdueLike[], t: Thresholds): { severity: Severity; line: number; count: number; maxDays: number; run: number } | null {
  const count = settled.length;
  if (count === 0) return null;
  const maxDays = Math.max(...settled.map((o) => o.days));
  const run = longestRun(new Set(settled.flatMap((o) => gridMonths(o.date, o.days))));
  if (maxDays > t.severe_days || count >= t.critical || run >= t.consecutive_months) return { severity: 'critical', line: t.critical, count, maxDays, run };
  if (count >= t.high) return { severity: 'high', line: t.high, count, maxDays, run };
  if (count >= t.medium) return { severity: 'medium', line: t.medium, count, maxDays, run };
  return null;
}

/**
 * When the finding is gone if the plan is followed: the settled overdues leave the window, and the
 * unsettled ones the plan settles (src/plan/effects.ts) join the record on the day they are settled
 * and leave it 24 months after their date, as the roadmap sees them. With the default lines that is
 * the day the last one leaves; a config may set lines under which it is gone earlier.
 */
function clearsByOf(
  all: readonly (OverdueLike & { settled: boolean })[],
  asOf: string,
  plan: Parameters<typeof overdueSettlements>[2],
  t: Thresholds,
  { profile, leaves }: { profile: Parameters<typeof overdueSettlements>[0]; leaves: string },
): string | undefined {
  const settlements = overdueSettlements(profile, asOf, plan);
  if (settlements.length === 0 && t.medium <= 1) return leaves;
  const events = [
    ...all.filter((o) => o.settled && o.date <= asOf).map((o) => ({ date: o.date, days: o.days, from: '' })),
    ...settlements.map((s) => ({ date: all[s.index]!.date, days: s.days, from: s.date })),
  ];
  const changes = events.flatMap((e) => [windowExit(e.date, WINDOW_MONTHS), ...(e.from === '' ? [] : [e.from])]);
  const firesAt = (date: string) => levelOf(events.filter((e) => e.from <= date && inWindow(e.date, date, WINDOW_MONTHS)), t) !== null;
  return clearsOnMonthEnds(asOf, changes, firesAt);
}
