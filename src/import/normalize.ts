/**
 * Cell values → typed fields: dates, times, amounts in fen, 收/支 directions, order numbers.
 * Tolerant of what spreadsheet programs do to a re-saved export (bill-formats.md §0 rule 6):
 * `2023/2/12 21:32` (seconds dropped, slashes), `"1,020.00"`, `¥28.16` / `￥28.16`, Excel date
 * serials, order numbers turned into `2.02302E+27`.
 */
import { dayNumber, fromDayNumber, isCalendarDate } from '../dates';
import type { Cell, Direction } from './types';

export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return cell.trim();
}

/** A parsed date: the shared `YYYY-MM-DD` string and its day number. */
export interface DayDate {
  date: string;
  day: number;
}

/** Date text → its parsed form (null when not a real date); bills repeat a few hundred dates. */
const knownDates = new Map<string, DayDate | null>();
let lastDateText = '';
let lastDate: DayDate | undefined;

function checkDate(text: string): DayDate | undefined {
  // Rows come in time order, so most rows repeat the previous row's date.
  if (text === lastDateText) return lastDate;
  let known = knownDates.get(text);
  if (known === undefined) {
    known = isCalendarDate(text) ? { date: detach(text), day: dayNumber(text) } : null;
    if (knownDates.size < 100_000) knownDates.set(known ? known.date : text, known);
  }
  lastDateText = known ? known.date : text;
  lastDate = known ?? undefined;
  return lastDate;
}

const DATE_TIME_RE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?)?$/;

/** Excel's day 0 is 1899-12-30 (so that its 1900 leap-year bug cancels out for modern dates). */
const EXCEL_EPOCH_DAYS = 25_569;

export interface DateTime extends DayDate {
  /** Seconds since midnight, -1 when the cell has no time. */
  seconds: number;
}

/** A time cell → date and seconds since midnight; undefined when it is not a date. */
export function parseDateTime(cell: Cell | undefined): DateTime | undefined {
  if (typeof cell === 'number') {
    // An Excel serial in Beijing wall-clock time (bill-formats.md §2.4); no zone conversion.
    if (!(cell > 1 && cell < 2_958_466)) return undefined;
    const days = Math.floor(cell);
    const seconds = Math.min(86_399, Math.round((cell - days) * 86_400));
    const date = checkDate(fromDayNumber(days - EXCEL_EPOCH_DAYS));
    return date === undefined ? undefined : { date: date.date, day: date.day, seconds };
  }
  return cell === undefined ? undefined : parseDateTimeAt(cell, 0, cell.length);
}

/** The forms a re-saved file may use: `2023/2/12 21:32`, `2023-02-12`, `2023年2月12日 …`, a serial as text. */
function parseDateTimeText(text: string): DateTime | undefined {
  const m = DATE_TIME_RE.exec(text);
  if (!m) {
    // A serial written out as text by a CSV conversion of an XLSX.
    if (/^\d{5}(\.\d+)?$/.test(text)) return parseDateTime(Number(text));
    return undefined;
  }
  const date = checkDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  if (date === undefined) return undefined;
  const seconds = m[4] === undefined ? -1 : Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
  if (seconds >= 86_400) return undefined;
  return { date: date.date, day: date.day, seconds };
}

/** Two ASCII digits at `at` as a number; 99+ when they are not digits. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : 999;
}

/** Just a date (preamble periods such as `2023-02-10` or `2019/8/1`). */
export function parseDate(text: string): string | undefined {
  return parseDateTime(text)?.date;
}

const LOOSE_AMOUNT_RE = /^[-+]?\d+(\.\d+)?$/;

/** An amount cell → positive integer fen; undefined when it is not an amount. */
export function parseAmountFen(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(Math.abs(cell) * 100) : undefined;
  return cell === undefined ? undefined : parseAmountFenAt(cell, 0, cell.length);
}

/**
 * JD's 金额 of a purchase refunded in part or whole: `131.77(已退款89.84)`, `468.32(已全额退款)`.
 * The export's own note says the 支出 of a partly refunded purchase is what is left after the
 * refund (its stated 支出 total is the sum of these differences); a wholly refunded one is 不计收支.
 */
const REFUNDED_AMOUNT_RE = /^(.*?)[(（](?:已退款(.*?)|已全额退款)[)）]$/;

