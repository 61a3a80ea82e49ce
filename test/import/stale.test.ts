/**
 * Stale bills are named (issue 23): bills from 2023-12 … 2024-05 merged into a profile dated
 * 2026-11 once replaced its recent history without a word. Now the summary says so, a terminal
 * is asked, a pipe needs --yes; and a month inside the bills without a single row is named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportCommandOptions } from '../../src/cli/import';
import { UserError } from '../../src/errors';
import { deriveImport } from '../../src/import/index';
import { runCli } from '../cli/run';
import { alipayCsv, cliContext, gbk, read, type AlipayRow } from './helpers';
import { tempDir } from '../temp';

const context = (stdinIsTTY = false) => cliContext({ stdinIsTTY, today: '2026-11-15' });

/** One purchase and one income a month, from `start` for `months` months. */
function monthlyRows(start: string, months: number): AlipayRow[] {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => {
    const month = `${y + Math.floor((m - 1 + i) / 12)}-${String(((m - 1 + i) % 12) + 1).padStart(2, '0')}`;
    return [
      { time: `${month}-05 09:00:00`, dir: '收入' as const, amount: '800.00', category: '转账红包', peer: '某公司' },
      { time: `${month}-12 20:00:00`, dir: '支出' as const, amount: '120.00', category: '餐饮美食' },
    ];
  }).flat();
}

const OLD = { start: '2023-12-01', end: '2024-05-31' };
const PROFILE = `version: 1
as_of: 2026-11-01
income:
  monthly: 9000
  history:
    - { month: 2026-10, amount: 9000 }
debts: []
`;

function setup() {
  const dir = tempDir('limit-audit-stale-');
  const bill = join(dir, 'old.csv');
  writeFileSync(bill, gbk(alipayCsv(monthlyRows('2023-12', 6), OLD)));
  const profile = join(dir, 'me.yaml');
  writeFileSync(profile, PROFILE);
  const options = (extra: Partial<ImportCommandOptions> = {}): ImportCommandOptions => ({ bills: [bill], into: profile, months: 6, yes: false, ...extra });
  return { dir, bill, profile, options };
}

describe('bills whose newest month is long before the profile’s date', () => {
  it('are named with their newest month and the gap (derive)', () => {
    const bill = read('old.csv', gbk(alipayCsv(monthlyRows('2023-12', 6), OLD)));
    expect(deriveImport([bill], { auditDate: '2026-11-01' }).warnings).toContainEqual({ code: 'staleBills', newest: '2024-05', auditDate: '2026-11-01', months: 30 });
    // Two months before is recent enough (the profile's last whole month is missing at most); three is not.
    const recent = read('r.csv', gbk(alipayCsv(monthlyRows('2026-04', 6), { start: '2026-04-01', end: '2026-09-30' })));
    expect(deriveImport([recent], { auditDate: '2026-11-01' }).warnings.map((w) => w.code)).not.toContain('staleBills');
    const older = read('o.csv', gbk(alipayCsv(monthlyRows('2026-03', 6), { start: '2026-03-01', end: '2026-08-31' })));
    expect(deriveImport([older], { auditDate: '2026-11-01' }).warnings.map((w) => w.code)).toContain('staleBills');
  });

  it('need --yes in a pipe: exit 2, one line, nothing written', async () => {
    const { profile, options } = setup();
    const { ctx, err } = context(false);
    const error = await runImport(options(), ctx, { ask: () => Promise.reject(new Error('no prompt in a pipe')) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(`${profile}: the bills end in 2024-05, long before the profile's date; not a terminal, so no one can confirm — pass --yes to import them anyway`);
    expect(err.join('')).toContain("warning: the newest bill month is 2024-05, 30 months before the profile's date 2026-11-01");
    expect(readFileSync(profile, 'utf8')).toBe(PROFILE);
  });

  it('ask at a terminal; "no" writes nothing, "yes" goes on to the usual question', async () => {
    const { profile, options } = setup();
    const asked: string[] = [];
    const no = { ask: async (q: string) => (asked.push(q), false) };
    const first = context(true);
    expect(await runImport(options(), first.ctx, no)).toBe(0);
    expect(asked).toEqual([`These bills are old for ${profile}. Import them anyway? [y/N] `]);
    expect(first.err.join('')).toContain('nothing written');
    expect(readFileSync(profile, 'utf8')).toBe(PROFILE);

    asked.length = 0;
    const yes = { ask: async (q: string) => (asked.push(q), true) };
    expect(await runImport(options(), context(true).ctx, yes)).toBe(0);
    expect(asked).toEqual([`These bills are old for ${profile}. Import them anyway? [y/N] `, `Write these changes to ${profile}? [y/N] `]);
    expect(readFileSync(profile, 'utf8')).toContain('- { month: 2024-05, amount: 800 }');
  });

  it('are imported with --yes, the warning still shown', async () => {
    const { profile, options } = setup();
    const { ctx, err } = context(false);
    expect(await runImport(options({ yes: true }), ctx, { ask: () => Promise.reject(new Error('no prompt with --yes')) })).toBe(0);
    expect(err.join('')).toContain('30 months before');
    expect(readFileSync(profile, 'utf8')).toContain('- { month: 2024-05, amount: 800 }');
  });

  it('through the built CLI, in a pipe: exit 2, the --yes line last on stderr, nothing on stdout', () => {
    const { bill, profile } = setup();
    const result = runCli(['import', bill, '--into', profile]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/not a terminal, so no one can confirm — pass --yes to import them anyway$/);
    expect(readFileSync(profile, 'utf8')).toBe(PROFILE);
  });
});

describe('a month inside the bills without a single row', () => {
  it('is named, not silently zero', () => {
    const rows = monthlyRows('2026-01', 6).filter((r) => !r.time.startsWith('2026-03'));
    const bill = read('gap.csv', gbk(alipayCsv(rows, { start: '2026-01-01', end: '2026-06-30' })));
    const result = deriveImport([bill], { months: 6 });
    expect(result.sections.spending?.history?.find((h) => h.month === '2026-03')).toEqual({ month: '2026-03', amount: 0 });
    expect(result.warnings).toContainEqual({ code: 'emptyMonths', months: ['2026-03'] });
    // A month with rows that change no figure (a fund purchase, say) is not empty.
    const quiet = read(
      'q.csv',
      gbk(alipayCsv([...rows, { time: '2026-03-09 10:00:00', dir: '不计收支', amount: '50.00', category: '投资理财', peer: '蚂蚁财富', item: '蚂蚁财富-某指数C-买入' }], { start: '2026-01-01', end: '2026-06-30' })),
    );
    expect(deriveImport([quiet], { months: 6 }).warnings.map((w) => w.code)).not.toContain('emptyMonths');
  });
});
