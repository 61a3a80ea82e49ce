import { describe, expect, it } from 'vitest';
import { displayWidth, wrapHanging, wrapText } from '../../src/report/text-layout';

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

describe('Chinese line breaking (禁则)', () => {
  const closing = [...'）】」』》〉，。、；：？！…'];
  const opening = [...'（【「『《〈'];
  /** Every width from 8 to the text's own: no line breaks a rule, is too wide, or loses a character. */
  const everyWidth = (text: string, check: (lines: string[], width: number) => void, keep: string[] = []) => {
    // From 8 columns: below that, three closing marks in a row ("元）、") cannot keep the rules.
    for (let width = 8; width <= displayWidth(text) + 2; width++) {
      const lines = wrapText(text, width, keep);
      expect(lines.join('').replace(/ /g, ''), `width ${width}`).toBe(text.replace(/ /g, ''));
      for (const line of lines) expect(displayWidth(line), `width ${width}: ${line}`).toBeLessThanOrEqual(width);
      check(lines, width);
    }
  };
  it('no line starts with closing punctuation and none ends with opening punctuation, at any width', () => {
    const text = '尚未结清：借呗（2026-09-15起逾期47天，7,621.20元）、花呗【冻结】。「建议」《说明》〈注〉；是否？是！等等…还有';
    everyWidth(text, (lines, width) => {
      for (const line of lines.slice(1)) expect(closing, `width ${width}: "${line}"`).not.toContain([...line][0]);
      for (const line of lines.slice(0, -1)) expect(opening, `width ${width}: "${line}"`).not.toContain([...line].at(-1));
    });
  });
  it('moves the character before a closing mark down with it rather than start a line with the mark', () => {
    expect(wrapText('一二三四五，六七八', 10)).toEqual(['一二三四', '五，六七八']);
    // Within a run that must be broken (a name wider than the line), too.
    expect(wrapText('一二三四五，六', 10, ['一二三四五，六'])).toEqual(['一二三四', '五，六']);
  });
  it('keeps an opening bracket with what follows it', () => {
    expect(wrapText('一二三（四五）', 8)).toEqual(['一二三', '（四五）']);
  });
  it('does not split a name given to keep, when it fits on a line', () => {
    const text = '还清顺序：1. 网商贷 (2027-07)  2. 招商银行信用卡 (2028-08)  3. 安逸花 (2028-01)';
    everyWidth(
      text,
      (lines, width) => {
        for (const name of ['招商银行信用卡', '安逸花', '网商贷']) {
          if (displayWidth(name) <= width) expect(lines.some((line) => line.includes(name)), `width ${width}: ${lines.join(' | ')}`).toBe(true);
        }
      },
      ['招商银行信用卡', '安逸花', '网商贷'],
    );
    // Without the names, the same text breaks inside one at some width where it would fit.
    const widths = Array.from({ length: 40 }, (_, i) => i + 14);
    expect(widths.some((width) => !wrapText(text, width).some((line) => line.includes('招商银行信用卡')))).toBe(true);
  });
  it('breaks a name wider than the line, and a run of closing marks, within the width', () => {
    expect(wrapText('超长的债务名称一二三四五', 8, ['超长的债务名称一二三四五'])).toEqual(['超长的债', '务名称一', '二三四五']);
    for (const line of wrapText('，，，，，，，，', 4)) expect(displayWidth(line)).toBeLessThanOrEqual(4);
  });
  it('keeps straight double quotes with what they quote: odd ones open, even ones close', () => {
    const text = '不要让任何人帮你"测额度"：如果不再新增查询，到那天会回到"警戒线"以下。';
    everyWidth(text, (lines, width) => {
      let seen = 0;
      for (const [i, line] of lines.entries()) {
        if (i > 0) expect(line, `width ${width}`).not.toMatch(/^[：，。]/);
        // A closing quote (the 2nd, 4th …) never starts a line; an opening one never ends it.
        if (line.startsWith('"')) expect(seen % 2, `width ${width}: ${lines.join('|')}`).toBe(0);
        seen += line.match(/"/g)?.length ?? 0;
        if (line.endsWith('"') && i < lines.length - 1) expect(seen % 2, `width ${width}: ${lines.join('|')}`).toBe(0);
      }
    });
    expect(wrapText('say "hello world" twice', 9)).toEqual(['say', '"hello', 'world"', 'twice']);
  });
  it('keeps a number with the unit after it', () => {
    const text = '必还金额最高 108,465.17元，超过预算 3,000.00元，共18个月';
    // From the width of the widest number with its unit and mark ("108,465.17元，").
    for (let width = 14; width <= displayWidth(text); width++) {
      const lines = wrapText(text, width);
      for (let i = 1; i < lines.length; i++) expect(`${lines[i - 1]}|${lines[i]}`, `width ${width}`).not.toMatch(/\d\|/);
    }
  });
  it('keeps Latin words whole and their own punctuation in them', () => {
    expect(wrapText('e.g. a 先息后本 principal (2027-01)', 12)).toEqual(['e.g. a 先息', '后本', 'principal', '(2027-01)']);
  });
});

describe('hanging indent', () => {
  it('prefixes the first line and indents the rest by its width', () => {
    expect(wrapHanging('five draws in the last month', 14, '- ')).toEqual(['- five draws', '  in the last', '  month']);
  });
});
