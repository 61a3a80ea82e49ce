/** `limit-audit apr`, through the built CLI: the figures, both languages, JSON, the schedule, and bad input. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run';

const apr = (args: string[], env?: Record<string, string>) => runCli(['apr', ...args], { env });
const OFFER = ['--amount', '10000', '--months', '12'];

describe('limit-audit apr', () => {
  it('works out a 0.6 %-a-period instalment: true APR 13.03 %, EAR 13.84 %, ¥720, 1.81 × the 7.2 % it looks like', () => {
    const result = apr([...OFFER, '--fee-rate', '0.6%', '--as-of', '2026-11-01']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'limit-audit apr — the true cost of this loan',
        '',
        'Borrow ¥10,000.00 over 12 months: fee instalment (分期手续费), a fee of 0.6% of the amount a period',
        'You receive ¥10,000.00 and pay ¥10,720.00 in all: the loan costs ¥720.00',
        'True APR 13.03% (12 × the monthly IRR of 1.0862%) · EAR 13.84% (compounded)',
        'The quoted 0.6% a period looks like 7.2% a year: the true APR is 1.81 × that.',
        'Below the 24% line that regulators and partner banks hold consumer credit to.',
        "As a private loan (between people): ABOVE the courts' cap of 12% a year (4 × the 1-year LPR of 3% on 2025-05-20); courts protect interest only up to it.",
        'Banks, consumer-finance and micro-loan companies are licensed lenders outside that cap: their loans are not illegal above it, the 24%/36% lines apply to them instead.',
        '',
      ].join('\n'),
    );
  });

  it('says it in Chinese', () => {
    const result = apr([...OFFER, '--fee-rate', '0.006', '--as-of', '2026-11-01', '--lang', 'zh']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('真实年化（APR）13.03%（月 IRR 1.0862% × 12）· 复利年化（EAR）13.84%');
    expect(result.stdout).toContain('报价每期 0.6%，看起来是年化 7.2%：真实年化是它的 1.81 倍。');
    expect(result.stdout).toContain('超过法院保护上限年化 12%');
    expect(result.stdout).not.toMatch(/[A-Za-z]{6,}/); // no English sentence left (ids such as EAR, LPR are short)
  });

  it('--json: rates as decimals, money in yuan, the lines and the private-loan cap of the day', () => {
    const result = apr([...OFFER, '--daily-rate', '0.05%', '--upfront-fee', '300', '--json', '--as-of', '2023-01-01']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      amount: 10000,
      months: 12,
      method: 'equal_installment',
      upfrontFee: 300,
      received: 9700,
      quoted: { basis: 'daily_rate', rate: 0.0005, apr: 0.1825 },
      lines: { high: 0.24, critical: 0.36, band: 'between' },
      // The LPR on 2023-01-01 was 3.65 %: the cap was 14.6 %.
      privateLoanCap: { rate: 0.146, multiple: 4, lpr: 0.0365, lprDate: '2022-08-22', asOf: '2023-01-01', above: true },
    });
    expect(json.apr).toBeCloseTo(12 * json.monthlyRate, 6);
    expect(json.ear).toBeCloseTo((1 + json.monthlyRate) ** 12 - 1, 6);
    expect(json.totalCost).toBe(Math.round((json.totalPaid - 9700) * 100) / 100);
    expect(json.apr).toBeGreaterThan(0.24);
    expect(json).not.toHaveProperty('schedule');
  });

  it('--schedule lists the payments; --json carries them too, adding up to the total paid', () => {
    const table = apr([...OFFER, '--apr', '0.12', '--method', 'equal_principal', '--schedule']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Schedule (equal principal, falling payments (等额本金)), in yuan:');
    expect(table.stdout).toMatch(/│\s+1 │\s+933\.33 │\s+833\.33 │\s+100\.00 │\s+9,166\.67 │/);
    const json = JSON.parse(apr([...OFFER, '--fee-rate', '0.006', '--schedule', '--json']).stdout);
    expect(json.schedule).toHaveLength(12);
    expect(json.schedule[0]).toEqual({ month: 1, payment: 893.33, principal: 833.33, interest: 60, balance: 9166.67 });
    expect(json.schedule.at(-1).balance).toBe(0);
    const paid = json.schedule.reduce((sum: number, m: { payment: number }) => sum + Math.round(m.payment * 100), 0);
    expect(paid / 100).toBe(json.totalPaid);
  });

  it('from the payment alone: level payments, or the interest with the principal back at the end', () => {
    const level = JSON.parse(apr([...OFFER, '--payment', '950', '--json']).stdout);
    expect(level.quoted).toEqual({ basis: 'payment', payment: 950, apr: 0.14 }); // flat: 1,400 ÷ 10,000 ÷ 1 year
    expect(level.totalCost).toBe(1400);
    expect(level.apr).toBeCloseTo(0.2491, 4);
    const first = JSON.parse(apr([...OFFER, '--payment', '100', '--method', 'interest_first', '--json']).stdout);
    expect(first.totalPaid).toBe(11200);
    expect(first.apr).toBeCloseTo(0.12, 8);
  });

  it('a zero-cost loan says so: true APR 0 %', () => {
    const result = apr([...OFFER, '--apr', '0']);
    expect(result.stdout).toContain('this loan costs nothing (true APR 0%)');
    expect(JSON.parse(apr([...OFFER, '--apr', '0', '--json']).stdout)).toMatchObject({ apr: 0, ear: 0, monthlyRate: 0, totalCost: 0, ratio: null });
  });

  it('an up-front fee on a 0 % loan is a cost the quote hides whole', () => {
    const result = apr([...OFFER, '--apr', '0', '--upfront-fee', '500']);
    expect(result.stdout).toContain('Up-front fee ¥500.00: you receive ¥9,500.00');
    expect(result.stdout).toContain('True APR 9.58%');
    expect(result.stdout).toContain('the whole true APR is hidden in fees');
  });

  it.each([
    [['--months', '12', '--apr', '0.1'], '--amount is required'],
    [['--amount', '10000', '--apr', '0.1'], '--months is required'],
    [OFFER, 'give the price: one of --fee-rate, --payment, --monthly-rate, --daily-rate or --apr'],
    [[...OFFER, '--apr', '0.1', '--fee-rate', '0.006'], 'give only one of --fee-rate, --payment, --monthly-rate, --daily-rate and --apr, not --fee-rate + --apr'],
    [[...OFFER, '--fee-rate', '0.6'], '(did you mean 0.006?)'],
    [[...OFFER, '--apr', '18'], '(did you mean 0.18?)'],
    [[...OFFER, '--daily-rate', 'abc'], '--daily-rate must be a rate from 0 to 0.01'],
    [['--amount', '-5', '--months', '12', '--apr', '0.1'], '--amount must be an amount in yuan above 0'],
    [['--amount', '100.005', '--months', '12', '--apr', '0.1'], '--amount must be an amount in yuan above 0, with at most 2 decimals'],
    [['--amount', '100', '--months', '1.5', '--apr', '0.1'], '--months must be a whole number of months from 1 to 600'],
    [['--amount', '100', '--months', '601', '--apr', '0.1'], '--months must be a whole number of months from 1 to 600'],
    [[...OFFER, '--apr', '0.1', '--method', 'balloon'], '--method must be one of'],
    [[...OFFER, '--fee-rate', '0.006', '--method', 'interest_first'], '--fee-rate prices a fee instalment, not interest_first'],
    [[...OFFER, '--apr', '0.1', '--method', 'fee_installment'], '--method fee_installment is priced by --fee-rate'],
    [[...OFFER, '--payment', '900', '--method', 'equal_principal'], '--payment cannot describe equal_principal'],
    [[...OFFER, '--apr', '0.1', '--upfront-fee', '10000'], '--upfront-fee (10000) must be less than --amount (10000)'],
    [[...OFFER, '--payment', '100'], 'the payments add up to ¥1,200.00, less than the ¥10,000.00 you receive'],
    [[...OFFER, '--apr', '0.1', '--as-of', '2026-02-30'], '--as-of must be a real calendar date'],
  ])('refuses %j in one line, exit 2, nothing on stdout', (args, message) => {
    const result = apr(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(result.stderr.startsWith('limit-audit apr: ')).toBe(true);
    expect(result.stderr).toContain(message);
  });

  it('refuses in Chinese too, and an unknown option in one line', () => {
    const zh = apr([...OFFER, '--fee-rate', '0.6', '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('limit-audit apr: --fee-rate 应为 0 到 0.1 之间的利率，写成小数或百分数（0.006 或 0.6%）；实际为 "0.6"（是否想写 0.006？）\n');
    const unknown = apr([...OFFER, '--apr', '0.1', '--rate', '2']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is listed in the help, with examples', () => {
    expect(runCli(['--help']).stdout).toContain('apr [options]');
    const help = apr(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fee-rate <rate>');
    expect(help.stdout).toContain('limit-audit apr --amount 6000 --months 6 --fee-rate 0.6%');
  });
});

describe("the report: each debt's quoted rate and true APR", () => {
  const PROFILE = [
    'version: 1',
    'as_of: 2026-11-01',
    'income: {monthly: 10000}',
    'debts:',
    '  - {name: 花呗分期, kind: installment, balance: 10000, repayment: fee_installment, original_principal: 12000, periods: 12, fee_rate: 0.006, months_left: 10}',
    '  - {name: 借呗, kind: online_loan, balance: 5000, daily_rate: 0.0005, repayment: equal_installment, months_left: 6}',
    '',
  ].join('\n');
  const check = (args: string[]) => runCli(['check', '-', '--fail-on', 'never', ...args], { input: PROFILE });

  it('--json has debts[] (also with --no-plan), and the rules judge the true APR', () => {
    const report = JSON.parse(check(['--json', '--no-plan']).stdout);
    expect(report.plan).toBeNull();
    expect(report.debts).toEqual([
      { name: '花呗分期', quotedRate: 0.006, quotedBasis: 'fee_rate', quotedApr: 0.072, monthlyRate: expect.closeTo(0.01086185, 8), apr: expect.closeTo(0.13034224, 8), ear: expect.closeTo(1.01086185 ** 12 - 1, 7) },
      { name: '借呗', quotedRate: 0.0005, quotedBasis: 'daily_rate', quotedApr: 0.1825, monthlyRate: expect.closeTo(0.1825 / 12, 8), apr: 0.1825, ear: expect.closeTo((1 + 0.1825 / 12) ** 12 - 1, 7) },
    ]);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('debt/hidden-cost');
  });

  it('the plan pays the instalment its principal slice plus the fee, the fee as its interest', () => {
    const plan = JSON.parse(check(['--json']).stdout).plan;
    expect(plan.schedule[0].interest['花呗分期']).toBe(72);
    expect(plan.schedule[0].payments['花呗分期']).toBeGreaterThanOrEqual(1072);
  });

  it('the table and the markdown show a row per debt', () => {
    expect(check([]).stdout).toMatch(/│ 花呗分期 │ 0\.6% fee a period \(7\.2% a year\) │ +13\.03% │ 13\.84% │/);
    expect(check(['--format', 'markdown']).stdout).toContain('| 花呗分期 | 0.6% fee a period (7.2% a year) | 13.03% | 13.84% |');
    expect(check(['--lang', 'zh']).stdout).toContain('每期手续费 0.6%（年化 7.2%）');
  });
});
