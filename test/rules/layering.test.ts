/**
 * The folders of src/ depend on each other in one direction (issue 16): no folder imports one that
 * imports it back, so the rules can use i18n and macro but neither reaches up into the rules.
 * Read from the sources' import lines (static and dynamic), type-only imports included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The folder right under src/ a file is in; files directly in src/ are shared leaves and belong to none. */
const folderOf = (file: string): string | undefined => {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
};

/** Folder → the folders its files import from, with one importing file each, for the message. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    if (from === undefined) continue;
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), spec!));
      if (to === undefined || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, relative(SRC, file));
    }
  }
  return graph;
}

/** Every pair of folders that import each other, directly or through others: "a → b → a". */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const reach = (start: string, node: string, path: string[], seen: Set<string>) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) found.push([...path, next].join(' → '));
      else if (!seen.has(next) && next > start) {
        seen.add(next);
        reach(start, next, [...path, next], seen);
      }
    }
  };
  for (const start of [...graph.keys()].sort()) reach(start, start, [start], new Set());
  return found;
}

describe('folder layering', () => {
  const graph = folderGraph();

  it('has no folder importing one that imports it back', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps i18n and macro below the rules: neither imports from src/rules', () => {
    expect(graph.get('i18n')?.get('rules')).toBeUndefined();
    expect(graph.get('macro')?.get('rules')).toBeUndefined();
    // The rules do use both, which is the direction that is allowed.
    expect(graph.get('rules')?.has('i18n')).toBe(true);
    expect(graph.get('rules')?.has('macro')).toBe(true);
  });
});
