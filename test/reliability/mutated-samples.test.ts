/**
 * Issue 8: mutated sample profiles — fields removed or renamed, types swapped (number → string,
 * list → map, map → list, scalar → list …), numbers scaled (× 0, × 10^9, negative, NaN, infinity,
 * three decimals), enum values swapped, debts duplicated, unknown keys added — give either a valid,
 * finite report (exit 0/1) or exit 2 with a message naming the field that was broken.
 *
 * A mutation is applied to the JS value of a real sample (parsed with the `yaml` library) at a
 * random path; the result is written back as YAML and read through the real loader. "Naming the
 * field": every problem reported sits at a mutated path, inside it, at its parent (a list that
 * became too short), or beside it in the same record (`months_left` missing once `repayment`
 * changed) — never at an unrelated field.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, type LoadedSnapshot } from '../../src/cli/load';
import { InputError } from '../../src/errors';
import { parseDocumentAs } from '../../src/profile/load';
import { formatPath } from '../../src/profile/precise';
import { DEBT_KINDS, REPAYMENT_KINDS, profileSchema, type Profile } from '../../src/profile/schema';
import { reportSchema } from '../../src/report/schema';
import { nonFiniteNumbers } from './arbitraries';
import { ROOT, auditReport, expectCleanStderr, jsonLines, reportSchemaErrors, runBin } from './helpers';
import { tempDir } from '../temp';
import { messagesFor } from '../../src/i18n/messages';


type Key = string | number;
type Path = Key[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SAMPLE_FILES = [
  ...readdirSync(join(ROOT, 'profiles'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(ROOT, 'profiles', f)),
  join(ROOT, 'src/profile/example.yaml'),
  join(ROOT, 'test/fixtures/minimal.yaml'),
];
const SAMPLES = SAMPLE_FILES.map((file) => ({ file, value: parseYaml(readFileSync(file, 'utf8')) as Json }));

/** Every path in a value, the root excluded, in document order. */
function pathsOf(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...at, i]);
      pathsOf(item, [...at, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...at, key]);
      pathsOf(item, [...at, key], out);
    }
  }
  return out;
}

const clone = (value: Json): Json => structuredClone(value);

function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) node = (node as Record<Key, Json>)[key]!;
  return node;
}

const isNumber = (node: Json): node is number => typeof node === 'number';
const isString = (node: Json): node is string => typeof node === 'string';
const isScalar = (node: Json) => node === null || typeof node !== 'object';
const isList = (node: Json): node is Json[] => Array.isArray(node);
const isMap = (node: Json): node is { [key: string]: Json } => node !== null && typeof node === 'object' && !Array.isArray(node);
const ENUMS = [REPAYMENT_KINDS, DEBT_KINDS] as readonly (readonly string[])[];

/** A mutation, the nodes it applies to, and what it does. */
type Mutation = { label: string; applies: (node: Json, inList: boolean) => boolean } & (
  | { op: 'remove' | 'rename' | 'addKey' | 'duplicate' }
  | { op: 'replace'; make: (old: Json) => Json }
);

const replace = (label: string, applies: (node: Json) => boolean, make: (old: Json) => Json): Mutation => ({ op: 'replace', label, applies, make });
const any = () => true;

