/**
 * The shape of src/ (issue 16): no import cycle between files, and no cycle between folders —
 * data flows one way (load → validate → audit → report → render), so a change has one place to go.
 * Reads the import graph from the sources themselves: static imports, `export … from`, and
 * dynamic `import()` (a lazily loaded module is still a dependency).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]*)['"]|import\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile() && candidate.endsWith('.ts')) return candidate;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const deps = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, (match[1] ?? match[2])!);
      if (target !== undefined) deps.add(target);
    }
    graph.set(file, [...deps]);
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan): each is a cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * The same graph with each file replaced by its top-level folder under src/ — the areas of
 * style.md's layout (cli, profile, rules, plan, report, …; files directly in src/ are '.'), edges
 * inside an area dropped. A rule area's folder (rules/credit) belongs to `rules`: the registry lists
 * the rule modules and they use the rules' shared types, as ESLint's rules and their index do.
 */
function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const area = (file: string) => relative(SRC, dirname(file)).split('/')[0] || '.';
  const folders = new Map<string, Set<string>>();
  for (const [file, deps] of graph) {
    const from = area(file);
    const set = folders.get(from) ?? new Set<string>();
    folders.set(from, set);
    for (const dep of deps) {
      const to = area(dep);
      if (to !== from) set.add(to);
    }
  }
  return new Map([...folders].map(([folder, deps]) => [folder, [...deps]]));
}

const name = (file: string) => relative(SRC, file);

describe('the import graph of src/', () => {
  const graph = importGraph(SRC);

  it('reads real imports (the scan is not blind)', () => {
    // A scan that found nothing would pass every check below.
    expect(graph.get(join(SRC, 'cli/main.ts'))?.length).toBeGreaterThan(2);
    expect([...graph.values()].reduce((n, deps) => n + deps.length, 0)).toBeGreaterThan(100);
  });

  it('has no cycle between files', () => {
    expect(cycles(graph).map((component) => component.map(name).join(' → '))).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });

  it('keeps the language catalogues and the macro data below the rules', () => {
    const folders = folderGraph(graph);
    expect(folders.get('i18n')).not.toContain('rules');
    expect(folders.get('macro')).not.toContain('rules');
    // The rules do use both: the direction that is allowed (and proof the edges are seen).
    expect(folders.get('rules')).toEqual(expect.arrayContaining(['i18n', 'macro']));
  });

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    const c = '/x/c.ts';
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([[a, b, c]]);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  it('command modules never import each other, and shared CLI modules never import a command (only main.ts registers them)', () => {
    const commands = ['check', 'plan', 'roadmap', 'whatif', 'progress', 'rules', 'init', 'schema', 'interview', 'import', 'apr'].map((c) => join(SRC, `cli/${c}.ts`));
    const importers = [...graph.keys()].filter((file) => name(file).startsWith('cli/') && file !== join(SRC, 'cli/main.ts'));
    const offenders: string[] = [];
    for (const file of importers) {
      for (const dep of graph.get(file) ?? []) if (commands.includes(dep)) offenders.push(`${name(file)} → ${name(dep)}`);
    }
    expect(importers.length).toBeGreaterThan(commands.length);
    expect(offenders).toEqual([]);
  });
});
