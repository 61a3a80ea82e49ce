/**
 * Classification data: every word the importer looks for, in one place, so that recognising a new
 * lender or a new WeChat transaction type is a one-line change here (docs/import.md explains the
 * rules these lists feed). Matching is by substring unless a list says otherwise.
 *
 * Sources: bill-formats.md §1.2 (statuses seen), §2.2 (WeChat types and statuses), §3.3 (how
 * ezbookkeeping, china_bean_importers and DEG read 不计收支 rows), §4 (lending-platform names).
 */

/**
 * No money moved, or it all came back: the row is ignored (but refunds can still find it). A WeChat
 * transfer the recipient sent back (对方已退还) is one: the money is the sender's again.
 */
export const NO_MONEY_STATUSES = ['交易关闭', '已关闭', '关闭', '失败', '等待付款', '待付款', '未付款', '已撤销', '撤销', '已取消', '对方已退还'] as const;

/** Deposit-free rentals (芝麻免押) and holds: amounts are frozen, not spent. */
export const HOLD_STATUSES = ['免押', '解冻', '冻结', '预授权'] as const;

/** Statuses after which money did move; anything else is counted too, with a warning. */
export const DONE_STATUSES = [
  '交易成功',
  '支付成功',
  '等待确认收货', // paid into escrow: the money has left (ezbookkeeping, 2026-01)
  '等待发货',
  '还款成功',
  '退款成功',
  '退税成功',
  '已支出',
  '已收入',
  '已存入零钱',
  '已转账',
  '朋友已收钱',
  '对方已收钱',
  '已收钱',
  '已到账',
  '充值完成',
  '充值成功',
  '提现已到账',
  '已全额退款', // a WeChat purchase later refunded: the refund is its own row
  '已退款',
  '放款成功',
  '借款成功',
  '已还款',
  '已扣款',
] as const;

/**
 * Lending platforms and the words that name them in a counterparty, item or category. A row is a
 * lender flow only when one of these appears together with a repayment or borrowing word (or in a
 * 信用借还 row), so a product called "白条鸡" stays a purchase.
 */
export const LENDERS: readonly { lender: string; match: readonly string[] }[] = [
  { lender: '花呗', match: ['花呗', '信用购'] },
  { lender: '借呗', match: ['借呗', '蚂蚁消费金融', '重庆蚂蚁消费'] },
  // Not the banks' own names (网商银行, 微众银行): their savings products (余利宝, 智能存款) have
  // 转出 / 提现 rows that are not loans.
  { lender: '网商贷', match: ['网商贷'] },
  { lender: '微粒贷', match: ['微粒贷'] },
  { lender: '京东金条', match: ['京东金条', '金条'] },
  { lender: '京东白条', match: ['京东白条', '白条'] },
  { lender: '美团月付', match: ['美团月付'] },
  { lender: '美团借钱', match: ['美团借钱', '美团生活费', '三快小额贷款'] },
  { lender: '度小满', match: ['度小满', '有钱花'] },
  { lender: '360借条', match: ['360借条', '奇富借条', '360借款', '上海淇毓', '360小贷'] },
  { lender: '分期乐', match: ['分期乐', '乐信'] },
  { lender: '安逸花', match: ['安逸花', '马上消费'] },
  { lender: '招联', match: ['招联', '好期贷'] },
  { lender: '抖音月付', match: ['抖音月付', '放心借'] },
  { lender: '微信分付', match: ['分付'] },
  { lender: '携程拿去花', match: ['拿去花', '借去花'] },
  { lender: '还呗', match: ['还呗'] },
  { lender: '拍拍贷', match: ['拍拍贷', '信也科技'] },
  { lender: '平安普惠', match: ['平安普惠', '陆金所'] },
  { lender: '小米消费金融', match: ['小米消费', '小米贷款'] },
  { lender: '苏宁任性付', match: ['任性付'] },
  { lender: '滴滴金融', match: ['滴水贷'] },
  // Generic names of licensed lenders last, so a named platform wins.
  { lender: '消费金融', match: ['消费金融'] },
  { lender: '小额贷款', match: ['小额贷款', '网络小贷', '小贷'] },
];

/** Alipay's credit category: repayments (花呗, 借呗, cards) and, incoming, disbursements. */
export const CREDIT_CATEGORIES = ['信用借还'] as const;

/** Words that make a lender row a repayment. */
export const REPAY_WORDS = ['还款', '还钱', '还贷', '偿还', '代扣', '扣款', '结清', '还本', '还息'] as const;

/** Words that make an incoming lender row a disbursement (a draw). */
export const DRAW_WORDS = ['借款', '放款', '借钱', '取现', '提现', '贷款', '支用'] as const;

