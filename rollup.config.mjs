// One function returning every build of the monorepo, package by package.
import { builtinModules } from 'node:module';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';

const version = (pkg) => JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8')).version;

/**
 * TypeScript for one package; `types` writes its .d.ts files next to the ESM build; `include`
 * narrows it to some files and `outDir` names the build's when a build compiles two packages.
 */
const ts = (pkg, { types = false, include, outDir = `packages/${pkg}/dist` } = {}) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    ...(include && { include }),
    composite: false,
    incremental: false,
    declaration: types,
    declarationMap: types,
    outDir,
    ...(types ? { declarationDir: `packages/${pkg}/dist` } : {}),
    // The bundle is ESM whatever Node's resolution says; rollup resolves the imports.
    module: 'esnext',
    moduleResolution: 'bundler',
    noEmitOnError: true,
  });

/**
 * Replaces build-time constants: the library version (of the package a source file is in, else
 * `pkg`'s) and the __DEV__ switch.
 */
const constants = (pkg, dev) => ({
  name: 'constants',
  transform(code, id) {
    if (!code.includes('__VERSION__') && !code.includes('__DEV__')) return null;
    const own = /[\\/]packages[\\/]([^\\/]+)[\\/]src[\\/]/.exec(id)?.[1] ?? pkg;
    return {
      code: code.replaceAll('__VERSION__', JSON.stringify(version(own))).replaceAll('__DEV__', String(dev)),
      map: null,
    };
  },
});

/**
 * The config schema as the script-tag build's validator needs it: without the annotations (title,
 * description, examples, $comment), which it never reads and are half its size, the strings' list
 * (rebuilt from DEFAULT_STRINGS) and keywords that change nothing. Keys under `properties` and
 * `$defs` are names of config fields (a quiz has a `title`), so those are walked into but never deleted.
 */
const stripSchemaDocs = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    if (!id.endsWith('.schema.json')) return null;
    const NAMED = new Set(['properties', '$defs', 'definitions', 'patternProperties']);
    const strip = (node) => {
      if (Array.isArray(node)) return node.map(strip);
      if (node === null || typeof node !== 'object') return node;
      const out = {};
      for (const [key, value] of Object.entries(node)) {
        if (['title', 'description', 'examples', '$comment'].includes(key) && typeof value !== 'object') continue;
        if (key === 'examples') continue;
        out[key] = NAMED.has(key) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)])) : strip(value);
      }
      return out;
    };
    const schema = strip(JSON.parse(code));
    // The list of replaceable strings is DEFAULT_STRINGS's keys, which the bundle has already: the
    // validator rebuilds it (check-config.ts), so this build drops it, after checking that every
    // entry is the one shape that rebuild gives.
    const strings = schema.$defs.strings.properties;
    for (const [key, value] of Object.entries(strings)) {
      if (JSON.stringify(value) !== '{"type":"string","minLength":0,"maxLength":500}') throw new Error(`schema build: strings.${key} is not a plain text of at most 500 characters; update check-config.ts and rollup.config.mjs`);
    }
    schema.$defs.strings.properties = {};
    // The channels' names (GA4's nineteen) are checked by the chunk that works out a visit's channel
    // (audience/visit-channel.ts), fetched only for a config whose experiments name channels: here
    // they need only be text.
    const channels = schema.$defs.experiment.properties.audience.properties.channels;
    if (channels.items.enum?.length !== 19) throw new Error('schema build: experiment.audience.channels no longer lists the 19 channels; update visit-channel.ts and rollup.config.mjs');
    channels.items = { type: 'string' };
    // What the validator never reads, or reads to no effect.
    delete schema.$schema;
    delete schema.$id;
    const dropNoOps = (node) => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node.required) && node.required.length === 0) delete node.required;
      if (node.minLength === 0) delete node.minLength;
      Object.values(node).forEach(dropNoOps);
    };
    dropNoOps(schema);
    // A definition referenced once goes in its one place: its `$ref` and `$defs` key cost more than
    // they share (164 B gzip), and checkSchema's paths are the document's, so no message changes.
    // `strings` stays, where check-config.ts rebuilds its list.
    const uses = {};
    JSON.stringify(schema, (key, value) => (key === '$ref' && (uses[value] = (uses[value] ?? 0) + 1), value));
    const once = Object.keys(schema.$defs).filter((name) => name !== 'strings' && uses[`#/$defs/${name}`] === 1);
    const inline = (node) => {
      if (node === null || typeof node !== 'object') return node;
      const name = node.$ref?.slice('#/$defs/'.length);
      if (once.includes(name) && Object.keys(node).length === 1) return inline(schema.$defs[name]);
      for (const key in node) node[key] = inline(node[key]);
      return node;
    };
    inline(schema);
    for (const name of once) delete schema.$defs[name];
    return { code: JSON.stringify(schema), map: null };
  },
});

