/**
 * What the reader makes of one file (`ParsedBill`), before `derive` merges it with the others.
 * Apart from types.ts because it holds the file's transactions as a TxnTable (table.ts), and
 * table.ts is built on the shapes in types.ts: types.ts → table.ts → types.ts would be a cycle.
 */
import type { TxnTable } from './table';
import type { BillEncoding, BillFormatId, BillPeriod, Platform, SkippedRows, TxnKind } from './types';

/** What one file contained, after reading and classifying (before merging with others). */
export interface ParsedBill {
  name: string;
  platform: Platform;
  format: BillFormatId;
  encoding: BillEncoding;
  headerLine: number;
  /** The period the export says it covers (preamble or footer), if it says. */
  statedPeriod?: BillPeriod;
  /** First and last transaction date seen (every row, ignored ones included). */
  seenPeriod?: BillPeriod;
  /** The days (day numbers, src/dates.ts) with at least one row of any kind. */
  daysWithRows: Set<number>;
  /** The account holder's name (Alipay 姓名), for recognising transfers to oneself. */
  ownerName?: string;
  /** `共N笔记录` when the export states it. */
  declaredRows?: number;
  rows: number;
  /** The kept transactions, by column (see table.ts); `txns.get(i)` / `toArray()` give objects. */
  txns: TxnTable;
  counts: Record<TxnKind, number>;
  skipped: SkippedRows;
  /** Status and 收/支 values we did not recognise, with how many rows carried them. */
  unknownStatuses: Record<string, number>;
  unknownDirections: Record<string, number>;
  /** Order numbers a spreadsheet program turned into numbers such as 2.02302E+27. */
  mangledIds: number;
  /** Characters that could not be decoded (U+FFFD) — a file re-saved in the wrong encoding. */
  replacementChars: number;
}