/** `¥1,234.56`, `￥8.50`, `-5`, `28.160000000000004` (an XLSX float as text), `131.77(已退款89.84)` → fen. */
function parseAmountText(raw: string): number | undefined {
  const refunded = REFUNDED_AMOUNT_RE.exec(raw);
  if (refunded) {
    const paid = parseAmountText(refunded[1]!);
    const back = refunded[2] === undefined ? 0 : parseAmountText(refunded[2]);
    return paid === undefined || back === undefined || back > paid ? undefined : paid - back;
  }
  const text = raw.replace(/[¥￥,，\s元]/g, '');
  if (!LOOSE_AMOUNT_RE.test(text)) return undefined;
  // Decimal string → fen without binary rounding: "49.74" is 4974, not 4973.999…. Amounts in
  // these exports are magnitudes (收/支 gives the direction), so a sign is dropped.
  const unsigned = text.replace(/^[-+]/, '');
  const dot = unsigned.indexOf('.');
  if (dot < 0) return Number(unsigned) * 100;
  const whole = Number(unsigned.slice(0, dot));
  const fraction = unsigned.slice(dot + 1);
  const cents = Number((fraction + '00').slice(0, 2));
  // More than 2 decimals rounds half up on the third.
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= 53 ? 1 : 0;
  return whole * 100 + cents + roundUp;
}

/** `收/支`: 支出 / 收入 / 不计收支 (2023+) / 其他 (2021) / `/` (WeChat) / blank (web refunds). */
export function parseDirection(text: string): Direction | undefined {
  switch (text) {
    case '支出':
      return 'out';
    case '收入':
      return 'in';
    case '不计收支':
    case '其他':
    case '/':
    case '中性交易':
      return 'neutral';
    case '':
      return 'unknown';
    default:
      return undefined;
  }
}

/** The web export's 资金状态 stands in when 收/支 is blank. */
export function directionFromFundState(text: string): Direction {
  if (text === '已支出' || text === '待支出') return 'out';
  if (text === '已收入' || text === '待收入') return 'in';
  return 'neutral';
}

const MANGLED_ID_RE = /^\d(\.\d+)?E\+\d+$/i;

/** Order numbers shorter than this are placeholders (the samples use `xxxx`); they match nothing. */
export const MIN_ID_LENGTH = 6;

/** A key that marks an order number a spreadsheet turned into a float (2.02E+27). */
export const MANGLED_KEY = -1;

/** A 53-bit key for equality tests on order numbers and names (see textKeyAt); 0 means "no text". */
export function textKey(text: string): number {
  return textKeyAt(text, 0, text.length);
}

/** The key of an order-number cell: 0 for none (`/`, blank, a placeholder), MANGLED_KEY for a float. */
export function idKeyOfCell(cell: Cell | undefined): number {
  if (typeof cell === 'number') {
    // A number cell cannot hold a 28-digit id exactly; only small ones survive.
    return Number.isSafeInteger(cell) ? idKeyAt(String(cell), 0, String(cell).length) : MANGLED_KEY;
  }
  return cell === undefined ? 0 : idKeyAt(cell, 0, cell.length);
}

/**
 * A copy of `text` that does not keep alive the (megabyte-sized) decoded chunk it was cut from:
 * V8 represents substrings of 13+ characters as views into their parent string.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/* ---- the same, on a range of a line (the CSV fast path: no substring per cell) ---- */

/** Space, tab, CR, no-break space, ideographic space. (Most characters are decided by the first comparison.) */
const isBlankCode = (c: number): boolean => (c <= 32 ? c === 32 || c === 9 || c === 13 : c >= 0xa0 && (c === 0xa0 || c === 0x3000));

/** First non-blank position in [start, end). */
export function skipBlanks(text: string, start: number, end: number): number {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  return start;
}

/** One past the last non-blank position in [start, end). */
export function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** parseDateTime on text[start, end); the exports' own `YYYY-MM-DD HH:mm:ss` is read in place. */
export function parseDateTimeAt(text: string, start: number, end: number): DateTime | undefined {
  const out: DateTime = { date: '', day: 0, seconds: 0 };
  return readDateTimeAt(text, start, end, out) ? out : undefined;
}

/**
 * parseDateTimeAt into `out` (the reader reuses one object for every row); false when the cell
 * is not a date, and `out` is then left as it was.
 */
export function readDateTimeAt(text: string, start: number, end: number, out: DateTime): boolean {
  const s = skipBlanks(text, start, end);
  const e = trimEndAt(text, s, end);
  if (e - s === 19 && text.charCodeAt(s + 4) === 45 && text.charCodeAt(s + 7) === 45 && text.charCodeAt(s + 13) === 58 && text.charCodeAt(s + 16) === 58) {
    const h = twoDigits(text, s + 11);
    const m = twoDigits(text, s + 14);
    const sec = twoDigits(text, s + 17);
    if (h < 24 && m < 60 && sec < 60) {
      // Most rows share the previous row's day: compare in place before cutting a new string.
      const date = lastDate !== undefined && text.startsWith(lastDateText, s) ? lastDate : checkDate(text.slice(s, s + 10));
      if (date === undefined) return false;
      out.date = date.date;
      out.day = date.day;
      out.seconds = h * 3600 + m * 60 + sec;
      return true;
    }
  }
  const parsed = parseDateTimeText(text.slice(s, e));
  if (parsed === undefined) return false;
  out.date = parsed.date;
  out.day = parsed.day;
  out.seconds = parsed.seconds;
  return true;
}

