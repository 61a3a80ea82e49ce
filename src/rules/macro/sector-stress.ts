import { matchStressedSector } from '../../macro/macro';
import { missing } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'macro/sector-stress',
  area: 'macro',
  needs: ['employment.sector', 'macro.stressed_sectors'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Sector under stress',
      summary: 'Your employment sector is listed as under stress in the macro snapshot',
      ladder: 'medium',
      messages: { stressed: 'Your sector, "{sector}", is listed as under stress ({name}, {since}).' },
      fragments: { since: 'since {month}', recently: 'recently' },
      recommendation:
        'Lenders may treat income from this sector as less stable. Over the next 12 months build the cash buffer towards 6 months of spending, take on no new fixed commitment, and keep proof of your current income up to date with the platforms (renew it whenever your pay changes).',
      rationale:
        'Heuristic: lenders price sector risk into limits. The snapshot\'s list of stressed sectors is short, dated and sourced (source H: real estate development since 2021-09, after-school tutoring since 2021-07), and can be replaced with --macro or a profile\'s macro.stressed_sectors.',
      thresholds: {},
    },
    zh: {
      title: '所在行业承压',
      summary: '你的行业在宏观快照中被列为承压行业',
      ladder: '中',
      messages: { stressed: '你的行业"{sector}"被列为承压行业（{name}，{since}）。' },
      fragments: { since: '自{month}起', recently: '近期起' },
      recommendation: '机构可能认为这个行业的收入不够稳定。在接下来12个月里把应急资金逐步攒到6个月的支出，不新增固定支出，并在平台上及时更新当前的收入证明（收入有变化就更新）。',
      rationale:
        '经验设定：机构会把行业风险计入额度。快照中的承压行业名单简短、注明日期和出处（来源 H：房地产开发自2021-09起，校外培训自2021-07起），可以用 --macro 或档案中的 macro.stressed_sectors 替换。',
      thresholds: {},
    },
  },
  sources: ['H', 'seed (行业与收入)'],
  check({ profile, asOf, macro, outcome }) {
    const sector = profile.employment?.sector;
    if (sector === undefined) return missing('employment.sector');
    const match = matchStressedSector(macro.snapshot.stressed_sectors, sector, asOf);
    if (match === undefined) return null;
    return outcome({
      severity: 'medium',
      messageId: 'stressed',
      data: {
        sector,
        name: match.name,
        since: match.since === undefined ? { fragment: 'recently' } : { fragment: 'since', data: { month: match.since } },
      },
      evidence: { sector, stressedSector: match.name, since: match.since ?? null, source: match.source ?? null, snapshotDate: macro.snapshot.date },
    });
  },
});
