/** Employment: the sector and how long in the current job. */
import { employmentSchema } from '../../profile/schema';
import { compact, fieldCheck } from '../questions/validate';
import { orSkipped, outcome } from './shared';
import type { Employment, SectionContext, SectionOutcome } from './types';

export async function askEmployment(ctx: SectionContext, previous: SectionOutcome<Employment> | undefined): Promise<SectionOutcome<Employment>> {
  const { ask } = ctx;
  const { t, io } = ask;
  const before = previous?.value;
  const at = (key: string) => fieldCheck(employmentSchema, {}, key, io.lang);
  const sector = await ask.text({ id: 'employment.sector', message: t.employment.sector, default: before?.sector, optional: true, check: at('sector') });
  const months_in_job = await ask.number({
    id: 'employment.months_in_job',
    message: t.employment.monthsInJob,
    default: before?.months_in_job,
    optional: true,
    check: at('months_in_job'),
  });
  return outcome(orSkipped(compact({ sector, months_in_job })));
}
