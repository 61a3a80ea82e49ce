/**
 * Which debt the extra money goes to (product.md step 5). The order is recomputed every month
 * from the balances left after that month's required payments, so a snowball target that another
 * debt overtakes, or an online loan whose lender count changed, is picked up at once; a debt its
 * own required payment clears has no balance left and is neither a target nor a lender counted.
 */
import type { PlanDebt, Strategy } from './types';

/** What the comparators read about a debt: fixed terms plus its current balance. */
interface Ranked {
  readonly name: string;
  readonly apr: number;
  readonly balanceFen: number;
}

// Names compare by code unit, not localeCompare: the order must not depend on the machine's locale.
function byName(a: Ranked, b: Ranked): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** avalanche: highest apr first; ties: smaller balance, then name. */
export function avalancheCompare(a: Ranked, b: Ranked): number {
  return b.apr - a.apr || a.balanceFen - b.balanceFen || byName(a, b);
}

/** snowball: smallest balance first; ties: higher apr, then name. */
export function snowballCompare(a: Ranked, b: Ranked): number {
  return a.balanceFen - b.balanceFen || b.apr - a.apr || byName(a, b);
}

/** Distinct lenders of `online_loan` debts in `items` (多头借贷 counts institutions, not loans). */
export function countOnlineLenders(items: readonly Pick<PlanDebt, 'kind' | 'lender' | 'balanceFen'>[]): number {
  const lenders = new Set<string>();
  for (const item of items) if (item.kind === 'online_loan' && item.balanceFen > 0) lenders.add(item.lender);
  return lenders.size;
}

/**
 * The debts with a balance, in the order the strategy sends extra money to them.
 *
 * recovery is built as the sequence of targets the strategy would pick if each target were paid
 * off in turn, so a mid-month cascade goes where the strategy says: first every overdue debt
 * (highest apr first among them), then — while more than 2 distinct online lenders would still
 * hold a balance — the smallest online loan (ties as snowball), then the rest by avalanche.
 * A lender with two loans stops counting only when both are gone.
 */
export function priorityOrder<T extends Ranked & Pick<PlanDebt, 'kind' | 'lender' | 'overdue'>>(
  strategy: Strategy,
  debts: readonly T[],
): T[] {
  const open = debts.filter((debt) => debt.balanceFen > 0);
  if (strategy === 'avalanche') return open.sort(avalancheCompare);
  if (strategy === 'snowball') return open.sort(snowballCompare);

  const loansByLender = new Map<string, number>();
  for (const debt of open) {
    if (debt.kind === 'online_loan') loansByLender.set(debt.lender, (loansByLender.get(debt.lender) ?? 0) + 1);
  }
  const ordered: T[] = [];
  const taken = new Set<T>();
  const take = (debt: T): void => {
    ordered.push(debt);
    taken.add(debt);
    if (debt.kind !== 'online_loan') return;
    const left = (loansByLender.get(debt.lender) ?? 1) - 1;
    if (left === 0) loansByLender.delete(debt.lender);
    else loansByLender.set(debt.lender, left);
  };

  for (const debt of open.filter((d) => d.overdue).sort(avalancheCompare)) take(debt);
  for (const debt of open.filter((d) => !taken.has(d) && d.kind === 'online_loan').sort(snowballCompare)) {
    if (loansByLender.size <= 2) break;
    take(debt);
  }
  for (const debt of open.filter((d) => !taken.has(d)).sort(avalancheCompare)) take(debt);
  return ordered;
}

/**
 * The debts that their own required payments clear this month (in the payoff order they come before
 * the targets of the extra money), in the strategy's order with every balance tied at 0: overdue
 * first under recovery, then highest apr, then name. With the balances tied, snowball's and
 * avalanche's ties are the same, and no online lender is left for recovery to count.
 */
export function clearedByRequiredOrder<T extends Ranked & Pick<PlanDebt, 'overdue'>>(strategy: Strategy, debts: readonly T[]): T[] {
  const overdueFirst = (a: T, b: T): number => (strategy === 'recovery' ? Number(b.overdue) - Number(a.overdue) : 0);
  return [...debts].sort((a, b) => overdueFirst(a, b) || b.apr - a.apr || byName(a, b));
}
