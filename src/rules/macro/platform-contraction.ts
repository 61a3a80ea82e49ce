import { missing } from '../helpers';
import { defineRule } from '../types';

export default defineRule({
  id: 'macro/platform-contraction',
  area: 'macro',
  needs: ['macro.platform_contraction'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Platform-wide limit cuts',
      summary: 'You report that the platform has been cutting limits across many users',
      ladder: 'medium when reported',
      messages: { reported: 'You report that the platform has been cutting limits across many users lately.' },
      recommendation:
        'A platform-wide cut is not about you alone. Do not chase replacement credit now (each application is a hard inquiry); keep the record clean and the buffer growing, and look at the line again in 3 months.',
      rationale:
        'Heuristic, resting on your own observation: lines shrink across a platform when its funding or its regulation changes, as with Jiebei\'s 2021 move to bank-branded 信用贷 and a licensed consumer-finance company (source B5), or partner banks refusing loans above 24 % after the 2025 notice (source C5).',
      thresholds: {},
    },
    zh: {
      title: '平台整体收缩额度',
      summary: '你观察到平台近期在大范围降额',
      ladder: '有此情况 → 中',
      messages: { reported: '你反映平台近期在大范围给用户降额。' },
      recommendation: '平台整体降额并不只针对你。现在不要到处找替代额度（每次申请都是硬查询）；保持良好记录，继续攒应急资金，3个月后再看额度。',
      rationale:
        '经验设定，依据你自己的观察：平台资金或监管发生变化时，额度会整体收缩，例如2021年借呗转向银行标注的"信用贷"并由持牌消费金融公司承接（来源 B5），又如2025年新规后合作银行拒绝24%以上的贷款（来源 C5）。',
      thresholds: {},
    },
  },
  sources: ['B5', 'C5', 'seed (平台收缩)'],
  check({ macro, outcome }) {
    if (macro.platformContraction === undefined) return missing('macro.platform_contraction');
    if (!macro.platformContraction) return null;
    return outcome({ severity: 'medium', messageId: 'reported', data: {}, evidence: { platformContraction: true } });
  },
});
