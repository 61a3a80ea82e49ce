/**
 * Generators for the reliability properties: valid profiles drawn from the schema's own ranges
 * (src/profile/schema.ts), with the extremes weighted in, and hostile or random text.
 */
import fc from 'fast-check';
import {
  DEBT_KINDS,
  INCOME_SOURCES,
  INQUIRY_KINDS,
  LINE_STATUSES,
  MAX_FEE_RATE,
  MAX_YUAN,
  PURPOSES,
  REPAYMENT_KINDS,
  type Debt,
  type Profile,
} from '../../src/profile/schema';

/* ---- scalars at the schema's limits ---- */

/** Yuan with at most 2 decimals, 0 … MAX_YUAN, the limits and 10^9 weighted in. */
export const moneyArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 0.01, 0.99, 1e9, 999_999_999.99, MAX_YUAN) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000_000_000 }).map((fen) => fen / 100) },
);

/** Annual rates 0 … 1: both limits, typical basis points and arbitrary doubles. */
export const aprArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 0.0001, 0.1825, 0.36, 0.24) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 10_000) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
);

/** Daily rates 0 … 0.01 (3.65 a year at the top: the revolving runaway case). */
export const dailyRateArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, 0.01, 0.0005, 0.0002) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 10_000) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 0.01, noNaN: true }) },
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Calendar dates 1900 … 2999 (the schema's range), with month ends, 29 February and the range's ends weighted in. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('2024-02-29', '2026-01-31', '2026-02-28', '2026-04-30', '2026-12-31', '1900-01-01', '2999-12-31', '2000-02-29') },
  {
    weight: 3,
    // a month end of any month 2000–2099
    arbitrary: fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) }).map(
      ({ year, month }) => `${year}-${pad(month, 2)}-${pad(daysIn(year, month), 2)}`,
    ),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({ year: fc.integer({ min: 1900, max: 2999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .map(({ year, month, day }) => `${year}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}`),
  },
);

/** Audit dates: near today's samples mostly, the extremes sometimes. */
export const asOfArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2026-11-01', '2024-02-29', '2026-01-31', '2026-12-31', '1900-01-01', '2999-12-31') },
  { weight: 3, arbitrary: dateArb },
);

export const monthArb: fc.Arbitrary<string> = dateArb.map((date) => date.slice(0, 7));

/** Free text (1–200 characters): ordinary names, the names that break plain objects, and any Unicode. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('借呗', '花呗', '微粒贷', '招商银行信用卡', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'x'.repeat(200)) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 100, unit: 'binary' }) },
);

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, so the profile looks as a parser would return it. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/* ---- profile sections ---- */

/** Fee per period on the original principal, 0 … MAX_FEE_RATE: the limits, the common 0.6 % and any double. */
export const feeRateArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(0, MAX_FEE_RATE, 0.006, 0.0075) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000 }).map((n) => n / 10_000) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: MAX_FEE_RATE, noNaN: true }) },
);

/**
 * The instalment terms (issue 19) a debt may carry, valid together with its balance and months:
 * original_principal ≥ balance, periods ≥ months_left, an up-front fee below the amount borrowed.
 */
const termsArb = fc.record({
  extraPrincipal: moneyArb,
  extraPeriods: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 599 })),
  upfrontShare: opt(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.99, noNaN: true }))),
  withTerms: fc.boolean(),
});

