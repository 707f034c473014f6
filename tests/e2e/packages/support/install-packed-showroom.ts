import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * A shop's project outside the workspace, as a developer sets one up: `@vitrine/tracker`,
 * `@vitrine/showroom` and `@vitrine/contracts` (which the showroom depends on) packed with
 * `npm pack` and installed from their tarballs, preact and three (the showroom's peers) beside
 * them, a page that registers <vitrine-showroom> from an import of the package (and uses three
 * itself, as a site with its own 3D does), and in public/ the config and the demo's mug it shows.
 * preact and three come from the workspace's node_modules (`npm ci` put them there), so the install
 * needs no network and no cache. Returns the project's folder (the caller removes it).
 */
export function installPackedShowroom(): string {
  const project = mkdtempSync(join(tmpdir(), 'vitrine-shop-'));
  const tarballs = ['contracts', 'tracker', 'showroom'].map((name) => {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: join(root, 'packages', name), encoding: 'utf8' }),
    ) as [{ filename: string }];
    return join(project, filename);
  });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'shop', private: true, type: 'module' }));
  const peers = ['preact', 'three'].map((name) => join(root, 'node_modules', name));
  execFileSync('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', ...tarballs, ...peers], { cwd: project, stdio: 'pipe' });
  writeFileSync(
    join(project, 'main.js'),
    "import { defineShowroomElement } from '@vitrine/showroom';\nimport { WebGLRenderer } from 'three';\n\ndefineShowroomElement();\nwindow.siteRenderer = WebGLRenderer;\n",
  );
  writeFileSync(
    join(project, 'index.html'),
    [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8"><title>Shop</title><link rel="icon" href="data:,"></head>',
      '<body><vitrine-showroom config="/mug.json"></vitrine-showroom><script type="module" src="/main.js"></script></body></html>',
    ].join('\n'),
  );
  mkdirSync(join(project, 'public/models'), { recursive: true });
  copyFileSync(join(root, 'tests/e2e/pages/configs/mug.json'), join(project, 'public/mug.json'));
  copyFileSync(join(root, 'demo/models/mug.glb'), join(project, 'public/models/mug.glb'));
  return project;
}
