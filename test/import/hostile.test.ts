/**
 * Hostile bill files through the built CLI (`limit-audit import FILE`): ZIP bombs, lying sizes,
 * damaged, locked and crowded archives, an encoding that changes mid-file. Each one must end in
 * exit 2 with one line on stderr naming the file, nothing on stdout, no stack trace, and — where
 * GNU time is there to measure the child's peak memory — under 200 MB. The archives are made here
 * with node:zlib (nothing large is committed). How long each takes is measured by hand and written
 * in docs/reliability.md, not asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, cliEnv } from '../cli/run';
import { expectCleanStderr } from '../reliability/helpers';
import { tempDir } from '../temp';
import { DEG, fixture, gbk, sheetData, spacesDeflated, utf8, wechatCsv, wechatSheetRows, workbookParts, zip, type ZipInput } from './helpers';


const dir = tempDir('la-hostile-');
const GNU_TIME = '/usr/bin/time';
const canMeasure = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
/** The budget the issue sets for any of these files (the child's peak resident memory). */
const MAX_RSS_KB = 200 * 1024;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  peakKb: number | undefined;
}

/** Writes `bytes` to `name` and imports it with the built CLI, under GNU time when there is one. */
function importFile(name: string, bytes: Uint8Array, lang = 'en'): Outcome {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const rss = join(dir, `${name}.rss`);
  const command = [process.execPath, BIN, 'import', file];
  const result = canMeasure
    ? spawnSync(GNU_TIME, ['-o', rss, '-f', '%M', ...command], { cwd: ROOT, env: cliEnv({ LIMIT_AUDIT_LANG: lang }), encoding: 'utf8', timeout: 60_000 })
    : spawnSync(command[0]!, command.slice(1), { cwd: ROOT, env: cliEnv({ LIMIT_AUDIT_LANG: lang }), encoding: 'utf8', timeout: 60_000 });
  // GNU time writes "Command exited with non-zero status 2" before the figure: the figure is the last line.
  const peakKb = canMeasure ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) : undefined;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, peakKb };
}

/** Exit 2, nothing on stdout, exactly one clean line on stderr that names the file, within the memory budget. */
function expectRefused(outcome: Outcome, name: string, message: RegExp): void {
  expect(outcome.stdout).toBe('');
  expectCleanStderr(outcome.stderr);
  expect(outcome.stderr.endsWith('\n') && outcome.stderr.indexOf('\n') === outcome.stderr.length - 1, outcome.stderr).toBe(true);
  expect(outcome.stderr).toContain(join(dir, name));
  expect(outcome.stderr).toMatch(message);
  expect(outcome.code).toBe(2);
  if (outcome.peakKb !== undefined) expect(outcome.peakKb).toBeLessThan(MAX_RSS_KB);
}

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;
/** 1.5 GB of spaces deflated: about 1.5 MB, the bomb of the issue. */
const bomb = spacesDeflated(1.5 * GB);
const billParts = (): ZipInput[] => workbookParts([{ name: 'Sheet1', sheetData: sheetData(wechatSheetRows()) }]);
/** A real bill whose part `name` is replaced. */
const withPart = (name: string, data: ZipInput['data'], extra: Partial<ZipInput> = {}): Uint8Array =>
  zip(billParts().map((part) => (part.name === name ? { ...part, ...extra, data } : part)));

