/**
 * The quick way through a long history (src/history/fast-line.ts) against the full one (JSON.parse,
 * the line check, summarize): it takes the lines `check --record` writes, and whatever it takes is
 * a snapshot the full check passes, summarized to the same values. Anything it does not take goes
 * the full way, so a history reads the same either way (readHistory with and without it).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isCalendarMonth } from '../../src/dates';
import { fastSummary } from '../../src/history/fast-line';
import { parseLine } from '../../src/history/lines';
import { summarize, type Summary } from '../../src/history/progress';
import { readHistory } from '../../src/history/read';
import type { Snapshot } from '../../src/history/schema';
import { snapshotLine } from '../../src/history/snapshot';
import { snapshotProblem } from '../../src/history/validate';
import { bundleForChild } from '../reliability/helpers';
import { tempDir } from '../temp';
import { forEachBroken, sampleSnapshots } from './helpers';


const snapshots = await sampleSnapshots();
const lines = snapshots.map((snapshot) => snapshotLine(snapshot).trimEnd());

/** A summary as plain data: its names listed. */
const plain = (summary: Summary) => ({ ...summary, names: { digest: summary.names.digest, list: summary.names.list() } });
const wholeOf = (line: string) => () => JSON.parse(line) as Snapshot;

/** What the full way makes of a line: its summary, or undefined when it skips the line. */
function fullSummary(line: string): ReturnType<typeof plain> | undefined {
  const parsed = parseLine(line);
  if ('reason' in parsed || snapshotProblem(parsed.value) !== undefined) return undefined;
  return plain(summarize(parsed.value as Snapshot, wholeOf(line)));
}

/** Whether the quick way takes `line`; when it does, the full way must take it too, with the same summary. */
function quickAgrees(line: string): boolean {
  const quick = fastSummary(line, wholeOf(line));
  if (quick === undefined) return false;
  expect(fullSummary(line), line).toEqual(plain(quick));
  return true;
}

