/** Plain-text lines that both the table and the markdown renderer show (one wording, two layouts). */
import { addMonthsToMonth } from '../dates';
import { formatMoney, formatRate } from '../i18n/format';
import { reportText, type ReportText } from '../i18n/report';
import { formatPercent, formatYuan, yuanToFen } from '../money';
import type { PlanJson, Report } from './schema';
import { REVIEW_HORIZON_MONTHS } from '../timeline';

export function money(yuan: number, lang: Report['lang']): string {
  return formatMoney(yuanToFen(yuan), lang);
}

/** The snapshot's source as shown to a person: the bundled one by name in the report's language. */
export function snapshotName(report: Report, t: ReportText): string {
  return report.macroSnapshot.source.replace(/^bundled/, t.bundled);
}

export function scoreLine(report: Report): string {
  const t = reportText(report.lang);
  const areas = (Object.keys(report.score.byArea) as (keyof Report['score']['byArea'])[])
    .map((area) => `${t.area[area]} ${report.score.byArea[area]}`)
    .join(' · ');
  return `${t.score}${t.colon}${report.score.value}/100${t.paren(`${t.grade} ${report.score.grade}`)} — ${areas}`;
}

/**
 * The review month in one line: the roadmap heads its view with it, `check` prints it after the
 * score with what it means (`explained`). The audit month itself is "now".
 */
export function reviewLine(reviewMonth: string | null, asOf: string, lang: Report['lang'], options: { horizon?: number; explained?: boolean } = {}): string {
  const t = reportText(lang);
  if (reviewMonth === null) return `${t.reviewMonthNone(options.horizon ?? REVIEW_HORIZON_MONTHS)}${options.explained ? t.reviewMonthNoneMeaning : ''}`;
  if (reviewMonth === asOf.slice(0, 7)) return t.reviewMonthNow(reviewMonth);
  return `${t.reviewMonth(reviewMonth)}${options.explained ? t.reviewMonthMeaning : ''}`;
}

export interface PlanSummary {
  /** The plan's heading, with its actual split: "Repayment plan (20/80)", "(60/40)". */
  title: string;
  /** A headline the user must not miss (infeasible, not payable from income, not payable), or null. */
  alert: string | null;
  lines: string[];
  warnings: string[];
  /** Whether the strategy comparison is worth showing (not with no debt to repay). */
  showComparison: boolean;
  /** Why the three strategies give the same plan, when they do for a reason; else null. */
  comparisonNote: string | null;
}

/** "20/80", "60/40", "12.5/87.5": the debt and living percentages of the split. */
function splitLabel(share: number): string {
  const percent = (x: number) => String(Math.round(x * 10_000) / 100);
  return `${percent(share)}/${percent(1 - share)}`;
}

export function planSummary(plan: PlanJson, lang: Report['lang']): PlanSummary {
  const t = reportText(lang);
  const lines: string[] = [];
  const noDebt = plan.payable && plan.months === 0;
  const rate = (share: number | null) => (share === null ? '∞' : formatRate(share, lang));
  if (!noDebt) lines.push(`${t.strategyLabel}${t.colon}${t.strategy[plan.strategy]} — ${t.strategyExplain[plan.strategy]}`);
  const [budget, share, required] = [money(plan.monthlyBudget, lang), formatRate(plan.share, lang), money(plan.firstMonthRequired, lang)];
  if (plan.feasible) {
    lines.push(t.budgetLine(budget, share, money(plan.livingBudget, lang)));
    if (plan.requiredShare !== null && !noDebt) lines.push(t.requiredLine(required, formatRate(plan.requiredShare, lang)));
  } else if (plan.livingBudget >= 0) {
    lines.push(t.budgetLineOver(budget, share, required, rate(plan.requiredShare), money(plan.livingBudget, lang)));
  } else {
    lines.push(t.budgetLineShort(budget, share, required));
  }
  let alert: string | null = null;
  const short = plan.incomeShortfall;
  if (!plan.payable) {
    const calendarEnded = plan.warnings.some((w) => w.kind === 'horizon_reached' && w.horizon === 'calendar');
    alert = calendarEnded ? t.notPayableCalendar : t.notPayable;
  } else if (short !== null) {
    alert = shortfallAlert(plan, short, lang);
  } else if (!plan.feasible) {
    alert = t.infeasible(rate(plan.requiredShare), formatRate(plan.share, lang));
  }
  if (plan.payable) {
    if (noDebt || plan.debtFreeBy === null) lines.push(t.noDebt);
    else if (short === null) lines.push(t.debtFree(plan.months ?? 0, plan.debtFreeBy));
    else if (short.months === 1) lines.push(t.debtFreeIfOnce(plan.months ?? 0, plan.debtFreeBy, money(short.largest, lang), short.largestMonth));
    else lines.push(t.debtFreeIf(plan.months ?? 0, plan.debtFreeBy, money(short.largest, lang), short.months));
  }
  if (!noDebt) lines.push(t.totals(money(plan.totalInterest, lang), money(plan.totalPaid, lang)));
  if (plan.order.length > 0) {
    const order = plan.order.map((entry, i) => `${i + 1}. ${entry.debt} (${entry.paidOffMonth ?? t.notPaid})`).join('  ');
    lines.push(`${t.payoffOrder}${t.colon}${order}`);
  }
  if (!noDebt) lines.push(plan.income === 0 ? t.milestonesNoIncome : t.milestones(plan.milestones.dtiBelow50, plan.milestones.dtiBelow36));
  const living = plan.living.budget < 0 ? t.livingNone(money(-plan.living.budget, lang)) : money(plan.living.budget, lang);
  lines.push(
    plan.living.recentSpending === null || plan.living.fits === null
      ? t.livingUnknown(living)
      : t.living(living, money(plan.living.recentSpending, lang), plan.living.monthsUsed, plan.living.fits),
  );
  const title = t.plan(splitLabel(plan.share));
  return { title, alert, lines, warnings: groupedWarnings(plan, lang), showComparison: !noDebt, comparisonNote: noDebt ? null : comparisonNote(plan, lang) };
}

