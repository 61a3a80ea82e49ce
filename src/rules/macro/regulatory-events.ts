import { eventsInWindow } from '../../macro/macro';
import { defineRule } from '../types';

const WINDOW_MONTHS = 24;

export default defineRule({
  id: 'macro/regulatory-events',
  area: 'macro',
  needs: ['macro.events'],
  thresholds: {},
  bounds: {},
  basis: ['regulation', 'heuristic'],
  text: {
    en: {
      title: 'Regulatory tightening',
      summary: 'Tightening regulatory events on online lending within the 24 months before the audit date',
      ladder: 'any marked tightening → low, listing them; otherwise nothing',
      messages: {
        tightening: 'Tightening regulatory events in the 24 months to {asOf}: {events}.',
      },
      fragments: { event: '{date}: {title}' },
      recommendation:
        'Treat the next 12 months as a tighter market: keep online-loan balances under the draft per-person cap, keep every APR under 24 %, expect fewer new limits, and build your cash buffer before you need credit rather than after.',
      rationale:
        'These events change what lenders may offer, whatever your own record (sources H, C1, C2, C5; regulations and official guidance). Counting only the last 24 months, and the low severity, are this tool\'s heuristic. The events come from the macro snapshot and can be replaced with --macro.',
      thresholds: {},
    },
    zh: {
      title: '监管收紧',
      summary: '审查日前24个月内影响网络借贷的收紧类监管事件',
      ladder: '有标记为收紧的事件 → 低，并列出；否则无',
      messages: {
        tightening: '截至{asOf}的24个月内的收紧类监管事件：{events}。',
      },
      fragments: { event: '{date}：{title}' },
      recommendation: '把未来12个月当作收紧的市场来应对：网贷余额保持在征求意见稿的个人上限以下，所有借款年化低于24%，预期新额度会减少；在需要用钱之前而不是之后攒好应急资金。',
      rationale:
        '这些事件改变了机构能提供什么，与你自己的记录无关（来源 H、C1、C2、C5，法规与官方指导）。只计最近24个月以及"低"这一严重程度，是本工具的经验设定。事件来自宏观快照，可用 --macro 替换。',
      thresholds: {},
    },
  },
  sources: ['H', 'C1', 'C2', 'C5', 'seed (监管收紧)'],
  check({ asOf, macro, outcome }) {
    const events = eventsInWindow(macro.snapshot.events, asOf, WINDOW_MONTHS).filter((event) => event.effect === 'tightening');
    if (events.length === 0) return null;
    return outcome({
      severity: 'low',
      messageId: 'tightening',
      data: {
        asOf,
        // Titles may hold commas of their own: each item is "date: title", items apart by semicolons.
        events: { list: events.map((event) => ({ fragment: 'event', data: { date: event.date, title: { text: event.title } } })), join: 'semicolon' },
      },
      evidence: { events: events.map((event) => ({ date: event.date, title: event.title.en, source: event.source ?? null })), windowMonths: WINDOW_MONTHS, snapshotDate: macro.snapshot.date },
    });
  },
});
