/** Assets: liquid money, investments, property, a car. */
import { assetsSchema } from '../../profile/schema';
import { compact, fieldCheck } from '../questions/validate';
import { againstIncome, orSkipped, outcome, STOCK_PER_INCOME } from './shared';
import type { Assets, SectionContext, SectionOutcome } from './types';

export async function askAssets(ctx: SectionContext, previous: SectionOutcome<Assets> | undefined): Promise<SectionOutcome<Assets>> {
  const { ask } = ctx;
  const { t, io } = ask;
  const before = previous?.value;
  const at = (key: string) => fieldCheck(assetsSchema, {}, key, io.lang);
  const liquid = await ask.money({ id: 'assets.liquid', message: t.assets.liquid, default: before?.liquid, optional: true, check: at('liquid'), plausible: againstIncome(ctx, STOCK_PER_INCOME) });
  const investments = await ask.money({ id: 'assets.investments', message: t.assets.investments, default: before?.investments, optional: true, check: at('investments'), plausible: againstIncome(ctx, STOCK_PER_INCOME) });
  const property = await ask.tri('assets.property', t.assets.property, before?.property);
  const vehicle = await ask.tri('assets.vehicle', t.assets.vehicle, before?.vehicle);
  return outcome(orSkipped(compact({ liquid, investments, property, vehicle })));
}
