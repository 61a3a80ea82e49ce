/**
 * One bill row → what it means for the borrower's books. The order of the checks is the policy
 * (docs/import.md, "Classification"):
 *
 *  1. nothing moved: a zero amount, a closed / failed / unpaid trade, a deposit hold → ignored;
 *  2. credit-card repayments, then lender flows (a lending platform named together with a
 *     repayment or borrowing word, or Alipay's 信用借还 category) → repayment / draw;
 *  3. refunds (money back for a purchase) → refund, netted against the purchase later;
 *  4. the user's own money moving: wallet top-ups and withdrawals, 余额宝 / 零钱通 moves, fund
 *     buys, sells and yield → neutral (a withdrawal's fee is spending);
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
  REFUND_CATEGORIES,
  REFUND_ITEM_PREFIX,
  REFUND_STATUSES,
  REPAY_WORDS,
  TOP_UP,
  USER_NOTE_PREFIXES,
  WALLET,
  WECHAT_REFUND_TYPE_SUFFIX,
  WALLET_NAMES,
  WITHDRAWAL,
} from './keywords';
import { detach } from './normalize';
import { KIND, KINDS, LABEL_MAX, REASON, REASONS } from './table';
import type { BillRow, OtherPlatformMark, Platform, TxnKind, TxnReason } from './types';

export interface Classification {
  kind: TxnKind;
  reason: TxnReason;
  /** `kind` and `reason` as their numbers in table.ts (KIND, REASON): what the reader stores. */
  kindCode: number;
  reasonCode: number;
  /** The amount that counts, when it is not the row's (a withdrawal's fee). */
  amountFen: number;
  lender?: string;
  creditFunded: boolean;
  /** The row names a wallet (Alipay or WeChat Pay) as its funding source or counterparty … */
  otherPlatform: OtherPlatformMark;
  /** … this one ('' when otherPlatform is ''). */
  namedPlatform: Platform | '';
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
/** Facts about a 交易分类 / 交易类型 text, as bits. */
const categoryFacts = (c: string): number =>
  (has(CREDIT_CATEGORIES, c) ? C_CREDIT : 0) |
  (c.includes(CARD_HINT) ? C_CARD : 0) |
  (ACTION_CHARS.test(c) ? C_ACTION : 0) |
  (has(REFUND_CATEGORIES, c) ? C_REFUND : 0) |
  (has(TOP_UP.categories, c) ? C_TOP_UP : 0) |
  (has(WITHDRAWAL.categories, c) ? C_WITHDRAWAL : 0) |
  (startsWithAny(WALLET.categoryPrefixes, c) ? C_WALLET : 0) |
  (has(INVESTMENT.categories, c) ? C_INVESTMENT : 0) |
  (c.endsWith(WECHAT_REFUND_TYPE_SUFFIX) ? C_ENDS_REFUND : 0) |
  (has(CONSUMPTION_CATEGORIES, c) ? C_CONSUMPTION : 0);

const S_CLOSED = 1;
const S_HOLD = 2;
const S_UNKNOWN = 4;
const S_REFUND = 8;
/** Facts about a status text, as bits. */
const statusFacts = (st: string): number => {
  const refund = REFUND_STATUS_RE.test(st) ? S_REFUND : 0;
  if (st === '') return 0;
  if (NO_MONEY_RE.test(st)) return S_CLOSED | refund;
  if (HOLD_RE.test(st)) return S_HOLD | refund;
  return (DONE_RE.test(st) ? 0 : S_UNKNOWN) | refund;
};

const M_CREDIT = 1;
const M_NAMES_WECHAT = 2;
const M_NAMES_ALIPAY = 4;
/** Facts about a payment-method text, as bits. */
const methodFacts = (m: string): number =>
  (CREDIT_METHOD_RE.test(m) ? M_CREDIT : 0) |
  (containsAny(WALLET_NAMES.wechat.methods, m) ? M_NAMES_WECHAT : 0) |
  (containsAny(WALLET_NAMES.alipay.methods, m) ? M_NAMES_ALIPAY : 0);

const P_CARD = 1;
const P_ACTION = 2;
const P_NAMES_WECHAT = 4;
const P_NAMES_ALIPAY = 8;
const P_INVESTMENT = 16;
/** Facts about a counterparty text, as bits. */
const counterpartyFacts = (p: string): number =>
  (p.includes(CARD_HINT) ? P_CARD : 0) |
  (ACTION_CHARS.test(p) ? P_ACTION : 0) |
  (containsAny(WALLET_NAMES.wechat.counterparties, p) ? P_NAMES_WECHAT : 0) |
  (containsAny(WALLET_NAMES.alipay.counterparties, p) ? P_NAMES_ALIPAY : 0) |
  (INVESTMENT_COUNTERPARTY_RE.test(p) ? P_INVESTMENT : 0);