/**
 * `@vitrine/tracker` from its source instead of its ESM dist (built with __DEV__ on, for bundlers):
 * the script-tag build gets the minified tracker, as tracker.iife.js does.
 */
const trackerFromSource = () => ({
  name: 'tracker-from-source',
  resolveId(source) {
    return source === '@vitrine/tracker' ? resolve('packages/tracker/src/index.ts') : null;
  },
});

/**
 * `@vitrine/contracts` from its source instead of its ESM dist, for the script-tag builds: the
 * config schema then comes in as JSON, which stripSchemaDocs slims, instead of as the dist's object
 * with every annotation. Its modules have no side effects (package.json says so for bundlers; this
 * says it for rollup), so those the build does not use are left out entirely.
 */
const contractsFromSource = () => ({
  name: 'contracts-from-source',
  resolveId(source) {
    return source === '@vitrine/contracts' ? resolve('packages/contracts/src/index.ts') : null;
  },
});
const contractsPure = { moduleSideEffects: (id) => !id.includes(`${resolve('packages/contracts/src')}/`) };

/**
 * The script-tag build's JSX calls preact's createElement (showroom/src/jsx.ts), which render()
 * needs anyway, instead of preact/jsx-runtime's second vnode factory: 100 B gzip less in the core.
 */
const jsxFromCreateElement = () => ({
  name: 'jsx-from-create-element',
  resolveId(source) {
    return source === 'preact/jsx-runtime' ? resolve('packages/showroom/src/jsx.ts') : null;
  },
});

/**
 * The script-tag build loads the prebuilt showroom-viewer.js next to showroom-core.js (three
 * inlined, slimmed) instead of the ESM build's import() of the viewer module, which a bundler follows.
 */
const viewerFromFile = () => ({
  name: 'viewer-from-file',
  resolveId(source, importer) {
    return source === './viewer/load-viewer.js' && importer?.endsWith('mount-showroom.ts') ? resolve('packages/showroom/src/viewer/load-viewer-file.ts') : null;
  },
});

/**
 * The editor previews with the script-tag build's viewer (shipped beside it as showroom/showroom-viewer.js,
 * passed as `viewerUrl`), so the ESM build's viewer module, three with it, stays out of its bundle.
 */
const viewerChunkAside = () => ({
  name: 'viewer-chunk-aside',
  resolveId(source, importer) {
    const target = importer && source.startsWith('.') ? resolve(dirname(importer), source) : '';
    return target === resolve('packages/showroom/dist/viewer/index.js') ? { id: './showroom/showroom-viewer.js', external: true } : null;
  },
});

/** Copies `files` (paths from the repository root) next to the build's output, as they are but for our CSS's comments (written for the reader of the source, not the browser). */
const copyFiles = (files) => ({
  name: 'copy-files',
  buildStart() {
    for (const file of files) this.addWatchFile(file);
  },
  generateBundle() {
    for (const file of files) {
      const source = file.startsWith('packages/') && file.endsWith('.css') ? readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') : readFileSync(file);
      this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source });
    }
  },
});

