import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// One contract per boundary: a package reaches another only through that package's published
// exports, by its name, and only one it declares as a dependency; never through a relative path
// into another package's files (which a packed install would not have).
const PACKAGES = readdirSync('packages');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

/** Every module specifier of a file: static imports and re-exports, and import() of a literal. */
const specifiers = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'|\bimport\('([^']+)'\)/gms)].map((m) => (m[1] ?? m[2])!);

const manifest = (pkg: string): { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));

describe.each(PACKAGES)('packages/%s', (pkg) => {
  const files = sources(`packages/${pkg}/src`);

  it('imports no file of another package', () => {
    const reaching = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => relative(resolve('packages', pkg), resolve(dirname(file), specifier)).startsWith(`..${sep}`))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(reaching).toEqual([]);
  });

  it('imports the other @vitrine packages it depends on only', () => {
    const { dependencies = {}, peerDependencies = {} } = manifest(pkg);
    const undeclared = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('@vitrine/'))
        .map((specifier) => specifier.split('/').slice(0, 2).join('/'))
        .filter((name) => !(name in dependencies) && !(name in peerDependencies))
        .map((name) => `${file}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });
});

describe('@vitrine/contracts', () => {
  it('depends on nothing and imports nothing but its own files', () => {
    const { dependencies, peerDependencies } = manifest('contracts');
    expect({ dependencies, peerDependencies }).toEqual({ dependencies: undefined, peerDependencies: undefined });
    expect(sources('packages/contracts/src').flatMap(specifiers).filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('../'))).toEqual([]);
  });
});
