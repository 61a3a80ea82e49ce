/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, as lowercase hex. Pure JavaScript on purpose:
 * loading node:crypto in a fresh process pulls in the stream machinery and cost `check --record`
 * ~5 ms, where hashing a profile here takes one or two. test/history/sha256.test.ts holds it
 * equal to node:crypto.
 *
 * A record hashes twice per profile (the profile, its names), a few dozen blocks, in V8's
 * interpreter and baseline code, never optimised — on Node 20, whose V8 has no Maglev: a Node with
 * Maglev may optimise it sooner, and the tests of both points below run on Node 20 only. Two
 * things follow, each measured there (docs/benchmarks.md, "History"):
 * - Every sum is taken in 16-bit halves. A 32-bit sum of int32 words overflows int32, and in
 *   unoptimised code each such intermediate is a heap number: ~155 KB of garbage for a profile,
 *   enough to trigger a young-generation collection (~3 ms) that a check alone never needs. In
 *   halves every intermediate is a small integer and nothing is allocated per round. A round keeps
 *   its T1 as two halves (lo, hi) for both sums it enters, and takes K + W as halves made with the
 *   message schedule: each half split once, ~40 % less work than summing whole words in halves.
 * - The 64 rounds are written out 16 at a time (the letters rotate instead of the values). A loop
 *   of single rounds, or of 8, reaches V8's optimisation budget on a profile of a few dozen blocks,
 *   and a TurboFan compile then costs more than the whole hash; written out by 16 it does not happen
 *   below ~100 blocks (6.4 KB of canonical profile; the samples' are 2.4–3.9 KB, 40–61 blocks). V8's
 *   budget adds up over calls, so `check DIR --record` over many profiles does get it, once, which
 *   is then cheap per profile. test/history/sha256.test.ts holds both: no optimisation at 90
 *   blocks, and hardly any allocation per block.
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export function sha256Hex(text: string): string {
  const data = new TextEncoder().encode(text);
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
  const length = (((data.length + 8) >> 6) + 1) << 6;
  const bytes = new Uint8Array(length);
  bytes.set(data);
  bytes[data.length] = 0x80;
  const view = new DataView(bytes.buffer);
  view.setUint32(length - 8, Math.floor(data.length / 0x20000000));
  view.setUint32(length - 4, (data.length << 3) >>> 0);

  const state = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Int32Array(64);
  /** K[i] + w[i], each round's two constants of the block summed once, as 16-bit halves (with their carries). */
  const kwl = new Int32Array(64);
  const kwh = new Int32Array(64);
  let s: number, x: number, lo: number, hi: number;
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 64; i++) {
      if (i < 16) {
        w[i] = view.getInt32(block + i * 4);
      } else {
        const w15 = w[i - 15]!;
        const w2 = w[i - 2]!;
        const w16 = w[i - 16]!;
        const w7 = w[i - 7]!;
        s = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
        x = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
        lo = (w16 & 0xffff) + (s & 0xffff) + (w7 & 0xffff) + (x & 0xffff);
        w[i] = (((w16 >>> 16) + (s >>> 16) + (w7 >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      }
      kwl[i] = (K[i]! & 0xffff) + (w[i]! & 0xffff);
      kwh[i] = (K[i]! >>> 16) + (w[i]! >>> 16);
    }
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let i = 0; i < 64; i += 16) {
      // round i + 0: a…h are a…h
      s = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      x = (e & f) ^ (~e & g);
      lo = (h & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 0]!;
      hi = (h >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 0]!;
      s = (d & 0xffff) + lo;
      d = (((d >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      x = (a & b) ^ (a & c) ^ (b & c);
      lo += (s & 0xffff) + (x & 0xffff);
      h = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 1: a…h are h…g
      s = ((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7));
      x = (d & e) ^ (~d & f);
      lo = (g & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 1]!;
      hi = (g >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 1]!;
      s = (c & 0xffff) + lo;
      c = (((c >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10));
      x = (h & a) ^ (h & b) ^ (a & b);
      lo += (s & 0xffff) + (x & 0xffff);
      g = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 2: a…h are g…f
      s = ((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7));
      x = (c & d) ^ (~c & e);
      lo = (f & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 2]!;
      hi = (f >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 2]!;
      s = (b & 0xffff) + lo;
      b = (((b >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10));
      x = (g & h) ^ (g & a) ^ (h & a);
      lo += (s & 0xffff) + (x & 0xffff);
      f = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 3: a…h are f…e
      s = ((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7));
      x = (b & c) ^ (~b & d);
      lo = (e & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 3]!;
      hi = (e >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 3]!;
      s = (a & 0xffff) + lo;
      a = (((a >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10));
      x = (f & g) ^ (f & h) ^ (g & h);
      lo += (s & 0xffff) + (x & 0xffff);
      e = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 4: a…h are e…d
      s = ((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7));
      x = (a & b) ^ (~a & c);
      lo = (d & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 4]!;
      hi = (d >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 4]!;
      s = (h & 0xffff) + lo;
      h = (((h >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10));
      x = (e & f) ^ (e & g) ^ (f & g);
      lo += (s & 0xffff) + (x & 0xffff);
      d = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 5: a…h are d…c
      s = ((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7));
      x = (h & a) ^ (~h & b);
      lo = (c & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 5]!;
      hi = (c >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 5]!;
      s = (g & 0xffff) + lo;
      g = (((g >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10));
      x = (d & e) ^ (d & f) ^ (e & f);
      lo += (s & 0xffff) + (x & 0xffff);
      c = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 6: a…h are c…b
      s = ((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7));
      x = (g & h) ^ (~g & a);
      lo = (b & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 6]!;
      hi = (b >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 6]!;
      s = (f & 0xffff) + lo;
      f = (((f >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10));
      x = (c & d) ^ (c & e) ^ (d & e);
      lo += (s & 0xffff) + (x & 0xffff);
      b = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 7: a…h are b…a
      s = ((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7));
      x = (f & g) ^ (~f & h);
      lo = (a & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 7]!;
      hi = (a >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 7]!;
      s = (e & 0xffff) + lo;
      e = (((e >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10));
      x = (b & c) ^ (b & d) ^ (c & d);
      lo += (s & 0xffff) + (x & 0xffff);
      a = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 8: a…h are a…h
      s = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      x = (e & f) ^ (~e & g);
      lo = (h & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 8]!;
      hi = (h >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 8]!;
      s = (d & 0xffff) + lo;
      d = (((d >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      x = (a & b) ^ (a & c) ^ (b & c);
      lo += (s & 0xffff) + (x & 0xffff);
      h = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 9: a…h are h…g
      s = ((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7));
      x = (d & e) ^ (~d & f);
      lo = (g & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 9]!;
      hi = (g >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 9]!;
      s = (c & 0xffff) + lo;
      c = (((c >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10));
      x = (h & a) ^ (h & b) ^ (a & b);
      lo += (s & 0xffff) + (x & 0xffff);
      g = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 10: a…h are g…f
      s = ((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7));
      x = (c & d) ^ (~c & e);
      lo = (f & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 10]!;
      hi = (f >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 10]!;
      s = (b & 0xffff) + lo;
      b = (((b >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10));
      x = (g & h) ^ (g & a) ^ (h & a);
      lo += (s & 0xffff) + (x & 0xffff);
      f = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 11: a…h are f…e
      s = ((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7));
      x = (b & c) ^ (~b & d);
      lo = (e & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 11]!;
      hi = (e >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 11]!;
      s = (a & 0xffff) + lo;
      a = (((a >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10));
      x = (f & g) ^ (f & h) ^ (g & h);
      lo += (s & 0xffff) + (x & 0xffff);
      e = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 12: a…h are e…d
      s = ((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7));
      x = (a & b) ^ (~a & c);
      lo = (d & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 12]!;
      hi = (d >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 12]!;
      s = (h & 0xffff) + lo;
      h = (((h >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10));
      x = (e & f) ^ (e & g) ^ (f & g);
      lo += (s & 0xffff) + (x & 0xffff);
      d = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 13: a…h are d…c
      s = ((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7));
      x = (h & a) ^ (~h & b);
      lo = (c & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 13]!;
      hi = (c >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 13]!;
      s = (g & 0xffff) + lo;
      g = (((g >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10));
      x = (d & e) ^ (d & f) ^ (e & f);
      lo += (s & 0xffff) + (x & 0xffff);
      c = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 14: a…h are c…b
      s = ((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7));
      x = (g & h) ^ (~g & a);
      lo = (b & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 14]!;
      hi = (b >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 14]!;
      s = (f & 0xffff) + lo;
      f = (((f >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10));
      x = (c & d) ^ (c & e) ^ (d & e);
      lo += (s & 0xffff) + (x & 0xffff);
      b = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
      // round i + 15: a…h are b…a
      s = ((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7));
      x = (f & g) ^ (~f & h);
      lo = (a & 0xffff) + (s & 0xffff) + (x & 0xffff) + kwl[i + 15]!;
      hi = (a >>> 16) + (s >>> 16) + (x >>> 16) + kwh[i + 15]!;
      s = (e & 0xffff) + lo;
      e = (((e >>> 16) + hi + (s >>> 16)) << 16) | (s & 0xffff);
      s = ((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10));
      x = (b & c) ^ (b & d) ^ (c & d);
      lo += (s & 0xffff) + (x & 0xffff);
      a = ((hi + (s >>> 16) + (x >>> 16) + (lo >>> 16)) << 16) | (lo & 0xffff);
    }
    state[0] = add(state[0]!, a);
    state[1] = add(state[1]!, b);
    state[2] = add(state[2]!, c);
    state[3] = add(state[3]!, d);
    state[4] = add(state[4]!, e);
    state[5] = add(state[5]!, f);
    state[6] = add(state[6]!, g);
    state[7] = add(state[7]!, h);
  }
  let hex = '';
  for (const word of state) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}

/** a + b modulo 2^32 as an int32, summed in 16-bit halves (no intermediate leaves the small integers). */
function add(a: number, b: number): number {
  const low = (a & 0xffff) + (b & 0xffff);
  return (((a >>> 16) + (b >>> 16) + (low >>> 16)) << 16) | (low & 0xffff);
}
