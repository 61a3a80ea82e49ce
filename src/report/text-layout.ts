/**
 * Terminal text layout: display width (CJK characters count as two columns) and wrapping that
 * breaks Latin text at spaces and Chinese text between characters.
 */

const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** East Asian Wide and Fullwidth code points (the ranges terminals render two columns wide). */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/**
 * Wraps plain text (no ANSI) to `width` columns. Spaces are preferred break points; a run wider
 * than the line (a Chinese sentence, a long id) is broken between characters, and a break is never
 * placed before closing punctuation such as "，" or "）".
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const tokenWidth = displayWidth(token);
      if (token === ' ') {
        if (lineWidth > 0 && lineWidth + 1 <= width) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      if (lineWidth + tokenWidth <= width) {
        line += token;
        lineWidth += tokenWidth;
        continue;
      }
      if (lineWidth > 0) {
        lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      if (tokenWidth <= width) {
        line = token;
        lineWidth = tokenWidth;
        continue;
      }
      for (const char of token) {
        const w = displayWidth(char);
        if (lineWidth + w > width && lineWidth > 0 && !NO_BREAK_BEFORE.has(char)) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += char;
        lineWidth += w;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

const NO_BREAK_BEFORE = new Set(['，', '。', '、', '；', '：', '！', '？', '）', '」', '』', '》', ',', '.', ')', ';', ':']);

/** Splits into spaces, Latin words, and single wide characters (each a possible break point). */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (char === ' ') {
      if (word) out.push(word);
      word = '';
      out.push(' ');
    } else if (isWide(cp)) {
      if (word) out.push(word);
      word = '';
      out.push(char);
    } else {
      word += char;
    }
  }
  if (word) out.push(word);
  // Keep closing punctuation attached to what precedes it.
  const merged: string[] = [];
  for (const token of out) {
    if (merged.length > 0 && NO_BREAK_BEFORE.has(token) && merged[merged.length - 1] !== ' ') merged[merged.length - 1] += token;
    else merged.push(token);
  }
  return merged;
}

/** `text` and spaces after it, `width` columns in all (left-aligned); as is when it is wider. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Spaces and then `text`, `width` columns in all (right-aligned, for figures); as is when it is wider. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