const MUTATIONS: Mutation[] = [
  { op: 'remove', label: 'remove', applies: any },
  { op: 'rename', label: 'misspell the key', applies: (_node, inList) => !inList },
  { op: 'addKey', label: 'add an unknown key', applies: isMap },
  { op: 'duplicate', label: 'duplicate the item', applies: (_node, inList) => inList },
  replace('× 0', isNumber, (n) => (n as number) * 0),
  replace('× 10^9', isNumber, (n) => (n as number) * 1e9),
  replace('× −1', isNumber, (n) => -(n as number)),
  replace('× 1.5', isNumber, (n) => (n as number) * 1.5),
  replace('÷ 1000', isNumber, (n) => (n as number) / 1000),
  replace('NaN', isNumber, () => Number.NaN),
  replace('∞', isNumber, () => Number.POSITIVE_INFINITY),
  replace('"NaN" as text', isNumber, () => 'NaN'),
  replace('a unit after the number', isNumber, (n) => `${n as number} 元`),
  replace('thousands separators', isNumber, (n) => (n as number).toLocaleString('en-US')),
  replace('number → string', (node) => isNumber(node) || typeof node === 'boolean', (old) => String(old)),
  replace('string → number', isString, () => 42),
  replace('→ null', any, () => null),
  replace('→ true', (node) => node !== true, () => true),
  replace('→ empty string', any, () => ''),
  replace('→ empty list', any, () => []),
  replace('→ empty map', any, () => ({})),
  replace('list → map', isList, (old) => Object.fromEntries((old as Json[]).map((item, i) => [String(i), item]))),
  replace('map → list', isMap, (old) => Object.values(old as Record<string, Json>)),
  replace('scalar → list', isScalar, (old) => [old]),
  replace('scalar → map', isScalar, (old) => ({ value: old })),
  replace('another enum value', (node) => isString(node) && ENUMS.some((values) => values.includes(node)), (old) => {
    const values = ENUMS.find((v) => v.includes(old as string))!;
    return values[(values.indexOf(old as string) + 1) % values.length]!;
  }),
  replace('day 31 of February', (node) => isString(node) && /^\d{4}-\d{2}-\d{2}$/.test(node), (old) => `${(old as string).slice(0, 4)}-02-31`),
  replace('date → month', (node) => isString(node) && /^\d{4}-\d{2}-\d{2}$/.test(node), (old) => (old as string).slice(0, 7)),
];

/** Applies `mutation` at `path` in place; returns the paths an error may then name. */
function mutate(root: Json, path: Path, mutation: Mutation): Path[] {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = getAt(root, parentPath) as Json[] & Record<string, Json>;
  switch (mutation.op) {
    case 'remove':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return [path];
    case 'replace':
      parent[key as never] = mutation.make(parent[key as never] as Json) as never;
      return [path];
    case 'rename': {
      const renamed = `${String(key).slice(0, -1)}x${String(key).slice(-1)}`; // balance → balanxe
      parent[renamed] = parent[key as string]!;
      delete parent[key as string];
      return [path, [...parentPath, renamed]];
    }
    case 'addKey': {
      (getAt(root, path) as Record<string, Json>).extra_field = 1;
      return [[...path, 'extra_field']];
    }
    case 'duplicate': {
      parent.push(clone(parent[key as number]!));
      return [[...parentPath, parent.length - 1]];
    }
  }
}

/**
 * Is a reported problem at `issuePath` about the mutation at `mutated`? The same field, inside it,
 * a (non-root) parent of it, or — within one record — a field beside it.
 */
function related(issuePath: string, mutated: Path): boolean {
  const p = formatPath(mutated);
  if (issuePath === p) return true;
  if (issuePath.startsWith(`${p}.`) || issuePath.startsWith(`${p}[`)) return true;
  if (issuePath !== '' && (p.startsWith(`${issuePath}.`) || p.startsWith(`${issuePath}[`))) return true;
  const parent = formatPath(mutated.slice(0, -1));
  return parent !== '' && (issuePath.startsWith(`${parent}.`) || issuePath.startsWith(`${parent}[`));
}

interface Mutated {
  sample: string;
  text: string;
  /** Every path touched, for "naming the field". */
  touched: Path[];
  steps: string[];
}

/**
 * 1–3 mutations from `set`, each at a random path of a random sample where one of them fits the
 * node, written back as YAML.
 */
