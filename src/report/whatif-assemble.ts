/**
 * The JSON document of a what-if (whatif-schema.ts) made of the comparison's domain results
 * (src/whatif): money in yuan, the changes and notes in words of the document's language. The
 * table and markdown views render what this makes.
 */
import { formatMoney, formatMonthCount, formatRate, formatList } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { reportText } from '../i18n/report';
import { whatifText } from '../i18n/whatif';
import { fenToYuan } from '../money';
import type { Change } from '../whatif/changes';
import type { ScenarioNote, ScenarioResult, Side, WhatifResult } from '../whatif/compare';
import { budgetFigures, outcomeFigures } from './assemble';
import { documentHeader, type DocumentContext } from './header';
import type { WhatifChangeJson, WhatifJson, WhatifScenarioJson, WhatifSideJson } from './whatif-schema';

/** What the document says about the run beside the comparison (the report's header). */
export type WhatifContext = DocumentContext;

export function assembleWhatif(result: WhatifResult, context: WhatifContext): WhatifJson {
  return {
    ...documentHeader(context),
    baseline: sideToJson(result.baseline),
    scenarios: result.scenarios.map((scenario) => scenarioToJson(scenario, context.lang)),
  };
}

function sideToJson(side: Side): WhatifSideJson {
  const summary = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of side.findings) summary[finding.severity] += 1;
  const { plan } = side;
  return {
    score: { value: side.score.value, grade: side.score.grade, byArea: side.score.byArea },
    outlook: side.outlook.map((point) => ({
      months: point.months,
      month: point.month,
      score: point.score === null ? null : { value: point.score.value, grade: point.score.grade },
    })),
    findings: side.findings,
    summary,
    plan: { ...budgetFigures(plan), extra: fenToYuan(plan.extraFen), ...outcomeFigures(plan) },
    reviewMonth: side.reviewMonth,
    target:
      side.target === null
        ? null
        : { month: side.target.month, extra: side.target.extraFen === null ? null : fenToYuan(side.target.extraFen), cap: fenToYuan(side.target.capFen) },
  };
}

function scenarioToJson(scenario: ScenarioResult, lang: Lang): WhatifScenarioJson {
  const { effect } = scenario;
  return {
    name: scenario.name,
    changes: scenario.changes.map((change) => changeToJson(change, lang)),
    notes: scenario.notes.map((note) => ({ kind: note.kind, message: noteText(note, lang) })),
    ...sideToJson(scenario),
    effect: {
      cleared: effect.cleared,
      raised: effect.raised,
      eased: effect.eased,
      worsened: effect.worsened,
      interestSaved: fenToYuan(effect.interestSavedFen),
      monthsSaved: effect.monthsSaved,
      scoreChange: effect.scoreChange,
      reviewMonthsSooner: effect.reviewMonthsSooner,
    },
  };
}

export function changeToJson(change: Change, lang: Lang): WhatifChangeJson {
  const text = changeText(change, lang);
  switch (change.kind) {
    case 'pay':
      return { kind: change.kind, debt: change.debt, amount: fenToYuan(change.amountFen), text };
    case 'extra':
    case 'income':
    case 'spend':
      return { kind: change.kind, amount: fenToYuan(change.amountFen), text };
    case 'share':
      return { kind: change.kind, share: change.share, text };
    case 'close':
      return { kind: change.kind, line: change.line, text };
    case 'refinance':
      return { kind: change.kind, debts: change.debts, apr: change.apr, months: change.months, fee: fenToYuan(change.feeFen), text };
    case 'strategy':
      return { kind: change.kind, strategy: change.strategy, text };
  }
}

/** A change in words: "pay ¥5,000.00 off 借呗 now". */
export function changeText(change: Change, lang: Lang): string {
  const t = whatifText(lang).change;
  const money = (fen: number) => formatMoney(fen, lang);
  switch (change.kind) {
    case 'pay':
      return t.pay(change.debt, money(change.amountFen));
    case 'extra':
      return t.extra(money(change.amountFen));
    case 'share':
      return t.share(formatRate(change.share, lang));
    case 'income':
      return t.income(money(change.amountFen));
    case 'spend':
      return t.spend(money(change.amountFen));
    case 'close':
      return t.close(change.line);
    case 'refinance':
      return t.refinance(formatList(change.debts, lang), formatRate(change.apr, lang), change.months, change.feeFen > 0 ? money(change.feeFen) : null);
    case 'strategy':
      return t.strategy(reportText(lang).strategy[change.strategy]);
  }
}

function noteText(note: ScenarioNote, lang: Lang): string {
  const t = whatifText(lang).note;
  const money = (fen: number) => formatMoney(fen, lang);
  switch (note.kind) {
    case 'pay_exceeds_liquid':
      return t.payExceedsLiquid(note.debt, money(note.amountFen), money(note.liquidFen));
    case 'thin_buffer':
      return t.thinBuffer(money(note.liquidFen), formatMonthCount(note.months, lang), formatMonthCount(note.lineMonths, lang), money(note.targetFen));
    case 'utilisation_rises':
      return t.utilisationRises(note.line, formatRate(note.before, lang), formatRate(note.after, lang));
    case 'line_has_balance':
      return t.lineHasBalance(note.line, money(note.usedFen));
    case 'refinance':
      return t.refinance(note.name, money(note.instalmentFen), formatRate(note.trueApr, lang), note.months);
    case 'budget_above_income':
      return t.budgetAboveIncome(money(note.budgetFen), money(note.incomeFen));
  }
}

/** The most months the balance curves run (a plan never paid off runs to 600). */
export const CURVE_MONTHS = 120;

/** Each side's total debt at each month-end, from the audit month (what the HTML page draws). */
export interface WhatifCurves {
  /** The audit month, then the plan months. */
  labels: string[];
  /** The baseline first, then the scenarios: yuan at each label; null past a plan's last month when it is not paid off. */
  series: { name: string; values: (number | null)[]; debtFreeBy: string | null }[];
}

export function balanceCurves(result: WhatifResult, baselineName: string, auditMonth: string): WhatifCurves {
  const sides: [string, Side][] = [[baselineName, result.baseline], ...result.scenarios.map((s): [string, Side] => [s.name, s])];
  // As long as the longest plan, within CURVE_MONTHS; the months are the plans' own (they share a start).
  const longest = sides.reduce((best, [, side]) => (side.plan.schedule.length > best.length ? side.plan.schedule : best), sides[0]![1].plan.schedule);
  const months = longest.slice(0, CURVE_MONTHS).map((month) => month.month);
  const total = (record: Readonly<Record<string, number>>) => Object.values(record).reduce((sum, fen) => sum + fen, 0);
  return {
    labels: [auditMonth, ...months],
    series: sides.map(([name, side]) => ({
      name,
      values: [
        fenToYuan(side.plan.startBalanceFen),
        ...months.map((_, i) => {
          const month = side.plan.schedule[i];
          if (month !== undefined) return fenToYuan(total(month.balancesFen));
          return side.plan.payable ? 0 : null;
        }),
      ],
      debtFreeBy: side.plan.debtFreeBy,
    })),
  };
}
