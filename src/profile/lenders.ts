/**
 * Which institution stands behind a lender's name, where the name people use is a product's.
 *
 * 借呗 and 花呗 are both lent by 重庆蚂蚁消费金融 (since November 2021, domain-facts B5), so a
 * profile that names them as two lenders still owes one institution: 多头借贷 counts institutions
 * (debt/multi-lender, the recovery strategy's lender count). Only identities with a source are
 * listed; any other name stands for itself.
 */

/** The consumer-finance company behind 借呗 and 花呗 (domain-facts B5). */
export const ANT_CONSUMER_FINANCE = '重庆蚂蚁消费金融';

const ANT_NAMES = [
  '借呗',
  '花呗',
  '蚂蚁借呗',
  '蚂蚁花呗',
  '花呗分期',
  '蚂蚁消费金融',
  '重庆蚂蚁消费金融',
  '重庆蚂蚁消费金融有限公司',
  'jiebei',
  'huabei',
  'ant jiebei',
  'ant huabei',
];

const IDENTITIES = new Map<string, string>(ANT_NAMES.map((name) => [name, ANT_CONSUMER_FINANCE]));

/** The institution a lender's name stands for: 借呗 and 花呗 → 重庆蚂蚁消费金融; any other name, itself (trimmed). */
export function lenderIdentity(name: string): string {
  const trimmed = name.trim();
  return IDENTITIES.get(trimmed.toLowerCase().replace(/\s+/g, ' ')) ?? trimmed;
}

/** The institution a debt is owed to: its lender, else its name (a debt without a lender stands for itself). */
export function debtLender(debt: { lender?: string | undefined; name: string }): string {
  return lenderIdentity(debt.lender ?? debt.name);
}
