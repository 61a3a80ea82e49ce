/**
 * A history snapshot (schema.ts) made of one audit's domain results: what `check --record` appends.
 * Pure: nothing here reads a clock — the audit date is the snapshot's date.
 */
import type { AuditOutcome } from '../audit';
import { addMonthsToMonth, monthOf, type CalendarDate } from '../dates';
import { fenToYuan, yuanToFen } from '../money';
import { countOnlineLenders, toPlanDebts } from '../plan';
import type { Profile } from '../profile/schema';
import { profileDigest } from './digest';
import { HISTORY_VERSION, PROJECTION_MONTHS } from './format';
import type { Snapshot } from './schema';

export interface SnapshotInput {
  profile: Profile;
  asOf: CalendarDate;
  outcome: Pick<AuditOutcome, 'findings' | 'score' | 'planResult'>;
  toolVersion: string;
}

export function buildSnapshot({ profile, asOf, outcome, toolVersion }: SnapshotInput): Snapshot {
  const plan = outcome.planResult;
  const planDebts = toPlanDebts(profile.debts);
  const first = plan.schedule[0];
  const incomeFen = yuanToFen(profile.income.monthly);
  const projected = plan.schedule.slice(0, PROJECTION_MONTHS);
  const balances: Record<string, number[]> = {};
  for (const debt of planDebts) balances[debt.name] = projected.map((month) => fenToYuan(month.balancesFen[debt.name] ?? 0));
  // A list left out of the profile is unknown (null), an empty one is "none".
  const overdues = profile.credit?.overdues && counted(profile.credit.overdues, asOf);
  const inquiries = profile.credit?.inquiries && counted(profile.credit.inquiries, asOf);
  return {
    // Key order is part of the format: a line starts `{"historyVersion":1,"asOf":"…"`, which is all
    // `check --record` reads of the lines already there (lines.ts).
    historyVersion: HISTORY_VERSION,
    asOf,
    tool: { name: 'limit-audit', version: toolVersion },
    digest: profileDigest(profile),
    score: { value: outcome.score.value, grade: outcome.score.grade, byArea: { ...outcome.score.byArea } },
    findings: outcome.findings.map((finding) => ({
      id: finding.ruleId,
      area: finding.area,
      severity: finding.severity,
      ...(finding.clearsBy !== undefined ? { clearsBy: finding.clearsBy } : {}),
    })),
    debts: planDebts.map((debt) => ({
      name: debt.name,
      kind: debt.kind,
      balance: fenToYuan(debt.balanceFen),
      requiredPayment: fenToYuan(first?.requiredFen[debt.name] ?? 0),
      apr: debt.apr,
      overdue: debt.overdue,
    })),
    lines: (profile.credit_lines ?? []).map((line) => ({
      name: line.name,
      limit: line.limit,
      ...(line.used !== undefined ? { used: line.used } : {}),
      ...(line.status !== undefined ? { status: line.status } : {}),
    })),
    credit: {
      overdues: overdues?.count ?? null,
      lastOverdue: overdues?.last ?? null,
      inquiries: inquiries?.count ?? null,
      lastInquiry: inquiries?.last ?? null,
    },
    totals: {
      income: profile.income.monthly,
      debt: fenToYuan(plan.startBalanceFen),
      requiredPayments: fenToYuan(plan.firstMonthRequiredFen),
      dti: incomeFen === 0 ? null : Math.round((plan.firstMonthDtiPaymentsFen / incomeFen) * 10_000) / 10_000,
      onlineLenders: countOnlineLenders(planDebts),
    },
    plan: {
      strategy: plan.strategy,
      share: plan.share,
      feasible: plan.feasible,
      payable: plan.payable,
      months: plan.months,
      debtFreeBy: plan.debtFreeBy,
      totalInterest: fenToYuan(plan.totalInterestFen),
    },
    projection: { from: addMonthsToMonth(monthOf(asOf), 1), balances },
  };
}

/** How many events a list holds up to the audit date, and the latest one's date (events after it are not counted, as by the rules). */
function counted(events: readonly { date: string }[], asOf: CalendarDate): { count: number; last: string | null } {
  let count = 0;
  let last: string | null = null;
  for (const event of events) {
    if (event.date > asOf) continue;
    count += 1;
    if (last === null || event.date > last) last = event.date;
  }
  return { count, last };
}

/** One history line: the snapshot as JSON, its keys in the order buildSnapshot made them. */
export function snapshotLine(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot)}\n`;
}
