/**
 * The words of a what-if for people, which the table and the markdown view lay out each its own
 * way: the side-by-side rows, what each scenario does, and the --target answer. Reads the finished
 * JSON document only.
 */
import { formatList, formatRate } from '../i18n/format';
import { reportText } from '../i18n/report';
import { whatifText } from '../i18n/whatif';
import { money } from './summary';
import type { WhatifJson, WhatifScenarioJson, WhatifSideJson } from './whatif-schema';

export interface ComparisonRows {
  /** The sides' names: the baseline first. */
  head: string[];
  /** A label, then one cell per side. */
  rows: string[][];
}

export function comparisonRows(json: WhatifJson): ComparisonRows {
  const t = whatifText(json.lang);
  const lang = json.lang;
  const sides: WhatifSideJson[] = [json.baseline, ...json.scenarios];
  const row = (label: string, cell: (side: WhatifSideJson) => string) => [label, ...sides.map(cell)];
  const rows = [
    row(t.rowScore, (side) => t.scoreCell(side.score.value, side.score.grade)),
    ...json.baseline.outlook.map((point, i) =>
      row(t.rowScoreIn(point.months), (side) => {
        const score = side.outlook[i]?.score;
        return score ? t.scoreCell(score.value, score.grade) : t.unknown;
      }),
    ),
    row(t.rowFindings, (side) => [side.summary.critical, side.summary.high, side.summary.medium, side.summary.low].join(' · ')),
    row(t.rowMonths, (side) => (side.plan.months === null ? t.never : String(side.plan.months))),
    row(t.rowDebtFreeBy, (side) => side.plan.debtFreeBy ?? (side.plan.payable ? t.noDebt : t.never)),
    row(t.rowInterest, (side) => money(side.plan.totalInterest, lang)),
    row(t.rowRequiredShare, (side) => (side.plan.requiredShare === null ? t.unknown : formatRate(side.plan.requiredShare, lang))),
    row(t.rowBudget, (side) => money(side.plan.monthlyBudget, lang)),
    row(t.rowReviewMonth, (side) => side.reviewMonth ?? t.unknown),
  ];
  const target = json.baseline.target;
  if (target !== null) {
    rows.push(row(t.rowTarget(target.month), (side) => (side.target?.extra == null ? t.noExtraReaches : money(side.target.extra, lang))));
  }
  return { head: [t.baseline, ...json.scenarios.map((s) => s.name)], rows };
}

/** The line under the title: the date and what the baseline puts to debt. */
export function settingsLine(json: WhatifJson): string {
  const plan = json.baseline.plan;
  return whatifText(json.lang).asOfLine(json.asOf, formatRate(plan.share, json.lang), reportText(json.lang).strategy[plan.strategy]);
}

export interface ScenarioLines {
  heading: string;
  /** The changes, in words. */
  changes: string;
  /** What to know before making them. */
  notes: string[];
  /** Findings cleared, raised, eased, worsened (one line each that has any), or one line saying none. */
  findings: string[];
  /** Interest, months and score against the baseline, in one line. */
  outcome: string;
}

export function scenarioLines(scenario: WhatifScenarioJson, baseline: WhatifSideJson, lang: WhatifJson['lang']): ScenarioLines {
  const t = whatifText(lang);
  const r = reportText(lang);
  const { effect } = scenario;
  const severity = (s: keyof typeof r.severity | null) => (s === null ? '' : r.severity[s]);
  const list = (label: string, shifts: WhatifScenarioJson['effect']['cleared']) =>
    shifts.length === 0
      ? []
      : [`${label}${r.colon}${formatList(shifts.map((s) => t.shift(s.title, s.ruleId, [severity(s.from), severity(s.to)].filter((x) => x !== '').join(' → '))), lang, 'semicolon')}`];
  const findings = [
    ...list(t.clears, effect.cleared),
    ...list(t.raises, effect.raised),
    ...list(t.eases, effect.eased),
    ...list(t.worsens, effect.worsened),
  ];
  return {
    heading: t.whatItDoes(scenario.name),
    changes: `${t.changesLabel}${r.colon}${formatList(scenario.changes.map((c) => c.text), lang, 'semicolon')}`,
    notes: scenario.notes.map((note) => note.message),
    findings: findings.length > 0 ? findings : [t.noFindingChanges],
    outcome: formatList([interestText(scenario, lang), monthsText(scenario, baseline, lang), scoreText(effect.scoreChange, lang), reviewText(scenario, baseline, lang)].filter((text) => text !== ''), lang, 'semicolon'),
  };
}

function interestText(scenario: WhatifScenarioJson, lang: WhatifJson['lang']): string {
  const t = whatifText(lang);
  const saved = scenario.effect.interestSaved;
  if (saved > 0) return t.interestSaved(money(saved, lang));
  if (saved < 0) return t.interestCost(money(-saved, lang));
  return t.interestSame;
}

function monthsText(scenario: WhatifScenarioJson, baseline: WhatifSideJson, lang: WhatifJson['lang']): string {
  const t = whatifText(lang);
  const saved = scenario.effect.monthsSaved;
  if (saved === null) {
    if (scenario.plan.payable) return t.nowPayable;
    return baseline.plan.payable ? t.noLongerPayable : t.neitherPayable;
  }
  if (saved > 0) return t.monthsSooner(saved);
  if (saved < 0) return t.monthsLater(-saved);
  return t.monthsSame;
}

function scoreText(change: number, lang: WhatifJson['lang']): string {
  const t = whatifText(lang);
  return change === 0 ? t.scoreSame : t.scoreChange(change > 0 ? `+${change}` : String(change));
}

/** How the review month moves; nothing when neither side has one within 36 months. */
function reviewText(scenario: WhatifScenarioJson, baseline: WhatifSideJson, lang: WhatifJson['lang']): string {
  const t = whatifText(lang);
  const sooner = scenario.effect.reviewMonthsSooner;
  if (sooner === null) {
    if (scenario.reviewMonth !== null) return t.reviewNow(scenario.reviewMonth);
    return baseline.reviewMonth !== null ? t.reviewLost(baseline.reviewMonth) : '';
  }
  if (sooner > 0) return t.reviewSooner(sooner, scenario.reviewMonth!);
  if (sooner < 0) return t.reviewLater(-sooner, scenario.reviewMonth!);
  return t.reviewSame;
}

/** The --target answer for each side, under a heading; none without --target. */
export function targetLines(json: WhatifJson): { heading: string; lines: string[] } | null {
  const target = json.baseline.target;
  if (target === null) return null;
  const t = whatifText(json.lang);
  const sides: [string, WhatifSideJson][] = [[t.baseline, json.baseline], ...json.scenarios.map((s): [string, WhatifSideJson] => [s.name, s])];
  const lines = sides.map(([name, side]) => {
    const answer = side.target!;
    if (answer.extra === null) return t.targetNone(name, money(answer.cap, json.lang));
    if (answer.extra === 0) return t.targetAlready(name);
    return t.targetNeeds(name, money(answer.extra, json.lang), money(side.plan.monthlyBudget + answer.extra, json.lang));
  });
  return { heading: t.targetLine(target.month), lines };
}
