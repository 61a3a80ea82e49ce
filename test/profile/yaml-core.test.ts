/**
 * Every document — profile, --config, --macro, `import --into` — is read as YAML 1.2's core schema,
 * whatever its `%YAML` directive says (precise.ts YAML_CORE). Before, `%YAML 1.1` switched the
 * precise path to YAML 1.1: `monthly: 012000` was octal 5120 and `as_of: 2026-11-01` a date,
 * refused as "expected text, found a mapping".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeIntoDocument } from '../../src/cli/import';
import type { InputError } from '../../src/errors';
import type { ImportedSections } from '../../src/import/types';
import { parseDocumentAs, parseProfileText } from '../../src/profile/load';
import { parseYamlText } from '../../src/profile/precise';
import { macroSnapshotSchema, profileSchema } from '../../src/profile/schema';
import { rulesConfigSchema } from '../../src/rules/config';
import { messagesFor } from '../../src/i18n/messages';

const profile = (directive: string) => `${directive}version: 1
as_of: 2026-11-01
income:
  monthly: 012000
debts: []
`;

/** The issues a profile is refused with. */
const issuesOf = (text: string) =>
  parseDocumentAs(profileSchema, text, 'x.yaml', 'en', messagesFor('en').fileEmpty()).then(
    () => expect.unreachable('accepted'),
    (error: unknown) => (error as InputError).issues,
  );

describe('a %YAML directive does not change how a document is read', () => {
  for (const directive of ['', '%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\n']) {
    it(JSON.stringify(directive || 'no directive'), async () => {
      const read = await parseProfileText(profile(directive), 'p.yaml', 'en');
      expect(read.income.monthly).toBe(12000);
      expect(read.as_of).toBe('2026-11-01');
    });
  }

  it("YAML 1.1's other readings stay YAML 1.2 core: words, numbers, times and dates are what they are in 1.2", () => {
    const body = 'a: 012000\nb: 2026-11-01\nc: yes\nd: off\ne: 0b101\nf: 1_000\ng: 1:30\nh: 2026-11-01 10:00:00\ni: 0x1F\nj: 0o17\n';
    const core = { a: 12000, b: '2026-11-01', c: 'yes', d: 'off', e: '0b101', f: '1_000', g: '1:30', h: '2026-11-01 10:00:00', i: 31, j: 15 };
    expect(parseYamlText(body, 'x.yaml', 'en', messagesFor('en').fileEmpty()).value).toEqual(core);
    expect(parseYamlText(`%YAML 1.1\n---\n${body}`, 'x.yaml', 'en', messagesFor('en').fileEmpty()).value).toEqual(core);
  });

  it('merge keys (`<<`) are plain keys, not YAML 1.1 merges', () => {
    const text = '%YAML 1.1\n---\nbase: &b { monthly: 100 }\nincome:\n  <<: *b\n';
    expect(parseYamlText(text, 'x.yaml', 'en', messagesFor('en').fileEmpty()).value).toEqual({ base: { monthly: 100 }, income: { '<<': { monthly: 100 } } });
  });

  it("YAML 1.1's explicit types (!!timestamp, !!binary, !!set) are the same type error at their field, with or without a directive", async () => {
    for (const tagged of ['!!timestamp 2026-01-01', '!!binary aGVsbG8=', '!!set { a, b }']) {
      const body = `version: 1\nincome:\n  monthly: ${tagged}\ndebts: []\n`;
      const plain = await issuesOf(body);
      const directed = await issuesOf(`%YAML 1.1\n---\n${body}`);
      expect(plain.map((i) => i.path), tagged).toEqual(['income.monthly']);
      expect(directed.map(({ line, ...rest }) => ({ ...rest, line: line! - 2 })), tagged).toEqual(plain);
    }
  });

  it('an unsupported YAML version is still one clear line', async () => {
    expect(await issuesOf('%YAML 2.0\n---\na: 1\n')).toEqual([{ line: 1, col: 7, path: '', message: 'not valid YAML: Unsupported YAML version 2.0' }]);
  });
});

describe('every place a document is read uses the same rules', () => {
  it('--macro: a snapshot dated under %YAML 1.1 is a date string', async () => {
    const text = readFileSync('src/macro/snapshot.yaml', 'utf8');
    const snapshot = await parseDocumentAs(macroSnapshotSchema, `%YAML 1.1\n---\n${text}`, 'm.yaml', 'en', messagesFor('en').macroEmpty());
    expect(snapshot).toEqual(await parseDocumentAs(macroSnapshotSchema, text, 'm.yaml', 'en', messagesFor('en').macroEmpty()));
    expect(typeof snapshot.date).toBe('string');
  });

  it('--config: a threshold written 010 under %YAML 1.1 is ten, not octal eight', async () => {
    // last_6m: a threshold no other is ordered against, so 10 and 8 are both valid values.
    const text = '%YAML 1.1\n---\nrules:\n  credit/inquiries-frequent: { thresholds: { last_6m: 010 } }\n';
    const config = await parseDocumentAs(rulesConfigSchema, text, 'c.yaml', 'en', messagesFor('en').configEmpty());
    expect(config.rules['credit/inquiries-frequent']).toEqual({ thresholds: { last_6m: 10 } });
  });

  it('import --into: a profile with %YAML 1.1 takes the imported months, its own values read as 1.2', async () => {
    const sections = { income: { history: [{ month: '2026-09', amount: 9000 }] } } as ImportedSections;
    const merged = await mergeIntoDocument(profile('%YAML 1.1\n---\n'), 'p.yaml', sections, 'en');
    const read = await parseDocumentAs(profileSchema, merged, 'p.yaml', 'en', messagesFor('en').fileEmpty());
    expect(read.as_of).toBe('2026-11-01');
    expect(read.income.monthly).toBe(12000);
    expect(read.income.history).toEqual([{ month: '2026-09', amount: 9000 }]);
  });
});
