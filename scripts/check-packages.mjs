// Lints each published package as npm would pack it: publint (the manifest's fields and exports
// against the packed files) and Are the Types Wrong (each entry point's types, as TypeScript
// resolves them under node16 and bundler). Part of `npm test`, after the build.
import { spawnSync } from 'node:child_process';

const PUBLISHED = ['contracts', 'tracker', 'showroom', 'collector'];
// Script-tag builds, exported as files to copy or to point a <script> at, not modules to import:
// they have no types on purpose.
const SCRIPT_FILES = ['./tracker.iife.js', './showroom.iife.js', './showroom-viewer.js'];

let failed = false;
for (const pkg of PUBLISHED) {
  const cwd = `packages/${pkg}`;
  for (const [tool, args] of [
    ['publint', ['--strict']],
    // ESM only: CommonJS callers use import(), which attw's esm-only profile expects.
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', ...SCRIPT_FILES]],
  ]) {
    const run = spawnSync('npx', ['--no-install', tool, ...args], { cwd, encoding: 'utf8' });
    const ok = run.status === 0;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'} @vitrine/${pkg}: ${tool}`);
    if (!ok) console.log(run.stdout + run.stderr);
  }
}
process.exit(failed ? 1 : 0);