const I_USER_NOTE = 1;
const I_CARD = 2;
const I_ACTION = 4;
/**
 * Facts about an item (商品说明 / 商品) text that every row needs (the lender test), as bits.
 * Items are often unique (product titles), so the others are only worked out for the rows that
 * need them (itemMoreFacts).
 */
const itemFacts = (item: string): number =>
  (startsWithAny(USER_NOTE_PREFIXES, item) ? I_USER_NOTE : 0) | (item.includes(CARD_HINT) ? I_CARD : 0) | (ACTION_CHARS.test(item) ? I_ACTION : 0);

/*
 * The item's other facts, worked out only for the rows that reach the checks that need them
 * (purchases never do), and kept in RowFacts.itemMore with a bit saying which group is known.
 */
const I_TOP_UP = 1;
const I_WITHDRAWAL = 2;
const I_WALLET = 4;
const I_MOVES_KNOWN = 8;
const I_REFUND = 16;
const I_INVESTMENT = 32;
const I_YIELD = 64;
const I_INCOMING_KNOWN = 128;
/**
 * Money moving between the user's own wallet, card and funds (any direction). A fund's buy, sale
 * or yield is read from the action after the item's last `-` only: the fund's name before it may
 * say anything (易方达稳健收益债券A, 华夏分红再投资).
 */
const itemMoveFacts = (item: string): number => {
  const dash = item.lastIndexOf('-');
  const action = dash >= 0 ? item.slice(dash + 1) : '';
  return (
    I_MOVES_KNOWN |
    (startsWithAny(TOP_UP.itemPrefixes, item) || has(TOP_UP.items, item) ? I_TOP_UP : 0) |
    (startsWithAny(WITHDRAWAL.itemPrefixes, item) || has(WITHDRAWAL.items, item) ? I_WITHDRAWAL : 0) |
    (WALLET_HINT.test(item) && WALLET_ITEM_RE.test(item) ? I_WALLET : 0) |
    (startsWithAny(INVESTMENT.actions, action) ? I_INVESTMENT : 0) |
    (containsAny(INVESTMENT.yieldActions, action) ? I_YIELD : 0)
  );
};
/** What only money coming back can be: a refund. */
const itemIncomingFacts = (item: string): number => I_INCOMING_KNOWN | (item.startsWith(REFUND_ITEM_PREFIX) ? I_REFUND : 0);

const categoryMemo = new Memo(categoryFacts);
const statusMemo = new Memo(statusFacts);
const methodMemo = new Memo(methodFacts);
const counterpartyMemo = new Memo(counterpartyFacts);
/**
 * The facts of each text field, as the reader's span caches (spans.ts) work them out when they
 * first meet a text: through the memos for the columns that repeat a few texts in many
 * combinations; directly for counterparties and items, which are often unique (the span caches
 * remember the ones that repeat).
 */
export const fieldFacts = {
  category: (text: string): number => categoryMemo.get(text),
  counterparty: counterpartyFacts,
  item: itemFacts,
  method: (text: string): number => methodMemo.get(text),
  status: (text: string): number => statusMemo.get(text),
} as const;

/**
 * The facts of a row's texts (see the `…Facts` functions; for the item, only those every row
 * needs). The reader's fast path looks them up per distinct cell text without cutting the cell
 * out of its line; `classifyInto` works them out through the memos.
 */
export interface RowFacts {
  category: number;
  status: number;
  method: number;
  counterparty: number;
  item: number;
  /**
   * The item's other facts as far as they are known (0: none yet): classification works out the
   * ones it needs and leaves them here, for the caller to keep with the item.
   */
  itemMore: number;
}

export function classifyRow(row: BillRow, platform: Platform): Classification {
  return classifyInto(row, platform, newClassification());
}

/** A Classification to be filled by classifyInto (the reader keeps one and reuses it). */
export function newClassification(): Classification {
  return {
    kind: 'neutral',
    reason: 'not-counted',
    kindCode: KIND.neutral,
    reasonCode: REASON['not-counted'],
    amountFen: 0,
    creditFunded: false,
    otherPlatform: '',
    namedPlatform: '',
    unknownStatus: false,
  };
}

const scratchFacts: RowFacts = { category: 0, status: 0, method: 0, counterparty: 0, item: 0, itemMore: 0 };

/** Writes the classification into `out` (the reader passes one object for every row) and returns it. */
export function classifyInto(row: BillRow, platform: Platform, out: Classification): Classification {
  const facts = scratchFacts;
  facts.category = categoryMemo.get(row.category);
  facts.status = statusMemo.get(row.status);
  facts.method = methodMemo.get(row.method);
  facts.counterparty = counterpartyMemo.get(row.counterparty);
  facts.item = itemFacts(row.item);
  facts.itemMore = 0;
  return classifyWithFacts(row, facts, platform, out);
}

