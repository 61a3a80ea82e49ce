/**
 * Terminal text layout: display width (CJK characters count as two columns) and wrapping that
 * breaks Latin text at spaces and Chinese text between characters.
 */

/**
 * The narrowest terminal the views lay out for. From 60 columns up every view fits; between this
 * and 60 they do their best (the diagnosis table loses its column for the clearing month, tables
 * that cannot fit become lists) and a word or name wider than the terminal is broken.
 */
export const MIN_WIDTH = 40;

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
 * Chinese line breaking (禁则, as GB/T 15834 and the W3C's clreq describe it): characters that never
 * start a line (closing brackets and quotes, the pause and stop marks, ellipsis and dash) and ones
 * that never end a line (opening brackets and quotes). ASCII closers count too, where a Latin word
 * starts with one after a Chinese character.
 */
export const NO_LINE_START = new Set([...'，。、；：？！）】」』》〉〕］｝”’…—％‰・', ...',.;:!?)]}%']);
export const NO_LINE_END = new Set([...'（【「『《〈〔［｛“‘', ...'([{']);

/**
 * Wraps plain text (no ANSI) to `width` columns. Spaces are preferred break points; Chinese text
 * breaks between characters, never before a NO_LINE_START character nor after a NO_LINE_END one.
 * The names in `keep` (debts, lenders) are not split when they fit on a line. A run wider than the
 * line (a long id, a name wider than the terminal) is broken between characters, keeping the
 * punctuation rules wherever the width allows. Spaces at the start of a paragraph are dropped (an
 * indent is the caller's: wrapHanging).
 */
export function wrapText(text: string, width: number, keep: readonly string[] = []): string[] {
  const max = Math.max(2, width);
  const names = longestFirst(keep);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph, names)) {
      if (token === ' ') {
        if (lineWidth > 0 && lineWidth + 1 <= max) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      const tokenWidth = displayWidth(token);
      if (lineWidth + tokenWidth <= max) {
        line += token;
        lineWidth += tokenWidth;
        continue;
      }
      if (lineWidth > 0) lines.push(line.trimEnd());
      const pieces = tokenWidth <= max ? [token] : breakRun(token, max);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1]!;
      lineWidth = displayWidth(line);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The width of the widest part of `text` that wrapText never breaks (a word, a name with its punctuation). */
export function longestToken(text: string, keep: readonly string[] = []): number {
  const names = longestFirst(keep);
  let max = 0;
  for (const paragraph of text.split('\n')) for (const token of tokens(paragraph, names)) max = Math.max(max, displayWidth(token));
  return max;
}

function longestFirst(names: readonly string[]): string[] {
  return names.filter((name) => name !== '').sort((a, b) => b.length - a.length);
}

/**
 * `text` wrapped to `width` columns, its first line after `first` and the others after `rest`
 * (by default as many spaces as `first` is wide): a list item, an indented paragraph, a term and
 * its description. When the indents leave fewer than 20 columns, `first` gets a line of its own and
 * the text follows under a 4-space indent.
 */
export function wrapHanging(text: string, width: number, first: string, rest = ' '.repeat(displayWidth(first)), keep: readonly string[] = []): string[] {
  const indent = Math.max(displayWidth(first), displayWidth(rest));
  if (width - indent < 20 && indent > 4) {
    const head = first.trimEnd();
    return [...(head === '' ? [] : [head]), ...wrapHanging(text, width, '    ', '    ', keep)];
  }
  const lines = wrapText(text, width - indent, keep);
  return lines.map((line, i) => (i === 0 ? first : rest) + line);
}

/** A run wider than the line, in pieces of at most `width` columns, moving a character to the next piece where a rule forbids the break. */
function breakRun(run: string, width: number): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let currentWidth = 0;
  for (const char of run) {
    const w = displayWidth(char);
    if (currentWidth + w > width && current.length > 0) {
      let at = current.length;
      const forbidden = (i: number) => NO_LINE_START.has(i === current.length ? char : current[i]!) || NO_LINE_END.has(current[i - 1]!);
      while (at > 1 && forbidden(at)) at -= 1;
      const carried = current.slice(at);
      if (at <= 1 && forbidden(at)) at = current.length;
      else if (displayWidth(carried.join('')) + w > width) at = current.length;
      pieces.push(current.slice(0, at).join(''));
      current = current.slice(at);
      currentWidth = displayWidth(current.join(''));
    }
    current.push(char);
    currentWidth += w;
  }
  pieces.push(current.join(''));
  return pieces;
}

/**
 * Splits into spaces and unbreakable tokens: a Latin word, a name from `names`, or one Chinese
 * character, with punctuation joined to its neighbour so that no break lands next to it, and a
 * number to the character after it (its unit: "3,000.00元", "47天").
 */
function tokens(text: string, names: readonly string[]): string[] {
  const atoms: string[] = [];
  // A straight double quote opens or closes by its place in the paragraph: odd ones open, even ones close.
  const quotes = new Map<number, 'open' | 'close'>();
  let word = '';
  const endWord = () => {
    if (word) atoms.push(word);
    word = '';
  };
  for (let i = 0; i < text.length; ) {
    const name = names.length === 0 ? undefined : names.find((n) => text.startsWith(n, i));
    if (name !== undefined) {
      endWord();
      atoms.push(name);
      i += name.length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    i += char.length;
    if (char === ' ') {
      endWord();
      atoms.push(' ');
    } else if (char === '"') {
      endWord();
      quotes.set(atoms.length, quotes.size % 2 === 0 ? 'open' : 'close');
      atoms.push(char);
    } else if (char.charCodeAt(0) >= 0x80 && (isWide(char.codePointAt(0)!) || NO_LINE_START.has(char) || NO_LINE_END.has(char))) {
      endWord();
      atoms.push(char);
    } else {
      word += char;
    }
  }
  endWord();
  const merged: string[] = [];
  let afterOpening = false;
  atoms.forEach((atom, k) => {
    const last = merged[merged.length - 1];
    const joins =
      last !== undefined &&
      last !== ' ' &&
      atom !== ' ' &&
      (afterOpening ||
        quotes.get(k) === 'close' ||
        NO_LINE_START.has(String.fromCodePoint(atom.codePointAt(0)!)) ||
        NO_LINE_END.has(lastChar(last)) ||
        (/\d$/.test(last) && isWide(atom.codePointAt(0)!)));
    if (joins) merged[merged.length - 1] += atom;
    else merged.push(atom);
    afterOpening = quotes.get(k) === 'open';
  });
  return merged;
}

function lastChar(text: string): string {
  const chars = [...text];
  return chars[chars.length - 1] ?? '';
}

/** `text` and spaces after it, `width` columns in all (left-aligned); as is when it is wider. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Spaces and then `text`, `width` columns in all (right-aligned, for figures); as is when it is wider. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
