import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What `npm publish` would ship of each package, read from `npm pack --dry-run` after the build
// (the test command builds first): every path its package.json promises must be in it.
const PUBLISHED = ['contracts', 'tracker', 'showroom', 'collector'];

interface Manifest {
  name: string;
  private?: boolean;
  main?: string;
  module?: string;
  types?: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  license?: string;
  repository?: { url: string; directory: string };
  homepage?: string;
  keywords?: string[];
  publishConfig?: { access: string };
}

const manifest = (pkg: string): Manifest => JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')) as Manifest;

function packedFiles(pkg: string): Set<string> {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: `packages/${pkg}`, encoding: 'utf8' });
  const [{ files }] = JSON.parse(out) as [{ files: { path: string }[] }];
  return new Set(files.map((file) => file.path));
}

/** Every file a manifest points at: main, module, types, bin and each exports condition. */
function promised(m: Manifest): string[] {
  const targets = [m.main, m.module, m.types, ...Object.values(m.bin ?? {})];
  for (const target of Object.values(m.exports ?? {})) targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
  return targets.filter((path): path is string => path !== undefined).map((path) => path.replace(/^\.\//, ''));
}

describe.each(PUBLISHED)('@vitrine/%s as packed', (pkg) => {
  const m = manifest(pkg);
  const files = packedFiles(pkg);

  it('ships every file its package.json points at', () => {
    expect(promised(m).filter((path) => !files.has(path))).toEqual([]);
  });

  it('ships a README and the licence, and the sources its maps point at', () => {
    expect(files.has('README.md') && files.has('LICENSE')).toBe(true);
    const maps = [...files].filter((path) => path.endsWith('.d.ts.map'));
    const missing = maps.flatMap((map) => {
      const { sources } = JSON.parse(readFileSync(`packages/${pkg}/${map}`, 'utf8')) as { sources: string[] };
      return sources.map((source) => new URL(source, `file:///${map}`).pathname.slice(1)).filter((path) => !files.has(path));
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('says where it comes from and how it is published', () => {
    expect(m.private).toBeUndefined();
    expect(m).toMatchObject({ license: 'MIT', publishConfig: { access: 'public' }, repository: { directory: `packages/${pkg}` } });
    expect(m.homepage).toMatch(/^https:\/\//);
    expect(m.keywords?.length).toBeGreaterThan(0);
  });
});
