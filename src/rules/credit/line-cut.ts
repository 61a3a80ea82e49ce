import { yuanToFen } from '../../money';
import { missing, ratio4, snap, worse, yuan } from '../helpers';
import type { Severity } from '../../findings';
import { defineRule } from '../types';

type Cut =
  | { kind: 'reduced'; name: string; limitFen: number; previousFen: number; reduction: number; severity: Severity }
  | { kind: 'reduced_unknown'; name: string; limitFen: number; severity: Severity }
  | { kind: 'frozen' | 'closed'; name: string; severity: Severity };

export default defineRule({
  id: 'credit/line-cut',
  area: 'credit',
  needs: ['credit_lines'],
  thresholds: { medium: 0.5 },
  bounds: { medium: { kind: 'ratio', min: 0.01, max: 1 } },
  basis: ['heuristic'],
  text: {
    en: {
      title: 'Credit line cut',
      summary: 'A line reduced, frozen or closed (the symptom being audited)',
      ladder: 'reduced by less than 50 % → low; by 50 % or more → medium; frozen or closed → medium',
      messages: { cut: 'Lines cut: {lines}.' },
      fragments: {
        reduced: '{name} {previous} → {limit} (−{reduction})',
        reduced_unknown: '{name} reduced to {limit} (previous limit not given)',
        frozen: '{name} frozen',
        closed: '{name} closed',
      },
      recommendation:
        'First check whether the cut is a relabelling: since November 2021 Jiebei has moved loans funded by partner banks to a bank-branded 信用贷 (credit loan) line that names the lending bank, so a Jiebei line can shrink or switch without any fault of yours; look for a 信用贷 entry in the app. If it is a real cut, work through the other findings of this report. Do not apply elsewhere to replace the line, because each application is a hard inquiry. Re-run this audit every month and look at the line again in 3 months.',
      rationale:
        'This is the symptom, not a cause: the other findings are the likely causes. Platforms do not publish their models, so the severities are a heuristic (halved or worse, or frozen, is medium). Some cuts are not cuts: in November 2021 Jiebei began relabelling bank-funded loans as 信用贷 and moved to 重庆蚂蚁消费金融, a licensed consumer-finance company (source B5, high confidence). Nothing the plan does restores a cut line by itself: Jiebei re-evaluates lines on its own, reportedly about monthly, and a bank card may be asked for a review (source B6), so `limit-audit roadmap` lists this finding apart and estimates the first re-evaluation at which the other findings are gone.',
      thresholds: { medium: 'a reduction of at least this share of the previous limit is medium; less is low' },
    },
    zh: {
      title: '额度被降',
      summary: '额度被降低、冻结或关闭（本次自查的症状）',
      ladder: '降幅不足50% → 低；降幅≥50% → 中；冻结或关闭 → 中',
      messages: { cut: '被降的额度：{lines}。' },
      fragments: {
        reduced: '{name} {previous} → {limit}（降{reduction}）',
        reduced_unknown: '{name} 已降至{limit}（未填写原额度）',
        frozen: '{name} 已冻结',
        closed: '{name} 已关闭',
      },
      recommendation:
        '先确认这是不是"换标"：自2021年11月起，借呗把合作银行出资的借款转为标明放款银行的"信用贷"额度，所以借呗额度可能在你没有任何问题的情况下变小或转移——请在App里查看有没有"信用贷"入口。如果确实被降额，请按本报告的其他发现逐项处理；不要去别处申请额度来替代，每次申请都是一次硬查询。每月重新运行一次本自查，3个月后再看额度。',
      rationale:
        '这是症状而不是原因：本报告的其他发现才是可能的原因。平台不公布模型，严重程度为经验设定（降一半及以上或冻结为中）。有些"降额"其实不是降额：2021年11月起借呗将银行出资的借款标注为"信用贷"，并转由持牌消费金融公司重庆蚂蚁消费金融承接（来源 B5，高可信度）。按计划还款本身不会恢复被降的额度：借呗会自行重新评估额度，据称大约每月一次，信用卡则可以申请复核（来源 B6），因此 `limit-audit roadmap` 把本项单独列出，并估计其他问题都消除后的第一次重新评估。',
      thresholds: { medium: '降幅达到原额度的此比例为中（含），不足为低' },
    },
  },
  sources: ['B5', 'B6', 'seed (降额)'],
  timeline: { symptom: true },
  check({ profile, thresholds: t, outcome }) {
    const lines = profile.credit_lines;
    if (lines === undefined) return missing('credit_lines');
    const cuts: Cut[] = [];
    for (const line of lines) {
      const limitFen = yuanToFen(line.limit);
      if (line.status === 'frozen' || line.status === 'closed') {
        cuts.push({ kind: line.status, name: line.name, severity: 'medium' });
      } else if (line.previous_limit !== undefined && line.limit < line.previous_limit) {
        const previousFen = yuanToFen(line.previous_limit);
        const reduction = snap(1 - limitFen / previousFen);
        cuts.push({ kind: 'reduced', name: line.name, limitFen, previousFen, reduction, severity: reduction >= t.medium ? 'medium' : 'low' });
      } else if (line.status === 'reduced') {
        // Reduced by an unknown amount: at least the lowest step, never a pass.
        cuts.push({ kind: 'reduced_unknown', name: line.name, limitFen, severity: 'low' });
      }
    }
    if (cuts.length === 0) return null;
    const severity = cuts.reduce<Severity | undefined>((acc, cut) => worse(acc, cut.severity), undefined)!;
    return outcome({
      severity,
      messageId: 'cut',
      data: {
        lines: {
          list: cuts.map((cut) =>
            cut.kind === 'reduced'
              ? { fragment: 'reduced', data: { name: cut.name, previous: { fen: cut.previousFen }, limit: { fen: cut.limitFen }, reduction: { rate: cut.reduction } } }
              : cut.kind === 'reduced_unknown'
                ? { fragment: 'reduced_unknown', data: { name: cut.name, limit: { fen: cut.limitFen } } }
                : { fragment: cut.kind, data: { name: cut.name } },
          ),
        },
      },
      evidence: {
        threshold: t.medium,
        lines: cuts.map((cut) => ({
          name: cut.name,
          kind: cut.kind,
          ...(cut.kind === 'reduced'
            ? { limit: yuan(cut.limitFen), previousLimit: yuan(cut.previousFen), reduction: ratio4(cut.reduction) }
            : cut.kind === 'reduced_unknown'
              ? { limit: yuan(cut.limitFen) }
              : {}),
        })),
      },
    });
  },
});
