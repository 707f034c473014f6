import type { AdminRoute } from './admin-route.js';

/** The routes whose `path` pattern matches `path` (one per method), with their parameters (`{name}`, and `rest` for `*`). */
export function matchAdminRoute(routes: readonly AdminRoute[], path: string): { route: AdminRoute; params: Record<string, string> }[] {
  const found: { route: AdminRoute; params: Record<string, string> }[] = [];
  for (const route of routes) {
    const names: string[] = [];
    const source = route.path
      .split(/(\{\w+\}|\*$)/)
      .map((part) => {
        const name = part === '*' ? 'rest' : /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return name === 'rest' ? '(.*)' : '([^/]+)';
      })
      .join('');
    const match = new RegExp(`^${source}$`).exec(path);
    if (!match) continue;
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, i) => [name, name === 'rest' ? match[i + 1]! : decodeURIComponent(match[i + 1]!)]));
    } catch {
      continue; // an undecodable %-escape names no config
    }
    found.push({ route, params });
  }
  return found;
}