/** Why the three strategies come out the same, when they do: one debt, no extra money, or extra money only late. */
function comparisonNote(plan: PlanJson, lang: Report['lang']): string | null {
  const t = reportText(lang);
  const [first, ...others] = plan.comparison;
  const same = (c: PlanJson['comparison'][number]) =>
    c.months === first!.months && c.totalInterest === first!.totalInterest && c.lendersAtMost2By === first!.lendersAtMost2By;
  if (first === undefined || !others.every(same)) return null;
  if (plan.order.length <= 1) return t.sameStrategiesOneDebt;
  if (plan.extraFrom === null) return t.sameStrategiesNoExtra;
  return plan.extraFrom === plan.schedule[0]?.month ? t.sameStrategiesSameTargets : t.sameStrategiesLate(plan.extraFrom);
}

/** The headline of a plan whose required payments are more than the income in some month. */
function shortfallAlert(plan: PlanJson, short: NonNullable<PlanJson['incomeShortfall']>, lang: Report['lang']): string {
  const t = reportText(lang);
  const head =
    plan.income === 0
      ? t.shortfallNoIncome(money(plan.firstMonthRequired, lang))
      : short.firstMonth > 0
        ? t.shortfallFirst(money(plan.firstMonthRequired, lang), formatRate(plan.requiredShare ?? 0, lang), money(plan.income, lang), money(short.firstMonth, lang))
        : t.shortfallLater(short.largestMonth, money(short.largest + plan.income, lang), money(plan.income, lang), money(short.largest, lang));
  const more =
    short.months === 1 ? '' : short.firstMonth > 0 ? t.shortfallLargest(short.months, money(short.largest, lang), short.largestMonth) : t.shortfallCount(short.months);
  return `${head}${more}${t.shortfallAdvice}`;
}

/**
 * Plan warnings for a person: consecutive months whose required payments exceed the budget are one
 * line (an infeasible plan can have hundreds); the JSON keeps one entry per month for scripts.
 */
function groupedWarnings(plan: PlanJson, lang: Report['lang']): string[] {
  const t = reportText(lang);
  const out: string[] = [];
  let run: { from: string; to: string; count: number; max: number } | null = null;
  const flush = () => {
    if (run === null) return;
    out.push(
      run.count === 1
        ? t.warnRequiredExceeds(run.from, money(run.max, lang), money(plan.monthlyBudget, lang))
        : t.warnRequiredExceedsRange(run.from, run.to, run.count, money(run.max, lang), money(plan.monthlyBudget, lang)),
    );
    run = null;
  };
  for (const warning of plan.warnings) {
    if (warning.kind === 'infeasible') continue;
    if (warning.kind === 'required_exceeds_budget' && warning.month !== undefined) {
      const amount = warning.amount ?? 0;
      if (run !== null && addMonthsToMonth(run.to, 1) === warning.month) {
        run.to = warning.month;
        run.count += 1;
        run.max = Math.max(run.max, amount);
      } else {
        flush();
        run = { from: warning.month, to: warning.month, count: 1, max: amount };
      }
      continue;
    }
    flush();
    out.push(warning.message);
  }
  flush();
  return out;
}

/** The schedule as rows of text: the month, each debt's balance at its end, what was paid, what remains (the plan's views and the HTML page). */
export function scheduleRows(plan: PlanJson): { debts: string[]; rows: string[][] } {
  const debts = plan.order.map((entry) => entry.debt);
  const rows = plan.schedule.map((m) => {
    const paid = Object.values(m.payments).reduce((sum, yuan) => sum + yuanToFen(yuan), 0);
    const remaining = Object.values(m.balances).reduce((sum, yuan) => sum + yuanToFen(yuan), 0);
    return [m.month, ...debts.map((d) => formatYuan(yuanToFen(m.balances[d] ?? 0))), formatYuan(paid), formatYuan(remaining)];
  });
  return { debts, rows };
}

/**
 * One row per debt for the rates section: name, the rate as quoted (a daily rate or a fee to 4
 * decimals of a percent, as lenders write them: 0.035 %), the true APR and the EAR. Empty without debts.
 */
export function debtRateRows(report: Report): string[][] {
  const t = reportText(report.lang);
  return report.debts.map((d) => {
    const yearly = formatPercent(d.quotedApr);
    const quoted = d.quotedBasis === 'apr' ? t.quoted.apr(yearly) : t.quoted[d.quotedBasis](formatPercent(d.quotedRate, 4), yearly);
    return [d.name, d.rateEstimated ? t.quoted.estimated(quoted) : quoted, formatPercent(d.apr), formatPercent(d.ear)];
  });
}
