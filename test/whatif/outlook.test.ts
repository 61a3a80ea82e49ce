/**
 * Issue 18 on issue 17: whatif's outlook and review month are the roadmap's. For every sample
 * profile, every strategy, the baseline and a changed side: the review month is the roadmap's,
 * and the score 3, 6 and 12 months on is the roadmap's score for that month; `whatif --json` and
 * `roadmap --json` name the same review month.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot, macroFor, type LoadedSnapshot } from '../../src/cli/load';
import { STRATEGIES } from '../../src/plan/types';
import type { Profile } from '../../src/profile/schema';
import { buildRoadmap } from '../../src/roadmap';
import { compareScenarios, type Side } from '../../src/whatif/compare';
import { OUTLOOK_MONTHS } from '../../src/whatif/outlook';
import { inBatches, runCliAsync } from '../cli/run';

const SAMPLES = readdirSync('profiles').filter((file) => file.endsWith('.yaml'));

let snapshot: LoadedSnapshot;
beforeAll(async () => {
  snapshot = await loadSnapshot(undefined, 'en');
});

/** What the roadmap of a side says: its review month and its score at each outlook month. */
function roadmapOf(side: Side, asOf: string, macro: ReturnType<typeof macroFor>) {
  const roadmap = buildRoadmap({ profile: side.profile, asOf, plan: side.plan, macro, lang: 'en', months: 36 });
  return {
    reviewMonth: roadmap.reviewMonth,
    outlook: OUTLOOK_MONTHS.map((months) => roadmap.timeline.find((month) => month.months === months)?.score.value ?? null),
  };
}

describe("whatif's outlook and review month are the roadmap's", () => {
  it.each(SAMPLES)('profiles/%s: baseline and a scenario, every strategy', (file) => {
    const profile = parse(readFileSync(`profiles/${file}`, 'utf8')) as Profile;
    const asOf = profile.as_of!;
    const macro = macroFor(profile, snapshot);
    for (const strategy of STRATEGIES) {
      const { baseline, scenarios } = compareScenarios(
        { profile, asOf, lang: 'en', macro, settings: { share: 0.2, strategy, extraFen: 0 }, refinanceName: () => 'refinance loan' },
        [{ name: 'more a month', changes: [{ kind: 'extra', amountFen: 80_000 }] }],
      );
      for (const side of [baseline, scenarios[0]!]) {
        const expected = roadmapOf(side, asOf, macro);
        expect(side.reviewMonth, `${strategy}`).toBe(expected.reviewMonth);
        expect(
          side.outlook.map((point) => point.score?.value ?? null),
          `${strategy}`,
        ).toEqual(expected.outlook);
        expect(side.outlook.map((point) => point.months)).toEqual([...OUTLOOK_MONTHS]);
      }
    }
  });

  it('whatif --json and roadmap --json name the same review month for every sample profile', async () => {
    const runs = SAMPLES.flatMap((file) => [
      ['whatif', `profiles/${file}`, '--json'],
      ['roadmap', `profiles/${file}`, '--json'],
    ]);
    const results = await inBatches(runs.map((args) => () => runCliAsync(args)), 2);
    for (const [i, file] of SAMPLES.entries()) {
      const [whatif, roadmap] = [results[2 * i]!, results[2 * i + 1]!];
      expect(whatif.code, whatif.stderr).toBe(0);
      expect(roadmap.code, roadmap.stderr).toBe(0);
      const { baseline } = JSON.parse(whatif.stdout) as { baseline: { reviewMonth: string | null; outlook: { score: { value: number } | null }[] } };
      const doc = JSON.parse(roadmap.stdout) as { reviewMonth: string | null };
      expect(baseline.reviewMonth, file).toBe(doc.reviewMonth);
      // The outlook is filled in: a score for each of 3, 6 and 12 months on (the samples are far from 2999).
      for (const point of baseline.outlook) expect(point.score, file).not.toBeNull();
    }
  }, 120_000);
});
