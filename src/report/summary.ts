/** Plain-text lines that both the table and the markdown renderer show (one wording, two layouts). */
import { addMonthsToMonth } from '../dates';
import { formatMoney, formatRate } from '../i18n/format';
import { reportText, type ReportText } from '../i18n/report';
import { yuanToFen } from '../money';
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
  return `${t.score}${t.colon}${report.score.value}/100 (${t.grade} ${report.score.grade}) — ${areas}`;
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
  /** A headline the user must not miss (infeasible, not payable), or null. */
  alert: string | null;
  lines: string[];
  warnings: string[];
}

export function planSummary(plan: PlanJson, lang: Report['lang']): PlanSummary {
  const t = reportText(lang);
  const lines: string[] = [];
  lines.push(`${t.strategyLabel}${t.colon}${t.strategy[plan.strategy]}`);
  lines.push(t.budgetLine(money(plan.monthlyBudget, lang), formatRate(plan.share, lang), money(plan.livingBudget, lang)));
  if (plan.requiredShare !== null) lines.push(t.requiredLine(money(plan.firstMonthRequired, lang), formatRate(plan.requiredShare, lang)));
  let alert: string | null = null;
  if (!plan.payable) {
    const calendarEnded = plan.warnings.some((w) => w.kind === 'horizon_reached' && w.horizon === 'calendar');
    alert = calendarEnded ? t.notPayableCalendar : t.notPayable;
  }
  else if (!plan.feasible) alert = t.infeasible(plan.requiredShare === null ? '∞' : formatRate(plan.requiredShare, lang), formatRate(plan.share, lang));
  if (plan.payable) {
    if (plan.months === 0 || plan.debtFreeBy === null) lines.push(t.noDebt);
    else lines.push(t.debtFree(plan.months ?? 0, plan.debtFreeBy));
  }
  lines.push(t.totals(money(plan.totalInterest, lang), money(plan.totalPaid, lang)));
  if (plan.order.length > 0) {
    const order = plan.order.map((entry, i) => `${i + 1}. ${entry.debt} (${entry.paidOffMonth ?? t.notPaid})`).join('  ');
    lines.push(`${t.payoffOrder}${t.colon}${order}`);
  }
  lines.push(t.milestones(plan.milestones.dtiBelow50 ?? t.never, plan.milestones.dtiBelow36 ?? t.never));
  lines.push(
    plan.living.recentSpending === null || plan.living.fits === null
      ? t.livingUnknown(money(plan.living.budget, lang))
      : t.living(money(plan.living.budget, lang), money(plan.living.recentSpending, lang), plan.living.monthsUsed, plan.living.fits),
  );
  return { alert, lines, warnings: groupedWarnings(plan, lang) };
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
