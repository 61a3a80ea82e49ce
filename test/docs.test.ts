/**
 * The project carries its own docs: the generated ones are current, every document in docs/ is
 * linked from the README, the hand-written ones cover every key of the schemas, and nothing a user
 * reads sends them outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../scripts/render-docs';
import { jsonSchemaFor } from '../src/cli/schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const docs = readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md'));

/** Every key path of a JSON Schema: `debts[].apr`, `plan.schedule[].month`. */
function keyPaths(schema: Record<string, unknown>): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const paths: string[] = [];
  const walk = (node: Record<string, unknown>, path: string) => {
    if (typeof node.$ref === 'string') return walk(defs[node.$ref.split('/').pop()!]!, path);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const branch of (node[key] ?? []) as Record<string, unknown>[]) walk(branch, path);
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      paths.push(childPath);
      walk(child, childPath);
    }
    if (node.items && typeof node.items === 'object') walk(node.items as Record<string, unknown>, `${path}[]`);
  };
  walk(schema, '');
  return paths;
}

describe('generated docs', () => {
  it.each(generatedDocs(read).map(({ path, content }) => [path, content] as const))('%s is current', (path, content) => {
    expect(read(path) === content, `${path} is not current: run \`npm run docs\` and commit the result`).toBe(true);
  });

  it('`npm run docs -- --check` agrees, and writes nothing', () => {
    const before = docs.map((file) => read(join('docs', file)));
    const result = spawnSync(process.execPath, ['scripts/generate-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(docs.map((file) => read(join('docs', file)))).toEqual(before);
  });

  it('is not written by the build', () => {
    expect(read('build.mjs')).not.toMatch(/generate-docs|render-docs/);
    expect(JSON.parse(read('package.json')).scripts.docs).toBe('node scripts/generate-docs.mjs');
  });
});

describe('the docs a user has', () => {
  it('are all linked from the README', () => {
    const readme = read('README.md');
    expect(docs).toEqual(expect.arrayContaining(['benchmarks.md', 'history.md', 'import.md', 'profile.md', 'reliability.md', 'report.md', 'roadmap.md', 'rules.md', 'whatif.md']));
    for (const file of docs) expect(readme, `README.md does not link docs/${file}`).toContain(`](docs/${file})`);
  });

  it('never send the user outside the repository', () => {
    const userFacing = [
      'README.md',
      ...docs.map((file) => `docs/${file}`),
      'src/macro/snapshot.yaml',
      'src/profile/example.yaml',
      ...readdirSync(join(ROOT, 'profiles')).map((file) => `profiles/${file}`),
      ...readdirSync(join(ROOT, 'src/i18n')).map((file) => `src/i18n/${file}`),
    ];
    for (const path of userFacing) expect(read(path), path).not.toMatch(/\.\.\/shared|shared\/docs|domain-facts/);
  });

  it.each([
    ['profile', 'profile', 80],
    ['report', 'report', 70],
    ['history', 'history', 50],
    ['history', 'progress', 80],
    ['roadmap', 'roadmap', 90],
    ['whatif', 'whatif', 150],
  ] as const)('docs/%s.md documents every key of the %s JSON Schema', (doc, which, atLeast) => {
    const text = read(`docs/${doc}.md`);
    const paths = keyPaths(jsonSchemaFor(which));
    expect(paths.length).toBeGreaterThan(atLeast);
    // whatif: each scenario holds every key of a side, which the doc describes once, under `baseline`.
    const side = new Set(paths.filter((path) => path.startsWith('baseline.')).map((path) => path.slice('baseline.'.length)));
    const documentedAs = (path: string) => (path.startsWith('scenarios[].') && side.has(path.slice('scenarios[].'.length)) ? `baseline.${path.slice('scenarios[].'.length)}` : path);
    expect(paths.filter((path) => !text.includes(`\`${documentedAs(path)}\``))).toEqual([]);
  });
});
