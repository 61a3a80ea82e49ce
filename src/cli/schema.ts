/** `limit-audit schema [profile|report|roadmap|history|progress|whatif]`: JSON Schemas generated from the zod schemas, never written by hand. */
import * as z from 'zod/mini';
import { version } from '../../package.json';
import { UserError } from '../errors';
import { progressSchema } from '../history/progress-schema';
import { snapshotSchema } from '../history/schema';
import { cliText } from '../i18n/cli';
import { profileSchema } from '../profile/schema';
import { roadmapSchema } from '../report/roadmap-schema';
import { reportSchema } from '../report/schema';
import { whatifSchema } from '../report/whatif-schema';
import { closest } from '../text';
import type { CliContext } from './context';
import { jsonText } from '../report/json-text';

const SCHEMAS = {
  profile: { schema: profileSchema, title: 'limit-audit profile, version 1' },
  report: { schema: reportSchema, title: 'limit-audit JSON report, schemaVersion 1' },
  roadmap: { schema: roadmapSchema, title: 'limit-audit roadmap document, schemaVersion 1' },
  history: { schema: snapshotSchema, title: 'limit-audit history line (one snapshot of an audit), historyVersion 1' },
  progress: { schema: progressSchema, title: 'limit-audit progress document, progressVersion 1' },
  whatif: { schema: whatifSchema, title: 'limit-audit whatif document, schemaVersion 1' },
} as const;
type SchemaName = keyof typeof SCHEMAS;
const NAMES = Object.keys(SCHEMAS) as SchemaName[];

export function jsonSchemaFor(which: SchemaName): Record<string, unknown> {
  const { schema, title } = SCHEMAS[which];
  // Profiles are validated as input (optional fields may be absent); the others are output.
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: which === 'profile' ? 'input' : 'output', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `limit-audit/${which}.schema.json`,
    title: `${title} (limit-audit ${version})`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export async function runSchema(which: string, ctx: CliContext): Promise<number> {
  if (!(NAMES as string[]).includes(which)) {
    throw new UserError(cliText(ctx.lang).unknownSchema(which, closest(which, NAMES)));
  }
  ctx.out(jsonText(jsonSchemaFor(which as SchemaName)));
  return 0;
}