/**
 * The collector serves the marketer's pages, so its package ships them built: the dashboard, the
 * editor, and the showroom's 3D chunk for the editor's preview, copied into its dist/pages/ once
 * they are written (this plugin sits on the last config).
 */
const shipAdminPages = () => ({
  name: 'ship-admin-pages',
  writeBundle() {
    const pages = 'packages/collector/dist/pages';
    rmSync(pages, { recursive: true, force: true });
    cpSync('packages/dashboard/dist', `${pages}/dashboard`, { recursive: true });
    cpSync('packages/editor/dist', `${pages}/editor`, { recursive: true });
    for (const file of readdirSync('packages/showroom/dist').filter((name) => /^showroom-viewer\.js(\.map)?$|\.wasm$/.test(name))) {
      cpSync(`packages/showroom/dist/${file}`, `${pages}/editor/showroom/${file}`);
    }
  },
});

const minify = terser({ ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } });

// ── the viewer chunk's diet: three's builds minus what a product view never uses ──
// Each patch throws when its text is not found, so a three upgrade fails the build instead of
// silently shipping the bytes again (or a broken loader): read the new source and redo the patch.

/** `code` with `from` replaced by `to` (a string or a RegExp); throws when `from` is not there. */
function patch(code, file, from, to) {
  const out = code.replace(from, to);
  if (out === code) throw new Error(`viewer build: ${file} no longer contains ${from}; update rollup.config.mjs`);
  return out;
}

/** Deletes the class method `name` of three's formatting (one tab in, its `}` on its own line). */
const method = (name) => new RegExp(`\n\t${name}\\( [^\n]*\\{\n[\\s\\S]*?\n\t\\}\n`);

/** GLTFLoader's extensions the viewer keeps: meshopt, emissive strength, WebP. Others load as plain PBR. */
const GLTF_KEPT = /GLTFMeshoptCompression|GLTFMaterialsEmissiveStrengthExtension|GLTFTextureWebPExtension/;

