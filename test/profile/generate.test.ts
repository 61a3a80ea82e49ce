/**
 * The generated profile validator is committed and never rewritten by the build: a contributor who
 * changes the schema and runs `npm test` (which builds first) is stopped with one line naming the
 * command that regenerates the file. Played out on a copy of the repository with a changed schema.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, staleGenerated } from '../../scripts/generate-validator.mjs';
import { tempDir } from '../temp';

const GENERATED = 'src/profile/validate-profile.generated.ts';
let copy: string;

beforeAll(() => {
  copy = tempDir('limit-audit-generate-');
  for (const entry of ['build.mjs', 'package.json', 'scripts', 'src']) cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
  // A contributor's schema change: names and other free text up to 100 characters instead of 200.
  const schemaFile = join(copy, 'src/profile/schema.ts');
  const schema = readFileSync(schemaFile, 'utf8');
  expect(schema).toContain('const text = z.string().check(z.minLength(1), z.maxLength(200));');
  writeFileSync(schemaFile, schema.replace('const text = z.string().check(z.minLength(1), z.maxLength(200));', 'const text = z.string().check(z.minLength(1), z.maxLength(100));'));
});

const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });

describe('a schema change without regenerating the validator', () => {
  it('stops the build with one line naming the command, before anything is built or rewritten', () => {
    const before = readFileSync(join(copy, GENERATED), 'utf8');
    const build = node('build.mjs');
    expect(build.status).toBe(1);
    expect(build.stderr).toBe(`build: ${GENERATED} is stale (src/profile/schema.ts or its generator changed): run \`npm run generate\` and commit it\n`);
    expect(readFileSync(join(copy, GENERATED), 'utf8')).toBe(before);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
  it('is reported by the check the build runs, and by the script with --check', async () => {
    expect(await staleGenerated(copy)).toContain(`run \`${GENERATE_COMMAND}\``);
    const check = node('scripts/generate-validator.mjs', '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('`npm run generate`');
  });
  it('is fixed by the named command, which writes the new bound into the validator', async () => {
    const scripts = (JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(`npm run ${Object.keys(scripts).find((name) => scripts[name] === 'node scripts/generate-validator.mjs')}`).toBe(GENERATE_COMMAND);
    const generate = node('scripts/generate-validator.mjs');
    expect(generate.status).toBe(0);
    expect(readFileSync(join(copy, GENERATED), 'utf8')).toContain('.length > 100) return false;');
    expect(await staleGenerated(copy)).toBeUndefined();
    expect(node('scripts/generate-validator.mjs', '--check').status).toBe(0);
  });
});

describe('a missing generated file', () => {
  it('is reported with the same command', async () => {
    rmSync(join(copy, GENERATED));
    expect(await staleGenerated(copy)).toBe(`${GENERATED} is missing: run \`npm run generate\` and commit it`);
  });
});
