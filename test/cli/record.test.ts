/**
 * What `check --record` reads without the usual machinery (src/cli/record.ts, history-file.ts), in
 * process: the previous line's names digest compared in place, and the host name a lock is taken
 * under. The record end to end is test/cli/history.test.ts.
 */
import { hostname } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHistoryPath, isStale, machineName } from '../../src/cli/history-file';
import { sameNames } from '../../src/cli/record';
import { snapshotLine } from '../../src/history/snapshot';
import { sample, snapshotFor } from '../history/helpers';

describe('sameNames: the previous line\'s names digest, compared without parsing the line', async () => {
  const line = snapshotLine(snapshotFor(await sample('turnover-late'))).trimEnd();
  const parsed = JSON.parse(line) as Record<string, unknown> & { digest: { profile: string; names: string } };
  const names = parsed.digest.names;
  const other = names.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('true for the line as buildSnapshot writes it, with these names; false with others', () => {
    expect(sameNames(bytes(line), names)).toBe(true);
    expect(sameNames(bytes(line), other)).toBe(false);
    expect(sameNames(bytes(line), names.slice(0, 63))).toBe(false);
  });

  it('false — so the line is parsed — wherever the digest is not the one JSON.parse would read', () => {
    // Keys reordered by hand.
    expect(sameNames(bytes(JSON.stringify({ ...parsed, digest: { names, profile: parsed.digest.profile } })), names)).toBe(false);
    // A second digest later in the line: JSON.parse keeps that one.
    expect(sameNames(bytes(`${line.slice(0, -1)},"digest":{"profile":"${parsed.digest.profile}","names":"${other}"}}`), names)).toBe(false);
    // A digest-like object nested in the tool, before the real one.
    const nested = line.replace('"tool":{', `"tool":{"x":{"digest":{"profile":"${parsed.digest.profile}","names":"${names}"}},`);
    expect(sameNames(bytes(nested), names)).toBe(false);
    // Cut short inside or just after the names digest.
    const namesAt = line.indexOf('"names":"') + 9;
    for (const end of [namesAt + 63, namesAt + 64, namesAt + 65]) expect(sameNames(bytes(line.slice(0, end)), names), String(end)).toBe(false);
    expect(sameNames(bytes(line.slice(0, namesAt + 66)), names)).toBe(true);
  });
});

describe('the host a lock is taken under', () => {
  it('machineName is os.hostname()', async () => {
    expect(await machineName()).toBe(hostname());
  });
  it('a holder on this host whose process is gone is stale; on another host it is not judged by its pid', async () => {
    const host = await machineName();
    const gone = 2 ** 22 + 12_345; // above Linux's default pid_max
    expect(isStale({ pid: gone, host, time: Date.now() }, host)).toBe(true);
    expect(isStale({ pid: gone, host: `${host}-other`, time: Date.now() }, host)).toBe(false);
    expect(isStale({ pid: process.pid, host, time: Date.now() }, host)).toBe(false);
    expect(isStale({ pid: process.pid, host, time: Date.now() - 60_000 }, host)).toBe(true);
  });
});

describe('defaultHistoryPath: the history beside a profile', () => {
  it('drops .yaml, .yml or .json in any case, and nothing else', () => {
    expect(defaultHistoryPath('my.yaml')).toBe('my.history.ndjson');
    expect(defaultHistoryPath('dir/My.YML')).toBe('dir/My.history.ndjson');
    expect(defaultHistoryPath('a.b.Json')).toBe('a.b.history.ndjson');
    expect(defaultHistoryPath('profile')).toBe('profile.history.ndjson');
    expect(defaultHistoryPath('dir.yaml/profile')).toBe('dir.yaml/profile.history.ndjson');
    expect(defaultHistoryPath('my.yaml.txt')).toBe('my.yaml.txt.history.ndjson');
    expect(defaultHistoryPath('.yaml')).toBe('.history.ndjson');
  });
  it('as the regular expression it replaces reads any name', () => {
    const byRegExp = (path: string) => `${path.replace(/\.(ya?ml|json)$/i, '')}.history.ndjson`;
    const name = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('.yaml', '.YAML', '.yml', '.Yml', '.json', '.JSON', '.jsonl', '.yamll', '.ya', '.', 'ſ', 'K', 'İ'));
    fc.assert(fc.property(fc.array(name, { maxLength: 5 }), (parts) => defaultHistoryPath(parts.join('')) === byRegExp(parts.join(''))), { numRuns: 2000 });
  });
});
