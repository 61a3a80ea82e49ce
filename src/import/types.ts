/**
 * Shapes shared by the bill importer. Everything here is plain data: the reader turns bytes into
 * `Txn`s, `derive` turns `Txn`s from several files into profile sections. What a read file holds,
 * `ParsedBill`, is in bill.ts: it carries a TxnTable (table.ts), which is built on these shapes.
 */
import type { CalendarDate, CalendarMonth } from '../dates';
import type { Profile } from '../profile/schema';
import type { Lang } from '../i18n/lang';
import type { Inflate } from './zip';

/** Where a bill comes from: the two wallets, and the JD (京东) and Meituan (美团) apps whose bills show their credit lines. */
export type Platform = 'alipay' | 'wechat' | 'jd' | 'meituan';

/** The layouts we recognise (docs/import.md, "Formats"). */
export type BillFormatId =
  | 'alipay-app' // 支付宝交易明细, 2023 → now: header first cell 交易时间
  | 'alipay-app-2021' // 2021-06 → early 2023: header first cell 收/支, footer with 导出信息
  | 'alipay-web' // 支付宝交易记录明细查询 (PC web)
  | 'wechat-csv'
  | 'wechat-xlsx-v1' // 2025-07 → 2026-03: amounts as text ¥x.xx
  | 'wechat-xlsx-v2' // 2026-03 → now: note 4 (UTC+08:00), numeric amount cells
  | 'jd' // 京东 交易明细: 商户名称 / 交易说明, amounts with `(已退款x)`
  | 'meituan'; // 美团交易账单明细: 订单标题, 实付金额, no status column

export type BillEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'xlsx';

/** A cell as the reader sees it: CSV cells are text; XLSX cells may be numbers (amounts, date serials). */
export type Cell = string | number;

/** `收/支` after normalisation; `unknown` is a blank cell (the web export leaves refunds blank). */
export type Direction = 'out' | 'in' | 'neutral' | 'unknown';

/** One data row with its cells mapped by meaning, trimmed, dates and amounts parsed. */
export interface BillRow {
  line: number;
  date: CalendarDate;
  /** Seconds since midnight, or -1 when the file gives no time. */
  seconds: number;
  direction: Direction;
  amountFen: number;
  /** Alipay 交易分类, WeChat 交易类型, Alipay web 类型. */
  category: string;
  counterparty: string;
  item: string;
  /** Funding source: Alipay 收/付款方式, WeChat 支付方式 (empty in the web export). */
  method: string;
  status: string;
  note: string;
}

export type TxnKind = 'income' | 'spending' | 'refund' | 'repayment' | 'draw' | 'neutral' | 'ignored';

/** Why a row got its kind; counted in the stats and explained in docs/import.md. */
export type TxnReason =
  | 'income'
  | 'yield'
  | 'purchase'
  | 'fee'
  | 'refund'
  | 'repayment'
  | 'card-repayment'
  | 'draw'
  | 'not-counted'
  | 'investment'
  | 'top-up'
  | 'withdrawal'
  | 'wallet'
  | 'closed'
  | 'zero'
  | 'deposit';

/**
 * A classified transaction, as one row of a bill's TxnTable reads (table.ts keeps them by column).
 * The reader keeps only these, not the rows: neutral and ignored rows are counted, not kept —
 * except closed trades, which refunds must be able to find. Order numbers and counterparties are
 * 53-bit keys (see `textKeyAt`): matching only needs equality, and a number costs 8 bytes where a
 * 28-digit id costs 70 and would pin the decoded chunk it was cut from.
 */
export interface Txn {
  file: number;
  line: number;
  platform: Platform;
  date: CalendarDate;
  seconds: number;
  kind: TxnKind;
  reason: TxnReason;
  amountFen: number;
  /** Key of the platform's order number (交易订单号 / 交易号 / 交易单号), 0 when none. */
  orderKey: number;
  /** Key of the merchant's order number (商家订单号 / 商户单号), 0 when none. */
  merchantKey: number;
  /** Refunds only: key of the original order (`<original>_<n>` → `<original>`), 0 when none. */
  parentKey: number;
  /** Income and spending only: key of the counterparty, for transfers to one's own name. */
  counterpartyKey: number;
  /** A short description for large purchases and draws ('' for other kinds). */
  label: string;
  lender?: string;
  /** Paid with 花呗, a credit card, 白条, 月付 …: still spending, but on credit. */
  creditFunded: boolean;
  /**
   * The row names the other platform — as its funding source (`method`: the merchant record of a
   * payment funded from the other wallet) or as its counterparty (the wallet-to-wallet record).
   */
  otherPlatform: OtherPlatformMark;
  /** The platform named (set with otherPlatform; when absent, the other of Alipay and WeChat). */
  namedPlatform?: Platform;
}

export type OtherPlatformMark = '' | 'method' | 'counterparty';