/**
 * `classifyInto` with the texts' facts already known. The checks read the bits; the texts
 * themselves are read only on the rare paths (lender rows, a withdrawal's fee).
 */
export function classifyWithFacts(row: BillRow, facts: RowFacts, platform: Platform, out: Classification): Classification {
  markNamedWallet(platform, facts, out);
  out.unknownStatus = (facts.status & S_UNKNOWN) !== 0;
  out.amountFen = row.amountFen;
  out.lender = undefined;
  const decision = decide(row, facts, platform, out);
  const kind = (decision >> 5) & 7;
  const reason = decision & 31;
  out.kind = KINDS[kind]!;
  out.reason = REASONS[reason]!;
  out.kindCode = kind;
  out.reasonCode = reason;
  out.creditFunded = (decision & ON_CREDIT) !== 0;
  return out;
}

/*
 * A decision is a kind and a reason in one number (kind × 32 + reason, their places in table.ts's
 * lists), plus ON_CREDIT for a purchase made on credit. Being constants, they cost no lookup while
 * a row is classified; and a branch first taken after the reader's code has been optimised only
 * returns another constant, which does not make the optimiser start over on the whole reader.
 */
const decision = (kind: TxnKind, reason: TxnReason): number => KIND[kind] * 32 + REASON[reason];
const ON_CREDIT = 256;
const IGNORED_ZERO = decision('ignored', 'zero');
const IGNORED_CLOSED = decision('ignored', 'closed');
const IGNORED_DEPOSIT = decision('ignored', 'deposit');
const CARD_REPAYMENT_DONE = decision('repayment', 'card-repayment');
const REPAYMENT = decision('repayment', 'repayment');
const DRAW = decision('draw', 'draw');
const PURCHASE = decision('spending', 'purchase');
const FEE = decision('spending', 'fee');
const REFUND = decision('refund', 'refund');
const TOP_UP_MOVE = decision('neutral', 'top-up');
const WITHDRAWAL_MOVE = decision('neutral', 'withdrawal');
const WALLET_MOVE = decision('neutral', 'wallet');
const YIELD = decision('neutral', 'yield');
const INVESTMENT_MOVE = decision('neutral', 'investment');
const INCOME = decision('income', 'income');
const NOT_COUNTED = decision('neutral', 'not-counted');

/**
 * Whether the row names a wallet whose bill may record the same payment (WALLET_NAMES): an
 * Alipay row names WeChat Pay, a WeChat row Alipay (counterparty first, then method); a JD or
 * Meituan row either, by its payment method.
 */
function markNamedWallet(platform: Platform, facts: RowFacts, out: Classification): void {
  const peer = facts.counterparty;
  const meth = facts.method;
  out.otherPlatform = '';
  out.namedPlatform = '';
  if (platform === 'alipay' || platform === 'wechat') {
    const named = platform === 'alipay' ? 'wechat' : 'alipay';
    const byPeer = platform === 'alipay' ? P_NAMES_WECHAT : P_NAMES_ALIPAY;
    const byMethod = platform === 'alipay' ? M_NAMES_WECHAT : M_NAMES_ALIPAY;
    if ((peer & byPeer) !== 0) out.otherPlatform = 'counterparty';
    else if ((meth & byMethod) !== 0) out.otherPlatform = 'method';
    if (out.otherPlatform !== '') out.namedPlatform = named;
  } else if ((meth & (M_NAMES_WECHAT | M_NAMES_ALIPAY)) !== 0) {
    out.otherPlatform = 'method';
    out.namedPlatform = (meth & M_NAMES_WECHAT) !== 0 ? 'wechat' : 'alipay';
  }
}