/**
 * One character of every repayment and draw word above: a row with none of them cannot be a
 * lender flow, and testing one character class is much cheaper than the lender list (keep in step).
 */
export const ACTION_CHARS = /[还偿扣结借放取提贷支]/;

/** Credit-card repayments, in any text field or as a WeChat 交易类型. */
export const CARD_REPAYMENT = ['信用卡还款', '还信用卡'] as const;

/** A funding source that is credit: the purchase is spending, made on credit. */
export const CREDIT_METHODS = ['花呗', '信用卡', '信用购', '白条', '月付', '分付', '先享后付'] as const;

/**
 * Alipay's own shopping categories: a 支出 row filed under one of these is a purchase once it is
 * not a lender flow — no wallet, fund or top-up check is needed (cashbook's category table).
 */
export const CONSUMPTION_CATEGORIES = [
  '餐饮美食',
  '日用百货',
  '交通出行',
  '服饰装扮',
  '美容美发',
  '文化休闲',
  '运动户外',
  '数码电器',
  '医疗健康',
  '家居家装',
  '爱车养车',
  '教育培训',
  '母婴亲子',
  '酒店旅游',
  '宠物',
  '生活服务',
  '商业服务',
  '公共服务',
  '亲友代付',
  '互助保障',
] as const;

/** Refunds: Alipay 交易分类, the start of 商品说明, statuses; WeChat types ending in 退款. */
export const REFUND_CATEGORIES = ['退款'] as const;
export const REFUND_ITEM_PREFIX = '退款';
export const REFUND_STATUSES = ['退款成功', '退税成功'] as const;
export const WECHAT_REFUND_TYPE_SUFFIX = '退款';

/** Moving money into the wallet from one's own card, and out again (neutral). */
export const TOP_UP = { categories: ['零钱充值', '充值提现'], itemPrefixes: ['充值-'], items: ['余额充值', '账户充值'] } as const;
export const WITHDRAWAL = { categories: ['零钱提现'], itemPrefixes: ['提现-'], items: ['余额提现', '账户提现'] } as const;

/** Money-market wallets: moves between them and the balance are the user's own money (neutral). */
export const WALLET = {
  categoryPrefixes: ['转入零钱通', '零钱通转出', '零钱通'],
  items: ['余额宝-单次转入', '余额宝-自动转入', '余额宝-转出', '转入余额宝', '余额宝转出', '转出到余额', '余利宝', '零钱通'],
} as const;

/**
 * Investments: buying and selling funds or gold, and what they pay out, is the user's own money
 * moving — neither income nor spending. Recognised by structure, never by a word inside a product
 * name (a fund may be called 稳健收益 or 分红再投资): the category (Alipay 投资理财, WeChat
 * 购买理财通), or a fund seller as counterparty together with the action Alipay appends to the
 * item after its last `-` (`蚂蚁财富-<fund>-买入`, `-卖出至余额宝`, `余额宝-<date>-收益发放`).
 */
export const INVESTMENT = {
  categories: ['投资理财', '购买理财通', '理财通'],
  counterparties: ['基金', '理财', '财富', '证券', '黄金'],
  /** An item's action (after its last `-`) starting with one of these is a buy or a sale. */
  actions: ['买入', '卖出', '申购', '赎回', '转换', '定投'],
  /**
   * An action containing one of these is yield (余额宝 / fund 收益发放, a fund's dividend): returns
   * on savings, not earning capacity — neutral too (docs/import.md, "Decisions").
   */
  yieldActions: ['收益发放', '分红'],
} as const;

/** A WeChat withdrawal's fee is in its 备注: `服务费¥0.10` — the only part that is spent. */
export const FEE_NOTE_RE = /服务费\s*[¥￥]?\s*(\d+(?:\.\d{1,2})?)/;

/** Item texts typed by the user (transfer notes) are not searched for lender names. */
export const USER_NOTE_PREFIXES = ['转账备注', '收款方备注', '付款方留言'] as const;

/**
 * How a row names a wallet as its funding source or counterparty, by the wallet named: a possible
 * second record of a payment that wallet's bill also shows. An Alipay row is searched for WeChat
 * Pay's names and a WeChat row for Alipay's, in both fields; a JD or Meituan row for either, in its
 * payment method only (`微信支付`, `微信-招商银行信用卡` in the samples).
 */
export const WALLET_NAMES = {
  wechat: { methods: ['微信', '财付通'], counterparties: ['财付通', '微信支付', '微信转账'] },
  alipay: { methods: ['支付宝', '余额宝', '花呗'], counterparties: ['支付宝', '蚂蚁'] },
} as const;
