/**
 * The bill layouts, described by their header names. A file's format is decided by the header
 * row's content — never by the file name or a fixed line number, which changed at least four
 * times between 2021 and 2026 (bill-formats.md §0 rule 1). Columns are then found by name, so a
 * re-ordered or extended layout still reads.
 */
import type { Platform } from './types';

export type Field =
  | 'time'
  | 'category'
  | 'counterparty'
  | 'item'
  | 'direction'
  | 'amount'
  | 'method'
  | 'status'
  | 'orderId'
  | 'merchantOrderId'
  | 'note'
  | 'fundState';

export interface LayoutSpec {
  family: 'alipay-app' | 'alipay-web' | 'wechat' | 'jd' | 'meituan';
  platform: Platform;
  /** Header names per field (normalised: no spaces, ASCII parentheses); `required` ones must be present. */
  columns: Partial<Record<Field, { names: readonly string[]; required: boolean }>>;
}

const req = (...names: string[]) => ({ names, required: true });
const opt = (...names: string[]) => ({ names, required: false });

export const LAYOUTS: readonly LayoutSpec[] = [
  {
    // Both app layouts (2021 and 2023+) share the column names; only their order differs.
    family: 'alipay-app',
    platform: 'alipay',
    columns: {
      time: req('交易时间'),
      category: req('交易分类'),
      counterparty: req('交易对方'),
      item: req('商品说明'),
      direction: req('收/支'),
      amount: req('金额', '金额(元)'),
      method: opt('收/付款方式'),
      status: req('交易状态'),
      orderId: req('交易订单号'),
      merchantOrderId: opt('商家订单号'),
      note: opt('备注'),
    },
  },
  {
    family: 'alipay-web',
    platform: 'alipay',
    columns: {
      orderId: req('交易号'),
      merchantOrderId: opt('商家订单号'),
      time: req('交易创建时间', '付款时间'),
      category: opt('类型'),
      counterparty: req('交易对方'),
      item: req('商品名称'),
      amount: req('金额(元)', '金额'),
      direction: req('收/支'),
      status: req('交易状态'),
      note: opt('备注'),
      fundState: opt('资金状态'),
    },
  },
  {
    family: 'wechat',
    platform: 'wechat',
    columns: {
      time: req('交易时间'),
      category: req('交易类型'),
      counterparty: req('交易对方'),
      item: req('商品'),
      direction: req('收/支'),
      amount: req('金额(元)', '金额'),
      method: opt('支付方式'),
      status: req('当前状态'),
      orderId: req('交易单号'),
      merchantOrderId: opt('商户单号'),
      note: opt('备注'),
    },
  },
  {
    // 京东 交易明细 (DEG's jd sample): UTF-8 with BOM, 11 columns. Its 金额 may read
    // `131.77(已退款89.84)`: the payment and the part refunded since (normalize.ts nets them).
    family: 'jd',
    platform: 'jd',
    columns: {
      time: req('交易时间'),
      counterparty: req('商户名称'),
      item: req('交易说明'),
      amount: req('金额'),
      method: opt('收/付款方式'),
      status: req('交易状态'),
      direction: req('收/支'),
      category: opt('交易分类'),
      orderId: req('交易订单号'),
      merchantOrderId: opt('商家订单号'),
      note: opt('备注'),
    },
  },
  {
    // 美团交易账单明细 (DEG's mt sample): no counterparty and no status column; 实付金额 is what
    // was paid (its 支出 and 收入 totals match the ones the export states), 订单金额 before discounts.
    family: 'meituan',
    platform: 'meituan',
    columns: {
      time: req('交易创建时间', '交易成功时间'),
      category: req('交易类型'),
      item: req('订单标题'),
      direction: req('收/支'),
      method: opt('支付方式'),
      amount: req('实付金额'),
      orderId: req('交易单号'),
      merchantOrderId: opt('商家单号'),
      note: opt('备注'),
    },
  },
];

/** A header cell as compared: spaces gone, fullwidth parentheses made ASCII. */
export function normaliseHeaderName(cell: string): string {
  return cell.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

export interface HeaderMatch {
  layout: LayoutSpec;
  /** Column index of each field found. */
  index: Partial<Record<Field, number>>;
  /** Required fields' first names that are missing. */
  missing: string[];
}

/**
 * Whether a row is a bill header: it must carry at least 4 of one layout's column names (a
 * preamble line never does). The layout with the most names wins.
 */
export function matchHeader(cells: readonly string[]): HeaderMatch | undefined {
  const names = cells.map(normaliseHeaderName);
  let best: { layout: LayoutSpec; score: number } | undefined;
  for (const layout of LAYOUTS) {
    let score = 0;
    for (const spec of Object.values(layout.columns)) {
      if (spec && spec.names.some((n) => names.includes(n))) score++;
    }
    if (score >= 4 && (!best || score > best.score)) best = { layout, score };
  }
  if (!best) return undefined;
  const index: Partial<Record<Field, number>> = {};
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(best.layout.columns) as [Field, { names: readonly string[]; required: boolean }][]) {
    const at = names.findIndex((n) => spec.names.includes(n));
    if (at >= 0) index[field] = at;
    else if (spec.required) missing.push(spec.names[0]!);
  }
  return { layout: best.layout, index, missing };
}

/** Facts stated in a preamble or footer line. */
export interface MetaLine {
  period?: { start: string; end: string };
  owner?: string;
  declaredRows?: number;
  utcNote?: boolean;
}

const PERIOD_RE = /起始(?:时间|日期)[:：]\s*\[?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[^\]终]*\]?\s*终止(?:时间|日期)[:：]\s*\[?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
/** JD: `日期区间：2024-12-01 至 2024-12-31`. */
const RANGE_RE = /日期区间[:：]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*至\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
const OWNER_RE = /^姓名[:：]\s*(.+?)\s*$/;
/** `共66笔记录`; JD and Meituan write `共：26笔记录`. */
const DECLARED_RE = /共[:：]?\s*(\d+)\s*笔记录/;

/** Reads the period, the holder's name and the stated record count from a preamble/footer line. */
export function parseMetaLine(text: string): MetaLine {
  const meta: MetaLine = {};
  const period = PERIOD_RE.exec(text) ?? RANGE_RE.exec(text);
  if (period) meta.period = { start: period[1]!, end: period[2]! };
  const owner = OWNER_RE.exec(text);
  if (owner) meta.owner = owner[1]!;
  const declared = DECLARED_RE.exec(text);
  if (declared) meta.declaredRows = Number(declared[1]);
  if (/UTC\+0?8/.test(text)) meta.utcNote = true;
  return meta;
}