/** The policy, in its order (see the top of this file). Sets `out.lender`, and `out.amountFen` for a fee. */
function decide(row: BillRow, facts: RowFacts, platform: Platform, out: Classification): number {
  const { direction } = row;
  const cat = facts.category;
  const st = facts.status;
  const meth = facts.method;
  const peer = facts.counterparty;
  const it = facts.item;

  // 1. Nothing moved.
  if (row.amountFen === 0) return IGNORED_ZERO;
  if ((st & S_CLOSED) !== 0) return IGNORED_CLOSED;
  if ((st & S_HOLD) !== 0) return IGNORED_DEPOSIT;

  // 2. Lenders. The user's own transfer notes are not searched: "转账备注:还花呗" is a transfer.
  const itemForLender = (it & I_USER_NOTE) !== 0 ? 0 : it;
  const creditCategory = (cat & C_CREDIT) !== 0;
  const hasCard = (peer & P_CARD) !== 0 || (cat & C_CARD) !== 0 || (itemForLender & I_CARD) !== 0;
  if (creditCategory || hasCard || (peer & P_ACTION) !== 0 || (cat & C_ACTION) !== 0 || (itemForLender & I_ACTION) !== 0) {
    const lenderFlow = lenderDecision(row, (it & I_USER_NOTE) !== 0, creditCategory, hasCard, out);
    if (lenderFlow >= 0) return lenderFlow;
  }

  // A 支出 row Alipay itself files under a shopping category is a purchase.
  if (direction === 'out' && (cat & C_CONSUMPTION) !== 0) return (meth & M_CREDIT) !== 0 ? PURCHASE | ON_CREDIT : PURCHASE;

  // Purchases end above: the item's other facts are worked out from here on, as they are needed.
  let more = facts.itemMore;

  // 3. Refunds: money back for a purchase. A 支出 row is never one (WeChat marks the refunded
  // purchase itself 已全额退款; its refund is a separate 收入 row).
  if (direction !== 'out') {
    if ((more & I_INCOMING_KNOWN) === 0) facts.itemMore = more |= itemIncomingFacts(row.item);
    if ((cat & C_REFUND) !== 0 || (more & I_REFUND) !== 0 || (st & S_REFUND) !== 0 || (platform === 'wechat' && (cat & C_ENDS_REFUND) !== 0)) {
      // JD writes the refunded part into the purchase's own 金额 (`131.77(已退款89.84)`, read net),
      // and a wholly refunded purchase as 不计收支: its refund rows have nothing left to net.
      return platform === 'jd' ? NOT_COUNTED : REFUND;
    }
  }

  // 4. The user's own money moving between wallet, card and funds.
  if ((more & I_MOVES_KNOWN) === 0) facts.itemMore = more |= itemMoveFacts(row.item);
  if ((cat & C_TOP_UP) !== 0 || (more & I_TOP_UP) !== 0) return TOP_UP_MOVE;
  if ((cat & C_WITHDRAWAL) !== 0 || (more & I_WITHDRAWAL) !== 0) return withdrawalDecision(row, out);
  if ((cat & C_WALLET) !== 0 || (more & I_WALLET) !== 0) return WALLET_MOVE;
  // Funds: by the category, or a fund seller with a buy / sell / yield action — never by the
  // fund's name, and whatever the 收/支 column says (a sale paid out as 收入 is no income).
  if ((cat & C_INVESTMENT) !== 0 || ((peer & P_INVESTMENT) !== 0 && (more & (I_INVESTMENT | I_YIELD)) !== 0)) {
    return (more & I_YIELD) !== 0 ? YIELD : INVESTMENT_MOVE;
  }

  // 5. The bill's own direction.
  if (direction === 'in') return INCOME;
  if (direction === 'out') return (meth & M_CREDIT) !== 0 ? PURCHASE | ON_CREDIT : PURCHASE;
  return NOT_COUNTED;
}

/** Step 2 for a row that names a card, a lender or a lending action: its decision, or -1 when it is no lender flow. */
function lenderDecision(row: BillRow, userNote: boolean, creditCategory: boolean, hasCard: boolean, out: Classification): number {
  const { counterparty, category, direction } = row;
  const lenderText = `${counterparty}|${userNote ? '' : row.item}|${category}`;
  if (hasCard && CARD_REPAYMENT_RE.test(lenderText)) {
    out.lender = '信用卡';
    return CARD_REPAYMENT_DONE;
  }
  const lenderMatch = LENDER_RE.exec(lenderText);
  if (!lenderMatch && !creditCategory) return -1;
  // Judge the action on the text without the platform's name: "美团借钱" names a lender, not a draw.
  const action = lenderMatch ? lenderText.replace(LENDER_RE_ALL, '') : lenderText;
  let decided = -1;
  if (REPAY_RE.test(action)) decided = REPAYMENT;
  else if (direction !== 'out' && DRAW_RE.test(action)) decided = DRAW;
  else if (creditCategory) decided = direction === 'in' ? DRAW : REPAYMENT;
  if (decided >= 0) out.lender = lenderMatch ? LENDER_BY_WORD.get(lenderMatch[0])! : counterparty || category;
  return decided;
}

/** A withdrawal is neutral, but WeChat's fee for it (`服务费¥0.10` in 备注) was spent. */
function withdrawalDecision(row: BillRow, out: Classification): number {
  const fee = FEE_NOTE_RE.exec(row.note);
  if (fee) {
    // The fee is inside the withdrawn amount (DEG subtracts it); it is the part that was spent.
    const feeFen = Math.round(Number(fee[1]) * 100);
    if (feeFen > 0) {
      out.amountFen = feeFen;
      return FEE;
    }
  }
  return WITHDRAWAL_MOVE;
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
