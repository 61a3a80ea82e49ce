/** Small text helpers shared by the loader ("did you mean"), the rules command and the renderers. */

/** Levenshtein edit distance (case-insensitive), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to be a plausible typo:
 * at most a third of the longer string's length in edits (at least 1), or else the one candidate
 * that the word is a prefix of (or that is a prefix of the word).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(word.length, best.length) / 3))) return best;
  const prefixed = candidates.filter((c) => word.length >= 3 && (c.startsWith(word) || word.startsWith(c)));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
