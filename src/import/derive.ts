/**
 * Several parsed bills → the profile sections. Pure: the bills are not changed.
 *
 *  1. drop the same order seen in two files (overlapping exports, or one payment recorded by
 *     both Alipay and WeChat: a shared order number, same amount, dates at most a day apart);
 *  2. pair rows where one wallet paid through the other (a row naming the other platform, the
 *     same amount within a day on the other platform's bill): one purchase, or a transfer between
 *     one's own wallets;
 *  3. transfers to or from the account holder's own name are neutral;
 *  4. refunds are matched to their purchase by order number (Alipay refund ids are
 *     `<original>_<n>`) and netted against it; refunds of closed trades are dropped;
 *  5. figures per calendar month; only months every platform's bills fully cover become history.
 *
 * Rows are addressed by their index in one table of all files (see table.ts); what a step decides
 * goes into per-row arrays.
 */
import { dayNumber, daysInMonth, fromDayNumber, monthFromIndex, monthIndex, monthOf, type CalendarDate, type CalendarMonth } from '../dates';
import { fenToYuan } from '../money';
import { textKey } from './normalize';
import type { ParsedBill } from './bill';
import { CREDIT_FUNDED, KeyIndex, KIND, LABEL_MAX, namedPlatformOf, OTHER_BY_COUNTERPARTY, OTHER_BY_METHOD, REASON, TxnTable } from './table';
import type {
  BillPeriod,
  ImportedSections,
  ImportOptions,
  ImportResult,
  ImportStats,
  ImportWarning,
  MonthFigures,
  Platform,
} from './types';

/** `spending.large_purchases`: a purchase of at least half a month's income (rules.md, spending/large-purchases). */
const LARGE_SHARE_OF_INCOME = 0.5;
/**
 * Bills whose mean monthly income is below this (fen) do not show a whole income — a salary paid
 * to a bank card is not in a wallet's bill — so no large-purchase line is drawn from them: partial
 * bills once made "large" mean ¥4.34.
 */
export const MIN_BILL_INCOME_FEN = 100_000;
/** Two records of one payment are at most this many days apart (midnight, time zones of servers). */
const SAME_PAYMENT_DAYS = 1;
/**
 * Bills whose newest month is more than this many months before the audit date are stale: merged,
 * they would replace the profile's recent history with old months (issue 23).
 */
export const STALE_MONTHS = 2;
/** The schema's list limits (profile/schema.ts). */
const MAX_LIST = 10_000;

/** Per-row fate after merging. */
const LIVE = 0;
const DROPPED = 1;
const NEUTRALISED = 2;

export type DeriveOptions = Omit<ImportOptions, 'lang' | 'inflateRaw'>;

