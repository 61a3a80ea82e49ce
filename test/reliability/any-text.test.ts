/**
 * Issue 8: any text at all as a profile → a report or one clean "bad input" error (exit 2), never a
 * crash, never a stack trace, never a hang. First at the loader (parseDocumentAs, then the
 * audit), where hundreds of cases are cheap; then through the built binary, a folder of generated
 * files per run, where every file must be accounted for: a whole report line on stdout, or its
 * message on stderr.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify as stringifyYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, parseProfile, type LoadedSnapshot } from '../../src/cli/load';
import { InputError, UserError } from '../../src/errors';
import { parseDocumentAs } from '../../src/profile/load';
import { parseYamlText, validateParsed } from '../../src/profile/precise';
import { profileSchema, type Profile } from '../../src/profile/schema';
import { reportSchema } from '../../src/report/schema';
import { anyTextArb, nonFiniteNumbers, profileArb } from './arbitraries';
import { auditReport, expectCleanStderr, jsonLines, reportSchemaErrors, runBin } from './helpers';
import { tempDir } from '../temp';
import { messagesFor } from '../../src/i18n/messages';


let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

type Outcome = { kind: 'report' } | { kind: 'refused'; error: UserError };

/** What the CLI does with one document, minus the I/O: load, then audit what loaded. */
async function outcomeOf(load: () => Promise<Profile>, source: string): Promise<Outcome> {
  let profile: Profile;
  try {
    profile = await load();
  } catch (error) {
    // Anything but the user-error family would reach the user as "internal error": a crash.
    if (!(error instanceof UserError)) throw error;
    expect(error.exitCode).toBe(2);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.startsWith(source)).toBe(true);
    expect(error.message).not.toMatch(/^\s+at \S/m);
    return { kind: 'refused', error };
  }
  const report = auditReport(profile, source, snapshot);
  const parsed = reportSchema.safeParse(report);
  expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  expect(nonFiniteNumbers(report)).toEqual([]);
  return { kind: 'report' };
}

describe('any text at the loader', () => {
  it('any text → a profile that audits to a valid report, or an InputError with a located message', async () => {
    const seen = { report: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(anyTextArb, async (text) => {
        const outcome = await outcomeOf(() => parseDocumentAs(profileSchema, text, 'any.yaml', 'en', messagesFor('en').fileEmpty()), 'any.yaml');
        if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(InputError);
        seen[outcome.kind] += 1;
      }),
      { numRuns: 300 },
    );
    // Both branches were exercised: the generator is not all noise.
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.report).toBeGreaterThan(0);
  });

  it('any bytes (invalid UTF-8, NUL, UTF-16 with a BOM, GBK) → the same two outcomes', async () => {
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      anyTextArb.map((text) => Buffer.from(`\ufeff${text}`, 'utf16le')),
      anyTextArb.map((text) => Buffer.from(text, 'latin1')),
      fc.constant(Buffer.from([0xd5, 0xfb, 0xb5, 0xa5, 0x3a, 0x20, 0x31])), // GBK bytes
      fc.constant(Buffer.from('\ufeffversion: 1\nincome: {monthly: 1}\ndebts: []\n')), // a BOM is fine
    );
    await fc.assert(
      fc.asyncProperty(bytesArb, async (bytes) => {
        await outcomeOf(() => parseProfile(bytes, 'bytes.yaml', 'en'), 'bytes.yaml');
      }),
      { numRuns: 200 },
    );
  });

  it('the same in Chinese: a refused document still gets one clean message', async () => {
    await fc.assert(
      fc.asyncProperty(anyTextArb, async (text) => {
        try {
          await parseDocumentAs(profileSchema, text, 'any.yaml', 'zh', messagesFor('zh').fileEmpty());
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message).not.toMatch(/^\s+at \S/m);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** Valid profiles written out the many ways YAML allows: flow or block, plain or quoted strings, any indent. */
const profileTextArb: fc.Arbitrary<string> = fc
  .record({
    profile: profileArb(),
    collectionStyle: fc.constantFrom('any', 'block', 'flow' as const),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED' as const),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE' as const),
    indent: fc.integer({ min: 1, max: 8 }),
    lineWidth: fc.constantFrom(0, 20, 80),
  })
  .map(({ profile, ...options }) => stringifyYaml(profile, options));

/** Strings outside letters, digits, CJK, `_` and `-` replaced by unique plain words (dates and enum values are kept). */
function plainStrings<T>(value: T, counter = { n: 0 }): T {
  if (typeof value === 'string') return (/^[\w\u4e00-\u9fff-]+$/.test(value) ? value : `t${counter.n++}`) as T;
  if (Array.isArray(value)) return value.map((item) => plainStrings(item, counter)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainStrings(item, counter)])) as T;
  }
  return value;
}

/** Valid profiles as a person writes them (block style, plain scalars): the documents the fast path reads itself. */
const plainProfileTextArb: fc.Arbitrary<string> = fc
  .record({ profile: profileArb(), indent: fc.constantFrom(2, 4) })
  .map(({ profile, indent }) => stringifyYaml(plainStrings(profile), { indent, lineWidth: 0, defaultStringType: 'PLAIN', collectionStyle: 'block' }));

describe('the loader never lies', () => {
  // A valid document takes a fast path; anything else is re-read by the `yaml` library (the precise
  // path), whose reading is the reference. Whatever the loader accepts, the precise path must accept
  // too, and read the same way: a fast path that misread a string or a number would audit figures
  // the user never wrote.
  it('whatever the loader accepts, the precise path accepts and reads identically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyTextArb, profileTextArb, plainProfileTextArb), async (text) => {
        let loaded: Profile;
        try {
          loaded = await parseDocumentAs(profileSchema, text, 'any.yaml', 'en', messagesFor('en').fileEmpty());
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        const precise = validateParsed(profileSchema, parseYamlText(text, 'any.yaml', 'en', messagesFor('en').fileEmpty()), 'any.yaml', 'en');
        expect(loaded).toEqual(precise);
      }),
      { numRuns: 200 },
    );
  });
});

