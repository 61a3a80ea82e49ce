/**
 * The bundled macro snapshot is read at run time without validating it again (src/cli/load.ts):
 * these tests are why that is safe — it is valid, validation changes nothing in it, and the fast
 * reader reads it exactly as the precise path does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bundledSnapshot, loadSnapshot } from '../../src/cli/load';
import { parseFastYaml } from '../../src/profile/fast-yaml';
import { macroSnapshotSchema } from '../../src/profile/schema';

const text = readFileSync('src/macro/snapshot.yaml', 'utf8');

describe('the bundled macro snapshot', () => {
  it('is valid, and validating it returns exactly what was read (no defaults, no transforms)', () => {
    const raw = parseDocument(text).toJS();
    const parsed = macroSnapshotSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(parsed.data).toEqual(raw);
  });
  it('is read by the fast reader as the precise path reads it', () => {
    expect(parseFastYaml(text)).toEqual(parseDocument(text).toJS());
  });
  it('is what loadSnapshot gives without --macro', async () => {
    expect((await loadSnapshot(undefined, 'en')).snapshot).toEqual(macroSnapshotSchema.parse(parseDocument(text).toJS()));
    expect(bundledSnapshot()).toEqual(parseDocument(text).toJS());
  });
});