export function deriveImport(bills: readonly ParsedBill[], options: DeriveOptions = {}): ImportResult {
  // At least one month: a window of none would derive nothing and say nothing.
  const months = Math.max(1, Math.floor(options.months ?? 6));
  const warnings: ImportWarning[] = [];
  const stats: ImportStats = {
    files: bills.map((b) => {
      const period = periodOf(b);
      return { name: b.name, format: b.format, encoding: b.encoding, rows: b.rows, ...(period ? { period } : {}), counts: { ...b.counts } };
    }),
    duplicates: 0,
    crossPlatformPairs: 0,
    ownTransfers: 0,
    refundsMatched: 0,
    refundsOfClosed: 0,
    refundsUnmatched: 0,
  };
  for (const bill of bills) warnings.push(...fileWarnings(bill));

  const t = bills.length === 1 ? bills[0]!.txns : TxnTable.concat(bills.map((b) => b.txns));
  const n = t.length;
  const fate = new Uint8Array(n);

  // Both steps compare files with each other; a single file (or platform) has nothing to compare.
  if (bills.length > 1) {
    stats.duplicates = dropCrossFileDuplicates(t, fate);
    if (new Set(bills.map((b) => b.platform)).size > 1) stats.crossPlatformPairs = pairCrossPlatform(t, fate);
  }

  const owners = Float64Array.from(
    new Set([...bills.map((b) => b.ownerName), ...(options.ownerNames ?? [])].filter((name): name is string => !!name).map(textKey)),
  );
  if (owners.length > 0) stats.ownTransfers = neutraliseOwnTransfers(t, fate, owners);

  const refunds = matchRefunds(t, fate);
  stats.refundsMatched = refunds.matched;
  stats.refundsOfClosed = refunds.ofClosed;
  stats.refundsUnmatched = refunds.unmatched.length;
  const net = (i: number) => t.amountFen[i]! - refunds.refunded[i]!;

  // Coverage and window.
  const coverage = coverageByPlatform(bills);
  const period = commonPeriod(coverage);
  const result: ImportResult = { sections: {}, months: [], large: { source: 'none' }, warnings, stats };
  if (!period) {
    warnings.push({ code: coverage.size > 1 ? 'disjointPeriods' : 'noCompleteMonth' });
    return result;
  }
  let end = period.end;
  if (options.asOf !== undefined && options.asOf < end) {
    end = options.asOf;
    warnings.push({ code: 'asOfBeforeBills', asOf: options.asOf });
  }
  result.period = { start: period.start, end: end < period.start ? period.start : end };
  if (options.auditDate !== undefined) {
    const newest = monthOf(result.period.end);
    const gap = monthIndex(monthOf(options.auditDate)) - monthIndex(newest);
    if (gap > STALE_MONTHS) warnings.push({ code: 'staleBills', newest, auditDate: options.auditDate, months: gap });
  }
  const isComplete = (month: CalendarMonth) => lastDay(month) <= end && [...coverage.values()].every((intervals) => covers(intervals, month));
  const firstIndex = monthIndex(monthOf(period.start));
  const endIndex = monthIndex(monthOf(end));
  let lastComplete = -1;
  for (let m = endIndex; m >= firstIndex; m--) {
    if (isComplete(monthFromIndex(m))) {
      lastComplete = m;
      break;
    }
  }
  if (lastComplete < 0) {
    warnings.push({ code: 'noCompleteMonth' });
    return result;
  }
  const windowStart = Math.max(firstIndex, lastComplete - months + 1);
  const eventStart = maxDate(period.start, firstDayOf(monthFromIndex(windowStart)));
  result.eventWindow = { start: eventStart, end };
  const startDay = dayNumber(eventStart);
  const endDay = dayNumber(end);
  const inWindow = (i: number) => t.day[i]! >= startDay && t.day[i]! <= endDay;

  const figures: MonthFigures[] = [];
  for (let m = windowStart; m <= endIndex; m++) figures.push(emptyFigures(monthFromIndex(m), isComplete(monthFromIndex(m))));
  // Which figure each day of the window belongs to, looked up by day: no date text per row.
  const figureIndexOfDay = new Int32Array(endDay - startDay + 1);
  for (let day = startDay; day <= endDay; day++) figureIndexOfDay[day - startDay] = monthIndex(monthOf(fromDayNumber(day))) - windowStart;
  const figureOf = (day: number) => figures[figureIndexOfDay[day - startDay]!];
  addUpFigures(t, fate, refunds.refunded, figures, figureIndexOfDay, startDay, endDay);
  let unmatchedFen = 0;
  let unmatchedCount = 0;
  for (const { row, amountFen } of refunds.unmatched) {
    const f = inWindow(row) ? figureOf(t.day[row]!) : undefined;
    if (!f) continue;
    f.spendingFen -= amountFen;
    unmatchedFen += amountFen;
    unmatchedCount++;
  }
  for (const f of figures) f.spendingFen = Math.max(0, f.spendingFen);
  if (unmatchedCount > 0) warnings.push({ code: 'unmatchedRefunds', count: unmatchedCount, fen: unmatchedFen });
  result.months = figures;

  const history = figures.filter((f) => f.complete);
  const partial = figures.filter((f) => !f.complete).map((f) => f.month);
  if (partial.length > 0) warnings.push({ code: 'partialMonths', months: partial });
  // A month inside the bills' span without a single row counts as zero: say so, it may be an
  // export that misses it rather than a month without payments.
  const busy = monthsWithRows(bills);
  const empty = history.filter((f) => !busy.has(f.month)).map((f) => f.month);
  if (empty.length > 0) warnings.push({ code: 'emptyMonths', months: empty });

  const sections: ImportedSections = {};
  sections.income = { history: history.map((f) => ({ month: f.month, amount: fenToYuan(f.incomeFen) })) };
  const spending: NonNullable<ImportedSections['spending']> = {
    history: history.map((f) => ({ month: f.month, amount: fenToYuan(f.spendingFen) })),
  };
  const meanIncomeFen = Math.round(history.reduce((sum, f) => sum + f.incomeFen, 0) / history.length);
  let thresholdFen: number | undefined;
  if (options.largeFen !== undefined) {
    thresholdFen = options.largeFen;
    result.large = { thresholdFen, source: 'option' };
  } else if (options.monthlyIncomeFen !== undefined && options.monthlyIncomeFen > 0) {
    thresholdFen = Math.round(options.monthlyIncomeFen * LARGE_SHARE_OF_INCOME);
    result.large = { thresholdFen, source: 'profile' };
  } else if (meanIncomeFen > 0) {
    // The bills are the only source. Less income than a living wage, or than the same bills show
    // spent, means the salary is elsewhere: half of it would flag ordinary purchases as large.
    const meanSpendingFen = history.reduce((sum, f) => sum + f.spendingFen, 0) / history.length;
    if (meanIncomeFen < MIN_BILL_INCOME_FEN || meanIncomeFen < meanSpendingFen) {
      warnings.push({ code: 'lowBillIncome', incomeFen: meanIncomeFen });
    } else {
      thresholdFen = Math.round(meanIncomeFen * LARGE_SHARE_OF_INCOME);
      result.large = { thresholdFen, source: 'bills' };
    }
  } else {
    warnings.push({ code: 'noIncomeForLarge' });
  }
  if (thresholdFen !== undefined) {
    let rows = largePurchaseRows(t, fate, refunds.refunded, thresholdFen, startDay, endDay);
    // Over the schema's limit, the largest are kept (and they are the ones the reader labelled).
    if (rows.length > MAX_LIST) rows = rows.sort((a, b) => net(b) - net(a)).slice(0, MAX_LIST);
    spending.large_purchases = sortRows(t, rows)
      .map((i) => ({ date: fromDayNumber(t.day[i]!), amount: fenToYuan(net(i)), ...(t.label[i]! >= 0 ? { note: t.labelOf(i) } : {}) }));
  }
  const repayments = history.reduce((sum, f) => sum + f.repayments, 0);
  spending.lender_transfers_per_month = Math.round((repayments / history.length) * 100) / 100;
  sections.spending = spending;

  const draws = sortRows(t, rowsOfKind(t, fate, KIND.draw, startDay, endDay))
    .slice(-MAX_LIST)
    .map((i) => {
      // A lender named only by its counterparty text is cut like a label (the profile allows 200).
      const lender = t.lenders.get(i)?.slice(0, LABEL_MAX);
      return { date: fromDayNumber(t.day[i]!), amount: fenToYuan(t.amountFen[i]!), ...(lender ? { lender } : {}) };
    });
  // No disbursement in a wallet's bill says nothing (loans usually land on a bank card), so the
  // user's own draws are kept rather than replaced by an empty list.
  if (draws.length > 0) sections.credit = { draws };
  else warnings.push({ code: 'noDraws' });
  warnings.push({ code: 'salaryHint' });
  result.sections = sections;
  return result;
}

