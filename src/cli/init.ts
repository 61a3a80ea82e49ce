/** `limit-audit init [file]`: writes the commented, bilingual example profile (atomically, never overwriting without --force). */
import { cliText } from '../i18n/cli';
import exampleProfile from '../profile/example.yaml';
import type { CliContext } from './context';
import { writeFileAtomic } from './io';

export async function runInit(file: string, force: boolean, ctx: CliContext): Promise<number> {
  if (file === '-') {
    ctx.out(exampleProfile);
    return 0;
  }
  writeFileAtomic(file, exampleProfile, { overwrite: force, lang: ctx.lang });
  ctx.err(`${cliText(ctx.lang).initWritten(file)}\n`);
  return 0;
}