function mutatedArb(set: Mutation[]): fc.Arbitrary<Mutated> {
  return fc
    .record({
      sample: fc.nat({ max: SAMPLES.length - 1 }),
      steps: fc.array(fc.record({ at: fc.nat(), mutation: fc.nat() }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ sample, steps }) => {
      const value = clone(SAMPLES[sample]!.value);
      const touched: Path[] = [];
      const labels: string[] = [];
      for (const step of steps) {
        const fittingAt = (path: Path) => {
          const inList = Array.isArray(getAt(value, path.slice(0, -1)));
          return set.filter((m) => m.applies(getAt(value, path), inList));
        };
        const paths = pathsOf(value).filter((path) => fittingAt(path).length > 0);
        if (paths.length === 0) break;
        const path = paths[step.at % paths.length]!;
        const fitting = fittingAt(path);
        const mutation = fitting[step.mutation % fitting.length]!;
        touched.push(...mutate(value, path, mutation));
        labels.push(`${mutation.label} at ${formatPath(path)}`);
      }
      return { sample: SAMPLE_FILES[sample]!, text: stringifyYaml(value), touched, steps: labels };
    });
}

/** Numbers scaled only: the values are still numbers, so more of these stay valid and reach the audit. */
const SCALINGS = MUTATIONS.filter((m) => ['× 0', '× 10^9', '× −1', '× 1.5', '÷ 1000', 'NaN', '∞'].includes(m.label));

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

function auditOf(profile: Profile) {
  return auditReport(profile, 'mutated.yaml', snapshot);
}

describe('mutated sample profiles at the loader', () => {
  it('the samples themselves load (the starting point is valid)', async () => {
    for (const { file } of SAMPLES) await expect(parseDocumentAs(profileSchema, readFileSync(file, 'utf8'), file, 'en', messagesFor('en').fileEmpty())).resolves.toBeDefined();
  });

  /** Loads one mutant; checks the report or the refusal; says which it was. */
  async function check({ text, touched, steps }: Mutated): Promise<'report' | 'refused'> {
    let profile: Profile;
    try {
      profile = await parseDocumentAs(profileSchema, text, 'mutated.yaml', 'en', messagesFor('en').fileEmpty());
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expect(error.exitCode).toBe(2);
      expect(error.message).not.toMatch(/^\s+at \S/m);
      const located = error.issues.filter((issue) => !/^… and \d+ more/.test(issue.message));
      expect(located.length, steps.join('; ')).toBeGreaterThan(0);
      for (const issue of located) {
        expect(
          touched.some((path) => related(issue.path, path)),
          `${steps.join('; ')} → ${issue.path}: ${issue.message}`,
        ).toBe(true);
        // The message the user reads names that field.
        if (issue.path !== '') expect(error.message).toContain(` ${issue.path}: `);
      }
      return 'refused';
    }
    const report = auditOf(profile);
    const parsed = reportSchema.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), steps.join('; ')).toEqual([]);
    expect(nonFiniteNumbers(report)).toEqual([]);
    return 'report';
  }

  it('removed, renamed, retyped, scaled, duplicated, added → a valid, finite report, or exit 2 naming only mutated fields', async () => {
    const seen = { report: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedArb(MUTATIONS), async (mutant) => {
        seen[await check(mutant)] += 1;
      }),
      { numRuns: 200 },
    );
    // Both outcomes are exercised (most of these mutations break a profile; some are harmless).
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.report).toBeGreaterThan(0);
  });

  it('numbers scaled (× 0, × 10^9, negative, × 1.5, ÷ 1000, NaN, ∞) → the same, and many reach the audit', async () => {
    const seen = { report: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedArb(SCALINGS), async (mutant) => {
        seen[await check(mutant)] += 1;
      }),
      { numRuns: 150 },
    );
    expect(seen.refused).toBeGreaterThan(10);
    expect(seen.report).toBeGreaterThan(5);
  });
});

describe('mutated sample profiles through the binary', () => {
  it('a folder of mutated samples: reports valid against `schema report`, refusals name a mutated field, no stack', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedArb(MUTATIONS), mutatedArb(SCALINGS)), { minLength: 20, maxLength: 20 }), (mutants) => {
        const dir = tempDir('la-mut-');
        const files = mutants.map((mutant, i) => {
          const file = join(dir, `m${String(i).padStart(2, '0')}.yaml`);
          writeFileSync(file, mutant.text);
          return file;
        });
        const r = runBin(['check', dir, '--format', 'ndjson', '--fail-on', 'never']);
        expect([0, 2]).toContain(r.code);
        expectCleanStderr(r.stderr);
        const reports = jsonLines(r.stdout) as { source: string }[];
        for (const report of reports) expect(reportSchemaErrors(report)).toEqual([]);
        const reported = new Set(reports.map((report) => report.source));
        files.forEach((file, i) => {
          if (reported.has(file)) return;
          const lines = r.stderr.split('\n').filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file} `));
          expect(lines.length, `${file} neither reported nor refused; stderr: ${r.stderr.slice(0, 500)}`).toBeGreaterThan(0);
          // `file:line:col path: message` or `file path: message`
          const paths = lines.map((line) => /^(?::\d+:\d+)? (\S+): /.exec(line.slice(file.length))?.[1] ?? '');
          expect(
            paths.some((path) => mutants[i]!.touched.some((touched) => related(path, touched))),
            `${mutants[i]!.steps.join('; ')} →\n${lines.join('\n')}`,
          ).toBe(true);
        });
        expect(r.code).toBe(reported.size === files.length ? 0 : 2);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});
