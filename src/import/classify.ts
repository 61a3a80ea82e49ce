/**
 * One bill row → what it means for the borrower's books. The order of the checks is the policy
 * (docs/import.md, "Classification"):
 *
 *  1. nothing moved: a zero amount, a closed / failed / unpaid trade, a deposit hold → ignored;
 *  2. credit-card repayments, then lender flows (a lending platform named together with a
 *     repayment or borrowing word, or Alipay's 信用借还 category) → repayment / draw;
 *  3. refunds (money back for a purchase) → refund, netted against the purchase later;
 *  4. the user's own money moving: wallet top-ups and withdrawals, 余额宝 / 零钱通 moves, fund
 *     buys and sells → neutral (a withdrawal's fee is spending; fund yield is income);
 *  5. otherwise the bill's own 收/支: 收入 → income, 支出 → spending, 不计收支 / 其他 / `/` → neutral.
 *
 * Transfers to one's own accounts and cross-platform double entries need the other files, so
 * `derive` handles them.
 */
import {
  ACTION_CHARS,
  CONSUMPTION_CATEGORIES,
  CARD_REPAYMENT,
  CREDIT_CATEGORIES,
  CREDIT_METHODS,
  DONE_STATUSES,
  DRAW_WORDS,
  FEE_NOTE_RE,
  HOLD_STATUSES,
  INVESTMENT,
  LENDERS,
  NO_MONEY_STATUSES,
  OTHER_PLATFORM,
  REFUND_CATEGORIES,
  REFUND_ITEM_PREFIX,
  REFUND_STATUSES,
  REPAY_WORDS,
  TOP_UP,
  USER_NOTE_PREFIXES,
  WALLET,
  WECHAT_REFUND_TYPE_SUFFIX,
  WITHDRAWAL,
  YIELD_WORDS,
} from './keywords';
import { detach } from './normalize';
import { LABEL_MAX } from './table';
import type { BillRow, OtherPlatformMark, Platform, TxnKind, TxnReason } from './types';

export interface Classification {
  kind: TxnKind;
  reason: TxnReason;
  /** The amount that counts, when it is not the row's (a withdrawal's fee). */
  amountFen: number;
  lender?: string;
  creditFunded: boolean;
  otherPlatform: OtherPlatformMark;
  /** The status was none we know; the row is counted as completed and the file gets a warning. */
  unknownStatus: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => new RegExp(words.map(escape).join('|'));

const NO_MONEY_RE = anyOf(NO_MONEY_STATUSES);
const HOLD_RE = anyOf(HOLD_STATUSES);
const DONE_RE = anyOf(DONE_STATUSES);
const CARD_REPAYMENT_RE = anyOf(CARD_REPAYMENT);
const LENDER_WORDS = LENDERS.flatMap((l) => l.match);
const LENDER_RE = anyOf(LENDER_WORDS);
const LENDER_RE_ALL = new RegExp(LENDER_WORDS.map(escape).join('|'), 'g');
const LENDER_BY_WORD = new Map(LENDERS.flatMap((l) => l.match.map((word) => [word, l.lender] as const)));
const REPAY_RE = anyOf(REPAY_WORDS);
const DRAW_RE = anyOf(DRAW_WORDS);
const CREDIT_METHOD_RE = anyOf(CREDIT_METHODS);
const REFUND_STATUS_RE = anyOf(REFUND_STATUSES);
const INVESTMENT_COUNTERPARTY_RE = anyOf(INVESTMENT.counterparties);
const INVESTMENT_WORD_RE = anyOf(INVESTMENT.words);
const YIELD_RE = anyOf(YIELD_WORDS);
const WALLET_ITEM_RE = anyOf(WALLET.items);
const has = (list: readonly string[], value: string) => list.includes(value);
const startsWithAny = (list: readonly string[], value: string) => list.some((prefix) => value.startsWith(prefix));
const containsAny = (list: readonly string[], value: string) => list.some((word) => value.includes(word));
/** Every card-repayment phrase contains this; a cheap test before the regex. */
const CARD_HINT = '信用卡';
/** Every wallet phrase mentions 余额, 余利 or 零钱. */
const WALLET_HINT = /余|零钱/;

/*
 * Facts about a category, status, payment method or counterparty depend on that text alone, and a
 * bill repeats a few dozen of each (a few thousand counterparties): they are worked out once per
 * distinct text and remembered as bits. At 200,000 rows this halves the cost of classifying.
 */
const MEMO_LIMIT = 20_000;

/** Facts per distinct text, with the last answer at hand: consecutive rows mostly repeat it. */
class Memo {
  private readonly cache = new Map<string, number>();
  private lastText: string | undefined;
  private lastBits = 0;
  constructor(private readonly compute: (text: string) => number) {}