/*
 * The passes over every row are small functions of their own: V8 optimises each on its own and
 * does not throw one large optimised function away when a later part of it first runs.
 */

/** The months in which any of the bills has a row (of any kind). */
function monthsWithRows(bills: readonly ParsedBill[]): Set<CalendarMonth> {
  const months = new Set<CalendarMonth>();
  for (const bill of bills) for (const day of bill.daysWithRows) months.add(monthOf(fromDayNumber(day)));
  return months;
}

function neutraliseOwnTransfers(t: TxnTable, fate: Uint8Array, owners: Float64Array): number {
  const keys = t.counterpartyKey;
  let count = 0;
  for (let i = 0; i < t.length; i++) {
    const key = keys[i]!;
    if (key === 0 || !isOneOf(owners, key) || fate[i] !== LIVE || !flows(t, i) || t.reason[i] === REASON.fee) continue;
    fate[i] = NEUTRALISED;
    count++;
  }
  return count;
}

/** `keys.includes(key)` without the call into the runtime (TypedArray#includes is not inlined). */
function isOneOf(keys: Float64Array, key: number): boolean {
  for (let k = 0; k < keys.length; k++) if (keys[k] === key) return true;
  return false;
}

/** The per-month sums addUpFigures keeps, in this order, in one Float64Array. */
const SUMS = ['incomeFen', 'spendingFen', 'creditFundedFen', 'refundsFen', 'repayments', 'repaymentsFen', 'draws', 'drawsFen'] as const;

