/**
 * Test helpers for the rules: a small profile, a hand-built plan (the planner is tested on its
 * own; here a rule sees exactly the plan figures the test gives it), a snapshot, and `audit`,
 * which runs one rule through the real engine and renders it in both languages, so every test
 * also proves its messages fill in zh and en.
 */
import { addMonthsToMonth } from '../../src/dates';
import { effectiveMacro } from '../../src/macro/macro';
import type { EffectiveMacro } from '../../src/macro/macro';
import type { PlanMonth, PlanResult } from '../../src/plan/types';
import type { Debt, MacroSnapshot, Profile, ProfileMacro } from '../../src/profile/schema';
import { checkRule, runRules } from '../../src/rules/engine';
import { isNotEvaluated, type AnyRule, type Finding, type NotEvaluated, type RuleOutcome, type Thresholds } from '../../src/rules/types';

export const AS_OF = '2026-11-01';

/** A valid profile: net income ¥10,000 a month, no debts; `overrides` replace whole sections. */
export function profile(overrides: Partial<Profile> = {}): Profile {
  return { version: 1, income: { monthly: 10_000 }, debts: [], ...overrides };
}

/** The fields of a made-up rule that its tests do not vary (contract and type tests). */
export const RULE_STUB = { id: 'credit/stub', area: 'credit', needs: ['income.monthly'], basis: ['heuristic'], sources: ['seed'] } as const;

/** The texts of a made-up rule besides its messages, with one threshold `line`, in English and Chinese. */
export const TEXT_STUB = { title: 'T', summary: 'S', ladder: 'L', rationale: 'R (heuristic)', thresholds: { line: 'the line' } } as const;
export const ZH_TEXT_STUB = { ...TEXT_STUB, title: '标题' } as const;

/** An online loan of ¥10,000 at 18 % with 12 instalments left, taken for consumption; `extra` replaces fields. */
export function debt(name: string, extra: Partial<Debt> = {}): Debt {
  return { name, kind: 'online_loan', balance: 10_000, apr: 0.18, repayment: 'equal_installment', months_left: 12, purpose: 'consumption', ...extra };
}

/** A profile with this `credit` section (and `rest` of the profile). */
export function credit(section: NonNullable<Profile['credit']>, rest: Partial<Profile> = {}): Profile {
  return profile({ credit: section, ...rest });
}

/** Monthly amounts, oldest first, the last one in `last` (2026-10, the month before the audit date). */
export function months(amounts: number[], last = '2026-10'): { month: string; amount: number }[] {
  return amounts.map((amount, i) => ({ month: addMonthsToMonth(last, i - (amounts.length - 1)), amount }));
}

export type MonthInput = Partial<Omit<PlanMonth, 'month'>> & { month?: string };

/**
 * A plan built by hand. The schedule's months run from 2026-12 unless a month is given;
 * `firstMonthRequiredFen` and `firstMonthDtiPaymentsFen` default to the first month's figures.
 */
export function plan(input: Partial<Omit<PlanResult, 'schedule'>> & { schedule?: MonthInput[] } = {}): PlanResult {
  const { schedule: months = [], ...rest } = input;
  const schedule: PlanMonth[] = months.map((m, i) => ({
    month: m.month ?? addMonthsToMonth('2026-12', i),
    requiredFen: m.requiredFen ?? {},
    paymentsFen: m.paymentsFen ?? {},
    interestFen: m.interestFen ?? {},
    balancesFen: m.balancesFen ?? {},
    dtiPaymentsFen: m.dtiPaymentsFen ?? 0,
    onlineLenders: m.onlineLenders ?? 0,
  }));
  const firstRequired = Object.values(schedule[0]?.requiredFen ?? {}).reduce((sum, fen) => sum + fen, 0);
  const startBalance = Object.values(schedule[0]?.balancesFen ?? {}).reduce((sum, fen) => sum + fen, 0);
  return {
    strategy: 'recovery',
    share: 0.2,
    incomeFen: 1_000_000,
    extraFen: 0,
    monthlyBudgetFen: 200_000,
    livingBudgetFen: 800_000,
    firstMonthRequiredFen: firstRequired,
    firstMonthDtiPaymentsFen: schedule[0]?.dtiPaymentsFen ?? 0,
    startBalanceFen: startBalance,
    requiredShare: firstRequired / 1_000_000,
    feasible: true,
    warnings: [],
    payable: true,
    months: schedule.length,
    debtFreeBy: schedule.at(-1)?.month ?? null,
    totalInterestFen: 0,
    totalPaidFen: 0,
    remainingFen: 0,
    order: [],
    milestones: { dtiBelow50: null, dtiBelow36: null, dtiBelow20: null },
    lendersAtMost2By: null,
    placedExtra: true,
    extraFrom: '2026-12',
    schedule,
    ...rest,
  };
}

