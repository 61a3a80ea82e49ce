import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, roundHalfUp, yuanToFen } from '../src/money';

describe('money in fen', () => {
  it('converts yuan to fen and back without float noise', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(16420.5)).toBe(1642050);
    expect(fenToYuan(1642050)).toBe(16420.5);
  });
  it('rounds half up, even when the product carries a binary artefact', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.49999)).toBe(2);
    // 1,800,000 fen × 0.1825 / 12 = 27,375 exactly; in binary it is 27374.999999999996
    expect(roundHalfUp((1_800_000 * 0.1825) / 12)).toBe(27375);
    expect(roundHalfUp(-2.5)).toBe(-3);
  });
  it('formats yuan with separators', () => {
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatYuan(5)).toBe('0.05');
  });
});
