/** The source registry (src/rules/sources.ts): complete, every link well formed, nothing cited that is not there. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index';
import { citedIn, parseCitation, SOURCE_IDS, SOURCES, type Citation, type Source } from '../../src/rules/sources';

const snapshot = readFileSync(new URL('../../src/macro/snapshot.yaml', import.meta.url), 'utf8');

describe('citations', () => {
  it('are an id, or an id with the part cited', () => {
    expect(parseCitation('A6')).toEqual({ id: 'A6' });
    expect(parseCitation('seed (征信查询)')).toEqual({ id: 'seed', section: '征信查询' });
  });

  it('must name a source that exists (checked by the compiler)', () => {
    // @ts-expect-error a source the registry does not have
    const unknown: Citation = 'A99';
    // @ts-expect-error the old form pointed outside the repository
    const outside: Citation = 'domain-facts A5';
    expect([unknown, outside]).toHaveLength(2);
  });

  it('are found in texts in both languages', () => {
    expect(citedIn('lines (source A6; lender conventions), (sources B1, B2); No source gives a number')).toEqual(['A6', 'B1', 'B2']);
    expect(citedIn('（来源 F4、F5）；单一来源，低可信度；（来源 seed：借款频率）')).toEqual(['F4', 'F5', 'seed']);
    expect(citedIn('"source C5(c): NFRA notice" and (source A10)')).toEqual(['C5', 'A10']);
  });
});

describe('the registry', () => {
  it.each(SOURCE_IDS.map((id) => [id, SOURCES[id] as Source] as const))('%s is complete, in both languages, with https links', (_id, source) => {
    for (const text of [source.title, source.origin, ...(source.note ? [source.note] : [])]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const url of source.urls) expect(url).toMatch(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s…]*)?$/i);
    expect(new Set(source.urls).size).toBe(source.urls.length);
  });

  it('holds only sources a rule or the bundled macro snapshot cites', () => {
    const cited = new Set([...rules.flatMap((rule) => rule.sources.map((citation) => parseCitation(citation).id)), ...citedIn(snapshot)]);
    expect(SOURCE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has every source the macro snapshot cites (its events\' sources reach the JSON report)', () => {
    const cited = citedIn(snapshot);
    expect(cited.length).toBeGreaterThan(5);
    expect(cited.filter((id) => !(SOURCE_IDS as string[]).includes(id))).toEqual([]);
    expect(snapshot).not.toMatch(/domain-facts|shared\//);
  });
});
