import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/report/text-layout';

describe('display width', () => {
  it('counts Chinese characters as two columns and ignores colour codes', () => {
    expect(displayWidth('借呗')).toBe(4);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('\u001b[31m借呗\u001b[39m')).toBe(4);
    expect(displayWidth('（是否）')).toBe(8);
  });
});

describe('wrapping', () => {
  it('breaks English at spaces', () => {
    expect(wrapText('five draws in the last month', 12)).toEqual(['five draws', 'in the last', 'month']);
  });
  it('breaks Chinese between characters within the width', () => {
    const lines = wrapText('近1个月借款5次，警戒线为3次', 10);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.join('')).toBe('近1个月借款5次，警戒线为3次');
  });
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五，六七八', 10);
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
  });
  it('hard-breaks a token wider than the line', () => {
    expect(wrapText('spending/income-volatile', 10)).toEqual(['spending/i', 'ncome-vola', 'tile']);
  });
  it('keeps explicit line breaks', () => {
    expect(wrapText('a\nb', 10)).toEqual(['a', 'b']);
  });
});
