/**
 * The validator generated from the zod schema (scripts/generate-validator.mjs) is current (see also
 * generate.test.ts: the build refuses a stale one), and
 * accepts exactly what zod accepts — on the samples, on generated valid profiles, on mutated ones
 * and on arbitrary JSON values — so the start-up path may trust it and return the document as read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { staleGenerated } from '../../scripts/generate-validator.mjs';
import { profileSchema } from '../../src/profile/schema';
import { isValidProfile } from '../../src/profile/validate-profile.generated';
import { profileArb } from '../reliability/arbitraries';

/** zod's verdict, and that a valid document comes out of zod exactly as it went in. */
function zodAccepts(value: unknown): boolean {
  const result = profileSchema.safeParse(value);
  if (result.success) expect(result.data).toEqual(value);
  return result.success;
}

describe('the generated profile validator', () => {
  it('is what the generator makes from the schema today (run `npm run generate` after changing the schema)', async () => {
    expect(await staleGenerated()).toBeUndefined();
  });
  it('accepts every sample profile and the init template', () => {
    for (const file of [...readdirSync('profiles').map((f) => `profiles/${f}`), 'src/profile/example.yaml']) {
      const value = parse(readFileSync(file, 'utf8'));
      expect(isValidProfile(value), file).toBe(true);
      expect(zodAccepts(value)).toBe(true);
    }
  });
  it('accepts every generated valid profile', () => {
    fc.assert(fc.property(profileArb(), (profile) => isValidProfile(profile) && zodAccepts(profile)), { numRuns: 300 });
  });

  /**
   * A fee instalment (分期手续费) or an instalment loan with an up-front fee, near the edges of their
   * cross-field rules (months_left against periods, original principal against the balance, the fee
   * against the principal, a rate beside the fee), so that about half are valid.
   */
  const feeTermsDebt = fc
    .record({
      fee: fc.boolean(),
      balance: fc.integer({ min: 0, max: 1_000_000 }).map((fen) => fen / 100),
      originalRatio: fc.double({ min: 0.9, max: 2, noNaN: true }),
      periods: fc.integer({ min: 1, max: 36 }),
      monthsLeftOver: fc.integer({ min: -36, max: 2 }),
      feeBp: fc.integer({ min: 0, max: 1_200 }),
      upfrontPercent: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      withRate: fc.boolean(),
    })
    .map(({ fee, balance, originalRatio, periods, monthsLeftOver, feeBp, upfrontPercent, withRate }) => {
      const original = Math.round(balance * originalRatio * 100) / 100;
      const debt: Record<string, unknown> = {
        name: '分期-gen',
        kind: 'installment',
        balance,
        repayment: fee ? 'fee_installment' : 'equal_installment',
        original_principal: original,
        periods,
        months_left: Math.max(1, periods + monthsLeftOver),
      };
      if (fee) debt.fee_rate = feeBp / 10_000;
      if (!fee || withRate) debt.apr = 0.12;
      if (upfrontPercent !== undefined) debt.upfront_fee = Math.round(original * upfrontPercent) / 100;
      return debt;
    });
  it('agrees with zod on fee instalments and up-front fees, accepting and refusing both', () => {
    const verdicts = new Set<boolean>();
    fc.assert(
      fc.property(profileArb(), feeTermsDebt, (profile, debt) => {
        const value = { ...profile, debts: [...profile.debts.filter((d) => d.name !== debt.name), debt] };
        const verdict = zodAccepts(value);
        verdicts.add(verdict);
        expect(isValidProfile(value)).toBe(verdict);
      }),
      { numRuns: 400 },
    );
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  /** A profile with one value somewhere replaced by something else. */
  const mutated = fc.tuple(profileArb(), fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('replace', 'remove', 'add')).map(([profile, at, value, how]) => {
    const copy = structuredClone(profile) as Record<string, unknown>;
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach((item, i) => (slots.push([node, i]), walk(item)));
      else if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) slots.push([node as Record<string, unknown>, key]), walk((node as Record<string, unknown>)[key]);
    };
    walk(copy);
    const [parent, key] = slots[at % slots.length]!;
    if (how === 'remove' && !Array.isArray(parent)) delete parent[key as string];
    else if (how === 'add' && !Array.isArray(parent)) parent[`${String(key)}_x`] = value;
    else (parent as Record<string | number, unknown>)[key] = value;
    return copy;
  });
  it('agrees with zod on mutated profiles (a value replaced, a key removed or added anywhere)', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutated, (value) => {
        const verdict = zodAccepts(value);
        if (!verdict) refused++;
        expect(isValidProfile(value)).toBe(verdict);
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(100); // the mutations do break profiles
  });
  it('agrees with zod on values at the edges of each rule', () => {
    const base = { version: 1, income: { monthly: 8000 }, debts: [] as unknown[] };
    const debt = { name: 'a', kind: 'online_loan', balance: 100, apr: 0.1, repayment: 'equal_installment', months_left: 3 };
    const cases: unknown[] = [
      base,
      { ...base, version: '1' },
      { ...base, version: 2 },
      { ...base, income: { monthly: -0.01 } },
      { ...base, income: { monthly: 0.001 } },
      { ...base, income: { monthly: 1234.5600000000001 } },
      { ...base, income: { monthly: 10_000_000_000.01 } },
      { ...base, income: { monthly: Number.NaN } },
      { ...base, income: { monthly: Number.POSITIVE_INFINITY } },
      { ...base, as_of: '2026-02-29' },
      { ...base, as_of: '2024-02-29' },
      { ...base, as_of: '3000-01-01' },
      { ...base, debts: [debt] },
      { ...base, debts: [debt, debt] },
      { ...base, debts: [{ ...debt, apr: undefined }] },
      { ...base, debts: [{ ...debt, daily_rate: 0.0005 }] },
      { ...base, debts: [{ ...debt, months_left: undefined }] },
      { ...base, debts: [{ ...debt, repayment: 'revolving', months_left: undefined, min_payment: 10 }] },
      { ...base, debts: [{ ...debt, min_payment: 10 }] },
      { ...base, debts: [{ ...debt, months_left: 1.5 }] },
      { ...base, debts: [{ ...debt, name: '' }] },
      { ...base, debts: [{ ...debt, name: 'x'.repeat(201) }] },
      { ...base, credit: { sesame_score: 349 } },
      { ...base, credit: { sesame_score: 950 } },
      { ...base, macro: { lpr_1y: [{ date: '2026-02-01', rate: 0.03 }, { date: '2026-01-01', rate: 0.03 }] } },
      { ...base, macro: { lpr_1y: [] } },
      { ...base, extra: 1 },
      { ...base, income: { monthly: 1, extra: 1 } },
      { ...base, debts: {} },
      [],
      null,
      'version: 1',
    ];
    for (const value of cases) expect(isValidProfile(value), JSON.stringify(value)).toBe(zodAccepts(value));
  });
});