export interface BillPeriod {
  start: CalendarDate;
  end: CalendarDate;
}

export interface SkippedRows {
  count: number;
  /** The first few line numbers, for the message. */
  lines: number[];
}

/** How the reader is told to treat a file. */
export interface ReaderOptions {
  lang: Lang;
  /** Raw-deflate decompressor for XLSX (node:zlib inflateRawSync), bounded (zip.ts); the domain does no I/O itself. */
  inflateRaw?: Inflate;
  /** Position of this file among the imported ones (kept on each Txn). */
  fileIndex?: number;
}

export interface ImportOptions extends Omit<ReaderOptions, 'fileIndex'> {
  /** Calendar months to derive, counting back from the last complete month (default 6). */
  months?: number;
  /** `--large N`: a purchase at or above this is large (fen). */
  largeFen?: number;
  /** The profile's income.monthly (fen), when merging; else the derived mean is used. */
  monthlyIncomeFen?: number;
  /** The profile's as_of: nothing after it is imported. */
  asOf?: CalendarDate;
  /** Extra names that are the user's own accounts (besides the Alipay account holder's name). */
  ownerNames?: string[];
  /**
   * The date the profile is audited on (its as_of, or today): bills whose newest month is more
   * than STALE_MONTHS before it are named (warning staleBills).
   */
  auditDate?: CalendarDate;
}

export interface BillFile {
  name: string;
  bytes: Uint8Array;
}

type IncomeSection = NonNullable<Profile['income']['history']>;
type SpendingSection = NonNullable<Profile['spending']>;
type DrawsSection = NonNullable<NonNullable<Profile['credit']>['draws']>;

/** The parts of a profile the importer fills; a section is absent when the bills cannot tell. */
export interface ImportedSections {
  income?: { history: IncomeSection };
  spending?: {
    history?: NonNullable<SpendingSection['history']>;
    large_purchases?: NonNullable<SpendingSection['large_purchases']>;
    lender_transfers_per_month?: number;
  };
  credit?: { draws: DrawsSection };
}

/** One calendar month's figures, for the summary and for tests. */
export interface MonthFigures {
  month: CalendarMonth;
  /** Whether the whole month is covered by every platform's bills; only complete months become history. */
  complete: boolean;
  incomeFen: number;
  /** Purchases minus their refunds (and minus refunds whose purchase was not found), floored at 0. */
  spendingFen: number;
  refundsFen: number;
  creditFundedFen: number;
  repayments: number;
  repaymentsFen: number;
  draws: number;
  drawsFen: number;
}

export type ImportWarning =
  | { code: 'rowsSkipped'; file: string; count: number; lines: number[] }
  | { code: 'declaredRows'; file: string; declared: number; read: number }
  | { code: 'unknownStatus'; file: string; values: string[]; rows: number }
  | { code: 'unknownDirection'; file: string; values: string[]; rows: number }
  | { code: 'mangledIds'; file: string; rows: number }
  | { code: 'replacementChars'; file: string; count: number }
  | { code: 'partialMonths'; months: CalendarMonth[] }
  | { code: 'emptyMonths'; months: CalendarMonth[] }
  | { code: 'staleBills'; newest: CalendarMonth; auditDate: CalendarDate; months: number }
  | { code: 'noCompleteMonth' }
  | { code: 'disjointPeriods' }
  | { code: 'asOfBeforeBills'; asOf: CalendarDate }
  | { code: 'unmatchedRefunds'; count: number; fen: number }
  | { code: 'noIncomeForLarge' }
  | { code: 'lowBillIncome'; incomeFen: number }
  | { code: 'noDraws' }
  | { code: 'salaryHint' };

/** What a file that is no supported bill looks like (the refusal says it). */
export type UnsupportedLook =
  | { code: 'bank' }
  | { code: 'table'; columns: string[]; more: boolean }
  | { code: 'garbled' }
  | { code: 'noHeader' };

export interface FileStats {
  name: string;
  format: BillFormatId;
  encoding: BillEncoding;
  rows: number;
  period?: BillPeriod;
  counts: Record<TxnKind, number>;
}

export interface ImportStats {
  files: FileStats[];
  duplicates: number;
  crossPlatformPairs: number;
  ownTransfers: number;
  refundsMatched: number;
  refundsOfClosed: number;
  refundsUnmatched: number;
}

export interface ImportResult {
  sections: ImportedSections;
  /** Every month from the first window month to the end of the bills, complete or not. */
  months: MonthFigures[];
  /** The period every platform's bills cover (clamped to asOf). */
  period?: BillPeriod;
  /** The first day of the first window month … the period's end: dated items (draws, large purchases) come from here. */
  eventWindow?: BillPeriod;
  large: { thresholdFen?: number; source: 'option' | 'profile' | 'bills' | 'none' };
  warnings: ImportWarning[];
  stats: ImportStats;
}
