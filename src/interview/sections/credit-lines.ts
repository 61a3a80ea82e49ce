/** Credit lines: each line's limit now and before, how much is used, its state. */
import { formatMoney } from '../../i18n/format';
import { yuanToFen } from '../../money';
import { creditLineSchema, LINE_STATUSES, type CreditLine } from '../../profile/schema';
import { askList, choices } from '../questions/ask';
import { compact, fieldCheck } from '../questions/validate';
import { againstIncome, outcome, STOCK_PER_INCOME } from './shared';
import type { SectionContext, SectionOutcome } from './types';

export async function askCreditLines(ctx: SectionContext, previous: SectionOutcome<CreditLine[]> | undefined): Promise<SectionOutcome<CreditLine[]>> {
  const { ask } = ctx;
  const { t, io } = ask;
  const lang = io.lang;
  const lines = await askList<CreditLine>(ask, {
    id: 'credit_lines',
    existing: previous?.value ?? [],
    describe: (line) => `${line.name} · ${formatMoney(yuanToFen(line.limit), lang)}${line.status ? ` · ${t.lineStatus[line.status]}` : ''}`,
    addFirst: t.lines.addFirst,
    addFirstDefault: true,
    addMore: t.lines.addMore,
    askItem: async (line) => {
      const at = (draft: object, key: string) => fieldCheck(creditLineSchema, draft, key, lang);
      const name = await ask.text({ id: 'credit_lines.name', message: t.lines.name, default: line?.name, check: at({}, 'name') });
      const limit = await ask.money({ id: 'credit_lines.limit', message: t.lines.limit, default: line?.limit, check: at({ name }, 'limit'), plausible: againstIncome(ctx, STOCK_PER_INCOME) });
      const previous_limit = await ask.money({
        id: 'credit_lines.previous_limit',
        message: t.lines.previousLimit,
        default: line?.previous_limit,
        optional: true,
        check: at({ name, limit }, 'previous_limit'),
        plausible: againstIncome(ctx, STOCK_PER_INCOME),
      });
      const used = await ask.money({ id: 'credit_lines.used', message: t.lines.used, default: line?.used, optional: true, check: at({ name, limit }, 'used'), plausible: againstIncome(ctx, STOCK_PER_INCOME) });
      const status = await ask.choose(
        'credit_lines.status',
        t.lines.status,
        choices(LINE_STATUSES, t.lineStatus),
        line?.status ?? (previous_limit !== undefined && previous_limit > limit ? 'reduced' : 'active'),
      );
      return compact({ name, limit, previous_limit, used, status });
    },
  });
  return outcome(lines);
}
