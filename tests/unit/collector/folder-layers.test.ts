import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The collector reads bottom-up: no folder of packages/collector/src imports from a folder that
// imports from it, directly or around a loop (sql/ at the ground floor, routes/ and the root at the top).
const SRC = 'packages/collector/src';

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

const folderOf = (file: string): string => relative(SRC, dirname(file)).split(sep)[0] || '(root)';

/** Folder -> the folders its files import from (relative imports and re-exports, types included). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)'/gms)) {
      const from = folderOf(file);
      const to = folderOf(normalize(join(dirname(file), specifier!)));
      if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every loop of the graph, each as the folders around it. */
function loops(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): void => {
    state.set(folder, 'open');
    path.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(folder, 'done');
  };
  for (const folder of graph.keys()) if (!state.has(folder)) visit(folder);
  return found;
}

describe('the collector’s folders', () => {
  it('import one another without a loop', () => {
    expect(loops(folderGraph()).map((loop) => loop.join(' -> '))).toEqual([]);
  });

  it('keep the SQL client and the migrations at the ground floor', () => {
    expect([...(folderGraph().get('sql') ?? [])]).toEqual([]);
  });

  it('would see a loop: one import back from sql/ to store/ closes one', () => {
    const graph = folderGraph();
    graph.set('sql', new Set(['store']));
    expect(loops(graph).length).toBeGreaterThan(0);
  });
});
