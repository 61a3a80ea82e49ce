/** `limit-audit schema [profile|report]`: JSON Schemas generated from the zod schemas, never written by hand. */
import * as z from 'zod/mini';
import { version } from '../../package.json';
import { UserError } from '../errors';
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
    const suggestion = closest(which, ['profile', 'report']);
    throw new UserError(
      ctx.lang === 'zh'
        ? `limit-audit schema：未知的 "${which}"；可选 profile 或 report${suggestion ? `（是否想写 ${suggestion}？）` : ''}`
        : `limit-audit schema: unknown "${which}"; choose profile or report${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
    );
  }
  ctx.out(`${JSON.stringify(jsonSchemaFor(which), null, 2)}\n`);
  return 0;
}