const slimThree = () => ({
  name: 'slim-three',
  transform(code, id) {
    if (id.endsWith('/three/build/three.module.js')) {
      // WebXR (~4 KB gzip): the renderer is shared and draws into 2D canvases, so it never presents
      // to a headset; AR goes through Scene Viewer / Quick Look links. Every member three calls:
      let out = patch(code, id, 'const xr = new WebXRManager( _this, _gl );', 'const xr = { enabled: false, isPresenting: false, cameraAutoUpdate: false, addEventListener() {}, removeEventListener() {}, setAnimationLoop() {}, dispose() {}, getEnvironmentBlendMode() {}, getDepthSensingMesh() { return null; }, hasDepthSensing() { return false; }, updateCamera() {}, getCamera() {} };');
      // Shader chunks without indentation and padding inside brackets (GLSL ignores both; a space
      // before `(` is kept: it separates an object-like #define from its value).
      out = patch(out, id, /^var \w+ = "(?:[^"\\\n]|\\.)*";$/gm, (line) =>
        line.replace(/(\\n)(?:\\t| )+/g, '$1').replace(/(?:\\t| )+(?=\\n)/g, '').replace(/([([]) /g, '$1').replace(/ ([)\]])/g, '$1'),
      );
      // Shaders of materials the viewer never makes: GLTFLoader makes standard materials (and points
      // and lines), the viewer basic and shadow ones, RoomEnvironment Lambert ones (its lights);
      // never Phong, toon, matcap, sprites or dashed lines. Their programs and lighting chunks become empty.
      const unused = /^\t(?:(?:meshphong|meshtoon|meshmatcap|sprite|linedashed)_(?:vert|frag)|lights_(?:phong|toon)_\w+|gradientmap_pars_fragment): ([\w$]+),?$/gm;
      const names = [...out.matchAll(unused)].map((m) => m[1]);
      if (names.length !== 15) throw new Error(`viewer build: three's ShaderChunk lists ${names.length} of the 15 unused shaders; update rollup.config.mjs`);
      for (const name of names) out = patch(out, id, new RegExp(`^((?:var|const) ${name.replace('$', '\\$')} = )"(?:[^"\\\\\\n]|\\\\.)*";$`, 'm'), '$1"";');
      // The studio environment's prefiltering (PMREMGenerator), most of the GPU's work before the
      // first frame: 64 GGX samples per texel of the sharp levels instead of 256 (the shader's mip
      // bias follows the count, so each sample reads a wider texel and the lobe stays smooth), and
      // the three roughest levels integrated from 8×8 texels a face instead of 16×16 (their lobes
      // span a quarter of the sphere and more). With shared-renderer.ts's unblurred room this took
      // the environment from 2.7 s to 0.6–0.8 s of SwiftShader time, and no demo model's first
      // frame moved by more than 14/255 in any channel (the glossy vase's highlights, now crisper).
      out = patch(out, id, 'const GGX_SAMPLES = 256;', 'const GGX_SAMPLES = 64;');
      out = patch(out, id, 'const INTEGRATION_SIZE = 16;', 'const INTEGRATION_SIZE = 8;');
      return { code: out, map: null };
    }
    if (id.endsWith('/examples/jsm/loaders/GLTFLoader.js')) {
      let out = patch(code, id, /\t\tthis\.register\( function \( parser \) \{\s*return new (\w+)\([^)]*\);\s*\} \);\n/g, (all, name) => (GLTF_KEPT.test(name) ? all : ''));
      // Animations (~5 KB gzip with three's animation system): a product view never plays them.
      out = patch(out, id, method('loadAnimation'), '\n\tloadAnimation() { return Promise.resolve( null ); }\n');
      for (const name of ['_createAnimationTracks', '_getArrayFromAccessor', '_createCubicSplineTrackInterpolant']) out = patch(out, id, method(name), '\n');
      // A GLB's embedded images decoded straight from their bytes (as ImageBitmapLoader decodes what
      // it fetched), not fetched back from a blob: URL made for them: no `connect-src blob:` in a
      // page's CSP, and no fetch that leaving the page aborts (Firefox then logged "Couldn't load
      // texture blob:…" as an error). Where the loader is not an ImageBitmapLoader (Safari < 17), the
      // blob: URL stays, loaded as an <img>.
      out = patch(
        out,
        id,
        '\t\t} else {\n\n\t\t\tif ( sourceDef.bufferView !== undefined ) {\n',
        `\t\t} else if ( sourceDef.bufferView !== undefined && loader.isImageBitmapLoader === true ) {
\t\t\tpending = parser.getDependency( 'bufferView', sourceDef.bufferView ).then( function ( bufferView ) {
\t\t\t\treturn createImageBitmap( new Blob( [ bufferView ], { type: sourceDef.mimeType } ), Object.assign( {}, loader.options, { colorSpaceConversion: 'none' } ) );
\t\t\t} ).then( function ( imageBitmap ) {
\t\t\t\tconst texture = new Texture( imageBitmap );
\t\t\t\ttexture.needsUpdate = true;
\t\t\t\treturn texture;
\t\t\t} );
\t\t} else {\n\n\t\t\tif ( sourceDef.bufferView !== undefined ) {\n`,
      );
      return { code: out, map: null };
    }
    return null;
  },
});

/**
 * The meshopt decoder's WebAssembly as two files next to the chunk (meshopt-decoder.wasm and its
 * SIMD build, ~8 KB gzip less JS before the first frame), fetched when the chunk is evaluated, in
 * parallel with the model. CSP: compiling WebAssembly needs `script-src 'wasm-unsafe-eval'`, and
 * `connect-src` must allow the chunk's origin. No eval, no Worker (useWorkers is never called).
 */
