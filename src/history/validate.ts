/**
 * The check `progress` runs on every history line: does it match the snapshot schema (schema.ts),
 * and if not, which field is first wrong. Written out by hand, straight-line, because a history
 * holds thousands of lines and this runs cold, once per line: zod took ~0.5 ms a line, combinators
 * of closures half of what JSON.parse costs; this, a fraction of it. zod need not load at all. The
 * zod schema stays the contract (`limit-audit schema history`, docs/history.md);
 * test/history/validate.test.ts holds the two to the same verdict and the same first wrong field,
 * on real snapshots and on every field of them broken in turn.
 */
import { isCalendarDate, isCalendarMonth } from '../dates';
import { DEBT_KINDS, has2Decimals, LINE_STATUSES } from '../profile/values';
import { GRADES } from '../rules/score';
import { AREAS, SEVERITIES } from '../findings';
import { STRATEGIES } from '../plan/types';
import { HISTORY_VERSION, PROJECTION_MONTHS } from './format';
import type { Snapshot } from './schema';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// Most of a history's numbers are yuan (the planned balances): the cheap exact test first — fen ÷ 100,
// as snapshots write them, always passes it — and has2Decimals (toFixed) only after.
const isYuan = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && (Math.round(v * 100) / 100 === v || has2Decimals(v));
const isRatio = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isScore = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 100;
const isDate = (v: unknown) => typeof v === 'string' && isCalendarDate(v);
const isMonth = (v: unknown) => typeof v === 'string' && isCalendarMonth(v);
const isDigest = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isOneOf = (values: readonly unknown[], v: unknown) => values.includes(v);

/** undefined when `value` is a valid snapshot; else the first wrong field, as `debts[2].balance` ('' for the whole line). */
export function snapshotProblem(v: unknown): string | undefined {
  if (!isObject(v)) return '';
  if (v.historyVersion !== HISTORY_VERSION) return 'historyVersion';
  if (!isDate(v.asOf)) return 'asOf';

  const tool = v.tool;
  if (!isObject(tool)) return 'tool';
  if (tool.name !== 'limit-audit') return 'tool.name';
  if (typeof tool.version !== 'string') return 'tool.version';

  const digest = v.digest;
  if (!isObject(digest)) return 'digest';
  if (!isDigest(digest.profile)) return 'digest.profile';
  if (!isDigest(digest.names)) return 'digest.names';

  const score = v.score;
  if (!isObject(score)) return 'score';
  if (!isScore(score.value)) return 'score.value';
  if (!isOneOf(GRADES, score.grade)) return 'score.grade';
  const byArea = score.byArea;
  if (!isObject(byArea)) return 'score.byArea';
  for (const area of AREAS) if (!isScore(byArea[area])) return `score.byArea.${area}`;

  const findings = v.findings;
  if (!Array.isArray(findings)) return 'findings';
  for (let i = 0; i < findings.length; i++) {
    const f: unknown = findings[i];
    if (!isObject(f)) return `findings[${i}]`;
    if (typeof f.id !== 'string') return `findings[${i}].id`;
    if (!isOneOf(AREAS, f.area)) return `findings[${i}].area`;
    if (!isOneOf(SEVERITIES, f.severity)) return `findings[${i}].severity`;
    if (f.clearsBy !== undefined && !isMonth(f.clearsBy) && !isDate(f.clearsBy)) return `findings[${i}].clearsBy`;
  }

  const debts = v.debts;
  if (!Array.isArray(debts)) return 'debts';
  for (let i = 0; i < debts.length; i++) {
    const d: unknown = debts[i];
    if (!isObject(d)) return `debts[${i}]`;
    if (typeof d.name !== 'string') return `debts[${i}].name`;
    if (!isOneOf(DEBT_KINDS, d.kind)) return `debts[${i}].kind`;
    if (!isYuan(d.balance)) return `debts[${i}].balance`;
    if (!isYuan(d.requiredPayment)) return `debts[${i}].requiredPayment`;
    if (!isRatio(d.apr)) return `debts[${i}].apr`;
    if (typeof d.overdue !== 'boolean') return `debts[${i}].overdue`;
  }

  const lines = v.lines;
  if (!Array.isArray(lines)) return 'lines';
  for (let i = 0; i < lines.length; i++) {
    const l: unknown = lines[i];
    if (!isObject(l)) return `lines[${i}]`;
    if (typeof l.name !== 'string') return `lines[${i}].name`;
    if (!isYuan(l.limit)) return `lines[${i}].limit`;
    if (l.used !== undefined && !isYuan(l.used)) return `lines[${i}].used`;
    if (l.status !== undefined && !isOneOf(LINE_STATUSES, l.status)) return `lines[${i}].status`;
  }

  const credit = v.credit;
  if (!isObject(credit)) return 'credit';
  if (credit.overdues !== null && !isCount(credit.overdues)) return 'credit.overdues';
  if (credit.lastOverdue !== null && !isDate(credit.lastOverdue)) return 'credit.lastOverdue';
  if (credit.inquiries !== null && !isCount(credit.inquiries)) return 'credit.inquiries';
  if (credit.lastInquiry !== null && !isDate(credit.lastInquiry)) return 'credit.lastInquiry';

  const totals = v.totals;
  if (!isObject(totals)) return 'totals';
  if (!isYuan(totals.income)) return 'totals.income';
  if (!isYuan(totals.debt)) return 'totals.debt';
  if (!isYuan(totals.requiredPayments)) return 'totals.requiredPayments';
  if (totals.dti !== null && !isRatio(totals.dti)) return 'totals.dti';
  if (!isCount(totals.onlineLenders)) return 'totals.onlineLenders';

  const plan = v.plan;
  if (!isObject(plan)) return 'plan';
  if (!isOneOf(STRATEGIES, plan.strategy)) return 'plan.strategy';
  if (!isRatio(plan.share)) return 'plan.share';
  if (typeof plan.feasible !== 'boolean') return 'plan.feasible';
  if (typeof plan.payable !== 'boolean') return 'plan.payable';
  if (plan.months !== null && !isCount(plan.months)) return 'plan.months';
  if (plan.debtFreeBy !== null && !isMonth(plan.debtFreeBy)) return 'plan.debtFreeBy';
  if (!isYuan(plan.totalInterest)) return 'plan.totalInterest';

  const projection = v.projection;
  if (!isObject(projection)) return 'projection';
  if (!isMonth(projection.from)) return 'projection.from';
  const balances = projection.balances;
  if (!isObject(balances)) return 'projection.balances';
  for (const name of Object.keys(balances)) {
    const series = balances[name];
    if (!Array.isArray(series) || series.length > PROJECTION_MONTHS) return `projection.balances.${name}`;
    for (let i = 0; i < series.length; i++) if (!isYuan(series[i])) return `projection.balances.${name}[${i}]`;
  }
  return undefined;
}

export function isSnapshot(value: unknown): value is Snapshot {
  return snapshotProblem(value) === undefined;
}
