import { missing } from '../helpers';
import { defineRule } from '../types';

/** The proofs of `credit.verified`; each is named by the fragment of the same id. */
const PROOFS = ['income_proof', 'assets'] as const;

export default defineRule({
  id: 'credit/unverified',
  area: 'credit',
  needs: ['credit.verified'],
  thresholds: {},
  bounds: {},
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Income or assets not verified',
      summary: 'Income proof or asset proof not on file with the platform',
      ladder: 'low when either is missing',
      messages: { not_on_file: 'Not on file with the platform: {proofs}.' },
      fragments: { income_proof: 'income proof', assets: 'asset proof' },
      recommendation:
        'Within the next 2 weeks, add what is missing in the lender\'s app (for Alipay, in the Sesame Credit profile): provident fund, tax or salary records for income; deposits, property or a vehicle for assets. Limits are sized on what the platform can verify.',
      rationale:
        'Heuristic: platforms size lines on repayment ability they can verify, and income and asset proof are the inputs a borrower can add. No platform publishes how much they weigh.',
      thresholds: {},
    },
    zh: {
      title: '收入或资产未认证',
      summary: '平台没有你的收入证明或资产证明',
      ladder: '任一缺失 → 低',
      messages: { not_on_file: '平台上缺少：{proofs}。' },
      fragments: { income_proof: '收入证明', assets: '资产证明' },
      recommendation:
        '两周内在机构的App里补充缺少的资料（支付宝在芝麻信用的信用档案中）：收入方面如公积金、个税或工资流水；资产方面如存款、房产或车辆。额度依据平台能核实的信息确定。',
      rationale: '经验设定：平台依据能核实的还款能力确定额度，收入和资产证明是借款人能主动补充的信息。没有平台公布其权重。',
      thresholds: {},
    },
  },
  sources: ['seed (资料完善)', 'B2'],
  check({ profile, outcome }) {
    const verified = profile.credit?.verified;
    if (verified === undefined) return missing('credit.verified');
    const absent = PROOFS.filter((key) => verified[key] === false);
    if (absent.length > 0) {
      return outcome({
        severity: 'low',
        messageId: 'not_on_file',
        data: { proofs: { list: absent.map((key) => ({ fragment: key })) } },
        evidence: { notOnFile: absent },
      });
    }
    const unknown = PROOFS.filter((key) => verified[key] === undefined);
    if (unknown.length > 0) return missing(...unknown.map((key) => `credit.verified.${key}`));
    return null;
  },
});
