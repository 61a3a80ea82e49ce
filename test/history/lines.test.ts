/**
 * A history's lines (issue 17, section 1): recording replaces a date's snapshot and never
 * duplicates it; damaged lines — cut short, edited by hand, of a newer historyVersion — are
 * reported with their line numbers, skipped, and kept byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine, oneCharPerByte, planRecord as planRecordBytes, splitLines, type Skipped } from '../../src/history/lines';
import { readHistory } from '../../src/history/read';
import { snapshotLine } from '../../src/history/snapshot';
import { later, sample, snapshotFor } from './helpers';

const profile = await sample('turnover-late');
const nov = snapshotLine(snapshotFor(profile));
const dec = snapshotLine(snapshotFor(later(profile, '2026-12-01', { 借呗: 10300 })));
const jan = snapshotLine(snapshotFor(later(profile, '2027-01-01', { 借呗: 9000 })));
const jan2 = snapshotLine(snapshotFor(later(profile, '2027-01-01', { 借呗: 8900 })));

/** planRecord on the UTF-8 bytes of texts, its bytes read back as text. */
function planRecord(history: string, line: string, asOf: string) {
  const plan = planRecordBytes(Buffer.from(history, 'utf8'), Buffer.from(line, 'utf8'), asOf);
  const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
  return { ...plan, write: { kind: plan.write.kind, text: text(plan.write.bytes) }, previous: plan.previous && text(plan.previous) };
}

const TRUNCATED = nov.slice(0, 200); // a crash in the middle of a write
const NEWER = '{"historyVersion":2,"asOf":"2026-11-15","whatever":true}';
const HAND_EDITED_JSON = nov.replace('"balance":11500', '"balance":"11500"').replace('2026-11-01', '2026-10-01').trimEnd();
const NOT_JSON = 'I wrote a note here';

describe('recording into a history', () => {
  it('starts an empty or missing history with the line', () => {
    const plan = planRecord('', nov, '2026-11-01');
    expect(plan.write).toEqual({ kind: 'append', text: nov });
    expect(plan).toMatchObject({ write: { kind: 'append' }, snapshots: 1, skipped: [], previous: undefined });
  });

  it('appends a new date, and names the last snapshot before it', () => {
    const plan = planRecord(nov + dec, jan, '2027-01-01');
    expect(plan.write).toEqual({ kind: 'append', text: jan });
    expect(plan.snapshots).toBe(3);
    expect(plan.previous).toBe(dec.trimEnd());
  });

  it('replaces the snapshot of the same date in place, never a second line for it', () => {
    const plan = planRecord(nov + jan + dec, jan2, '2027-01-01');
    expect(plan.write.kind).toBe('rewrite');
    expect(plan.write).toEqual({ kind: 'rewrite', text: nov + jan2 + dec });
    expect(plan.snapshots).toBe(3);
    // Again: still one line for the date.
    const again = planRecord(plan.write.text, jan, '2027-01-01');
    expect(splitLines(again.write.text)).toHaveLength(3);
  });

  it('keeps damaged lines exactly as they are, reporting each with its line number', () => {
    const text = `${nov}${NOT_JSON}\n${NEWER}\n${dec}${TRUNCATED}`;
    const appended = planRecord(text, jan, '2027-01-01');
    // The cut-short last line has no line end: the new line starts on a line of its own.
    expect(appended.write).toEqual({ kind: 'append', text: `\n${jan}` });
    expect(appended.skipped).toEqual([
      { line: 2, reason: { kind: 'not_json' } },
      { line: 3, reason: { kind: 'newer_version', version: 2 } },
      { line: 5, reason: { kind: 'not_json' } },
    ]);
    const replaced = planRecord(text, dec, '2026-12-01');
    expect(replaced.write).toEqual({ kind: 'rewrite', text: `${nov}${NOT_JSON}\n${NEWER}\n${dec}${TRUNCATED}\n` });
    expect(replaced.skipped.map((s) => s.line)).toEqual([2, 3, 5]);
  });

  it('a cut-short line of the same date is not taken for that date\'s snapshot: it stays, reported', () => {
    const cut = jan.slice(0, 300);
    const plan = planRecord(`${nov}${cut}\n`, jan, '2027-01-01');
    expect(plan.write).toEqual({ kind: 'append', text: jan });
    expect(plan.skipped).toEqual([{ line: 2, reason: { kind: 'not_json' } }]);
  });

  it('reads the date of a line reformatted by hand (parsed, not by its start)', () => {
    const pretty = JSON.stringify(JSON.parse(jan), null, 1).replace(/\n/g, ' ');
    expect(classifyLine(pretty)).toEqual({ kind: 'snapshot', asOf: '2027-01-01' });
    expect(planRecord(`${nov}${pretty}\n`, jan2, '2027-01-01').write).toEqual({ kind: 'rewrite', text: nov + jan2 });
  });
});