  get(text: string): number {
    if (text === this.lastText) return this.lastBits;
    let bits = this.cache.get(text);
    if (bits === undefined) {
      bits = this.compute(text);
      // detach: a key cut from a line would keep its whole decoded chunk alive.
      if (this.cache.size < MEMO_LIMIT) this.cache.set(detach(text), bits);
    }
    // Only short texts are remembered as "last": copying a long one would cost more than it saves.
    if (text.length < 13) {
      this.lastText = text;
      this.lastBits = bits;
    }
    return bits;
  }
}

const C_CREDIT = 1;
const C_CARD = 2;
const C_ACTION = 4;
const C_REFUND = 8;
const C_TOP_UP = 16;
const C_WITHDRAWAL = 32;
const C_WALLET = 64;
const C_INVESTMENT = 128;
const C_ENDS_REFUND = 256;
const C_CONSUMPTION = 512;
const categoryMemo = new Memo(
  (c) =>
    (has(CREDIT_CATEGORIES, c) ? C_CREDIT : 0) |
    (c.includes(CARD_HINT) ? C_CARD : 0) |
    (ACTION_CHARS.test(c) ? C_ACTION : 0) |
    (has(REFUND_CATEGORIES, c) ? C_REFUND : 0) |
    (has(TOP_UP.categories, c) ? C_TOP_UP : 0) |
    (has(WITHDRAWAL.categories, c) ? C_WITHDRAWAL : 0) |
    (startsWithAny(WALLET.categoryPrefixes, c) ? C_WALLET : 0) |
    (has(INVESTMENT.categories, c) ? C_INVESTMENT : 0) |
    (c.endsWith(WECHAT_REFUND_TYPE_SUFFIX) ? C_ENDS_REFUND : 0) |
    (has(CONSUMPTION_CATEGORIES, c) ? C_CONSUMPTION : 0),
  );

const S_CLOSED = 1;
const S_HOLD = 2;
const S_UNKNOWN = 4;
const S_REFUND = 8;
const statusMemo = new Memo((st) => {
    const refund = REFUND_STATUS_RE.test(st) ? S_REFUND : 0;
    if (st === '') return 0;
    if (NO_MONEY_RE.test(st)) return S_CLOSED | refund;
    if (HOLD_RE.test(st)) return S_HOLD | refund;
    return (DONE_RE.test(st) ? 0 : S_UNKNOWN) | refund;
  });

const M_CREDIT = 1;
const M_OTHER_ALIPAY = 2;
const M_OTHER_WECHAT = 4;
const methodMemo = new Memo(
  (m) =>
    (CREDIT_METHOD_RE.test(m) ? M_CREDIT : 0) |
    (containsAny(OTHER_PLATFORM.alipay.methods, m) ? M_OTHER_ALIPAY : 0) |
    (containsAny(OTHER_PLATFORM.wechat.methods, m) ? M_OTHER_WECHAT : 0),
  );

const P_CARD = 1;
const P_ACTION = 2;
const P_OTHER_ALIPAY = 4;
const P_OTHER_WECHAT = 8;
const P_INVESTMENT = 16;
const counterpartyMemo = new Memo(
  (p) =>
    (p.includes(CARD_HINT) ? P_CARD : 0) |
    (ACTION_CHARS.test(p) ? P_ACTION : 0) |
    (containsAny(OTHER_PLATFORM.alipay.counterparties, p) ? P_OTHER_ALIPAY : 0) |
    (containsAny(OTHER_PLATFORM.wechat.counterparties, p) ? P_OTHER_WECHAT : 0) |
    (INVESTMENT_COUNTERPARTY_RE.test(p) ? P_INVESTMENT : 0),
  );

export function classifyRow(row: BillRow, platform: Platform): Classification {
  return classifyInto(row, platform, { kind: 'neutral', reason: 'not-counted', amountFen: 0, creditFunded: false, otherPlatform: '', unknownStatus: false });
}

/** Writes the classification into `out` (the reader passes one object for every row) and returns it. */
export function classifyInto(row: BillRow, platform: Platform, out: Classification): Classification {
  const { direction, category, counterparty, item } = row;
  const cat = categoryMemo.get(category);
  const st = statusMemo.get(row.status);
  const meth = methodMemo.get(row.method);
  const peer = counterpartyMemo.get(counterparty);
  const alipay = platform === 'alipay';
  const otherPlatform: OtherPlatformMark =
    (peer & (alipay ? P_OTHER_ALIPAY : P_OTHER_WECHAT)) !== 0 ? 'counterparty' : (meth & (alipay ? M_OTHER_ALIPAY : M_OTHER_WECHAT)) !== 0 ? 'method' : '';
  out.otherPlatform = otherPlatform;
  out.unknownStatus = (st & S_UNKNOWN) !== 0;
  const done = (kind: TxnKind, reason: TxnReason, lender?: string, amountFen = row.amountFen, creditFunded = false): Classification => {
    out.kind = kind;
    out.reason = reason;
    out.amountFen = amountFen;
    out.creditFunded = creditFunded;
    out.lender = lender;
    return out;
  };

  // 1. Nothing moved.
  if (row.amountFen === 0) return done('ignored', 'zero');
  if ((st & S_CLOSED) !== 0) return done('ignored', 'closed');
  if ((st & S_HOLD) !== 0) return done('ignored', 'deposit');

  // 2. Lenders. The user's own transfer notes are not searched: "转账备注:还花呗" is a transfer.
  const itemForLender = startsWithAny(USER_NOTE_PREFIXES, item) ? '' : item;
  const creditCategory = (cat & C_CREDIT) !== 0;
  const hasCard = (peer & P_CARD) !== 0 || (cat & C_CARD) !== 0 || itemForLender.includes(CARD_HINT);
  if (creditCategory || hasCard || (peer & P_ACTION) !== 0 || (cat & C_ACTION) !== 0 || ACTION_CHARS.test(itemForLender)) {
    const lenderText = `${counterparty}|${itemForLender}|${category}`;
    if (hasCard && CARD_REPAYMENT_RE.test(lenderText)) return done('repayment', 'card-repayment', '信用卡');
    const lenderMatch = LENDER_RE.exec(lenderText);
    if (lenderMatch || creditCategory) {
      // Judge the action on the text without the platform's name: "美团借钱" names a lender, not a draw.
      const action = lenderMatch ? lenderText.replace(LENDER_RE_ALL, '') : lenderText;
      const lender = lenderMatch ? LENDER_BY_WORD.get(lenderMatch[0])! : counterparty || category;
      if (REPAY_RE.test(action)) return done('repayment', 'repayment', lender);
      if (direction !== 'out' && DRAW_RE.test(action)) return done('draw', 'draw', lender);
      if (creditCategory) return direction === 'in' ? done('draw', 'draw', lender) : done('repayment', 'repayment', lender);
    }
  }

  // A 支出 row Alipay itself files under a shopping category is a purchase.
  if (direction === 'out' && (cat & C_CONSUMPTION) !== 0) return done('spending', 'purchase', undefined, row.amountFen, (meth & M_CREDIT) !== 0);

  // 3. Refunds: money back for a purchase. A 支出 row is never one (WeChat marks the refunded
  // purchase itself 已全额退款; its refund is a separate 收入 row).
  if (
    direction !== 'out' &&
    ((cat & C_REFUND) !== 0 || item.startsWith(REFUND_ITEM_PREFIX) || (st & S_REFUND) !== 0 || (platform === 'wechat' && (cat & C_ENDS_REFUND) !== 0))
  ) {
    return done('refund', 'refund');
  }

  // 4. The user's own money moving between wallet, card and funds.
  if ((cat & C_TOP_UP) !== 0 || startsWithAny(TOP_UP.itemPrefixes, item) || has(TOP_UP.items, item)) return done('neutral', 'top-up');
  if ((cat & C_WITHDRAWAL) !== 0 || startsWithAny(WITHDRAWAL.itemPrefixes, item) || has(WITHDRAWAL.items, item)) {
    const fee = FEE_NOTE_RE.exec(row.note);
    if (fee) {
      // The fee is inside the withdrawn amount (DEG subtracts it); it is the part that was spent.
      const feeFen = Math.round(Number(fee[1]) * 100);
      if (feeFen > 0) return done('spending', 'fee', undefined, feeFen);
    }
    return done('neutral', 'withdrawal');
  }
  if ((cat & C_WALLET) !== 0 || (WALLET_HINT.test(item) && WALLET_ITEM_RE.test(item))) return done('neutral', 'wallet');
  const investmentContext =
    (cat & C_INVESTMENT) !== 0 || (direction !== 'out' && (peer & P_INVESTMENT) !== 0 && (INVESTMENT_WORD_RE.test(item) || YIELD_RE.test(item)));
  if (investmentContext) {
    if (direction !== 'out' && YIELD_RE.test(item)) return done('income', 'yield');
    return done('neutral', 'investment');
  }

  // 5. The bill's own direction.
  if (direction === 'in') return done('income', 'income');
  if (direction === 'out') return done('spending', 'purchase', undefined, row.amountFen, (meth & M_CREDIT) !== 0);
  return done('neutral', 'not-counted');
}

/** The two parts of a purchase's or draw's label, the counterparty and the item without `/` or repeats, into `out`. */
export function labelParts<T extends { labelA: string; labelB: string }>(row: BillRow, out: T): T {
  const peer = row.counterparty === '/' ? '' : row.counterparty;
  out.labelA = peer;
  out.labelB = row.item === '/' || row.item === peer ? '' : row.item;
  return out;
}

/** What a purchase or draw is called in the profile's `note`: counterparty and item, at most 60 characters. */
export function labelOf(row: BillRow): string {
  const { labelA, labelB } = labelParts(row, { labelA: '', labelB: '' });
  const label = `${labelA} ${labelB}`.replace(/\s+/g, ' ').trim();
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
}