const meshoptWasmApart = () => ({
  name: 'meshopt-wasm-apart',
  transform(code, id) {
    if (!id.endsWith('/examples/jsm/libs/meshopt_decoder.module.js')) return null;
    const string = (name) => /'([^']*)'/.exec(code.slice(code.indexOf(`var ${name} =`)))?.[1] ?? '';
    const wasmpack = (/var wasmpack = new Uint8Array\(\[([^\]]*)\]/.exec(code)?.[1] ?? '').match(/\d+/g)?.map(Number) ?? [];
    // The decoder's own `unpack`, run at build time.
    const unpack = (data) => {
      const bytes = [...data].map((c) => { const ch = c.charCodeAt(0); return ch > 96 ? ch - 97 : ch > 64 ? ch - 39 : ch + 4; });
      const out = [];
      for (let i = 0; i < bytes.length; ++i) out.push(bytes[i] < 60 ? wasmpack[bytes[i]] : (bytes[i] - 60) * 64 + bytes[++i]);
      return Uint8Array.from(out);
    };
    for (const [name, fileName] of [['wasm_base', 'meshopt-decoder.wasm'], ['wasm_simd', 'meshopt-decoder.simd.wasm']]) {
      const source = unpack(string(name));
      if (!WebAssembly.validate(source)) throw new Error(`viewer build: ${name} of ${id} did not unpack to WebAssembly`);
      this.emitFile({ type: 'asset', fileName, source });
    }
    let out = patch(code, id, /var wasm_base =\s*'[^']*';/, "var wasm_base = '';");
    out = patch(out, id, /var wasm_simd =\s*'[^']*';/, "var wasm_simd = '';");
    out = patch(
      out,
      id,
      'var wasm = WebAssembly.validate(detector) ? unpack(wasm_simd) : unpack(wasm_base);',
      "var wasm = fetch(new URL(WebAssembly.validate(detector) ? 'meshopt-decoder.simd.wasm' : 'meshopt-decoder.wasm', import.meta.url)).then(function (response) { if (!response.ok) throw new Error('meshopt decoder: HTTP ' + response.status); return response.arrayBuffer(); });",
    );
    out = patch(out, id, 'var ready = WebAssembly.instantiate(wasm, {}).then(', 'var ready = wasm.then(function (bytes) { return WebAssembly.instantiate(bytes, {}); }).then(');
    return { code: out, map: null };
  },
});

