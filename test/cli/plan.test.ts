/** `limit-audit plan <profile>` end to end: the schedule table, the plan object, options. */
import { describe, expect, it } from 'vitest';
import { planSchema, reportSchema, type PlanJson, type Report } from '../../src/report/schema';
import { runCli } from './run';

const planOf = (args: string[]): PlanJson => {
  const result = runCli(['plan', ...args, '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PlanJson;
};

describe('limit-audit plan', () => {
  it('--json prints the plan object, valid against the report schema’s plan', () => {
    const plan = planOf(['profiles/freelancer.yaml']);
    const parsed = planSchema.safeParse(plan);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(plan.schedule).toHaveLength(plan.months!);
    expect(plan.debtFreeBy).toBe(plan.schedule.at(-1)!.month);
  });

  it('the schedule adds up: total paid is the sum of every payment, in fen', () => {
    const plan = planOf(['profiles/business-owner.yaml']);
    const paidFen = plan.schedule.reduce((sum, m) => sum + Object.values(m.payments).reduce((s, y) => s + Math.round(y * 100), 0), 0);
    const interestFen = plan.schedule.reduce((sum, m) => sum + Object.values(m.interest).reduce((s, y) => s + Math.round(y * 100), 0), 0);
    expect(paidFen).toBe(Math.round(plan.totalPaid * 100));
    expect(interestFen).toBe(Math.round(plan.totalInterest * 100));
  });

  it('prints one table row per month with a column per debt', () => {
    const plan = planOf(['profiles/healthy.yaml']);
    const table = runCli(['plan', 'profiles/healthy.yaml'], { env: { COLUMNS: '200' } }).stdout;
    const rows = table.split('\n').filter((line) => /^│ \d{4}-\d{2} /.test(line));
    expect(rows).toHaveLength(plan.months!);
    const header = table.split('\n').find((line) => line.includes('Month'))!;
    for (const entry of plan.order) expect(header).toContain(entry.debt);
  });

  it('a larger share pays off no later, and the strategy is reported', () => {
    const base = planOf(['profiles/healthy.yaml']);
    const more = planOf(['profiles/healthy.yaml', '--share', '0.5', '--strategy', 'snowball']);
    expect(more.strategy).toBe('snowball');
    expect(more.share).toBe(0.5);
    expect(more.months!).toBeLessThanOrEqual(base.months!);
  });

  it('says prominently when the plan is not feasible at the share', () => {
    const plan = planOf(['profiles/distressed.yaml']);
    expect(plan.feasible).toBe(false);
    expect(plan.requiredShare!).toBeGreaterThan(0.2);
    const table = runCli(['plan', 'profiles/distressed.yaml']).stdout;
    expect(table).toMatch(/NOT FEASIBLE|NOT PAYABLE/);
  });

  it('takes --as-of: month 1 is the month after it', () => {
    const plan = planOf(['profiles/healthy.yaml', '--as-of', '2027-01-31']);
    expect(plan.schedule[0]!.month).toBe('2027-02');
  });
});

describe('--as-of at the edges of the calendar (1900-01-01 … 2999-12-31, as in a profile)', () => {
  it('refuses a date outside the range, in either language: exit 2, one message, nothing on stdout', () => {
    // 9999-06-01 once printed plan months such as 10001-01; 0100-01-01 ended in "internal error"
    for (const date of ['9999-06-01', '0100-01-01', '1899-12-31', '3000-01-01']) {
      const reported = date === '9999-06-01' || date === '0100-01-01';
      const forms = reported ? ([['plan', '--json'], ['plan', '--format=table'], ['check', '--json']] as const) : ([['plan', '--json']] as const);
      for (const [command, format] of forms) {
        const en = runCli([command, 'profiles/healthy.yaml', format, '--as-of', date]);
        expect([en.code, en.stdout], `${command} ${date}`).toEqual([2, '']);
        expect(en.stderr).toContain(`'${date}' is invalid. expected a real calendar date YYYY-MM-DD from 1900-01-01 to 2999-12-31`);
        expect(en.stderr).not.toContain('internal error');
      }
      const zh = runCli(['plan', 'profiles/healthy.yaml', '--as-of', date, '--lang', 'zh']);
      expect([zh.code, zh.stdout]).toEqual([2, '']);
      expect(zh.stderr).toContain(`错误：选项 --as-of <date> 的取值 "${date}" 无效（应为 1900-01-01 至 2999-12-31 之间真实存在的日期 YYYY-MM-DD）。`);
    }
  });

  it('takes the range’s own ends', () => {
    expect(planOf(['profiles/healthy.yaml', '--as-of', '1900-01-01']).schedule[0]!.month).toBe('1900-02');
    expect(planOf(['profiles/healthy.yaml', '--as-of', '2999-12-31']).schedule).toEqual([]);
  });

  it('a plan that would run past 2999-12 stops there and says so, in JSON, the table and markdown, in both languages', () => {
    // freelancer needs 13 months from 2999-06: only 7 can be named
    const plan = planOf(['profiles/freelancer.yaml', '--as-of', '2999-05-31']);
    const parsed = planSchema.safeParse(plan);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(plan.schedule.map((m) => m.month)).toEqual(['2999-06', '2999-07', '2999-08', '2999-09', '2999-10', '2999-11', '2999-12']);
    expect([plan.payable, plan.months, plan.debtFreeBy]).toEqual([false, null, null]);
    const months = [...plan.order.map((o) => o.paidOffMonth), ...plan.comparison.map((c) => c.lendersAtMost2By), ...Object.values(plan.milestones)];
    expect(months.filter((m) => m !== null && m > '2999-12')).toEqual([]);
    const horizon = plan.warnings.find((w) => w.kind === 'horizon_reached');
    expect(horizon).toMatchObject({ month: '2999-12', horizon: 'calendar', amount: plan.remaining });
    expect(horizon!.message).toContain('2999-12, the last month limit-audit can plan');

    const table = runCli(['plan', 'profiles/freelancer.yaml', '--as-of', '2999-05-31'], { env: { COLUMNS: '200' } });
    expect([table.code, table.stderr]).toEqual([0, '']);
    expect(table.stdout).toContain('NOT PAID OFF within the months limit-audit can plan (its dates end on 2999-12-31)');
    const zh = runCli(['plan', 'profiles/freelancer.yaml', '--as-of', '2999-05-31', '--lang', 'zh', '--format', 'markdown'], { env: { COLUMNS: '200' } });
    expect([zh.code, zh.stderr]).toEqual([0, '']);
    expect(zh.stdout).toContain('在 limit-audit 能排到的月份内（日期最晚为 2999-12-31）无法还清');
    expect(zh.stdout).toContain('2999-12 是 limit-audit 能排到的最后一个月');
  });

  it('check on the calendar’s last day gives a valid report whose plan has no month to plan', () => {
    const result = runCli(['check', 'profiles/healthy.yaml', '--as-of', '2999-12-31', '--json', '--fail-on', 'never']);
    // Nearly a thousand years after the profile's as_of: a warning on stderr, and the audit still runs.
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^limit-audit: warning: profiles\/healthy\.yaml: --as-of 2999-12-31 is more than \d+ months after the profile's as_of \(2026-11-01\)/);
    const report = JSON.parse(result.stdout) as Report;
    const parsed = reportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(report.plan!.warnings.find((w) => w.kind === 'horizon_reached')).toMatchObject({ month: '2999-12', horizon: 'calendar' });
    // the first month's figures are still there for feasibility and the rules
    expect(report.plan!.firstMonthRequired).toBe(planOf(['profiles/healthy.yaml']).firstMonthRequired);
  });
});

describe('feasibility, fen against fen', () => {
  it('a budget that covers the required payment exactly is feasible: no "20 % … above 20 %"', () => {
    // B = round_half_up(0.2 × 3,333.33) = 666.67, exactly the last instalment due
    const profile = [
      'version: 1',
      'as_of: 2026-11-01',
      'income: { monthly: 3333.33 }',
      'debts:',
      '  - { name: 借呗, kind: online_loan, balance: 666.67, apr: 0, repayment: equal_installment, months_left: 1 }',
      '',
    ].join('\n');
    const json = runCli(['plan', '-', '--json'], { input: profile });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ monthlyBudget: 666.67, firstMonthRequired: 666.67, feasible: true, warnings: [] });
    const table = runCli(['plan', '-'], { input: profile });
    expect(table.stdout).not.toContain('NOT FEASIBLE');
  });
});