/** parseAmountFen on text[start, end). */
export function parseAmountFenAt(text: string, start: number, end: number): number | undefined {
  const s = skipBlanks(text, start, end);
  const e = trimEndAt(text, s, end);
  const fast = plainFenAt(text, s, e);
  return fast >= 0 ? fast : parseAmountText(text.slice(s, e));
}

/** The key of the order number in text[start, end): 0 for none or a placeholder, MANGLED_KEY for a float. */
export function idKeyAt(text: string, start: number, end: number): number {
  let s = skipBlanks(text, start, end);
  const e = trimEndAt(text, s, end);
  if (text.charCodeAt(s) === 39) s++; // a leading ' that kept Excel from converting it
  if (e - s < MIN_ID_LENGTH) return 0;
  // Excel's float form: one digit, a point, … E+27. Real ids never have a point second.
  if (text.charCodeAt(s + 1) === 46 && MANGLED_ID_RE.test(text.slice(s, e))) return MANGLED_KEY;
  return textKeyAt(text, s, e);
}

/** For a refund id `<original>_<n>`: the key of `<original>`, else 0. */
export function parentKeyAt(text: string, start: number, end: number): number {
  const s = skipBlanks(text, start, end);
  const cut = text.indexOf('_', s);
  return cut > s && cut < end && cut - s >= MIN_ID_LENGTH ? textKeyAt(text, s, cut) : 0;
}

/**
 * textKey of text[start, end): a 32-bit FNV-1a hash beside 21 bits of a second, polynomial hash
 * (Java's ×31), both over every character, two characters (one 32-bit word) at a time, and each
 * mixed once at the end. Two cheap accumulators in one loop: among 200,000 order numbers, two
 * share a 53-bit key by accident with odds of about 2 in a million. textKeyUnits is the same on
 * code units.
 */
export function textKeyAt(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  let a = 0x811c9dc5;
  let b = 0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const c = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  if (i < end) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  return finishKey(a, b);
}

/** The 53-bit key from textKeyAt's two accumulators (never 0: 0 means "no text"). */
function finishKey(a: number, b: number): number {
  // Words, unlike bytes, leave the high input bits in the high bits only: mix them down.
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  b ^= b >>> 12;
  const key = (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
  return key === 0 ? 1 : key;
}

/** `123.45` / `123.4` / `123` in text[start, end) → fen by character arithmetic; -1 for anything else. */
function plainFenAt(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0 || n > 13) return -1;
  let whole = 0;
  let i = start;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === start) return -1;
  if (i === end) return whole * 100;
  const decimals = end - i - 1;
  if (text.charCodeAt(i) !== 46 || decimals < 1 || decimals > 2) return -1;
  const d1 = text.charCodeAt(i + 1) - 48;
  const d2 = decimals === 2 ? text.charCodeAt(i + 2) - 48 : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}

/* ---- the same, on UTF-16 code units (the CSV fast path) ----
 *
 * The CSV splitter hands the reader each decoded chunk's code units in a typed array beside the
 * string (see `CodeUnits`). Reading a typed array costs a load; `charCodeAt` on a string costs a
 * check of the string's representation per character. Where a cell is not in the exports' own
 * plain form, these hand over to the string versions above, so the answers are the same.
 */

/** A string's UTF-16 code units in a typed array that is reused from call to call. */
export class CodeUnits {
  private array = new Uint16Array(0);
  private bytes = Buffer.alloc(0);

  /** The code units of `text` (the array may be longer than the text: read only what you asked for). */
  of(text: string): Uint16Array {
    if (this.array.length < text.length) {
      this.array = new Uint16Array(text.length + (text.length >> 2));
      this.bytes = Buffer.from(this.array.buffer);
    }
    // Buffer#write with 'utf16le' copies the string's code units natively.
    this.bytes.write(text, 0, 'utf16le');
    return this.array;
  }
}

/** First non-blank position in [start, end). */
export function skipBlankUnits(u: Uint16Array, start: number, end: number): number {
  while (start < end && isBlankCode(u[start]!)) start++;
  return start;
}

/** One past the last non-blank position in [start, end). */
export function trimEndUnits(u: Uint16Array, start: number, end: number): number {
  while (end > start && isBlankCode(u[end - 1]!)) end--;
  return end;
}