export default () => [
  // ── @vitrine/contracts: ESM with types, first: every other build reads its dist or its source ──
  {
    input: 'packages/contracts/src/index.ts',
    plugins: [json(), ts('contracts', { types: true })],
    output: { dir: 'packages/contracts/dist', format: 'es', sourcemap: true },
  },
  // ── @vitrine/tracker: ESM for bundlers (idb stays a dependency), with types ──
  {
    input: 'packages/tracker/src/index.ts',
    external: ['idb'],
    plugins: [constants('tracker', true), ts('tracker', { types: true })],
    output: { dir: 'packages/tracker/dist', format: 'es', chunkFileNames: 'chunks/[name].js', sourcemap: true },
  },
  // ── @vitrine/tracker: minified IIFE for a script tag, idb bundled, one global ──
  {
    input: 'packages/tracker/src/iife.ts',
    plugins: [constants('tracker', false), nodeResolve(), ts('tracker')],
    output: { file: 'packages/tracker/dist/tracker.iife.js', format: 'iife', sourcemap: true, plugins: [minify] },
  },
  // ── @vitrine/showroom: ESM for bundlers (preact, three and the tracker stay imports); the 3D view
  //    is dist/viewer/index.js, which mountShowroom import()s, so the page's bundler emits it as a chunk;
  //    react.js is empty, its react.d.ts the React JSX typing ──
  {
    input: { index: 'packages/showroom/src/index.ts', 'viewer/index': 'packages/showroom/src/viewer/index.ts', 'config/index': 'packages/showroom/src/config/index.ts', react: 'packages/showroom/src/react.ts' },
    external: ['preact', /^preact\//, 'three', /^three\//, '@vitrine/tracker', '@vitrine/contracts'],
    // The schema is @vitrine/contracts'; a copy keeps `@vitrine/showroom/showroom.schema.json` working.
    plugins: [constants('showroom', true), copyFiles(['packages/contracts/src/config/showroom.schema.json']), ts('showroom', { types: true })],
    output: { dir: 'packages/showroom/dist', format: 'es', chunkFileNames: 'chunks/[name].js', sourcemap: true },
  },
  // ── @vitrine/showroom: the script tag's file, a minified IIFE with the tracker that import()s the core ──
  {
    input: 'packages/showroom/src/iife.ts',
    plugins: [constants('showroom', false), trackerFromSource(), nodeResolve(), ts('showroom', { include: resolve('packages/showroom/src/**') }), ts('tracker', { include: resolve('packages/tracker/src/**'), outDir: 'packages/showroom/dist' })],
    output: { file: 'packages/showroom/dist/showroom.iife.js', format: 'iife', sourcemap: true, plugins: [minify] },
  },
  // ── @vitrine/showroom: the script tag's ES modules, with preact; the quiz and hotspots split off ──
  {
    input: { 'showroom-core': 'packages/showroom/src/start-showrooms.ts' },
    // The chunks import preact and the shell from the core itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    treeshake: contractsPure,
    plugins: [
      constants('showroom', false),
      viewerFromFile(),
      jsxFromCreateElement(),
      trackerFromSource(),
      contractsFromSource(),
      stripSchemaDocs(),
      nodeResolve(),
      json(),
      ts('showroom', { include: resolve('packages/showroom/src/**') }),
      ts('tracker', { include: resolve('packages/tracker/src/**'), outDir: 'packages/showroom/dist' }),
      ts('contracts', { include: resolve('packages/contracts/src/**'), outDir: 'packages/showroom/dist' }),
    ],
    output: { dir: 'packages/showroom/dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'showroom-[name].js', sourcemap: true, plugins: [minify] },
  },
  // ── @vitrine/showroom: the 3D view with three, an ES module the IIFE import()s from next to itself ──
  {
    input: 'packages/showroom/src/viewer/index.ts',
    treeshake: contractsPure,
    plugins: [constants('showroom', false), slimThree(), meshoptWasmApart(), contractsFromSource(), nodeResolve(), json(), ts('showroom'), ts('contracts', { include: resolve('packages/contracts/src/**'), outDir: 'packages/showroom/dist' })],
    // Not `minify`: its unsafe_arrows turns three's constructor functions into arrows, which `new` refuses.
    output: { file: 'packages/showroom/dist/showroom-viewer.js', format: 'es', sourcemap: true, plugins: [terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } })] },
  },
  // ── @vitrine/editor: the config editor page the collector serves at /admin/editor/ (showroom from its ESM dist) ──
  {
    input: 'packages/editor/src/main.tsx',
    plugins: [
      constants('editor', false),
      copyFiles(['packages/editor/src/index.html', 'packages/editor/src/editor.css']),
      viewerChunkAside(),
      nodeResolve(),
      ts('editor'),
    ],
    output: { dir: 'packages/editor/dist', format: 'es', sourcemap: true, entryFileNames: 'editor.js', plugins: [minify] },
  },
  // ── @vitrine/collector: Node ESM library and CLI ──
  {
    input: { index: 'packages/collector/src/index.ts', cli: 'packages/collector/src/cli.ts' },
    external: [...builtinModules, /^node:/, 'better-sqlite3', 'pg', '@vitrine/contracts'],
    plugins: [constants('collector', true), ts('collector', { types: true })],
    output: { dir: 'packages/collector/dist', format: 'es', sourcemap: true },
  },
  // ── @vitrine/dashboard: the marketer's page the collector serves at /admin/dashboard/ (preact and uPlot bundled) ──
  {
    input: 'packages/dashboard/src/main.tsx',
    plugins: [
      // uPlot's stylesheet as a file of its own: the page's CSP refuses inline style elements.
      copyFiles(['packages/dashboard/src/index.html', 'packages/dashboard/src/dashboard.css', 'node_modules/uplot/dist/uPlot.min.css']),
      nodeResolve(),
      ts('dashboard'),
      shipAdminPages(),
    ],
    output: { file: 'packages/dashboard/dist/dashboard.js', format: 'es', sourcemap: true, plugins: [minify] },
  },
];
