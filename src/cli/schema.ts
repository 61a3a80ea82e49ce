/** `limit-audit schema [profile|report]`: JSON Schemas generated from the zod schemas, never written by hand. */
import * as z from 'zod/mini';
import { version } from '../../package.json';
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import { profileSchema } from '../profile/schema';
import { reportSchema } from '../report/schema';
import { closest } from '../text';
import type { CliContext } from './context';

export function jsonSchemaFor(which: 'profile' | 'report'): Record<string, unknown> {
  const schema = which === 'profile' ? profileSchema : reportSchema;
  // Profiles are validated as input (optional fields may be absent); reports are output.
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: which === 'profile' ? 'input' : 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `limit-audit/${which}.schema.json`,
    title: which === 'profile' ? `limit-audit profile, version 1 (limit-audit ${version})` : `limit-audit JSON report, schemaVersion 1 (limit-audit ${version})`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export async function runSchema(which: string, ctx: CliContext): Promise<number> {
  if (which !== 'profile' && which !== 'report') {
    throw new UserError(cliText(ctx.lang).unknownSchema(which, closest(which, ['profile', 'report'])));
  }
  ctx.out(`${JSON.stringify(jsonSchemaFor(which), null, 2)}\n`);
  return 0;
}