function debtArb(name: string): fc.Arbitrary<Debt> {
  return fc
    .record({
      kind: fc.constantFrom(...DEBT_KINDS),
      lender: opt(textArb),
      balance: moneyArb,
      rate: fc.oneof(aprArb.map((apr) => ({ apr })), dailyRateArb.map((daily_rate) => ({ daily_rate }))),
      repayment: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...REPAYMENT_KINDS) }, { weight: 1, arbitrary: fc.constant('fee_installment' as const) }),
      months_left: fc.oneof(fc.constantFrom(1, 2, 600), fc.integer({ min: 1, max: 600 })),
      min_payment: opt(moneyArb),
      fee_rate: feeRateArb,
      terms: termsArb,
      purpose: opt(fc.constantFrom(...PURPOSES)),
      overdue: opt(fc.boolean()),
    })
    .map(({ rate, months_left, min_payment, fee_rate, terms, ...rest }) => {
      const revolving = rest.repayment === 'revolving';
      const feeInstalment = rest.repayment === 'fee_installment';
      // Fee instalments always carry their terms; other loans sometimes do; revolving debts never.
      const withTerms = feeInstalment || (!revolving && terms.withTerms);
      const original = Math.min(MAX_YUAN, Math.round((rest.balance + terms.extraPrincipal) * 100) / 100);
      const upfront = terms.upfrontShare === undefined || feeInstalment ? undefined : Math.floor(original * terms.upfrontShare * 100) / 100;
      return compact({
        name,
        ...rest,
        ...(feeInstalment ? {} : rate),
        // months_left: required unless revolving (optional there); min_payment: revolving only
        months_left: revolving ? (min_payment === undefined ? months_left : undefined) : months_left,
        min_payment: revolving ? min_payment : undefined,
        fee_rate: feeInstalment ? fee_rate : undefined,
        original_principal: withTerms ? original : undefined,
        periods: withTerms ? Math.min(600, months_left + terms.extraPeriods) : undefined,
        upfront_fee: withTerms && upfront !== undefined && upfront < original ? upfront : undefined,
      }) as Debt;
    });
}

/** 0 … maxDebts debts with unique names. */
export function debtsArb(maxDebts: number, minDebts = 0): fc.Arbitrary<Debt[]> {
  return fc
    .uniqueArray(textArb, { minLength: minDebts, maxLength: maxDebts })
    .chain((names) => (names.length === 0 ? fc.constant([]) : fc.tuple(...names.map((name) => debtArb(name)))));
}

/** Exactly `n` debts, named d0 … d(n-1) (for the 100-debt extreme without a 100-way uniqueness search). */
export function manyDebtsArb(n: number): fc.Arbitrary<Debt[]> {
  return fc.tuple(...Array.from({ length: n }, (_, i) => debtArb(`d${i}`)));
}

const list = <T>(arb: fc.Arbitrary<T>, maxLength = 4) => opt(fc.array(arb, { maxLength }));

const creditArb = fc
  .record({
    sesame_score: opt(fc.oneof(fc.constantFrom(350, 950), fc.integer({ min: 350, max: 950 }))),
    sesame_history: list(fc.record({ month: monthArb, score: fc.integer({ min: 350, max: 950 }) })),
    overdues: list(
      fc
        .record({
          date: dateArb,
          days: fc.oneof(fc.constantFrom(1, 36_500), fc.integer({ min: 1, max: 400 })),
          amount: opt(moneyArb),
          lender: opt(textArb),
          settled: fc.boolean(),
        })
        .map(compact),
    ),
    inquiries: list(fc.record({ date: dateArb, lender: opt(textArb), kind: fc.constantFrom(...INQUIRY_KINDS) }).map(compact)),
    draws: list(fc.record({ date: dateArb, amount: opt(moneyArb), lender: opt(textArb) }).map(compact)),
    autopay: opt(fc.boolean()),
    verified: opt(fc.record({ identity: opt(fc.boolean()), income_proof: opt(fc.boolean()), assets: opt(fc.boolean()) }).map(compact)),
  })
  .map(compact);

const monthAmountArb = fc.record({ month: monthArb, amount: moneyArb });

