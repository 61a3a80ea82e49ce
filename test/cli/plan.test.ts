/** `limit-audit plan <profile>` end to end: the schedule table, the plan object, options. */
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanJson } from '../../src/report/schema';
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