/**
 * What recording did when the history was read as text of one character per byte (before it was
 * read as bytes): the definition planRecord's bytes are held to.
 */
function planRecordAsText(text: string, line: string, asOf: string) {
  const lines = splitLines(text);
  const skipped: Skipped[] = [];
  let sameDate = 0;
  let snapshots = 0;
  let previous: string | undefined;
  const kinds = lines.map((raw, index) => {
    const kind = classifyLine(raw);
    if (kind.kind === 'skipped') skipped.push({ line: index + 1, reason: kind.reason });
    else if (kind.kind === 'snapshot') {
      if (kind.asOf === asOf) sameDate += 1;
      else {
        snapshots += 1;
        previous = raw;
      }
    }
    return kind;
  });
  if (sameDate === 0) {
    const separator = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return { write: { kind: 'append', text: separator + line }, snapshots: snapshots + 1, skipped, previous };
  }
  const out: string[] = [];
  let placed = false;
  for (const [index, raw] of lines.entries()) {
    const kind = kinds[index]!;
    if (kind.kind === 'snapshot' && kind.asOf === asOf) {
      if (!placed) out.push(line.endsWith('\n') ? line.slice(0, -1) : line);
      placed = true;
      continue;
    }
    out.push(raw);
  }
  return { write: { kind: 'rewrite', text: `${out.join('\n')}\n` }, snapshots: snapshots + 1, skipped, previous };
}

describe('recording reads the history as bytes', () => {
  const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
  const asBytes = (text: string) => Buffer.from(text, 'latin1');
  /** planRecord on bytes, in the terms of planRecordAsText. */
  const viaBytes = (history: Uint8Array, line: Uint8Array, asOf: string) => {
    const plan = planRecordBytes(history, line, asOf);
    return { ...plan, write: { kind: plan.write.kind, text: latin1(plan.write.bytes) }, previous: plan.previous && latin1(plan.previous) };
  };
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  it('keeps lines that are not UTF-8, and blank ones, byte for byte', () => {
    const broken = Buffer.from([0xff, 0xfe, 0x41, 0xc3, 0x0a]);
    const history = Buffer.concat([utf8(nov), broken, utf8('  \t\n\n'), utf8(dec)]);
    const replaced = planRecordBytes(history, utf8(dec), '2026-12-01');
    expect(Buffer.from(replaced.write.bytes)).toEqual(history);
    expect(replaced.skipped).toEqual([{ line: 2, reason: { kind: 'not_json' } }]);
    const appended = planRecordBytes(history, utf8(jan), '2027-01-01');
    expect(Buffer.from(appended.write.bytes)).toEqual(utf8(jan));
    expect(Buffer.from(appended.previous!)).toEqual(utf8(dec.trimEnd()));
  });

  it('replaces a last line without a line end, and ends the history with one', () => {
    const plan = planRecordBytes(utf8(nov + dec.trimEnd()), utf8(dec), '2026-12-01');
    expect(plan.write.kind).toBe('rewrite');
    expect(Buffer.from(plan.write.bytes).toString('utf8')).toBe(nov + dec);
  });

  it('a line that begins like a snapshot but is not of its shape is read in full, and reported', () => {
    const fake = `${nov.slice(0, 38)}x}`; // the date not closed by a quote
    const plan = planRecordBytes(utf8(`${fake}\n${nov}`), utf8(jan), '2027-01-01');
    expect(plan.skipped).toEqual([{ line: 1, reason: { kind: 'not_json' } }]);
    expect(plan.snapshots).toBe(2);
  });

  it('does what reading the history as text of one character per byte did, on any history', () => {
    const good = [nov, dec, jan, jan2].map((line) => line.trimEnd());
    const pretty = JSON.stringify(JSON.parse(jan), null, 1).replace(/\n/g, ' ');
    // Each piece a line's bytes, as text of one character per byte.
    const bytesOf = (text: string) => latin1(utf8(text));
    const piece = fc.oneof(
      fc.constantFrom(...good, pretty, TRUNCATED, NEWER, HAND_EDITED_JSON, NOT_JSON, '', '  ', '\u00a0', '{}', '[1]', `${good[0]!.slice(0, 60)}}`, `${good[0]!.slice(0, 38)}x}`).map(bytesOf),
      fc.string({ unit: 'binary', maxLength: 40 }).map((text) => bytesOf(text.replace(/\n/g, ' '))),
      fc.uint8Array({ maxLength: 30 }).map((bytes) => latin1(bytes).replace(/\n/g, ' ')),
    );
    const history = fc.tuple(fc.array(piece, { maxLength: 8 }), fc.boolean()).map(([lines, end]) => lines.join('\n') + (end && lines.length > 0 ? '\n' : ''));
    fc.assert(
      fc.property(history, fc.constantFrom(nov, dec, jan, jan2), (text, line) => {
        const asOf = line.slice(28, 38);
        const bytesLine = latin1(utf8(line));
        // Histories given as text of one character per byte: their bytes are latin1 of the text.
        expect(viaBytes(asBytes(text), utf8(line), asOf)).toEqual(planRecordAsText(text, bytesLine, asOf));
      }),
      { numRuns: 500 },
    );
  });

  it('oneCharPerByte is latin1, across its pieces', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    expect(oneCharPerByte(bytes)).toBe(latin1(bytes));
    expect(oneCharPerByte(bytes, 8190, 8200)).toBe(latin1(bytes.subarray(8190, 8200)));
  });
});

