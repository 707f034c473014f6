import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The collector as `npm install @vitrine/collector` lays it out: its packed tarball unpacked in a
// node_modules folder, away from the workspace's sources and built pages. Its dependencies
// (better-sqlite3, pg) resolve from the repository's node_modules above it, as installed ones would.
const scratch = mkdtempSync(resolve('node_modules/.vitrine-installed-'));
const installed = join(scratch, 'node_modules/@vitrine/collector');
const cli = join(installed, 'dist/cli.js');

beforeAll(() => {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: 'packages/collector', encoding: 'utf8' }),
  ) as [{ filename: string }];
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1']);
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

  it('says what is missing when asked for the demo, which only a clone of the repository has', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--data', join(scratch, 'demo-data'), '--demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--demo serves the repository's demo\/ folder, which is not at .*demo: run it from a clone of the repository \(npm start\)/);
  }, 60_000);
});
