/** `limit-audit init [file]`: writes the commented, bilingual example profile (atomically, never overwriting without --force). */
import exampleProfile from '../profile/example.yaml';
import type { CliContext } from './context';
import { writeFileAtomic } from './io';

export async function runInit(file: string, force: boolean, ctx: CliContext): Promise<number> {
  if (file === '-') {
    ctx.out(exampleProfile);
    return 0;
  }
  writeFileAtomic(file, exampleProfile, { overwrite: force, lang: ctx.lang });
  ctx.err(
    ctx.lang === 'zh'
      ? `已写入 ${file}。请按注释填写，然后运行：limit-audit check ${file}\n编辑器补全：limit-audit schema > profile.schema.json\n`
      : `Wrote ${file}. Fill it in following the comments, then run: limit-audit check ${file}\nEditor completion: limit-audit schema > profile.schema.json\n`,
  );
  return 0;
}
