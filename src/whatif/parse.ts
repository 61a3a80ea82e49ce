/**
 * The changes as the command line writes them (`--pay 借呗=5000`, `--refinance A,B=0.06,24,300`)
 * → Change, or the one problem with the text. Pure; the messages are in src/i18n/whatif.ts. The
 * ranges are the profile's: money 0 … MAX_YUAN with at most 2 decimals, a rate at most 1 (100 %).
 */
import { yuanToFen } from '../money';
import { STRATEGIES, type Strategy } from '../plan/types';
import { has2Decimals, MAX_YUAN } from '../profile/values';
import { closest } from '../text';
import type { Change, ChangeKind } from './changes';

/** The longest term a loan may have, as a profile's `months_left`. */
export const MAX_MONTHS = 600;

/** What is wrong with one value of a change, whichever way it was written. */
export type ValueProblem =
  /** `--pay 借呗` without `=AMOUNT`, and the like: the form the flag takes. */
  | { code: 'form'; form: string }
  | { code: 'empty_name' }
  | { code: 'not_number'; found: string }
  | { code: 'negative'; found: string }
  /** Zero or below where only an amount above 0 makes sense (a repayment). */
  | { code: 'not_positive'; found: string }
  | { code: 'decimals'; found: string }
  | { code: 'too_large'; found: string; max: number }
  | { code: 'rate_above'; found: string; suggestion: number | undefined }
  | { code: 'share_range'; found: string }
  | { code: 'months_range'; found: string; max: number }
  | { code: 'strategy'; found: string; suggestion: string | undefined };

export type ParsedChange = { ok: true; change: Change } | { ok: false; problem: ValueProblem };

/** The form each flag takes, as its problems show it. */
export const CHANGE_FORMS: Record<ChangeKind, string> = {
  pay: 'NAME=AMOUNT',
  extra: 'AMOUNT',
  share: 'N',
  income: 'AMOUNT',
  spend: 'AMOUNT',
  close: 'LINE',
  refinance: 'NAME[,NAME…]=APR,MONTHS[,FEE]',
  strategy: STRATEGIES.join('|'),
};

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

/** One command-line change: `kind` is the flag without its dashes, `text` its value. */
export function parseChange(kind: ChangeKind, text: string): ParsedChange {
  const done = (change: Change): ParsedChange => ({ ok: true, change });
  const fail = (problem: ValueProblem): ParsedChange => ({ ok: false, problem });
  switch (kind) {
    case 'extra':
    case 'income':
    case 'spend': {
      const amount = money(text, false);
      return amount.ok ? done({ kind, amountFen: amount.value }) : fail(amount.problem);
    }
    case 'share': {
      const share = number(text);
      if (!share.ok) return fail(share.problem);
      return share.value > 0 && share.value <= 1 ? done({ kind, share: share.value }) : fail({ code: 'share_range', found: text.trim() });
    }
    case 'strategy': {
      const value = text.trim();
      if ((STRATEGIES as readonly string[]).includes(value)) return done({ kind, strategy: value as Strategy });
      return fail({ code: 'strategy', found: value, suggestion: closest(value, STRATEGIES) });
    }
    case 'close': {
      const line = text.trim();
      return line === '' ? fail({ code: 'empty_name' }) : done({ kind, line });
    }
    case 'pay': {
      const split = splitAtLastEquals(text, kind);
      if (!split.ok) return fail(split.problem);
      const amount = money(split.value.right, true);
      return amount.ok ? done({ kind, debt: split.value.left, amountFen: amount.value }) : fail(amount.problem);
    }
    case 'refinance': {
      const split = splitAtLastEquals(text, kind);
      if (!split.ok) return fail(split.problem);
      const debts = split.value.left.split(',').map((name) => name.trim());
      if (debts.some((name) => name === '')) return fail({ code: 'empty_name' });
      const terms = split.value.right.split(',');
      if (terms.length < 2 || terms.length > 3) return fail({ code: 'form', form: CHANGE_FORMS.refinance });
      const apr = rate(terms[0]!);
      if (!apr.ok) return fail(apr.problem);
      const months = term(terms[1]!);
      if (!months.ok) return fail(months.problem);
      const fee = terms[2] === undefined ? { ok: true as const, value: 0 } : money(terms[2], false);
      if (!fee.ok) return fail(fee.problem);
      return done({ kind, debts, apr: apr.value, months: months.value, feeFen: fee.value });
    }
  }
}

/** `NAME=VALUE` split at the last `=` (a name may hold one); both sides must be there. */
function splitAtLastEquals(text: string, kind: ChangeKind): Parsed<{ left: string; right: string }> {
  const at = text.lastIndexOf('=');
  if (at < 0 || text.slice(at + 1).trim() === '') return { ok: false, problem: { code: 'form', form: CHANGE_FORMS[kind] } };
  const left = text.slice(0, at).trim();
  if (left === '') return { ok: false, problem: { code: 'empty_name' } };
  return { ok: true, value: { left, right: text.slice(at + 1).trim() } };
}

/** A plain decimal number (no `1e3`, no `0x10`, no thousands separators). */
function number(text: string): Parsed<number> {
  const found = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(found)) return { ok: false, problem: { code: 'not_number', found } };
  return { ok: true, value: Number(found) };
}

/** Yuan → fen: not negative (above 0 when `positive`), at most 2 decimals, at most MAX_YUAN. */
function money(text: string, positive: boolean): Parsed<number> {
  const parsed = number(text);
  if (!parsed.ok) return parsed;
  const found = text.trim();
  const value = parsed.value;
  if (positive && value <= 0) return { ok: false, problem: { code: 'not_positive', found } };
  if (value < 0) return { ok: false, problem: { code: 'negative', found } };
  if (value > MAX_YUAN) return { ok: false, problem: { code: 'too_large', found, max: MAX_YUAN } };
  if (!has2Decimals(value)) return { ok: false, problem: { code: 'decimals', found } };
  return { ok: true, value: yuanToFen(value) };
}

/** An annual rate as a decimal, 0 … 1; a percentage written as a number gets "did you mean". */
function rate(text: string): Parsed<number> {
  const parsed = number(text);
  if (!parsed.ok) return parsed;
  const found = text.trim();
  if (parsed.value < 0) return { ok: false, problem: { code: 'negative', found } };
  if (parsed.value > 1) return { ok: false, problem: { code: 'rate_above', found, suggestion: parsed.value / 100 <= 1 ? parsed.value / 100 : undefined } };
  return parsed;
}

/** A loan's term: whole months, 1 … MAX_MONTHS. */
function term(text: string): Parsed<number> {
  const parsed = number(text);
  if (!parsed.ok) return parsed;
  const found = text.trim();
  if (!Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > MAX_MONTHS) {
    return { ok: false, problem: { code: 'months_range', found, max: MAX_MONTHS } };
  }
  return parsed;
}
