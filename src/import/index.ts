/**
 * Importing Alipay and WeChat Pay bill exports (issue 9; rules in docs/import.md).
 *
 * Pure: bytes in, profile sections out — no files, no terminal, no clock. Two ways in:
 *  - `importBills(files, options)` for whole files in memory;
 *  - `createBillReader(name, options)` per file, fed chunk by chunk (`push`, then `end`), then
 *    `deriveImport(bills, options)` — the streaming form the CLI uses for large exports.
 */
import { deriveImport } from './derive';
import { readBill } from './reader';
import type { BillFile, ImportOptions, ImportResult } from './types';

export function importBills(files: readonly BillFile[], options: ImportOptions): ImportResult {
  const bills = files.map((file, fileIndex) =>
    readBill(file.name, file.bytes, { lang: options.lang, fileIndex, ...(options.inflateRaw ? { inflateRaw: options.inflateRaw } : {}) }),
  );
  return deriveImport(bills, options);
}

export { createBillReader, readBill, MAX_BILL_BYTES, type BillReader } from './reader';
export { deriveImport, periodOf, type DeriveOptions } from './derive';
export { TxnTable } from './table';
export { applyImport, profileFromImport, importedValue, IMPORTED_PATHS, type ImportedPath } from './apply';
export { classifyRow } from './classify';
export type * from './types';
export type * from './bill';
