import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveConfigAnswer } from '../../../packages/contracts/src/index.js';

// The collector as `npm install @vitrine/collector` lays it out, outside the workspace: its packed
// tarball and those of the @vitrine packages it depends on, unpacked in a node_modules folder where
// nothing else of the repository resolves (no sources, no built pages, no package it does not
// depend on: a server install must not need the widget). Its other dependencies (better-sqlite3,
// pg) are links to the repository's installed copies, which find their own dependencies there.
const scratch = mkdtempSync(join(tmpdir(), 'vitrine-installed-'));
const modules = join(scratch, 'node_modules');
const installed = join(modules, '@vitrine/collector');
const cli = join(installed, 'dist/cli.js');

/** Packs packages/`name` and unpacks it as node_modules/@vitrine/`name`. */
function unpack(name: string): void {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: `packages/${name}`, encoding: 'utf8' }),
  ) as [{ filename: string }];
  mkdirSync(join(modules, '@vitrine', name), { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', join(modules, '@vitrine', name), '--strip-components=1']);
}

/** The dependencies the installed collector's package.json names. */
const dependencies = (): string[] => Object.keys((JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: object }).dependencies);

beforeAll(() => {
  unpack('collector');
  for (const name of dependencies()) {
    if (name.startsWith('@vitrine/')) unpack(name.slice('@vitrine/'.length));
    else symlinkSync(resolve('node_modules', name), join(modules, name), 'dir');
  }
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts `vitrine-collector` and reads its first lines: the URL and the new admin token. */
async function start(data: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'inherit'] });
  let url = '';
  for await (const line of createInterface({ input: child.stdout! })) {
    url ||= /listening on (\S+)/.exec(line)?.[1] ?? '';
    const token = /^Admin token .*: (\S+)$/.exec(line)?.[1];
    if (token) return { child, url, token };
  }
  throw new Error('the collector exited before printing its admin token');
}

describe('@vitrine/collector installed from its tarball', () => {
  it('installs the contracts it validates configs with, not the widget (preact and three)', () => {
    expect(dependencies()).toContain('@vitrine/contracts');
    expect(dependencies().filter((name) => ['@vitrine/showroom', 'preact', 'three'].includes(name))).toEqual([]);
  });

  it('serves the dashboard and the editor, with the 3D chunk of the editor’s preview', async () => {
    const { child, url, token } = await start(join(scratch, 'data'));
    try {
      const login = await fetch(`${url}/admin/login`, { method: 'POST', body: new URLSearchParams({ token, next: '/admin/dashboard/' }), redirect: 'manual' });
      const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(cookie).not.toBe('');
      for (const page of ['/admin/dashboard/', '/admin/editor/', '/admin/editor/showroom/showroom-viewer.js']) {
        const answer = await fetch(`${url}${page}`, { headers: { cookie } });
        expect(answer.status, page).toBe(200);
      }
      expect(await (await fetch(`${url}/admin/dashboard/`, { headers: { cookie } })).text()).toContain('dashboard.js');
    } finally {
      child.kill();
      await once(child, 'exit');
    }
  }, 60_000);

  it('checks a saved config with the contracts’ validator', async () => {
    const { child, url, token } = await start(join(scratch, 'data-configs'));
    try {
      const saved = await fetch(`${url}/api/configs/mug/versions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ config: { experiences: 'a 3D view' } }),
      });
      expect(saved.status).toBe(201);
      const answer = (await saved.json()) as SaveConfigAnswer;
      expect(answer.publishable).toBe(false);
      expect(answer.errors.map((problem) => problem.path)).toContain('experiences');
    } finally {
      child.kill();
      await once(child, 'exit');
    }
  }, 60_000);

  it('says what is missing when asked for the demo, which only a clone of the repository has', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--data', join(scratch, 'demo-data'), '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--demo serves the repository's demo\/ folder, which is not at .*demo: run it from a clone of the repository \(npm start\)/);
  }, 60_000);
});
