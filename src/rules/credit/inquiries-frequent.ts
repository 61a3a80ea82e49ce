import type { CalendarDate } from '../../dates';
import { datesNote, inWindow, missing, severityRank, windowClearsBy } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

/** Every window's line is a count of inquiries. */
const INQUIRIES = { kind: 'count', min: 1, max: 100 } as const;

export default defineRule({
  id: 'credit/inquiries-frequent',
  area: 'credit',
  needs: ['credit.inquiries'],
  thresholds: { last_1m: 4, last_3m: 5, last_3m_high: 6, last_3m_critical: 10, last_6m: 8 },
  bounds: { last_1m: INQUIRIES, last_3m: INQUIRIES, last_3m_high: INQUIRIES, last_3m_critical: INQUIRIES, last_6m: INQUIRIES },
  order: ['last_3m <= last_3m_high', 'last_3m_high <= last_3m_critical'],
  basis: ['convention', 'heuristic'],
  text: {
    en: {
      title: 'Too many hard inquiries',
      summary: 'Hard inquiries (loan, card and guarantee applications) per 1, 3 and 6 months',
      ladder:
        'last 1 month ≥4 → high; last 3 months ≥5 → medium, ≥6 → high, more than 10 → critical; last 6 months ≥8 → medium (the worst wins)',
      messages: {
        at_least:
          '{inquiries} in the last {window}; the line is {line}. All windows: {n1m} in 1 month, {n3m} in 3 months, {n6m} in 6 months.{note}',
        more_than:
          '{inquiries} in the last {window}, more than {line}. All windows: {n1m} in 1 month, {n3m} in 3 months, {n6m} in 6 months.{note}',
      },
      fragments: { inquiries: { one: '{count} hard inquiry', other: '{count} hard inquiries' } },
      recommendation:
        'Make no new loan or card application, and do not let anyone "check your limit" for you, until {clearsBy}: on that day every window is back under its line if nothing new is added. Checking your own credit report (本人查询) and your lenders\' routine post-loan checks (贷后管理) do not count. When you do apply again, choose one lender you are likely to qualify with, not several at once.',
      rationale:
        'Every loan, card or guarantee application leaves a hard inquiry (贷款审批, 信用卡审批, 担保资格审查). Lenders cap them per window, and the numbers vary by lender: ≤3 a month is the common line (one sheet allows a 4th); more than 5 in 3 months passes most banks\' entry line, and more than 10 is "severely over" in one rule engine (source A6; lender conventions, medium confidence). No source gives a 6-month number; 8 in 6 months is a heuristic. All lines are configurable.',
      thresholds: {
        last_1m: 'inquiries in the last 1 month from which it is high (at least)',
        last_3m: 'inquiries in the last 3 months from which it is medium (at least)',
        last_3m_high: 'inquiries in the last 3 months from which it is high (at least)',
        last_3m_critical: 'more than this many inquiries in the last 3 months is critical',
        last_6m: 'inquiries in the last 6 months from which it is medium (at least)',
      },
    },
    zh: {
      title: '征信硬查询过多',
      summary: '近1、3、6个月的硬查询次数（贷款、信用卡、担保审批）',
      ladder: '近1个月≥4次 → 高；近3个月≥5次 → 中，≥6次 → 高，超过10次 → 严重；近6个月≥8次 → 中（取最严重者）',
      messages: {
        at_least: '近{window}{inquiries}，警戒线为{line}次。各窗口：近1个月{n1m}次，近3个月{n3m}次，近6个月{n6m}次。{note}',
        more_than: '近{window}{inquiries}，超过{line}次。各窗口：近1个月{n1m}次，近3个月{n3m}次，近6个月{n6m}次。{note}',
      },
      fragments: { inquiries: '硬查询{count}次' },
      recommendation:
        '在{clearsBy}之前，不要申请任何贷款或信用卡，也不要让任何人帮你"测额度"：如果不再新增查询，到那天各个窗口都会回到警戒线以下。本人查询和贷后管理查询不计入。日后再申请时，只选一家你最可能通过的机构，不要同时申请多家。',
      rationale:
        '每次申请贷款、信用卡或担保都会留下一条硬查询（贷款审批、信用卡审批、担保资格审查）。机构按时间窗口限制查询次数，且各家不同：每月不超过3次是常见线（有的允许第4次）；近3个月超过5次超出多数银行的准入红线，超过10次在某规则引擎中属"严重超标"（来源 A6，机构惯例，中等可信度）。近6个月没有找到有出处的数字，8次为经验设定。所有阈值均可配置。',
      thresholds: {
        last_1m: '近1个月查询达到此次数为高（含）',
        last_3m: '近3个月查询达到此次数为中（含）',
        last_3m_high: '近3个月查询达到此次数为高（含）',
        last_3m_critical: '近3个月查询超过此次数为严重',
        last_6m: '近6个月查询达到此次数为中（含）',
      },
    },
  },
  sources: ['A6', 'seed (征信查询)'],
  timeline: { windows: { 'credit.inquiries': [1, 3, 6] } },
  check({ profile, asOf, thresholds: t, outcome }) {
    const inquiries = profile.credit?.inquiries;
    if (inquiries === undefined) return missing('credit.inquiries');
    // Every kind counts: the list holds hard inquiries only, and `other` stands for guarantee checks.
    const dates = inquiries.map((inquiry) => inquiry.date);
    const within = (months: number): CalendarDate[] => dates.filter((date) => inWindow(date, asOf, months));
    const windows = { 1: within(1), 3: within(3), 6: within(6) };

    // Each window's levels, as "at least n" (a count above 10 is at least 11).
    type Level = { months: 1 | 3 | 6; atLeast: number; severity: Severity; line: number; strict: boolean };
    const levels: Level[] = [
      { months: 1, atLeast: t.last_1m, severity: 'high', line: t.last_1m, strict: false },
      { months: 3, atLeast: Math.floor(t.last_3m_critical) + 1, severity: 'critical', line: t.last_3m_critical, strict: true },
      { months: 3, atLeast: t.last_3m_high, severity: 'high', line: t.last_3m_high, strict: false },
      { months: 3, atLeast: t.last_3m, severity: 'medium', line: t.last_3m, strict: false },
      { months: 6, atLeast: t.last_6m, severity: 'medium', line: t.last_6m, strict: false },
    ];
    const hits = levels.filter((level) => windows[level.months].length >= level.atLeast);
    if (hits.length === 0) return null;
    // The worst wins; among equals the shortest window, the most pressing to read.
    const worst = hits.reduce((a, b) => (severityRank(b.severity) < severityRank(a.severity) ? b : a));

    // Clears when every window is under its lowest line: the latest of the days each one gets there.
    const clearDates = ([1, 3, 6] as const)
      .map((months) => {
        const lowest = Math.min(...levels.filter((level) => level.months === months).map((level) => level.atLeast));
        return windowClearsBy(windows[months], months, lowest);
      })
      .filter((date): date is CalendarDate => date !== undefined);
    const clearsBy = clearDates.sort().at(-1)!;

    const count = windows[worst.months].length;
    return outcome({
      severity: worst.severity,
      messageId: worst.strict ? 'more_than' : 'at_least',
      data: {
        inquiries: { fragment: 'inquiries', data: { count } },
        window: { months: worst.months },
        line: worst.line,
        n1m: windows[1].length,
        n3m: windows[3].length,
        n6m: windows[6].length,
        clearsBy,
        note: datesNote(inquiries.filter((inquiry) => inWindow(inquiry.date, asOf, 6))),
      },
      evidence: {
        count,
        windowMonths: worst.months,
        threshold: worst.line,
        last1m: windows[1].length,
        last3m: windows[3].length,
        last6m: windows[6].length,
        estimatedDates: inquiries.filter((inquiry) => inquiry.estimated === true && inWindow(inquiry.date, asOf, 6)).length,
        thresholds: { ...t },
      },
      clearsBy,
    });
  },
});