describe('reading a history for progress', () => {
  it('uses every good line, in date order, and skips the damaged ones with their line numbers and why', () => {
    const text = `${jan}${NOT_JSON}\n${nov}\n${NEWER}\n${HAND_EDITED_JSON}\n${dec}${TRUNCATED}`;
    const read = readHistory(text);
    expect(read.snapshots.map((s) => [s.line, s.point.summary.asOf, s.point.snapshot().asOf])).toEqual([
      [3, '2026-11-01', '2026-11-01'],
      [7, '2026-12-01', '2026-12-01'],
      [1, '2027-01-01', '2027-01-01'],
    ]);
    expect(read.skipped).toEqual([
      { line: 2, reason: { kind: 'not_json' } },
      { line: 5, reason: { kind: 'newer_version', version: 2 } },
      { line: 6, reason: { kind: 'invalid', field: 'debts[0].balance' } },
      { line: 8, reason: { kind: 'not_json' } },
    ]);
    // The blank line 4 is neither a snapshot nor a damaged line.
    expect(read.lines).toBe(7);
  });

  it('read as bytes (one character per byte) with a UTF-8 decode, as the CLI reads it: the same result, names and all', () => {
    const text = `${jan}${NOT_JSON}\n${nov}${nov.replace('10290.6,', '10290.655,').replace('2026-11-01', '2026-10-01')}${dec}${TRUNCATED}`;
    const bytes = Buffer.from(text, 'utf8').toString('latin1');
    expect(bytes).not.toBe(text); // the names are not ASCII: the two texts differ
    const decode = (line: string) => Buffer.from(line, 'latin1').toString('utf8');
    const asText = readHistory(text);
    const asBytes = readHistory(bytes, decode);
    expect(asBytes.skipped).toEqual(asText.skipped);
    expect(asBytes.skipped).toContainEqual({ line: 4, reason: { kind: 'invalid', field: 'projection.balances.借呗[0]' } });
    expect(asBytes.snapshots.map((s) => s.point.snapshot())).toEqual(asText.snapshots.map((s) => s.point.snapshot()));
    expect(asBytes.snapshots.map((s) => s.point.summary.names.list())).toEqual(asText.snapshots.map((s) => s.point.summary.names.list()));
    expect(asBytes.snapshots[0]!.point.snapshot().debts[0]!.name).toBe('借呗');
  });

  it('a date recorded twice by hand: the later line is used, the earlier one reported', () => {
    const read = readHistory(nov + jan + jan2);
    expect(read.snapshots.map((s) => s.line)).toEqual([1, 3]);
    expect(read.skipped).toEqual([{ line: 2, reason: { kind: 'duplicate_date', asOf: '2027-01-01', keptLine: 3 } }]);
  });

  it('names the first wrong field of a hand-edited snapshot', () => {
    const cases: [string, string][] = [
      [nov.replace('"grade":"E"', '"grade":"F"'), 'score.grade'],
      [nov.replace('"asOf":"2026-11-01"', '"asOf":"2026-02-30"'), 'asOf'],
      [nov.replace(/"from":"2026-12"/, '"from":"2026-13"'), 'projection.from'],
      [nov.replace('10290.6,', '10290.655,'), 'projection.balances.借呗[0]'],
      [nov.replace('"findings":[', '"findings":[1,'), 'findings[0]'],
      [nov.replace('"dti":0.5668', '"dti":"57%"'), 'totals.dti'],
    ];
    for (const [line, field] of cases) expect(readHistory(line).skipped, field).toEqual([{ line: 1, reason: { kind: 'invalid', field } }]);
  });
});
