/** Issue 23's points a user sees, through the built CLI (bin/limit-audit.js → dist/). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run';
import { DEG, FIXTURES } from './helpers';

describe('limit-audit import, issue 23', () => {
  it('reads a JD and a Meituan export, and names what they are', () => {
    const result = runCli(['import', join(DEG, 'jd.csv'), join(DEG, 'meituan.csv')]);
    expect(result.stderr).toContain('jd.csv: JD (京东) transaction export, utf-8-bom, 26 row(s), 2024-12-01 … 2024-12-31');
    expect(result.stderr).toContain('meituan.csv: Meituan (美团) bill, utf-8-bom, 29 row(s), 2025-02-01 … 2025-02-28');
    expect(result.stderr).not.toMatch(/lacks column|Alipay app export|WeChat Pay CSV/);
  });

  it('a bank statement: "not a supported bill export: looks like …", at its header line, exit 2, nothing on stdout', () => {
    const file = join(DEG, 'cmb-debit.csv');
    const result = runCli(['import', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: not a supported bill export: looks like a bank or card statement\\. Supported: [^\\n]*$`));
  });

  it('partial bills whose income is no whole income draw no large-purchase line from it, and ask for --large', () => {
    const result = runCli(['import', join(DEG, 'alipay-app-2021.csv')]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('large purchases:');
    expect(result.stderr).toContain('warning: the bills show ¥8.67 of income a month, too little to be a whole income');
    expect(result.stderr).toContain('pass --large N (yuan)');
    expect(result.stdout).not.toContain('large_purchases');
    const withLine = runCli(['import', join(DEG, 'alipay-app-2021.csv'), '--large', '30']);
    expect(withLine.stderr).toContain('large purchases: 1 at or above ¥30.00 (--large)');
  });

  it('shows no progress line in a pipe', () => {
    const result = runCli(['import', join(FIXTURES, 'beancount-daoru', '支付宝交易明细(20201122-20201214).csv')]);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toMatch(/\d+ %/);
  });
});