describe('any text through the binary', () => {
  // A mix: mostly any text, some valid profiles so that reports must come out whole between the errors.
  const documentArb = fc.oneof(
    { weight: 4, arbitrary: anyTextArb },
    { weight: 1, arbitrary: profileArb().map((profile) => JSON.stringify(profile)) },
  );

  it('a folder of generated documents: exit 0/1/2 as the documents demand, whole JSON lines, every file accounted for, no stack', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { minLength: 15, maxLength: 25 }), (texts) => {
        const dir = tempDir('la-any-');
        const files = texts.map((text, i) => {
          const file = join(dir, `doc${String(i).padStart(2, '0')}.${i % 3 === 0 ? 'json' : 'yaml'}`);
          writeFileSync(file, text);
          return file;
        });
        const r = runBin(['check', dir, '--format', 'ndjson']);
        expect(r.code, r.stderr).not.toBeNull(); // did not have to be killed
        expect([0, 1, 2]).toContain(r.code);
        expectCleanStderr(r.stderr);

        const reports = jsonLines(r.stdout) as { source: string; summary: { critical: number } }[];
        for (const report of reports) expect(reportSchemaErrors(report)).toEqual([]);
        const reported = new Set(reports.map((report) => report.source));
        const refused = new Set(files.filter((file) => r.stderr.split('\n').some((line) => line.startsWith(file))));
        for (const file of files) expect(reported.has(file) !== refused.has(file), `${file}: reported xor refused`).toBe(true);
        // The highest code wins: 2 for any refused file, else 1 for a critical finding (--fail-on critical).
        const expected = refused.size > 0 ? 2 : reports.some((report) => report.summary.critical > 0) ? 1 : 0;
        expect(r.code).toBe(expected);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });

  it('single documents on stdin, --json: exit 2 leaves stdout empty; otherwise one whole JSON document', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const r = runBin(['check', '-', '--json', '--fail-on', 'never'], { input: text });
        expect([0, 2]).toContain(r.code);
        expectCleanStderr(r.stderr);
        if (r.code === 2) {
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/^<stdin>/);
        } else {
          expect(reportSchemaErrors(JSON.parse(r.stdout))).toEqual([]);
        }
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });
});