/** The 1-year LPR change points of source D (docs/rules.md), as decimals. */
export const LPR_1Y: MacroSnapshot['lpr_1y'] = [
  ['2019-08-20', 0.0425],
  ['2019-09-20', 0.042],
  ['2019-11-20', 0.0415],
  ['2020-02-20', 0.0405],
  ['2020-04-20', 0.0385],
  ['2021-12-20', 0.038],
  ['2022-01-20', 0.037],
  ['2022-08-22', 0.0365],
  ['2023-06-20', 0.0355],
  ['2023-08-21', 0.0345],
  ['2024-07-22', 0.0335],
  ['2024-10-21', 0.031],
  ['2025-05-20', 0.03],
].map(([date, rate]) => ({ date: date as string, rate: rate as number }));

export const SNAPSHOT: MacroSnapshot = {
  date: '2026-10-20',
  sources: ['source D, H'],
  lpr_1y: LPR_1Y,
  events: [
    { date: '2020-11-02', effect: 'tightening', title: { zh: '网络小贷征求意见稿', en: 'Draft online micro-loan rules' } },
    { date: '2021-11-09', effect: 'neutral', title: { zh: '借呗换标信用贷', en: 'Jiebei relabels bank-funded loans' } },
    { date: '2025-04-03', effect: 'tightening', title: { zh: '助贷新规', en: 'NFRA notice on assisted lending' } },
    { date: '2025-09-01', effect: 'easing', title: { zh: '个人消费贷款贴息', en: 'Consumer-loan interest subsidy' } },
    { date: '2025-12-16', effect: 'tightening', title: { zh: '高成本贷款分层监管', en: 'Tiering of high-cost lending' } },
  ],
  stressed_sectors: [
    { name: 'real_estate', match: ['房地产', '地产', 'real estate', 'property'], since: '2021-09' },
    { name: 'tutoring', match: ['教培', '校外培训', 'tutoring'], since: '2021-07' },
  ],
};

export function macro(profileMacro?: ProfileMacro, snapshot: MacroSnapshot = SNAPSHOT): EffectiveMacro {
  return effectiveMacro(snapshot, 'test', profileMacro);
}

export interface AuditInput {
  profile?: Profile;
  asOf?: string;
  plan?: PlanResult;
  macro?: EffectiveMacro;
  /** Threshold overrides, applied through a rules config as a user would. */
  thresholds?: Thresholds;
}

export interface AuditOutput {
  /** Findings rendered in English. */
  findings: Finding[];
  /** The same findings rendered in Chinese. */
  zh: Finding[];
  notEvaluated: NotEvaluated[];
  /** The single finding, when there is exactly one (throws otherwise, so a test cannot pass by accident). */
  only: () => Finding;
}

/** Runs one rule through the engine, in both languages. */
export function audit(rule: AnyRule, input: AuditInput = {}): AuditOutput {
  const common = {
    profile: input.profile ?? profile(),
    asOf: input.asOf ?? AS_OF,
    plan: input.plan ?? plan(),
    macro: input.macro ?? macro(),
    rules: [rule],
    config: input.thresholds ? { rules: { [rule.id]: { thresholds: input.thresholds } } } : undefined,
  };
  const en = runRules({ ...common, lang: 'en' });
  const zh = runRules({ ...common, lang: 'zh' });
  return {
    findings: en.findings,
    zh: zh.findings,
    notEvaluated: en.notEvaluated,
    only: () => {
      if (en.findings.length !== 1) throw new Error(`expected exactly one finding, got ${en.findings.length}`);
      return en.findings[0]!;
    },
  };
}

/** The outcomes one rule's check returns on `input`, through the engine's context (none is an error: a scenario must raise something). */
export function outcomesOf(rule: AnyRule, input: AuditInput): RuleOutcome[] {
  const result = checkRule(rule, {
    profile: input.profile ?? profile(),
    asOf: input.asOf ?? AS_OF,
    plan: input.plan ?? plan(),
    macro: input.macro ?? macro(),
    thresholds: { ...rule.thresholds, ...input.thresholds },
  });
  if (result === null) throw new Error(`${rule.id}: the input raised nothing`);
  if (isNotEvaluated(result)) throw new Error(`${rule.id}: the input was not evaluated (missing ${result.missing.join(', ')})`);
  return Array.isArray(result) ? result : [result];
}

/** The severity of the single finding, or 'none' when the rule raised nothing (and had its data). */
export function severityOf(rule: AnyRule, input: AuditInput = {}): string {
  const result = audit(rule, input);
  if (result.notEvaluated.length > 0) throw new Error(`not evaluated: missing ${result.notEvaluated[0]!.missing.join(', ')}`);
  if (result.findings.length === 0) return 'none';
  if (result.findings.length > 1) throw new Error(`expected at most one finding, got ${result.findings.length}`);
  return result.findings[0]!.severity;
}

/** Dates `n` days apart, counting back from `last` (newest last). */
export function datesBack(count: number, last: string, stepDays: number): string[] {
  const lastDay = Date.parse(`${last}T00:00:00Z`) / 86_400_000;
  return Array.from({ length: count }, (_, i) => new Date((lastDay - (count - 1 - i) * stepDays) * 86_400_000).toISOString().slice(0, 10));
}
