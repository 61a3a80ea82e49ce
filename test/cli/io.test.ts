/**
 * Reading input files and writing standard output, at the edges the fast paths have: the file
 * reader takes the size from fstat as a hint only (pipes say 0, files grow), and the writer keeps
 * one buffer for ordinary reports and gives a very large text one of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/io';
import { InputError } from '../../src/errors';
import { ROOT, runCli, runShell } from './run';
import { tempDir } from '../temp';

const tmp = () => tempDir('limit-audit-io-');
const sample = readFileSync(join(ROOT, 'profiles/healthy.yaml'));

describe('readInputFile', () => {
  it('returns exactly the bytes of a file, small, empty or larger than one read', () => {
    const dir = tmp();
    for (const bytes of [sample, Buffer.alloc(0), Buffer.alloc(300_000, 'x')]) {
      const file = join(dir, `f${bytes.length}`);
      writeFileSync(file, bytes);
      expect(Buffer.from(readInputFile(file, 'en')).equals(bytes)).toBe(true);
    }
  });
  it('reads a pipe to its end although fstat gives it no size (more than the first 64 KB)', () => {
    // A named pipe through a shell: the reader sees st_size 0 and must grow its buffer.
    const dir = tmp();
    const big = Buffer.concat([sample, Buffer.from(`# ${'填'.repeat(40_000)}\n`)]);
    writeFileSync(join(dir, 'src.yaml'), big);
    const r = runShell(`mkfifo ${dir}/p.yaml && (cat ${dir}/src.yaml > ${dir}/p.yaml &) && node bin/limit-audit.js check ${dir}/p.yaml --json --fail-on never`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const direct = runCli(['check', join(dir, 'src.yaml'), '--json', '--fail-on', 'never']);
    expect(r.stdout).toBe(direct.stdout.replaceAll(join(dir, 'src.yaml'), join(dir, 'p.yaml')));
  });
  it('names the file and the reason: missing, a directory, too large', () => {
    const dir = tmp();
    const message = (path: string) => {
      try {
        readInputFile(path, 'en');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      return 'read';
    };
    expect(message(join(dir, 'none.yaml'))).toMatch(/none\.yaml: no such file/);
    expect(message(dir)).toMatch(/is a directory/);
    const big = join(dir, 'big.yaml');
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, ' '));
    expect(message(big)).toMatch(/the file is 5\.0 MB; files over 5 MB are refused/);
  });
});

describe('a pipe that never ends', () => {
  it('is refused at 5 MB, not read until memory runs out', () => {
    const dir = tmp();
    const r = runShell(`mkfifo ${dir}/p.yaml && (yes > ${dir}/p.yaml 2>/dev/null &) && node bin/limit-audit.js check ${dir}/p.yaml --json`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${dir}/p.yaml: the file is >5 MB; files over 5 MB are refused\n`);
  });
});

describe('standard output', () => {
  it('a JSON array of many reports (larger than the kept buffer) goes out whole and parses', () => {
    const dir = tmp();
    const profile = readFileSync(join(ROOT, 'profiles/environment.yaml'));
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.yaml`), profile);
    const r = runShell(`node bin/limit-audit.js check ${dir} --json --fail-on never | wc -c; node bin/limit-audit.js check ${dir} --json --fail-on never | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).length))"`);
    const [bytes, count] = r.stdout.trim().split('\n').map(Number);
    expect(bytes).toBeGreaterThan(4 * 1024 * 1024 / 3); // past the kept buffer's limit in UTF-16 units × 3
    expect(count).toBe(120);
  });
  it('reports of different sizes written one after another never carry bytes of the one before', () => {
    // The kept buffer is reused: a short report after a long one must end where it ends.
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(ROOT, 'profiles/environment.yaml')));
    writeFileSync(join(dir, 'b.yaml'), 'version: 1\nincome: { monthly: 1000 }\ndebts: []\n');
    writeFileSync(join(dir, 'c.yaml'), readFileSync(join(ROOT, 'profiles/business-owner.yaml')));
    const r = runCli(['check', dir, '--format', 'ndjson', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as { source: string }).source)).toEqual(['a', 'b', 'c'].map((n) => join(dir, `${n}.yaml`)));
  });
});
