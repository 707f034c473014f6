import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the shop's page (installPackedShowroom) with one bundler into `project/out/<name>/`, a folder
 * to serve as the site's root (index.html, main.js, its chunks, public/'s files). Each is run as a
 * site would run it, with code splitting, so the 3D view is a chunk the bundler itself emitted.
 */
export const BUNDLERS: Record<'esbuild' | 'vite' | 'webpack', (project: string) => Promise<string>> = {
  async esbuild(project) {
    const { build } = await import('esbuild');
    const out = sitePlainFiles(project, 'esbuild');
    await build({ absWorkingDir: project, entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm', minify: true, outdir: out, logLevel: 'silent' });
    return out;
  },
  async vite(project) {
    const { build } = await import('vite');
    const out = join(project, 'out/vite');
    await build({ root: project, configFile: false, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    return out;
  },
  async webpack(project) {
    const { default: webpack } = await import('webpack');
    const out = sitePlainFiles(project, 'webpack');
    // Not minified: terser over three would only slow the test; module script, so publicPath is named.
    const config = { mode: 'production', context: project, entry: './main.js', output: { path: out, filename: 'main.js', publicPath: '/' }, optimization: { minimize: false }, performance: { hints: false } } as const;
    const stats = await new Promise<import('webpack').Stats>((resolve, reject) => webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))));
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    return out;
  },
};

/** `project/out/<name>/` with index.html and public/'s files, for the bundlers that only write scripts. */
function sitePlainFiles(project: string, name: string): string {
  const out = join(project, 'out', name);
  rmSync(out, { recursive: true, force: true });
  cpSync(join(project, 'public'), out, { recursive: true });
  cpSync(join(project, 'index.html'), join(out, 'index.html'));
  return out;
}
