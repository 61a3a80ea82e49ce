/** The digests' SHA-256 (src/history/sha256.ts) is node:crypto's, byte for byte, on texts of every length around the block edges. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/history/sha256';
import { bundleForChild } from '../reliability/helpers';
import { tempDir } from '../temp';

const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('every length from 0 to 200 (the padding edges at 55, 56, 64), and Chinese text', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex('a'.repeat(n)), String(n)).toBe(reference('a'.repeat(n)));
    expect(sha256Hex('借呗 花呗 广发银行信用卡')).toBe(reference('借呗 花呗 广发银行信用卡'));
  });
  it('any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => sha256Hex(text) === reference(text)), { numRuns: 300 });
  });
});

/**
 * How V8 runs it in a fresh process, as `check --record` does (src/history/sha256.ts says why each
 * matters): the hash minified as the CLI's bundles are (identifiers kept, to find it in V8's trace), in a
 * child Node that hashes one text of n blocks. Both thresholds are Node 20's V8, the Node the
 * project runs on; a Node with Maglev optimises sooner, and these say nothing there.
 */
describe.runIf(process.versions.node.startsWith('20.'))('sha256Hex in a fresh process (Node 20)', () => {
  let dir: string;
  let script: string;
  beforeAll(() => {
    dir = tempDir('la-sha-');
    bundleForChild('src/history/sha256.ts', dir, { minifyWhitespace: true, minifySyntax: true });
    script = join(dir, 'hash.cjs');
    // argv: blocks [measure]. With "measure": the heap used by hashing (after a first hash of two
    // blocks, in which V8 compiles the rounds to baseline code, ~300 KB of code space once; then a
    // full collection, and a young generation large enough that nothing is collected meanwhile), on
    // stdout. Read before process.stdout is touched: its first use sets up the stream (~100–200 KB
    // when it is a pipe), which once counted in the reading made this test fail on a busy machine.
    writeFileSync(
      script,
      `const { sha256Hex } = require('./sha256.cjs');
const text = 'x'.repeat(Number(process.argv[2]) * 64 - 9);
if (process.argv[3] === 'measure') {
  const v8 = require('node:v8');
  sha256Hex('x'.repeat(2 * 64 - 9));
  globalThis.gc();
  const before = v8.getHeapStatistics().used_heap_size;
  sha256Hex(text);
  const used = v8.getHeapStatistics().used_heap_size - before;
  process.stdout.write(String(used));
} else {
  process.stdout.write(sha256Hex(text));
}
`,
    );
  });

  const optimised = (blocks: number) => {
    const r = spawnSync(process.execPath, ['--trace-opt', script, String(blocks)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/[0-9a-f]{64}/);
    return /(marking|compiling method).*sha256Hex.*(TURBOFAN|MAGLEV)/.test(r.stdout);
  };
  it('is not optimised for a profile of up to 90 blocks (5.7 KB; the samples are about 40), and is on a long text (the check can see it)', () => {
    expect(optimised(90)).toBe(false);
    expect(optimised(1000)).toBe(true);
  });

  const heapUsed = (blocks: number) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=16', script, String(blocks), 'measure'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return Number(r.stdout);
  };
  it('allocates next to nothing per block (sums in 32 bits would leave ~4 KB of heap numbers each)', () => {
    // The difference between 42 blocks and 2 leaves out what a hash allocates once (its arrays, the hex).
    const perBlock = (heapUsed(42) - heapUsed(2)) / 40;
    expect(Math.abs(perBlock)).toBeLessThan(800);
  });
});
