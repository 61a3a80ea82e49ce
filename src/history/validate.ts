/**
 * The check `progress` runs on every history line: does it match the snapshot schema (schema.ts),
 * and if not, which field is first wrong. Written out by hand because a history holds thousands of
 * lines — zod took ~0.5 ms a line in a cold engine, this takes microseconds — and zod need not load
 * at all. The zod schema stays the contract (`limit-audit schema history`, docs/history.md);
 * test/history/validate.test.ts holds the two to the same answer on real snapshots and on every
 * field broken in turn.
 */
import { isCalendarDate, isCalendarMonth } from '../dates';
import { DEBT_KINDS, has2Decimals, LINE_STATUSES } from '../profile/values';
import { GRADES } from '../rules/score';
import { AREAS, SEVERITIES } from '../rules/types';
import { STRATEGIES } from '../plan/types';
import { HISTORY_VERSION, PROJECTION_MONTHS } from './format';
import type { Snapshot } from './schema';

/** A check of one value: undefined when it is valid, else the path (below it) of the first wrong field, '' for the value itself. */
type Check = (value: unknown) => string | undefined;

const WRONG = '';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pred =
  (test: (v: unknown) => boolean): Check =>
  (v) =>
    test(v) ? undefined : WRONG;

// A history's numbers are mostly yuan (24 planned balances per debt per line): the cheap exact test
// first — fen ÷ 100, as snapshots write them, always passes it — and has2Decimals (toFixed) only after.
const yuan = pred((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && (Math.round(v * 100) / 100 === v || has2Decimals(v)));
const ratio = pred((v) => typeof v === 'number' && Number.isFinite(v));
const count = pred((v) => Number.isSafeInteger(v) && (v as number) >= 0);
const score = pred((v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 100);
const text = pred((v) => typeof v === 'string');
const bool = pred((v) => typeof v === 'boolean');
const date = pred((v) => typeof v === 'string' && isCalendarDate(v));
const month = pred((v) => typeof v === 'string' && isCalendarMonth(v));
const digest = pred((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
const oneOf = (values: readonly unknown[]) => pred((v) => values.includes(v));
const nullable = (check: Check): Check => (v) => (v === null ? undefined : check(v));

/** Keys beyond the schema's are allowed (a later version of 1 may add some), as zod's object() allows them. */
function object(shape: Record<string, Check>, optional: readonly string[] = []): Check {
  const keys = Object.keys(shape);
  return (v) => {
    if (!isObject(v)) return WRONG;
    for (const key of keys) {
      const value = v[key];
      if (value === undefined && optional.includes(key)) continue;
      const wrong = shape[key]!(value);
      if (wrong !== undefined) return join(key, wrong);
    }
    return undefined;
  };
}

function array(item: Check, maxLength = Infinity): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length > maxLength) return WRONG;
    for (let i = 0; i < v.length; i++) {
      const wrong = item(v[i]);
      if (wrong !== undefined) return `[${i}]${wrong === '' || wrong.startsWith('[') ? wrong : `.${wrong}`}`;
    }
    return undefined;
  };
}

function record(item: Check): Check {
  return (v) => {
    if (!isObject(v)) return WRONG;
    for (const key of Object.keys(v)) {
      const wrong = item(v[key]);
      if (wrong !== undefined) return join(key, wrong);
    }
    return undefined;
  };
}

function join(key: string, below: string): string {
  return below === '' ? key : below.startsWith('[') ? `${key}${below}` : `${key}.${below}`;
}

const areaScores = object({ credit: score, debt: score, spending: score, macro: score });

const snapshot = object({
  historyVersion: pred((v) => v === HISTORY_VERSION),
  asOf: date,
  tool: object({ name: pred((v) => v === 'limit-audit'), version: text }),
  digest: object({ profile: digest, names: digest }),
  score: object({ value: score, grade: oneOf(GRADES), byArea: areaScores }),
  findings: array(object({ id: text, area: oneOf(AREAS), severity: oneOf(SEVERITIES), clearsBy: (v) => (month(v) === undefined ? undefined : date(v)) }, ['clearsBy'])),
  debts: array(object({ name: text, kind: oneOf(DEBT_KINDS), balance: yuan, requiredPayment: yuan, apr: ratio, overdue: bool })),
  lines: array(object({ name: text, limit: yuan, used: yuan, status: oneOf(LINE_STATUSES) }, ['used', 'status'])),
  credit: object({ overdues: nullable(count), lastOverdue: nullable(date), inquiries: nullable(count), lastInquiry: nullable(date) }),
  totals: object({ income: yuan, debt: yuan, requiredPayments: yuan, dti: nullable(ratio), onlineLenders: count }),
  plan: object({
    strategy: oneOf(STRATEGIES),
    share: ratio,
    feasible: bool,
    payable: bool,
    months: nullable(count),
    debtFreeBy: nullable(month),
    totalInterest: yuan,
  }),
  projection: object({ from: month, balances: record(array(yuan, PROJECTION_MONTHS)) }),
});

/** undefined when `value` is a valid snapshot; else the first wrong field, as `debts[2].balance` ('' for the whole line). */
export function snapshotProblem(value: unknown): string | undefined {
  return snapshot(value);
}

export function isSnapshot(value: unknown): value is Snapshot {
  return snapshot(value) === undefined;
}