/** 0–9 for an ASCII digit, else 100 (so that any sum or product with it is out of range too). */
function digitAt(u: Uint16Array, at: number): number {
  const d = u[at]! - 48;
  return d >= 0 && d <= 9 ? d : 100;
}

/** `YYYYMMDD` of the digits of `YYYY-MM-DD` at `s`, -1 if one is not a digit. */
function dateDigits(u: Uint16Array, s: number): number {
  const y0 = digitAt(u, s);
  const y1 = digitAt(u, s + 1);
  const y2 = digitAt(u, s + 2);
  const y3 = digitAt(u, s + 3);
  const m0 = digitAt(u, s + 5);
  const m1 = digitAt(u, s + 6);
  const d0 = digitAt(u, s + 8);
  const d1 = digitAt(u, s + 9);
  if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & 64) !== 0) return -1; // 100 has bit 6 set, no digit has
  return (((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 10_000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1;
}

/** The date of the last `YYYY-MM-DD` read by readDateTimeUnits, by its digits. */
let lastUnitsKey = -1;
let lastUnitsDate: DayDate | undefined;

/** readDateTimeAt on code units (`text` is the same characters, for the forms read as strings). */
export function readDateTimeUnits(text: string, u: Uint16Array, start: number, end: number, out: DateTime): boolean {
  const s = skipBlankUnits(u, start, end);
  const e = trimEndUnits(u, s, end);
  if (e - s === 19 && u[s + 4] === 45 && u[s + 7] === 45 && u[s + 13] === 58 && u[s + 16] === 58) {
    const h = digitAt(u, s + 11) * 10 + digitAt(u, s + 12);
    const m = digitAt(u, s + 14) * 10 + digitAt(u, s + 15);
    const sec = digitAt(u, s + 17) * 10 + digitAt(u, s + 18);
    if (h < 24 && m < 60 && sec < 60) {
      // Most rows share the previous row's day: its digits find it without cutting a string.
      const key = dateDigits(u, s);
      let date: DayDate | undefined;
      if (key >= 0 && key === lastUnitsKey) {
        date = lastUnitsDate;
      } else {
        date = checkDate(text.slice(s, s + 10));
        if (key >= 0) {
          lastUnitsKey = key;
          lastUnitsDate = date;
        }
      }
      if (date === undefined) return false;
      out.date = date.date;
      out.day = date.day;
      out.seconds = h * 3600 + m * 60 + sec;
      return true;
    }
  }
  return readDateTimeAt(text, s, e, out);
}

/** parseAmountFenAt on code units. */
export function parseAmountFenUnits(text: string, u: Uint16Array, start: number, end: number): number | undefined {
  const s = skipBlankUnits(u, start, end);
  const e = trimEndUnits(u, s, end);
  const n = e - s;
  if (n > 0 && n <= 13) {
    // `123.45` / `123.4` / `123`
    let whole = 0;
    let i = s;
    for (; i < e; i++) {
      const d = digitAt(u, i);
      if (d > 9) break;
      whole = whole * 10 + d;
    }
    if (i > s) {
      if (i === e) return whole * 100;
      const decimals = e - i - 1;
      if (u[i] === 46 && decimals >= 1 && decimals <= 2) {
        const d1 = digitAt(u, i + 1);
        const d2 = decimals === 2 ? digitAt(u, i + 2) : 0;
        if (d1 <= 9 && d2 <= 9) return whole * 100 + d1 * 10 + d2;
      }
    }
  }
  return parseAmountFenAt(text, s, e);
}

/** idKeyAt on code units. */
export function idKeyUnits(text: string, u: Uint16Array, start: number, end: number): number {
  let s = skipBlankUnits(u, start, end);
  const e = trimEndUnits(u, s, end);
  if (u[s] === 39) s++; // a leading ' that kept Excel from converting it
  if (e - s < MIN_ID_LENGTH) return 0;
  if (u[s + 1] === 46 && MANGLED_ID_RE.test(text.slice(s, e))) return MANGLED_KEY;
  return textKeyUnits(u, s, e);
}

/** parentKeyAt on code units. */
export function parentKeyUnits(text: string, u: Uint16Array, start: number, end: number): number {
  const s = skipBlankUnits(u, start, end);
  const cut = text.indexOf('_', s);
  return cut > s && cut < end && cut - s >= MIN_ID_LENGTH ? textKeyUnits(u, s, cut) : 0;
}

/** textKeyAt on code units: the same key for the same characters (test/import/normalize.test.ts checks). */
export function textKeyUnits(u: Uint16Array, start: number, end: number): number {
  if (end <= start) return 0;
  let a = 0x811c9dc5;
  let b = 0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const c = u[i]! | (u[i + 1]! << 16);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  if (i < end) {
    const c = u[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  return finishKey(a, b);
}
