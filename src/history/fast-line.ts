/**
 * The quick way through a long history (issue 17: `progress` over 1,000 audits within 1.5 × one
 * check). Parsing every line with JSON.parse and checking it field by field (validate.ts) costs
 * some 50 µs a line in a process that has just started — the checker's code runs cold, and every
 * line's objects are garbage to collect — while one regular expression, compiled to machine code
 * once (about 2 ms), checks a line in a few microseconds and captures what progress keeps of it
 * (`Summary`), without building the snapshot at all.
 *
 * The expression matches a line exactly as buildSnapshot writes it: its keys in that order, no
 * whitespace, strings without escapes, numbers as JSON.stringify writes them. It accepts only
 * lines the full check accepts, and reads the same values from them; anything else — keys in
 * another order or added by a later version, a backslash anywhere, a number with an exponent
 * where money goes or more digits than it allows, 29 February — is left to the full check
 * (read.ts), so a line is judged and reported the same either way, only sooner.
 * test/history/fast-line.test.ts holds the two to the same verdict and the same summary.
 *
 * Every figure the expression allows is one the full check passes:
 * - money (yuan): `0` or up to 12 integer digits, at most 2 decimals — below 10^12 such a decimal
 *   is the double nearest to it to 2 decimals, so has2Decimals holds; never negative;
 * - ratios: any JSON number with at most 15 integer digits and a 2-digit exponent — finite;
 * - counts: up to 15 digits (below 2^53, a safe integer); scores 0–100;
 * - dates: years 1900–9999, months 01–12, days within the month (29 February left to the full
 *   check, which knows leap years); months likewise.
 */
import { AREAS, SEVERITIES, type Severity } from '../findings';
import { STRATEGIES } from '../plan/types';
import { DEBT_KINDS, LINE_STATUSES } from '../profile/values';
import { GRADES, type Grade } from '../rules/score';
import { HISTORY_VERSION, PROJECTION_MONTHS } from './format';
import { noFindings, summaryNames, type Summary } from './progress';
import type { Snapshot } from './schema';

/** A string without escapes or control characters (a line with a backslash is not for this path). */
const STRING = String.raw`"[^"\\\x00-\x1f]*"`;
const YUAN = String.raw`(?!0\d)\d{1,12}(?:\.\d\d?)?`;
const RATIO = String.raw`-?(?!0\d)\d{1,15}(?:\.\d+)?(?:[eE][+-]?\d\d?)?`;
const COUNT = String.raw`(?!0\d)\d{1,15}`;
const SCORE = String.raw`(?:100|[1-9]?\d)`;
const BOOLEAN = '(?:true|false)';
const YEAR = String.raw`(?:19|[2-9]\d)\d\d`;
const DATE = String.raw`${YEAR}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)`;
const MONTH = String.raw`${YEAR}-(?:0[1-9]|1[0-2])`;
const DIGEST = '[0-9a-f]{64}';
/** One of `values`, as a JSON string (they are plain words: nothing to escape). */
const oneOf = (values: readonly string[]) => `"(?:${values.join('|')})"`;
/**
 * A JSON array of `item`s (at most `most`): each item followed by a comma that does not end the
 * array, or by its end. The item is written once: the expression's size, and the ~4 ms it takes to
 * compile, grow with every copy.
 */
const list = (item: string, most?: number) => String.raw`\[(?:${item}(?:,(?!\])|(?=\])))${most === undefined ? '*' : `{0,${most}}`}\]`;
const object = (body: string) => String.raw`\{${body}\}`;

const FINDING = object(`"id":${STRING},"area":${oneOf(AREAS)},"severity":${oneOf(SEVERITIES)}(?:,"clearsBy":"(?:${DATE}|${MONTH})")?`);
const DEBT = object(`"name":${STRING},"kind":${oneOf(DEBT_KINDS)},"balance":${YUAN},"requiredPayment":${YUAN},"apr":${RATIO},"overdue":${BOOLEAN}`);
const LINE = object(`"name":${STRING},"limit":${YUAN}(?:,"used":${YUAN})?(?:,"status":${oneOf(LINE_STATUSES)})?`);
const SERIES = `${STRING}:${list(YUAN, PROJECTION_MONTHS)}`;

/** The groups captured, by name: read by position below (named groups would cost an object per line). */
const SNAPSHOT_LINE = new RegExp(
  [
    `^\\{"historyVersion":${HISTORY_VERSION},"asOf":"(${DATE})"`, // 1 asOf
    `"tool":${object(`"name":"limit-audit","version":${STRING}`)}`,
    `"digest":${object(`"profile":"${DIGEST}","names":"(${DIGEST})"`)}`, // 2 names digest
    `"score":${object(`"value":(${SCORE}),"grade":"(${GRADES.join('|')})","byArea":${object(AREAS.map((area) => `"${area}":${SCORE}`).join(','))}`)}`, // 3 score, 4 grade
    `"findings":(${list(FINDING)})`, // 5 findings
    `"debts":${list(DEBT)}`,
    `"lines":${list(LINE)}`,
    `"credit":${object(`"overdues":(${COUNT}|null),"lastOverdue":(?:"(${DATE})"|null),"inquiries":(${COUNT}|null),"lastInquiry":(?:"(${DATE})"|null)`)}`, // 6–9
    `"totals":${object(`"income":${YUAN},"debt":(${YUAN}),"requiredPayments":${YUAN},"dti":(${RATIO}|null),"onlineLenders":${COUNT}`)}`, // 10 debt, 11 dti
    `"plan":${object(`"strategy":${oneOf(STRATEGIES)},"share":${RATIO},"feasible":${BOOLEAN},"payable":${BOOLEAN},"months":(${COUNT}|null),"debtFreeBy":(?:"(${MONTH})"|null),"totalInterest":${YUAN}`)}`, // 12 months, 13 debtFreeBy
    `"projection":${object(`"from":"${MONTH}","balances":\\{(?:${SERIES}(?:,(?!\\})|(?=\\})))*\\}`)}\\}\\r?$`,
  ].join(','),
);

const SEVERITY_KEY = '"severity":"';

/**
 * What progress keeps of `line` (one line of a history, as read.ts gets it), when the line is a
 * snapshot as buildSnapshot writes it; undefined when it is not, and the full check must judge it.
 * `whole`: how to get the whole snapshot again (for its names).
 */
export function fastSummary(line: string, whole: () => Snapshot): Summary | undefined {
  const m = SNAPSHOT_LINE.exec(line);
  if (m === null) return undefined;
  // The findings' text, matched above: "severity":" occurs in it only before each finding's severity
  // (a string holds no quote of its own on this path).
  const findings = noFindings();
  const text = m[5]!;
  for (let at = text.indexOf(SEVERITY_KEY); at >= 0; at = text.indexOf(SEVERITY_KEY, at)) {
    at += SEVERITY_KEY.length;
    findings[text.slice(at, text.indexOf('"', at)) as Severity] += 1;
  }
  return {
    asOf: m[1]!,
    score: Number(m[3]),
    grade: m[4] as Grade,
    findings,
    totalDebt: Number(m[10]),
    dti: orNull(m[11]!),
    months: orNull(m[12]!),
    debtFreeBy: m[13] ?? null,
    credit: { overdues: orNull(m[6]!), lastOverdue: m[7] ?? null, inquiries: orNull(m[8]!), lastInquiry: m[9] ?? null },
    names: summaryNames(m[2]!, whole),
  };
}

const orNull = (figure: string) => (figure === 'null' ? null : Number(figure));
