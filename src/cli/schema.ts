/** `limit-audit schema [profile|report|roadmap]`: JSON Schemas generated from the zod schemas, never written by hand. */
import * as z from 'zod/mini';
import { version } from '../../package.json';
import { UserError } from '../errors';
import { cliText } from '../i18n/cli';
import { profileSchema } from '../profile/schema';
import { roadmapSchema } from '../report/roadmap-schema';
import { reportSchema } from '../report/schema';
import { closest } from '../text';
import type { CliContext } from './context';

const SCHEMAS = {
  profile: { schema: profileSchema, title: (v: string) => `limit-audit profile, version 1 (limit-audit ${v})` },
  report: { schema: reportSchema, title: (v: string) => `limit-audit JSON report, schemaVersion 1 (limit-audit ${v})` },
  roadmap: { schema: roadmapSchema, title: (v: string) => `limit-audit roadmap document, schemaVersion 1 (limit-audit ${v})` },
} as const;
type Which = keyof typeof SCHEMAS;
const WHICH = Object.keys(SCHEMAS) as Which[];

export function jsonSchemaFor(which: Which): Record<string, unknown> {
  // Profiles are validated as input (optional fields may be absent); reports and roadmaps are output.
  const generated = z.toJSONSchema(SCHEMAS[which].schema, { target: 'draft-2020-12', io: which === 'profile' ? 'input' : 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `limit-audit/${which}.schema.json`,
    title: SCHEMAS[which].title(version),
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export async function runSchema(which: string, ctx: CliContext): Promise<number> {
  if (!(WHICH as string[]).includes(which)) {
    throw new UserError(cliText(ctx.lang).unknownSchema(which, closest(which, WHICH)));
  }
  ctx.out(`${JSON.stringify(jsonSchemaFor(which as Which), null, 2)}\n`);
  return 0;
}