describe('the quick way through a history', () => {
  it('takes every line check --record writes, summarized as the full way summarizes it', () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(quickAgrees(line), line).toBe(true);
    // The samples have findings of every severity, dates to clear by, and events of both kinds.
    expect(lines.some((line) => line.includes('"severity":"critical"'))).toBe(true);
    expect(lines.some((line) => line.includes('"clearsBy"'))).toBe(true);
    expect(lines.some((line) => /"lastOverdue":"[\d-]+"/.test(line))).toBe(true);
  });

  it('takes a line with any field broken only when the full check passes it, with the same summary', () => {
    let taken = 0;
    const checked = forEachBroken(snapshots, (mutated) => {
      if (quickAgrees(JSON.stringify(mutated))) taken += 1;
    });
    expect(checked).toBeGreaterThan(5000);
    // Some broken fields are still valid (an optional one removed, a string that may be anything).
    expect(taken).toBeGreaterThan(0);
  });

  it('leaves to the full way every line written otherwise, and judges the same', () => {
    const line = lines.find((l) => l.includes('"clearsBy"') && l.includes('"used"'))!;
    const replaced = (pattern: RegExp, by: string) => {
      expect(pattern.test(line), String(pattern)).toBe(true);
      return line.replace(pattern, by);
    };
    const variants: [string, 'quick' | 'full' | 'skipped'][] = [
      [`${line}\r`, 'quick'], // a history saved with CRLF line ends
      [` ${line}`, 'full'],
      [line.replace(/,/g, ', '), 'full'],
      [replaced(/"tool":\{[^}]*\},("digest":\{[^}]*\})/, '$1,"tool":{"name":"limit-audit","version":"0.1.0"}'), 'full'],
      [`${line.slice(0, -1)},"addedLater":1}`, 'full'],
      [replaced(/"name":"([^"]+)","kind"/, '"name":"\\"$1\\"","kind"'), 'full'],
      [replaced(/"name":"([^"]+)","kind"/, '"name":"\\u501f$1","kind"'), 'full'],
      [replaced(/"name":"([^"]+)","kind"/, '"name":"$1\\q","kind"'), 'skipped'],
      [replaced(/"name":"([^"]+)","kind"/, '"name":"$1\t","kind"'), 'skipped'],
      [replaced(/"income":(\d+)/, '"income":$1.5'), 'quick'],
      [replaced(/"income":(\d+)/, '"income":$1.50'), 'quick'],
      [replaced(/"income":(\d+)/, '"income":$1.505'), 'skipped'],
      [replaced(/"income":(\d+)/, '"income":$1.0'), 'quick'],
      [replaced(/"income":(\d+)/, '"income":1e3'), 'full'],
      [replaced(/"income":(\d+)/, '"income":-0'), 'full'],
      [replaced(/"income":(\d+)/, '"income":-1'), 'skipped'],
      [replaced(/"income":(\d+)/, '"income":0$1'), 'skipped'],
      [replaced(/"income":(\d+)/, '"income":999999999999.99'), 'quick'],
      [replaced(/"income":(\d+)/, '"income":1000000000000'), 'full'],
      [replaced(/"income":(\d+)/, `"income":1${'0'.repeat(400)}`), 'skipped'],
      [replaced(/"dti":([\d.]+)/, '"dti":-2.5e-7'), 'quick'],
      [replaced(/"dti":([\d.]+)/, '"dti":1e99'), 'quick'],
      [replaced(/"dti":([\d.]+)/, '"dti":1e400'), 'skipped'],
      [replaced(/"dti":([\d.]+)/, '"dti":null'), 'quick'],
      [replaced(/"onlineLenders":(\d+)/, '"onlineLenders":1.0'), 'full'],
      [replaced(/"onlineLenders":(\d+)/, '"onlineLenders":999999999999999'), 'quick'],
      [replaced(/"onlineLenders":(\d+)/, '"onlineLenders":9007199254740993'), 'skipped'],
      [replaced(/"debtFreeBy":"[\d-]+"/, '"debtFreeBy":null'), 'quick'],
      [replaced(/"months":\d+/, '"months":null'), 'quick'],
      [replaced(/"lastInquiry":"[\d-]+"/, '"lastInquiry":null'), 'quick'],
      [replaced(/"inquiries":\d+/, '"inquiries":null'), 'quick'],
      [replaced(/"value":(\d+)/, '"value":100'), 'quick'],
      [replaced(/"value":(\d+)/, '"value":101'), 'skipped'],
      [replaced(/"value":(\d+)/, '"value":0'), 'quick'],
      [replaced(/"grade":"(\w)"/, '"grade":"F"'), 'skipped'],
      [replaced(/"severity":"(\w+)"/, '"severity":"severe"'), 'skipped'],
      [replaced(/"clearsBy":"([\d-]+)"/, '"clearsBy":"2026-02-29"'), 'skipped'],
      [replaced(/"clearsBy":"([\d-]+)"/, '"clearsBy":"2028-02-29"'), 'full'],
      [replaced(/"from":"([\d-]+)"/, '"from":"2026-00"'), 'skipped'],
      [replaced(/"balances":\{"([^"]+)":\[/, `"balances":{"$1":[${'1,'.repeat(24)}`), 'skipped'],
      [replaced(/"balances":\{/, `"balances":{"extra":[${Array(24).fill('0.5').join(',')}],`), 'quick'],
      [replaced(/"balances":\{/, `"balances":{"extra":[${Array(25).fill('0.5').join(',')}],`), 'skipped'],
      [replaced(/"used":([\d.]+),/, ''), 'quick'],
      [replaced(/"historyVersion":1/, '"historyVersion":2'), 'skipped'],
      // Lists: empty, or a comma too many anywhere.
      [replaced(/"findings":\[.*?\],"debts"/, '"findings":[],"debts"'), 'quick'],
      [replaced(/"lines":\[/, '"lines":[,'), 'skipped'],
      [replaced(/\}\],"debts"/, '},],"debts"'), 'skipped'],
      [replaced(/("balances":\{"[^"]+":\[[^\]]*)\]/, '$1,]'), 'skipped'],
      [replaced(/\]\}\}\}$/, '],}}}'), 'skipped'],
      [replaced(/\],"lines"/, '],,"lines"'), 'skipped'],
    ];
    for (const [variant, expected] of variants) {
      const quick = quickAgrees(variant);
      const judged = quick ? 'quick' : fullSummary(variant) === undefined ? 'skipped' : 'full';
      expect(judged, variant).toBe(expected);
    }
  });

  it('takes an audit date exactly when it is a calendar date (29 February: the full way)', () => {
    const line = lines[0]!;
    const asOf = /"asOf":"([\d-]+)"/.exec(line)![1]!;
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of ['1899', '1900', '1901', '1999', '2000', '2024', '2026', '2100', '2999', '9999', '0999', '19x9']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${year}-${two(month)}-${two(day)}`;
          const taken = fastSummary(line.replace(asOf, date), wholeOf(line)) !== undefined;
          expect(taken, date).toBe(isCalendarDate(date) && !date.endsWith('-02-29'));
        }
        const monthText = `${year}-${two(month)}`;
        const withMonth = line.replace(/"from":"[\d-]+"/, `"from":"${monthText}"`);
        expect(fastSummary(withMonth, wholeOf(line)) !== undefined, monthText).toBe(isCalendarMonth(monthText));
      }
    }
  });

  it('reads a history to the same result with it and without it, damaged lines and all', () => {
    const on = (line: string, date: string) => line.replace(/"asOf":"[\d-]+"/, `"asOf":"${date}"`);
    const [a, b, c] = [on(lines[0]!, '2026-01-01'), on(lines[3]!, '2026-02-01'), on(lines[5]!, '2026-03-01')];
    const pretty = JSON.stringify(JSON.parse(b!), null, 1).replace(/\n/g, ' ');
    const text = [a, 'not json', c, '', b!.replace('"asOf":"', '"asOf":"1'), pretty, `${a}\r`, a!.slice(0, 300), a!.replace(/"balance":[\d.]+/, '"balance":"1"')].join('\n');
    const read = (fast: boolean) => {
      const result = readHistory(text, (line) => line, fast);
      return { ...result, snapshots: result.snapshots.map(({ line, point }) => ({ line, summary: plain(point.summary), snapshot: point.snapshot() })) };
    };
    expect(read(true)).toEqual(read(false));
    expect(read(true).skipped.map((skip) => skip.line)).toEqual([1, 2, 5, 8, 9]);
  });
});

describe('what a history read keeps', () => {
  it('a summary holds nothing of the parsed line: it is garbage once summarized', () => {
    // In a child Node started with --expose-gc (turning it on inside this worker is unsupported
    // after start-up), summarize built as the CLI builds it.
    const dir = tempDir('la-summary-gc-');
    bundleForChild('src/history/progress.ts', dir);
    writeFileSync(join(dir, 'line.json'), lines[0]!);
    writeFileSync(
      join(dir, 'probe.cjs'),
      `const { summarize } = require('./progress.cjs');
const line = require('fs').readFileSync(require('path').join(__dirname, 'line.json'), 'utf8');
let parsed = JSON.parse(line);
const ref = new WeakRef(parsed);
const summary = summarize(parsed, () => JSON.parse(line));
parsed = undefined;
// A WeakRef holds its target until the current job ends.
setImmediate(() => {
  globalThis.gc();
  process.stdout.write(JSON.stringify({ collected: ref.deref() === undefined, names: summary.names.list().length }));
});
`,
    );
    const run = spawnSync(process.execPath, ['--expose-gc', join(dir, 'probe.cjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { collected: boolean; names: number };
    expect(result.collected).toBe(true);
    expect(result.names).toBeGreaterThan(0);
  });
});