const macroArb = fc
  .record({
    platform_contraction: opt(fc.boolean()),
    date: opt(dateArb),
    lpr_1y: opt(
      fc
        .array(fc.record({ date: dateArb, rate: fc.oneof(fc.constantFrom(0, 1), aprArb) }), { minLength: 1, maxLength: 4 })
        .map((points) => [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    ),
    events: opt(
      fc.array(
        fc.record({ date: dateArb, effect: fc.constantFrom('tightening', 'easing', 'neutral' as const), title: fc.record({ zh: textArb, en: textArb }) }),
        { maxLength: 3 },
      ),
    ),
    stressed_sectors: opt(fc.array(fc.record({ name: textArb, match: fc.array(textArb, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 })),
  })
  .map(compact);

/** A valid profile of the schema's version 1. `debts` decides how many debts it has. */
export function profileArb(debts: fc.Arbitrary<Debt[]> = debtsArb(8)): fc.Arbitrary<Profile> {
  return fc
    .record({
      as_of: opt(asOfArb),
      income: fc
        .record({
          monthly: fc.oneof(fc.constantFrom(0, 0.01), moneyArb),
          history: list(monthAmountArb, 8),
          source: opt(fc.constantFrom(...INCOME_SOURCES)),
        })
        .map(compact),
      credit: opt(creditArb),
      credit_lines: list(
        fc
          .record({ name: textArb, limit: moneyArb, previous_limit: opt(moneyArb), used: opt(moneyArb), status: opt(fc.constantFrom(...LINE_STATUSES)) })
          .map(compact),
        3,
      ),
      debts,
      spending: opt(
        fc
          .record({
            history: list(monthAmountArb, 8),
            large_purchases: list(fc.record({ date: dateArb, amount: moneyArb, note: opt(textArb) }).map(compact), 3),
            lender_transfers_per_month: opt(fc.oneof(fc.constantFrom(0, 10_000), fc.double({ min: 0, max: 10_000, noNaN: true }))),
          })
          .map(compact),
      ),
      assets: opt(fc.record({ liquid: opt(moneyArb), investments: opt(moneyArb), property: opt(fc.boolean()), vehicle: opt(fc.boolean()) }).map(compact)),
      employment: opt(fc.record({ sector: opt(textArb), months_in_job: opt(fc.integer({ min: 0, max: 1200 })) }).map(compact)),
      macro: opt(macroArb),
    })
    .map((sections) => compact({ version: 1 as const, ...sections }) as Profile);
}

/* ---- walking a report ---- */

/** Every number in `value` that is not finite, with its path (NaN and ±Infinity become null or worse in JSON). */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [node, at] = pending.pop()!;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) found.push(`${at} = ${node}`);
    } else if (typeof node === 'bigint' || typeof node === 'function' || typeof node === 'symbol') {
      found.push(`${at}: a ${typeof node}`);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => pending.push([item, `${at}[${i}]`]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) pending.push([item, `${at}.${key}`]);
    }
  }
  return found;
}

/* ---- text for the loader ---- */

/** Tokens YAML and JSON give meaning to, and values a profile holds, to build plausible-looking soups. */
const YAML_TOKENS = [
  'version', 'income', 'monthly', 'debts', 'name', 'kind', 'balance', 'apr', 'daily_rate', 'repayment', 'months_left',
  '__proto__', 'constructor', 'prototype', '$schema', 'as_of', 'credit', 'overdues',
  ':', ': ', '- ', '-', '?', '? ', ',', '[', ']', '{', '}', '&a', '*a', '&b ', '*b', '!!js/function', '!!str', '!!binary', '!tag', '<<',
  '|', '>', '|-', '"', "'", '#', '#!', '%YAML 1.2', '---', '...', '\n', '\n  ', '\n    ', '\t', ' ', '\r\n', '\u2028', '\ufeff',
  '1', '0', '-1', '1e309', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1_000', '12,000', '18.25', '0.1825', 'true', 'false', 'null', '~',
  '2026-02-30', '2024-02-29', '2026-13', '借呗', '¥', 'online_loan', 'revolving', 'equal_installment', '\\u0000', '\\', '\u0000',
];

export const yamlSoupArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...YAML_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
    maxLength: 60,
  })
  .map((tokens) => tokens.join(''));

/** A valid-looking profile skeleton with a random fragment spliced in somewhere. */
export const splicedProfileArb: fc.Arbitrary<string> = fc
  .tuple(fc.nat(), yamlSoupArb)
  .map(([at, soup]) => {
    const base = 'version: 1\nincome:\n  monthly: 8000\ndebts:\n  - { name: 借呗, kind: online_loan, balance: 100, apr: 0.1, repayment: revolving }\n';
    const i = at % (base.length + 1);
    return `${base.slice(0, i)}${soup}${base.slice(i)}`;
  });

/** JSON values of any shape, serialised; sometimes wrapped around the required keys so validation goes deeper. */
export const jsonTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record({ extra: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), monthly: fc.jsonValue(), debts: fc.jsonValue() })
    .map(({ extra, monthly, debts }) => JSON.stringify({ version: 1, income: { monthly }, debts, ...extra })),
);

/** Any text at all: arbitrary Unicode (lone surrogates included), YAML-ish soups, spliced profiles, JSON. */
export const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200 }),
  yamlSoupArb,
  splicedProfileArb,
  jsonTextArb,
);