function addUpFigures(
  t: TxnTable,
  fate: Uint8Array,
  refunded: Float64Array,
  figures: MonthFigures[],
  figureIndexOfDay: Int32Array,
  startDay: number,
  endDay: number,
): void {
  // Summed in a typed array, not into the figure objects: numbers that stop being small integers
  // would change those objects' shape in the middle of the loop and throw its optimised code away.
  const sums = new Float64Array(figures.length * SUMS.length);
  const days = t.day;
  const kinds = t.kind;
  const amounts = t.amountFen;
  const flags = t.flags;
  const income = KIND.income;
  const spending = KIND.spending;
  const refund = KIND.refund;
  const repayment = KIND.repayment;
  const draw = KIND.draw;
  for (let i = 0; i < t.length; i++) {
    const day = days[i]!;
    if (fate[i] !== LIVE || day < startDay || day > endDay) continue;
    const at = figureIndexOfDay[day - startDay]! * SUMS.length;
    const amountFen = amounts[i]!;
    const kind = kinds[i];
    if (kind === income) {
      sums[at]! += amountFen;
    } else if (kind === spending) {
      const netFen = amountFen - refunded[i]!;
      sums[at + 1]! += netFen;
      if ((flags[i]! & CREDIT_FUNDED) !== 0) sums[at + 2]! += netFen;
    } else if (kind === refund) {
      sums[at + 3]! += amountFen;
    } else if (kind === repayment) {
      sums[at + 4]!++;
      sums[at + 5]! += amountFen;
    } else if (kind === draw) {
      sums[at + 6]!++;
      sums[at + 7]! += amountFen;
    }
  }
  figures.forEach((f, m) => SUMS.forEach((field, k) => (f[field] += sums[m * SUMS.length + k]!)));
}

function largePurchaseRows(t: TxnTable, fate: Uint8Array, refunded: Float64Array, thresholdFen: number, startDay: number, endDay: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.kind[i] !== KIND.spending || t.amountFen[i]! < thresholdFen || fate[i] !== LIVE) continue;
    const day = t.day[i]!;
    const netFen = t.amountFen[i]! - refunded[i]!;
    if (day >= startDay && day <= endDay && netFen > 0 && netFen >= thresholdFen) rows.push(i);
  }
  return rows;
}

function rowsOfKind(t: TxnTable, fate: Uint8Array, kind: number, startDay: number, endDay: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t.kind[i] === kind && fate[i] === LIVE && t.day[i]! >= startDay && t.day[i]! <= endDay) rows.push(i);
  }
  return rows;
}

function flows(t: TxnTable, i: number): boolean {
  return t.kind[i] === KIND.income || t.kind[i] === KIND.spending;
}

function fileWarnings(bill: ParsedBill): ImportWarning[] {
  const out: ImportWarning[] = [];
  const file = bill.name;
  if (bill.skipped.count > 0) out.push({ code: 'rowsSkipped', file, count: bill.skipped.count, lines: bill.skipped.lines });
  const read = bill.rows + bill.skipped.count;
  if (bill.declaredRows !== undefined && bill.declaredRows !== read) out.push({ code: 'declaredRows', file, declared: bill.declaredRows, read });
  const statuses = Object.keys(bill.unknownStatuses);
  if (statuses.length > 0) {
    out.push({ code: 'unknownStatus', file, values: statuses, rows: Object.values(bill.unknownStatuses).reduce((a, b) => a + b, 0) });
  }
  const directions = Object.keys(bill.unknownDirections);
  if (directions.length > 0) {
    out.push({ code: 'unknownDirection', file, values: directions, rows: Object.values(bill.unknownDirections).reduce((a, b) => a + b, 0) });
  }
  if (bill.mangledIds > 0) out.push({ code: 'mangledIds', file, rows: bill.mangledIds });
  if (bill.replacementChars > 0) out.push({ code: 'replacementChars', file, count: bill.replacementChars });
  return out;
}

