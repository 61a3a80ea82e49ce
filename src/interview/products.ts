/**
 * The debts people know by their product's name, as the questionnaire offers them: each fills the
 * profile's kind, lender and repayment, the way its price is quoted, and — for "not sure" — the
 * product's typical rate, saved as an estimate (`rate_estimated: true` and a YAML comment).
 *
 * One classification of 花呗, used by `init`'s example, the questionnaire and docs/interview.md:
 * 花呗 is online consumer credit (`kind: online_loan`) from 重庆蚂蚁消费金融 — the lender of 借呗
 * too (domain-facts B5) — repaid as it revolves (`repayment: revolving`); a purchase put on 花呗
 * instalments (花呗分期) is an `installment` priced by a fee per period (`fee_installment`).
 */
import { ANT_CONSUMER_FINANCE } from '../profile/lenders';
import type { Debt, DebtKind } from '../profile/schema';

export const PRODUCTS = [
  'jiebei',
  'huabei',
  'huabei_installment',
  'weilidai',
  'jd_jintiao',
  'jd_baitiao',
  'meituan',
  'bank_card',
  'card_installment',
  'bank_loan',
  'mortgage',
  'auto',
  'family',
  'other',
] as const;
export type ProductId = (typeof PRODUCTS)[number];

/** How a product's price is quoted: a yearly rate, a daily rate, or a fee per period (分期手续费). */
export type PriceKind = 'apr' | 'daily_rate' | 'fee_rate';

export interface Product {
  kind: DebtKind;
  /** The debt's suggested name (the product's own, the same in both languages); none: the user names it (a bank's card). */
  name?: string;
  /** The suggested lender; none: the name stands for it (or the user gives the bank). */
  lender?: string;
  repayment: Debt['repayment'];
  price: PriceKind;
  /**
   * The rate "not sure" takes, in the product's own terms; none: no typical rate is known, so
   * "not sure" is not offered. Estimates only: the person's own contract decides.
   */
  typical?: { key: 'apr' | 'daily_rate'; rate: number };
}

export const PRODUCT: { readonly [K in ProductId]: Product } = {
  // B3: first 借呗 loans are often around 0.04 % a day (range 0.015–0.06 %).
  jiebei: { kind: 'online_loan', name: '借呗', lender: ANT_CONSUMER_FINANCE, repayment: 'equal_installment', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0004 } },
  // B3: 花呗's revolving rate is 0.05 % a day.
  huabei: { kind: 'online_loan', name: '花呗', lender: ANT_CONSUMER_FINANCE, repayment: 'revolving', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  huabei_installment: { kind: 'installment', name: '花呗分期', lender: ANT_CONSUMER_FINANCE, repayment: 'fee_installment', price: 'fee_rate' },
  // The common quote of these platforms, 0.05 % a day (18.25 % a year); not a published figure.
  weilidai: { kind: 'online_loan', name: '微粒贷', lender: '微众银行', repayment: 'equal_installment', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  jd_jintiao: { kind: 'online_loan', name: '京东金条', repayment: 'equal_installment', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  jd_baitiao: { kind: 'online_loan', name: '京东白条', repayment: 'revolving', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  meituan: { kind: 'online_loan', name: '美团借钱', repayment: 'equal_installment', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  // A card's revolving interest: 0.05 % a day (万分之五), the long-standing standard.
  bank_card: { kind: 'credit_card', repayment: 'revolving', price: 'daily_rate', typical: { key: 'daily_rate', rate: 0.0005 } },
  card_installment: { kind: 'installment', repayment: 'fee_installment', price: 'fee_rate' },
  bank_loan: { kind: 'other', repayment: 'equal_installment', price: 'apr', typical: { key: 'apr', rate: 0.04 } },
  // Around the 5-year LPR (3.5 % since 2025-05, domain-facts D).
  mortgage: { kind: 'mortgage', name: '房贷', repayment: 'equal_installment', price: 'apr', typical: { key: 'apr', rate: 0.035 } },
  auto: { kind: 'auto', name: '车贷', repayment: 'equal_installment', price: 'apr' },
  // Most loans between family or friends carry no interest.
  family: { kind: 'private', name: '亲友借款', repayment: 'interest_first', price: 'apr', typical: { key: 'apr', rate: 0 } },
  other: { kind: 'other', repayment: 'equal_installment', price: 'apr' },
};

/** The product a debt already answered was most likely picked as: by its name, else by its kind. */
export function productOf(debt: Pick<Debt, 'name' | 'kind' | 'repayment'>): ProductId {
  const named = PRODUCTS.find((id) => PRODUCT[id].name === debt.name);
  if (named !== undefined) return named;
  if (debt.repayment === 'fee_installment') return 'card_installment';
  const byKind: Partial<Record<DebtKind, ProductId>> = { credit_card: 'bank_card', mortgage: 'mortgage', auto: 'auto', private: 'family' };
  return byKind[debt.kind] ?? 'other';
}
