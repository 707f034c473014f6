// One function returning every build of the monorepo, package by package.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';

const version = (pkg) => JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).version;

/** TypeScript for one package; `types` writes its .d.ts files next to the ESM build. */
const ts = (pkg, { types = false } = {}) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    composite: false,
    incremental: false,
    declaration: types,
    declarationMap: types,
    outDir: `packages/${pkg}/dist`,
    ...(types ? { declarationDir: `packages/${pkg}/dist` } : {}),
    // The bundle is ESM whatever Node's resolution says; rollup resolves the imports.
    module: 'esnext',
    moduleResolution: 'bundler',
    noEmitOnError: true,
  });

/** Replaces build-time constants: the library version and the __DEV__ switch. */
const constants = (pkg, dev) => ({
  name: 'constants',
  transform(code) {
    if (!code.includes('__VERSION__') && !code.includes('__DEV__')) return null;
    return {
      code: code.replaceAll('__VERSION__', JSON.stringify(version(pkg))).replaceAll('__DEV__', String(dev)),
      map: null,
    };
  },
});

const minify = terser({ ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } });

export default () => [
  // ── @vitrine/tracker: ESM for bundlers (idb stays a dependency), with types ──
  {
    input: 'packages/tracker/src/index.ts',
    external: ['idb'],
    plugins: [constants('tracker', true), ts('tracker', { types: true })],
    output: { dir: 'packages/tracker/dist', format: 'es', sourcemap: true },
  },
  // ── @vitrine/tracker: minified IIFE for a script tag, idb bundled, one global ──
  {
    input: 'packages/tracker/src/iife.ts',
    plugins: [constants('tracker', false), nodeResolve(), ts('tracker')],
    output: { file: 'packages/tracker/dist/tracker.iife.js', format: 'iife', sourcemap: true, plugins: [minify] },
  },
  // ── @vitrine/showroom: ESM for bundlers (preact, three and the tracker stay dependencies) ──
  {
    input: 'packages/showroom/src/index.ts',
    external: ['preact', /^preact\//, 'three', /^three\//, '@vitrine/tracker'],
    plugins: [constants('showroom', true), json(), ts('showroom', { types: true })],
    output: { dir: 'packages/showroom/dist', format: 'es', sourcemap: true },
  },
  // ── @vitrine/showroom: minified IIFE for a script tag, with the tracker and preact; no three ──
  {
    input: 'packages/showroom/src/iife.ts',
    plugins: [constants('showroom', false), nodeResolve(), json(), ts('showroom')],
    output: { file: 'packages/showroom/dist/showroom.iife.js', format: 'iife', sourcemap: true, plugins: [minify] },
  },
  // ── @vitrine/showroom: the 3D view with three, an ES module the IIFE import()s from next to itself ──
  {
    input: 'packages/showroom/src/viewer/index.ts',
    plugins: [constants('showroom', false), nodeResolve(), ts('showroom')],
    // Not `minify`: its unsafe_arrows turns three's constructor functions into arrows, which `new` refuses.
    output: { file: 'packages/showroom/dist/showroom-viewer.js', format: 'es', sourcemap: true, plugins: [terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } })] },
  },
  // ── @vitrine/collector: Node ESM library and CLI ──
  {
    input: { index: 'packages/collector/src/index.ts', cli: 'packages/collector/src/cli.ts' },
    external: [...builtinModules, /^node:/, 'better-sqlite3'],
    plugins: [constants('collector', true), ts('collector', { types: true })],
    output: { dir: 'packages/collector/dist', format: 'es', sourcemap: true },
  },
];