function keysOf(t: TxnTable, i: number): number[] {
  const order = t.orderKey[i]!;
  const merchant = t.merchantKey[i]!;
  if (order === 0) return merchant === 0 ? [] : [merchant];
  return merchant === 0 || merchant === order ? [order] : [order, merchant];
}

/**
 * The same order in two files: a shared order number (交易订单号 / 交易单号 or the merchant's
 * 商家订单号 / 商户单号), the same amount, at most a day apart. Rows within one file are never
 * merged — an export does not repeat itself, and sample files reuse placeholder ids. Each earlier
 * record absorbs at most one record per later file.
 */
function dropCrossFileDuplicates(t: TxnTable, fate: Uint8Array): number {
  const index = new Map<number, number[]>();
  const absorbed = new Map<number, Set<number>>();
  let count = 0;
  let currentFile = -1;
  let pending: number[] = [];
  const flush = () => {
    for (const i of pending) {
      for (const key of keysOf(t, i)) {
        const list = index.get(key);
        if (list) list.push(i);
        else index.set(key, [i]);
      }
    }
    pending = [];
  };
  for (let i = 0; i < t.length; i++) {
    const file = t.file[i]!;
    if (file !== currentFile) {
      flush();
      currentFile = file;
    }
    let match: number | undefined;
    for (const key of keysOf(t, i)) {
      match = index
        .get(key)
        ?.find(
          (earlier) =>
            t.amountFen[earlier] === t.amountFen[i] &&
            Math.abs(t.day[earlier]! - t.day[i]!) <= SAME_PAYMENT_DAYS &&
            !absorbed.get(earlier)?.has(file),
        );
      if (match !== undefined) break;
    }
    if (match !== undefined) {
      fate[i] = DROPPED;
      const files = absorbed.get(match) ?? new Set<number>();
      files.add(file);
      absorbed.set(match, files);
      count++;
    } else {
      pending.push(i);
    }
  }
  return count;
}

/**
 * A row naming a wallet (paid "via 支付宝" on WeChat, a transfer to 财付通 on Alipay, a Meituan
 * order paid with 微信支付) and a row of the same amount within a day on that wallet's bill are one
 * event. Same kind: one payment (or refund) recorded twice — the record whose counterparty is the
 * wallet goes, the merchant's stays. Income against spending: money moved between the user's own
 * wallets — both are neutral. A refund pairs only with a refund.
 */
function pairCrossPlatform(t: TxnTable, fate: Uint8Array): number {
  const live = (i: number) => fate[i] === LIVE && (flows(t, i) || t.kind[i] === KIND.refund);
  const byAmount = new Map<string, number[]>();
  for (let i = 0; i < t.length; i++) {
    if (!live(i)) continue;
    const key = `${t.platform[i]}|${t.amountFen[i]}`;
    const list = byAmount.get(key);
    if (list) list.push(i);
    else byAmount.set(key, [i]);
  }
  const paired = new Set<number>();
  let pairs = 0;
  for (let i = 0; i < t.length; i++) {
    const mark = t.flags[i]! & (OTHER_BY_METHOD | OTHER_BY_COUNTERPARTY);
    if (mark === 0 || !live(i) || paired.has(i)) continue;
    const candidates = byAmount.get(`${namedPlatformOf(t.flags[i]!)}|${t.amountFen[i]}`) ?? [];
    const refund = t.kind[i] === KIND.refund;
    const mate = candidates.find(
      (c) => live(c) && !paired.has(c) && (t.kind[c] === KIND.refund) === refund && Math.abs(t.day[c]! - t.day[i]!) <= SAME_PAYMENT_DAYS,
    );
    if (mate === undefined) continue;
    paired.add(i);
    paired.add(mate);
    pairs++;
    if (t.kind[mate] !== t.kind[i]) {
      fate[i] = NEUTRALISED;
      fate[mate] = NEUTRALISED;
    } else if ((mark & OTHER_BY_COUNTERPARTY) !== 0 || (t.flags[mate]! & OTHER_BY_METHOD) !== 0) {
      fate[i] = DROPPED;
    } else {
      fate[mate] = DROPPED;
    }
  }
  return pairs;
}

