/** The digests' SHA-256 (src/history/sha256.ts) is node:crypto's, byte for byte, on texts of every length around the block edges. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/history/sha256';

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