describe('hostile XLSX and ZIP files through the CLI', () => {
  it('the bomb of the issue (workbook.xml unpacks from 1.5 MB to 1.5 GB) is refused before it is inflated', () => {
    expect(bomb.length).toBeLessThan(2 * MB);
    const outcome = importFile('bomb.xlsx', withPart('xl/workbook.xml', { deflated: bomb, size: 1.5 * GB }));
    expectRefused(outcome, 'bomb.xlsx', /: the archive would unpack to more than 32 MB \(at xl\/workbook\.xml\); .* \(a "ZIP bomb"\), not a bill$/m);
  });

  it('the same bomb declaring 1,000 bytes is stopped at the 1,000th', () => {
    const outcome = importFile('liar.xlsx', withPart('xl/workbook.xml', { deflated: bomb, size: 1000 }));
    expectRefused(outcome, 'liar.xlsx', /: the ZIP \/ XLSX file is damaged or forged: xl\/workbook\.xml does not unpack to the 1000 bytes it declares$/m);
  });

  it('a bomb declaring just under the budget is stopped there too, within the memory budget', () => {
    const outcome = importFile('liar-30mb.xlsx', withPart('xl/worksheets/sheet1.xml', { deflated: bomb, size: 30 * MB }));
    expectRefused(outcome, 'liar-30mb.xlsx', /xl\/worksheets\/sheet1\.xml does not unpack to the 31457280 bytes it declares$/m);
  });

  it('honest parts that together unpack past the budget: the sheet listed 8 times, 8 MB each', () => {
    const parts = workbookParts(Array.from({ length: 8 }, (_, i) => ({ name: `S${i}`, sheetData: '' })))
      .filter((part) => !/sheet[2-8]\.xml$/.test(part.name))
      .map((part) => {
        if (part.name.endsWith('.rels')) return { ...part, data: (part.data as string).replace(/sheet\d\.xml/g, 'sheet1.xml') };
        if (part.name === 'xl/worksheets/sheet1.xml') return { ...part, data: { deflated: spacesDeflated(8 * MB), size: 8 * MB } };
        return part;
      });
    const outcome = importFile('crowded.xlsx', zip(parts));
    expectRefused(outcome, 'crowded.xlsx', /: the archive would unpack to more than 32 MB \(at xl\/worksheets\/sheet1\.xml\)/);
  });

  it('a truncated archive: the end record gone, and the compressed data damaged', () => {
    const full = fixture('double-entry-generator', 'wechat-xlsx-2026.xlsx');
    expectRefused(importFile('cut.xlsx', full.subarray(0, Math.floor(full.length * 0.7))), 'cut.xlsx', /: the ZIP \/ XLSX file is damaged or truncated: its end-of-archive record is missing$/m);
    const bill = withPart('xl/worksheets/sheet1.xml', 'x'.repeat(100_000));
    const damaged = Uint8Array.from(bill);
    const at = Buffer.from(bill).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    damaged.fill(0xff, at + 4, at + 40);
    expectRefused(importFile('damaged.xlsx', damaged), 'damaged.xlsx', /: the ZIP \/ XLSX file is damaged( or forged)?: .*xl\/worksheets\/sheet1\.xml/);
  });

  it('an encrypted entry in an XLSX, and the locked archive of the bill e-mail', () => {
    const locked = withPart('xl/worksheets/sheet1.xml', 'x', { encrypted: true });
    expectRefused(importFile('locked.xlsx', locked), 'locked.xlsx', /: an XLSX file whose parts are locked with a ZIP password/);
    const archive = zip([{ name: '微信支付账单流水文件(20260101-20260331).xlsx', data: 'secret', encrypted: true }]);
    expectRefused(importFile('locked.zip', archive), 'locked.zip', /: a password-protected ZIP/);
  });

  it('a ZIP of 10,000 entries', () => {
    const many = zip(Array.from({ length: 10_000 }, (_, i) => ({ name: `bill-${i}.csv`, data: 'x', deflate: false })));
    expectRefused(importFile('many.zip', many), 'many.zip', /: a ZIP archive of 10000 entries; a bill export holds a few, and archives of more than 1000 are not read$/m);
  });

  it('an entry name made to break the line is shown without its control characters', () => {
    const evil = zip([{ name: 'a\n\u001b[2Jb.csv', data: 'not a bill\n' }]);
    const outcome = importFile('evil.zip', evil);
    expectRefused(outcome, 'evil.zip', /evil\.zip:a\?\?\[2Jb\.csv: not a supported bill export/);
  });

  it('in Chinese too', () => {
    const outcome = importFile('bomb-zh.xlsx', withPart('xl/workbook.xml', { deflated: bomb, size: 1.5 * GB }), 'zh');
    expectRefused(outcome, 'bomb-zh.xlsx', /: 压缩包解压后将超过 32 MB（在 xl\/workbook\.xml 处）/);
  });

  it('a valid bill written with prefixed tags and CDATA is read, not refused', () => {
    const parts = billParts().map((part) =>
      part.name === 'xl/worksheets/sheet1.xml'
        ? {
            ...part,
            data: (part.data as string)
              .replace(/<(\/?)(worksheet|sheetData|row|c|is|t|v)\b/g, '<$1x:$2')
              .replace('xmlns=', 'xmlns:x=')
              .replace(/<x:t xml:space="preserve">([^<]*)<\/x:t>/g, '<x:t><![CDATA[$1]]></x:t>'),
          }
        : part,
    );
    const file = join(dir, 'prefixed.xlsx');
    writeFileSync(file, zip(parts));
    const result = spawnSync(process.execPath, [BIN, 'import', file], { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
    expectCleanStderr(result.stderr);
    expect(result.stderr).toContain('WeChat Pay XLSX (2026 layout), xlsx, 2 row(s)');
    expect(result.stderr).toMatch(/income 1, spending 1/);
  });
});

describe('an encoding that changes mid-file, through the CLI', () => {
  it('UTF-8 that turns into GBK after the first 64 KB: exit 2 at the line where it does', () => {
    const rows = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ time: '2026-02-03 10:00:00', dir: '支出' as const, amount: '1.00', peer: `商户${from + i}` }));
    const head = wechatCsv(rows(600, 0));
    const tail = wechatCsv(rows(3, 600)).split('\n').slice(11).join('\n').replace(/¥/g, '￥');
    const outcome = importFile('mixed.csv', Uint8Array.from([...utf8(head), ...gbk(tail)]));
    expectRefused(outcome, 'mixed.csv', /mixed\.csv:612:1: the text stops being valid UTF-8 on this line/);
  });

  it('the DEG WeChat CSV is unaffected', () => {
    const result = spawnSync(process.execPath, [BIN, 'import', join(DEG, 'wechat.csv')], { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
    expectCleanStderr(result.stderr);
    expect(result.stderr).toMatch(/wechat\.csv: WeChat Pay CSV, utf-8/);
  });
});