interface RefundMatch {
  /** Per row: how much of the purchase was refunded. */
  refunded: Float64Array;
  matched: number;
  ofClosed: number;
  unmatched: { row: number; amountFen: number }[];
}

/**
 * Refund → purchase, on the same platform, by order number: exact, the part before `_` (Alipay
 * refund ids are `<original>_<n>`), or the merchant's order number. A refund of a closed trade
 * (paid, then cancelled) cancels nothing that was counted, so it is dropped too. A refund whose
 * purchase is not in the bills reduces its own month's spending.
 */
function matchRefunds(t: TxnTable, fate: Uint8Array): RefundMatch {
  const n = t.length;
  const out: RefundMatch = { refunded: new Float64Array(n), matched: 0, ofClosed: 0, unmatched: [] };
  const refunds = liveRowsOfKind(t, fate, KIND.refund);
  if (refunds.length === 0) return out;
  // Only purchases some refund points at are indexed: refunds are few, purchases many.
  const wanted = new KeyIndex(refunds.length * 3);
  for (const r of refunds) {
    if (t.orderKey[r] !== 0) wanted.add(t.orderKey[r]!);
    if (t.parentKey[r] !== 0) wanted.add(t.parentKey[r]!);
    if (t.merchantKey[r] !== 0) wanted.add(t.merchantKey[r]!);
  }
  const index = indexWantedPurchases(t, fate, wanted, refunds.length * 3);
  const candidates: number[] = [];
  for (const r of refunds) matchRefund(t, index, r, candidates, out);
  return out;
}

/** The live rows of one kind, in order. */
function liveRowsOfKind(t: TxnTable, fate: Uint8Array, kind: number): number[] {
  const rows: number[] = [];
  const kinds = t.kind;
  for (let i = 0; i < t.length; i++) if (kinds[i] === kind && fate[i] === LIVE) rows.push(i);
  return rows;
}

/** Purchases and closed trades whose order or merchant number some refund names, by that number. */
function indexWantedPurchases(t: TxnTable, fate: Uint8Array, wanted: KeyIndex, expectedKeys: number): KeyIndex {
  const index = new KeyIndex(expectedKeys);
  const { kind: kinds, reason: reasons, orderKey: orders, merchantKey: merchants } = t;
  for (let i = 0; i < t.length; i++) {
    const kind = kinds[i];
    if (fate[i] !== LIVE || (kind !== KIND.spending && !(kind === KIND.ignored && reasons[i] === REASON.closed))) continue;
    const order = orders[i]!;
    const merchant = merchants[i]!;
    if (wanted.has(order)) index.add(order, i);
    if (merchant !== order && wanted.has(merchant)) index.add(merchant, i);
  }
  return index;
}

/** Appends the rows of `platform` indexed under `key` that are not in `candidates` yet. */
function addCandidates(t: TxnTable, index: KeyIndex, key: number, platform: number, candidates: number[]): void {
  for (let e = index.firstEntry(key); e >= 0; e = index.nextEntry(e)) {
    const i = index.rowOf(e);
    if (t.platform[i] === platform && !candidates.includes(i)) candidates.push(i);
  }
}

function isClosed(t: TxnTable, i: number): boolean {
  return t.kind[i] === KIND.ignored && t.reason[i] === REASON.closed;
}

/**
 * One refund: its candidates are the indexed rows of its platform under its order number, the
 * part before `_`, then its merchant number (each row once, in that order). The purchase it nets
 * against is the first with exactly the refund left to refund, else the latest one before the
 * refund with enough left, else the first with enough left, else the first with anything left.
 * `candidates` is scratch space, reused from refund to refund.
 */
