/** The command line's changes (src/whatif/parse.ts): each flag's form, and what each refuses. */
import { describe, expect, it } from 'vitest';
import { parseChange } from '../../src/whatif/parse';

describe('parseChange', () => {
  it.each([
    ['pay', '借呗=5000', { kind: 'pay', debt: '借呗', amountFen: 500_000 }],
    ['pay', ' a=b = 12.34 ', { kind: 'pay', debt: 'a=b', amountFen: 1_234 }],
    ['extra', '800', { kind: 'extra', amountFen: 80_000 }],
    ['extra', '0', { kind: 'extra', amountFen: 0 }],
    ['income', '9000.5', { kind: 'income', amountFen: 900_050 }],
    ['spend', '.5', { kind: 'spend', amountFen: 50 }],
    ['share', '0.35', { kind: 'share', share: 0.35 }],
    ['share', '1', { kind: 'share', share: 1 }],
    ['close', ' 花呗 ', { kind: 'close', line: '花呗' }],
    ['strategy', 'snowball', { kind: 'strategy', strategy: 'snowball' }],
    ['refinance', '借呗,京东金条=0.06,24', { kind: 'refinance', debts: ['借呗', '京东金条'], apr: 0.06, months: 24, feeFen: 0 }],
    ['refinance', '借呗 = 0.06, 36, 300', { kind: 'refinance', debts: ['借呗'], apr: 0.06, months: 36, feeFen: 30_000 }],
  ] as const)('--%s %s', (kind, text, change) => {
    expect(parseChange(kind, text)).toEqual({ ok: true, change });
  });

  it.each([
    ['pay', '借呗', { code: 'form', form: 'NAME=AMOUNT' }],
    ['pay', '借呗=', { code: 'form', form: 'NAME=AMOUNT' }],
    ['pay', '=5', { code: 'empty_name' }],
    ['pay', '借呗=0', { code: 'not_positive', found: '0' }],
    ['pay', '借呗=-5', { code: 'not_positive', found: '-5' }],
    ['pay', '借呗=1.234', { code: 'decimals', found: '1.234' }],
    ['pay', '借呗=1e3', { code: 'not_number', found: '1e3' }],
    ['pay', '借呗=12,000', { code: 'not_number', found: '12,000' }],
    ['extra', '-1', { code: 'negative', found: '-1' }],
    ['extra', 'abc', { code: 'not_number', found: 'abc' }],
    ['extra', 'Infinity', { code: 'not_number', found: 'Infinity' }],
    ['income', '10000000000.01', { code: 'too_large', found: '10000000000.01', max: 10_000_000_000 }],
    ['share', '0', { code: 'share_range', found: '0' }],
    ['share', '20', { code: 'share_range', found: '20' }],
    ['close', '  ', { code: 'empty_name' }],
    ['strategy', 'avalance', { code: 'strategy', found: 'avalance', suggestion: 'avalanche' }],
    ['strategy', 'zzz', { code: 'strategy', found: 'zzz', suggestion: undefined }],
    ['refinance', '借呗=6,24', { code: 'rate_above', found: '6', suggestion: 0.06 }],
    ['refinance', '借呗=600,24', { code: 'rate_above', found: '600', suggestion: undefined }],
    ['refinance', '借呗=-0.1,24', { code: 'negative', found: '-0.1' }],
    ['refinance', '借呗=0.06', { code: 'form', form: 'NAME[,NAME…]=APR,MONTHS[,FEE]' }],
    ['refinance', '借呗=0.06,24,1,2', { code: 'form', form: 'NAME[,NAME…]=APR,MONTHS[,FEE]' }],
    ['refinance', '借呗=0.06,0', { code: 'months_range', found: '0', max: 600 }],
    ['refinance', '借呗=0.06,12.5', { code: 'months_range', found: '12.5', max: 600 }],
    ['refinance', '借呗=0.06,601', { code: 'months_range', found: '601', max: 600 }],
    ['refinance', '借呗=0.06,12,-3', { code: 'negative', found: '-3' }],
    ['refinance', '借呗,,花呗=0.06,12', { code: 'empty_name' }],
  ] as const)('--%s %s is refused', (kind, text, problem) => {
    expect(parseChange(kind, text)).toEqual({ ok: false, problem });
  });
});
