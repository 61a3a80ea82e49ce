import { describe, expect, it } from 'vitest';
import { effectiveMacro, eventsInWindow, lprAt, lprChange, matchStressedSector } from '../../src/macro/macro';
import type { MacroSnapshot } from '../../src/profile/schema';
import platformContraction from '../../src/rules/macro/platform-contraction';
import rateCycle from '../../src/rules/macro/rate-cycle';
import regulatoryEvents from '../../src/rules/macro/regulatory-events';
import sectorStress from '../../src/rules/macro/sector-stress';
import { LPR_1Y, SNAPSHOT, audit, macro, profile, severityOf } from './helpers';

const withLpr = (lpr_1y: MacroSnapshot['lpr_1y']) => macro(undefined, { ...SNAPSHOT, lpr_1y });

describe('effectiveMacro', () => {
  it('uses the snapshot as it is when the profile replaces nothing', () => {
    const effective = effectiveMacro(SNAPSHOT, 'bundled');
    expect(effective).toEqual({ snapshot: SNAPSHOT, source: 'bundled', platformContraction: undefined });
  });

  it('carries platform_contraction without marking the snapshot as overridden', () => {
    const effective = effectiveMacro(SNAPSHOT, 'bundled', { platform_contraction: true });
    expect(effective.source).toBe('bundled');
    expect(effective.platformContraction).toBe(true);
  });

  it('replaces each key the profile gives, whole, and says so in the source', () => {
    const lpr = [{ date: '2026-01-01', rate: 0.05 }];
    const effective = effectiveMacro(SNAPSHOT, 'my-macro.yaml', { lpr_1y: lpr, stressed_sectors: [] });
    expect(effective.source).toBe('my-macro.yaml+profile');
    expect(effective.snapshot.lpr_1y).toEqual(lpr);
    expect(effective.snapshot.stressed_sectors).toEqual([]);
    expect(effective.snapshot.events).toBe(SNAPSHOT.events);
    expect(SNAPSHOT.lpr_1y).toBe(LPR_1Y);
  });
});

describe('macro helpers', () => {
  it('finds the LPR in force on a date: the last change on or before it', () => {
    expect(lprAt(LPR_1Y, '2025-05-19')?.rate).toBe(0.031);
    expect(lprAt(LPR_1Y, '2025-05-20')?.rate).toBe(0.03);
    expect(lprAt(LPR_1Y, '2019-08-19')).toBeUndefined();
  });

  it('measures the 12-month change without floating-point residue', () => {
    expect(lprChange(LPR_1Y, '2025-06-01')).toEqual({ to: '2025-06-01', from: '2024-06-01', rateTo: 0.03, rateFrom: 0.0345, change: -0.0045 });
    expect(lprChange([{ date: '2024-01-01', rate: 0.0335 }, { date: '2025-01-01', rate: 0.0345 }], '2025-06-01')?.change).toBe(0.001);
    expect(lprChange(LPR_1Y, '2020-06-01')).toBeUndefined();
  });

  it('lists events inside the window, oldest first, none after the audit date', () => {
    const events = eventsInWindow(SNAPSHOT.events, '2025-12-15', 24).map((event) => event.date);
    expect(events).toEqual(['2025-04-03', '2025-09-01']);
  });

  it('matches a sector case-insensitively, either way round, and not on a 2-letter Latin answer', () => {
    const sectors = SNAPSHOT.stressed_sectors;
    expect(matchStressedSector(sectors, '房地产开发')?.name).toBe('real_estate');
    expect(matchStressedSector(sectors, 'Real Estate agency')?.name).toBe('real_estate');
    expect(matchStressedSector(sectors, 'estate')?.name).toBe('real_estate');
    expect(matchStressedSector(sectors, '地产')?.name).toBe('real_estate');
    expect(matchStressedSector(sectors, 'TUTORING')?.name).toBe('tutoring');
    expect(matchStressedSector(sectors, 'internet')).toBeUndefined();
    expect(matchStressedSector(sectors, 're')).toBeUndefined();
    expect(matchStressedSector(sectors, '  ')).toBeUndefined();
  });

  it('skips a sector not yet under stress on the audit date', () => {
    expect(matchStressedSector(SNAPSHOT.stressed_sectors, '房地产', '2021-08-31')).toBeUndefined();
    expect(matchStressedSector(SNAPSHOT.stressed_sectors, '房地产', '2021-09-01')?.name).toBe('real_estate');
  });
});

