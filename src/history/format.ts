/**
 * The history file's format constants, without zod: `check --record` needs them on its fast path,
 * schema.ts (zod, loaded by `progress` and `schema` only) builds the full line schema on them.
 */
export const HISTORY_VERSION = 1;

/** Months of each debt's planned balance a snapshot keeps (issue 17: the next 24). */
export const PROJECTION_MONTHS = 24;

/** How every line buildSnapshot writes begins, up to its audit date. */
export const LINE_START = `{"historyVersion":${HISTORY_VERSION},"asOf":"`;
