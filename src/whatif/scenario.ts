/**
 * The scenario file of `whatif --scenario FILE` (docs/whatif.md): named scenarios, each a list of
 * the same changes as the command line's flags. Validated like a profile (src/profile/precise.ts:
 * located errors, "did you mean" for keys and values, the profile's ranges), then turned into
 * Change lists with, for each change, where in the file it is written.
 *
 *   version: 1
 *   scenarios:
 *     - name: repay Jiebei from savings
 *       changes:
 *         - pay: { debt: 借呗, amount: 5000 }
 *     - name: consolidate
 *       changes:
 *         - refinance: { debts: [借呗, 京东金条], apr: 0.06, months: 24, fee: 300 }
 *         - close: 京东金条
 */
import * as z from 'zod/mini';
import { yuanToFen } from '../money';
import { STRATEGIES } from '../plan/types';
import { has2Decimals, MAX_YUAN } from '../profile/values';
import { money, rateApr } from '../profile/schema';
import { CHANGE_ORDER, type Change, type ChangeKind } from './changes';
import { MAX_MONTHS } from './parse';

/** At most this many scenarios in one file (each is a full audit, and a column of the table). */
export const MAX_SCENARIOS = 20;
const MAX_CHANGES = 100;

const name = z.string().check(z.minLength(1), z.maxLength(200));
const positiveMoney = z.number().check(z.gt(0), z.lte(MAX_YUAN), z.refine(has2Decimals, { params: { expected: 'money_decimals' } }));

/** One item of a scenario's `changes`: one change, or several written together. */
const changeItemSchema = z.strictObject({
  pay: z.optional(z.strictObject({ debt: name, amount: positiveMoney })),
  extra: z.optional(money),
  share: z.optional(z.number().check(z.gt(0), z.lte(1))),
  income: z.optional(money),
  spend: z.optional(money),
  close: z.optional(name),
  refinance: z.optional(
    z.strictObject({
      debts: z.array(name).check(z.minLength(1), z.maxLength(1000)),
      apr: rateApr,
      months: z.int().check(z.gte(1), z.lte(MAX_MONTHS)),
      fee: z.optional(money),
    }),
  ),
  strategy: z.optional(z.enum(STRATEGIES)),
});

export const scenarioFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.optional(z.literal(1)),
  scenarios: z
    .array(z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(80)), changes: z.array(changeItemSchema).check(z.maxLength(MAX_CHANGES)) }))
    .check(z.minLength(1), z.maxLength(MAX_SCENARIOS)),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
type ChangeItem = z.infer<typeof changeItemSchema>;

/** A scenario read from a file: its changes, and where each is written (`['scenarios', 0, 'changes', 2, 'pay']`). */
export interface FileScenario {
  name: string;
  changes: Change[];
  paths: (string | number)[][];
}

export function scenariosOf(file: ScenarioFile): FileScenario[] {
  return file.scenarios.map((scenario, s) => {
    const changes: Change[] = [];
    const paths: (string | number)[][] = [];
    scenario.changes.forEach((item, c) => {
      for (const kind of CHANGE_ORDER) {
        const change = changeOf(item, kind);
        if (change === undefined) continue;
        changes.push(change);
        paths.push(['scenarios', s, 'changes', c]);
      }
    });
    return { name: scenario.name, changes, paths };
  });
}

function changeOf(item: ChangeItem, kind: ChangeKind): Change | undefined {
  switch (kind) {
    case 'pay':
      return item.pay && { kind, debt: item.pay.debt, amountFen: yuanToFen(item.pay.amount) };
    case 'extra':
    case 'income':
    case 'spend': {
      const amount = item[kind];
      return amount === undefined ? undefined : { kind, amountFen: yuanToFen(amount) };
    }
    case 'share':
      return item.share === undefined ? undefined : { kind, share: item.share };
    case 'close':
      return item.close === undefined ? undefined : { kind, line: item.close };
    case 'refinance':
      return (
        item.refinance && { kind, debts: item.refinance.debts, apr: item.refinance.apr, months: item.refinance.months, feeFen: yuanToFen(item.refinance.fee ?? 0) }
      );
    case 'strategy':
      return item.strategy === undefined ? undefined : { kind, strategy: item.strategy };
  }
}