describe('macro/rate-cycle', () => {
  it('reports a flat cycle as info, with the figures', () => {
    const finding = audit(rateCycle).only();
    expect(finding.severity).toBe('info');
    expect(finding.message).toBe(
      'The 1-year LPR went from 3% (2025-11-01) to 3% over the 12 months to 2026-11-01, a change of 0 percentage points: flat. Snapshot of 2026-10-20.',
    );
  });

  it('reports easing as info', () => {
    const result = audit(rateCycle, { asOf: '2025-06-01' });
    expect(result.only().severity).toBe('info');
    expect(result.only().message).toContain('fell from 3.45% (2024-06-01) to 3% over the 12 months to 2025-06-01, down 0.45 percentage points: easing');
    expect(result.zh[0]!.message).toContain('下降0.45个百分点：宽松');
  });

  it('raises medium for a rise of 0.10 point, info for 0.09', () => {
    const rising = (to: number) => withLpr([{ date: '2025-01-01', rate: 0.03 }, { date: '2026-01-01', rate: to }]);
    expect(severityOf(rateCycle, { macro: rising(0.0309) })).toBe('info');
    expect(severityOf(rateCycle, { macro: rising(0.031) })).toBe('medium');
    // 0.0345 − 0.0335 is 0.000999… in binary: still a 0.10-point rise.
    expect(severityOf(rateCycle, { macro: withLpr([{ date: '2025-01-01', rate: 0.0335 }, { date: '2026-01-01', rate: 0.0345 }]) })).toBe('medium');
  });

  it('takes the rise line from the config', () => {
    const macroEnv = withLpr([{ date: '2025-01-01', rate: 0.03 }, { date: '2026-01-01', rate: 0.031 }]);
    expect(severityOf(rateCycle, { macro: macroEnv, thresholds: { rise: 0.002 } })).toBe('info');
  });

  it('is not evaluated when the series does not reach 12 months back', () => {
    expect(audit(rateCycle, { asOf: '2020-06-01' }).notEvaluated[0]?.missing).toEqual(['macro.lpr_1y']);
  });
});

describe('macro/regulatory-events', () => {
  it('raises low listing the tightening events of the last 24 months, oldest first', () => {
    const result = audit(regulatoryEvents);
    expect(result.only().severity).toBe('low');
    expect(result.only().message).toBe(
      'Tightening regulatory events in the 24 months to 2026-11-01: 2025-04-03: NFRA notice on assisted lending; 2025-12-16: Tiering of high-cost lending.',
    );
    expect(result.zh[0]!.message).toBe('截至2026-11-01的24个月内的收紧类监管事件：2025-04-03：助贷新规；2025-12-16：高成本贷款分层监管。');
  });

  it('counts an event dated exactly 24 months before the audit date out, one a day inside the window in', () => {
    expect(severityOf(regulatoryEvents, { asOf: '2022-11-02' })).toBe('none');
    expect(severityOf(regulatoryEvents, { asOf: '2022-11-01' })).toBe('low');
  });

  it('ignores neutral and easing events and those after the audit date', () => {
    expect(severityOf(regulatoryEvents, { asOf: '2024-01-01' })).toBe('none');
    expect(audit(regulatoryEvents, { asOf: '2025-12-15' }).only().message).not.toContain('2025-12-16');
  });
});

describe('macro/platform-contraction', () => {
  it('is not evaluated until the user says; medium when they report it', () => {
    expect(audit(platformContraction).notEvaluated[0]?.missing).toEqual(['macro.platform_contraction']);
    expect(severityOf(platformContraction, { macro: macro({ platform_contraction: false }) })).toBe('none');
    expect(severityOf(platformContraction, { macro: macro({ platform_contraction: true }) })).toBe('medium');
  });
});

describe('macro/sector-stress', () => {
  const sector = (name: string) => ({ profile: profile({ employment: { sector: name } }) });

  it('is not evaluated without employment.sector', () => {
    expect(audit(sectorStress).notEvaluated[0]?.missing).toEqual(['employment.sector']);
  });

  it('raises medium for a stressed sector, naming it and its date', () => {
    const result = audit(sectorStress, sector('房地产开发'));
    expect(result.only().message).toBe('Your sector, "房地产开发", is listed as under stress (real_estate, since 2021-09).');
    expect(result.zh[0]!.message).toBe('你的行业"房地产开发"被列为承压行业（real_estate，自2021-09起）。');
  });

  it('raises nothing for a sector not on the list', () => {
    expect(severityOf(sectorStress, sector('internet'))).toBe('none');
  });

  it('uses the profile\'s own list when it gives one', () => {
    const own = macro({ stressed_sectors: [{ name: 'internet', match: ['互联网', 'internet'] }] });
    expect(audit(sectorStress, { ...sector('Internet'), macro: own }).only().message).toContain('(internet, recently)');
  });
});
