/**
 * Scripted answers, section by section, for the questionnaire tests. `as_of` is 2026-11-01 throughout.
 * Each block answers one section completely, so a test reads as the conversation it drives.
 */
import type { Step } from './scripted';

export const AS_OF = '2026-11-01';

/** ¥12,000 a month from salary, and the three months before November. */
export const INCOME: Step[] = [
  ['income.monthly', '1.2万'],
  ['income.source', 'salary'],
  ['income.history.months', '3'],
  ['income.history.amount', '11800'], // 2026-08
  ['income.history.amount', '12,000'], // 2026-09
  ['income.history.amount', ''], // 2026-10: Enter takes the suggested monthly figure
];

/** 借呗 at 0.05 % a day over 10 months, and a card paid as it revolves. */
export const TWO_DEBTS: Step[] = [
  ['debts.more', true],
  ['debts.name', '借呗'],
  ['debts.kind', 'online_loan'],
  ['debts.lender', ''],
  ['debts.balance', '¥18,000'],
  ['debts.rate_kind', 'daily_rate'],
  ['debts.daily_rate', '0.05%'],
  ['debts.repayment', 'equal_installment'],
  ['debts.months_left', '10'],
  ['debts.upfront_fee', ''], // none: Enter
  ['debts.purpose', 'consumption'],
  ['debts.overdue', false],
  ['debts.more', true],
  ['debts.name', '招行信用卡'],
  ['debts.kind', 'credit_card'],
  ['debts.lender', '招商银行'],
  ['debts.balance', '6000'],
  ['debts.rate_kind', 'apr'],
  ['debts.apr', '18.25%'],
  ['debts.repayment', ''], // a card's default: revolving
  ['debts.min_payment', ''],
  ['debts.purpose', ''],
  ['debts.overdue', ''],
  ['debts.more', false],
];

export const NO_DEBTS: Step[] = [['debts.more', false]];

/** One late repayment, inquiries counted (1 / 3 / 4), two draws listed, a score that fell. */
export const CREDIT: Step[] = [
  ['credit.answer', true],
  ['credit.overdues.mode', 'list'],
  ['credit.overdues.more', true],
  ['credit.overdues.date', '2026-08'], // only the month is remembered
  ['credit.overdues.days', '12'],
  ['credit.overdues.amount', '3200'],
  ['credit.overdues.lender', '借呗'],
  ['credit.overdues.settled', true],
  ['credit.overdues.more', false],
  ['credit.inquiries.mode', 'counts'],
  ['credit.inquiries.last1', '1'],
  ['credit.inquiries.last3', '3'],
  ['credit.inquiries.last6', '4'],
  ['credit.inquiries.kind', 'loan'],
  ['credit.draws.mode', 'list'],
  ['credit.draws.more', true],
  ['credit.draws.date', '2026-10-05'],
  ['credit.draws.amount', '5000'],
  ['credit.draws.lender', '借呗'],
  ['credit.draws.more', true],
  ['credit.draws.date', '2026/9/20'],
  ['credit.draws.amount', ''],
  ['credit.draws.lender', ''],
  ['credit.draws.more', false],
  ['credit.sesame_score', '655'],
  ['credit.sesame_earlier', '690'],
  ['credit.autopay', 'no'],
  ['credit.income_proof', 'no'],
  ['credit.assets_proof', 'unknown'],
];

export const CREDIT_LINES: Step[] = [
  ['credit_lines.answer', true],
  ['credit_lines.more', true],
  ['credit_lines.name', '借呗'],
  ['credit_lines.limit', '2万'],
  ['credit_lines.previous_limit', '6万'],
  ['credit_lines.used', '18000'],
  ['credit_lines.status', ''], // suggested: reduced, since the limit fell
  ['credit_lines.more', false],
];

export const SPENDING: Step[] = [
  ['spending.answer', true],
  ['spending.history.months', '2'],
  ['spending.history.amount', '7400'], // 2026-09
  ['spending.history.amount', '8100'], // 2026-10
  ['spending.large.mode', 'list'],
  ['spending.large.more', true],
  ['spending.large.date', '2026-09-20'],
  ['spending.large.amount', '9000'],
  ['spending.large.note', '手机'],
  ['spending.large.more', false],
  ['spending.lender_transfers', '4'],
];

export const ASSETS: Step[] = [
  ['assets.answer', true],
  ['assets.liquid', '8000'],
  ['assets.investments', ''],
  ['assets.property', 'no'],
  ['assets.vehicle', 'unknown'],
];

export const EMPLOYMENT: Step[] = [
  ['employment.answer', true],
  ['employment.sector', 'internet'],
  ['employment.months_in_job', '30'],
];

export const ENVIRONMENT: Step[] = [['macro.platform_contraction', 'yes']];

/** Every section after debts skipped. */
export const SKIP_REST: Step[] = [
  ['credit.answer', false],
  ['credit_lines.answer', false],
  ['spending.answer', false],
  ['assets.answer', false],
  ['employment.answer', false],
  ['macro.platform_contraction', 'unknown'],
];

export const GO_ON: Step[] = [['review', 'go']];

/** At the review: change the section `id` (its questions follow). */
export const editSection = (id: string): Step[] => [
  ['review', 'edit'],
  ['review.section', id],
];

/** The end of the credit section left open: no Sesame score; autopay and both proofs "not sure". */
export const CREDIT_UNSURE_END: Step[] = [
  ['credit.sesame_score', ''],
  ['credit.autopay', 'unknown'],
  ['credit.income_proof', 'unknown'],
  ['credit.assets_proof', 'unknown'],
];

/** A whole session, no debts, in which only the credit section is answered: with `credit` (the steps after "answer it?"). */
export function creditOnly(credit: Step[]): Step[] {
  return [...INCOME, ...NO_DEBTS, ['credit.answer', true], ...credit, ...SKIP_REST.slice(1), ...GO_ON];
}

export const EVERYTHING: Step[] = [...INCOME, ...TWO_DEBTS, ...CREDIT, ...CREDIT_LINES, ...SPENDING, ...ASSETS, ...EMPLOYMENT, ...ENVIRONMENT];