function matchRefund(t: TxnTable, index: KeyIndex, r: number, candidates: number[], out: RefundMatch): void {
  const amountFen = t.amountFen[r]!;
  const refunded = out.refunded;
  candidates.length = 0;
  addCandidates(t, index, t.orderKey[r]!, t.platform[r]!, candidates);
  addCandidates(t, index, t.parentKey[r]!, t.platform[r]!, candidates);
  addCandidates(t, index, t.merchantKey[r]!, t.platform[r]!, candidates);
  let anyClosed = false;
  for (const i of candidates) {
    if (!isClosed(t, i)) continue;
    if (t.amountFen[i] === amountFen) {
      out.ofClosed++;
      return;
    }
    anyClosed = true;
  }
  let exact = -1;
  let latestBefore = -1;
  let enough = -1;
  let first = -1;
  for (const i of candidates) {
    const left = t.amountFen[i]! - refunded[i]!;
    if (t.kind[i] !== KIND.spending || left <= 0) continue;
    if (first < 0) first = i;
    if (exact < 0 && left === amountFen) exact = i;
    if (left >= amountFen) {
      if (enough < 0) enough = i;
      // The latest by time; of equal times the later candidate (as a stable sort's last would be).
      if (t.day[i]! <= t.day[r]! && (latestBefore < 0 || t.day[i]! - t.day[latestBefore]! > 0 || (t.day[i] === t.day[latestBefore] && t.seconds[i]! >= t.seconds[latestBefore]!))) {
        latestBefore = i;
      }
    }
  }
  const purchase = exact >= 0 ? exact : latestBefore >= 0 ? latestBefore : enough >= 0 ? enough : first;
  if (purchase >= 0) {
    const netted = Math.min(t.amountFen[purchase]! - refunded[purchase]!, amountFen);
    refunded[purchase] = refunded[purchase]! + netted;
    out.matched++;
    if (netted < amountFen) out.unmatched.push({ row: r, amountFen: amountFen - netted });
    return;
  }
  if (anyClosed) {
    out.ofClosed++;
    return;
  }
  out.unmatched.push({ row: r, amountFen });
}

function sortRows(t: TxnTable, rows: number[]): number[] {
  return rows.sort((a, b) => t.day[a]! - t.day[b]! || t.seconds[a]! - t.seconds[b]! || a - b);
}

/** What a file covers: the period it states, widened to the transactions it actually holds. */
export function periodOf(bill: ParsedBill): BillPeriod | undefined {
  const stated = bill.statedPeriod;
  const seen = bill.seenPeriod;
  if (stated && seen) return { start: minDate(stated.start, seen.start), end: maxDate(stated.end, seen.end) };
  return stated ?? seen;
}

/**
 * The period every platform's bills reach: from the latest first day to the earliest last day.
 * Months and dated items outside it would describe one wallet only.
 */
function commonPeriod(coverage: ReadonlyMap<Platform, [number, number][]>): BillPeriod | undefined {
  let start = -Infinity;
  let end = Infinity;
  for (const intervals of coverage.values()) {
    start = Math.max(start, intervals[0]![0]);
    end = Math.min(end, intervals.at(-1)![1]);
  }
  if (coverage.size === 0 || start > end) return undefined;
  return { start: fromDayNumber(start), end: fromDayNumber(end) };
}

/** Per platform, the days its files cover, as merged [start, end] day-number intervals. */
function coverageByPlatform(bills: readonly ParsedBill[]): Map<Platform, [number, number][]> {
  const raw = new Map<Platform, [number, number][]>();
  for (const bill of bills) {
    const p = periodOf(bill);
    if (!p) continue;
    const list = raw.get(bill.platform) ?? [];
    list.push([dayNumber(p.start), dayNumber(p.end)]);
    raw.set(bill.platform, list);
  }
  const merged = new Map<Platform, [number, number][]>();
  for (const [platform, list] of raw) {
    list.sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const [s, e] of list) {
      const last = out.at(-1);
      if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
    merged.set(platform, out);
  }
  return merged;
}

function covers(intervals: readonly [number, number][], month: CalendarMonth): boolean {
  const first = dayNumber(firstDayOf(month));
  const last = dayNumber(lastDay(month));
  return intervals.some(([s, e]) => s <= first && e >= last);
}

function firstDayOf(month: CalendarMonth): CalendarDate {
  return `${month}-01`;
}

function lastDay(month: CalendarMonth): CalendarDate {
  const index = monthIndex(month);
  const days = daysInMonth(Math.floor(index / 12), (index % 12) + 1);
  return fromDayNumber(dayNumber(firstDayOf(month)) + days - 1);
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

function emptyFigures(month: CalendarMonth, complete: boolean): MonthFigures {
  return {
    month,
    complete,
    incomeFen: 0,
    spendingFen: 0,
    refundsFen: 0,
    creditFundedFen: 0,
    repayments: 0,
    repaymentsFen: 0,
    draws: 0,
    drawsFen: 0,
  };
}
