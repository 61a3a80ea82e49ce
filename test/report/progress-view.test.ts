/**
 * The progress views (src/report/progress-*.ts) over a finished document: a long history shows the
 * first audit and the latest ones and says how many are left out; the JSON keeps them all.
 */
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/dates';
import { pointOf, progressOf } from '../../src/history/progress';
import { renderProgressMarkdown } from '../../src/report/progress-markdown';
import { renderProgressTable } from '../../src/report/progress-table';
import { displayWidth } from '../../src/report/text-layout';
import { sample, snapshotFor } from '../history/helpers';

const base = snapshotFor(await sample('healthy'));
const points = Array.from({ length: 30 }, (_, i) => pointOf({ ...base, asOf: addMonths('2020-01-15', i) }, true));

describe('a history of 30 audits', () => {
  for (const lang of ['en', 'zh'] as const) {
    const doc = progressOf({ points, skipped: [], history: 'h.ndjson', profile: null, lang, toolVersion: 'test' });

    it(`${lang}: the JSON holds every audit`, () => {
      expect(doc.timeline).toHaveLength(30);
    });

    it(`${lang}: the table and the markdown show the first and the latest 23, and say 6 are not shown`, () => {
      const table = renderProgressTable(doc, { color: false, width: 100 });
      const markdown = renderProgressMarkdown(doc);
      for (const view of [table, markdown]) {
        expect(view).toContain('2020-01-15');
        for (let i = 1; i <= 6; i++) expect(view).not.toContain(addMonths('2020-01-15', i));
        for (let i = 7; i < 30; i++) expect(view).toContain(addMonths('2020-01-15', i));
        expect(view).toContain(lang === 'en' ? '6 audits between the first and these not shown (all of them: --json).' : '还有 6 次审查未显示');
      }
    });
  }
});

describe('the table fits the terminal', () => {
  it('80 columns, in English and Chinese, with a point not recorded and long debt names', async () => {
    const turnover = await sample('turnover-late');
    const first = snapshotFor(turnover);
    const now = snapshotFor({ ...turnover, as_of: '2027-02-03', debts: turnover.debts.map((d) => ({ ...d, balance: Math.round(d.balance * 0.8) })) });
    for (const lang of ['en', 'zh'] as const) {
      const doc = progressOf({ points: [pointOf(first, true), pointOf(now, false)], skipped: [], history: 'h.ndjson', profile: 'my.yaml', lang, toolVersion: 'test' });
      const table = renderProgressTable(doc, { color: false, width: 80 });
      const wide = table.split('\n').filter((line) => displayWidth(line) > 80);
      expect(wide, lang).toEqual([]);
      expect(table).toContain('2027-02-03');
    }
  });
});
