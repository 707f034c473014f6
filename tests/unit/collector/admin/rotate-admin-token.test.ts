import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../packages/collector/src/parse-cli-args.js';
import { runCliCommand } from '../../../../packages/collector/src/run-cli-command.js';
import { startCollector } from '../../../../packages/collector/src/start-collector.js';

describe('admin token lifecycle', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vitrine-admin-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const status = (url: string, token: string) => fetch(`${url}/api/configs`, { headers: { Authorization: `Bearer ${token}` } }).then((res) => res.status);

  it('creates the token on the first start only, and rotation replaces it while the collector runs', async () => {
    const first = await startCollector({ dataDir, port: 0 });
    const token = first.adminToken!;
    expect(token).toMatch(/^vta_/);
    await first.close();

    const second = await startCollector({ dataDir, port: 0 });
    try {
      expect(second.adminToken).toBeUndefined();
      expect(await status(second.url, token)).toBe(200);
      const printed = await runCliCommand('rotate-admin-token', parseCliArgs(['rotate-admin-token', '--data', dataDir]));
      const fresh = /New admin token: (\S+)/.exec(printed)![1]!;
      expect(await status(second.url, token)).toBe(401);
      expect(await status(second.url, fresh)).toBe(200);
    } finally {
      await second.close();
    }
  });
});
