import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfigStore, type ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { seedConfigs } from '../../../../packages/collector/src/configs/seed-configs.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

const fixture = JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8'));

describe('seedConfigs', () => {
  let client: SqlClient;
  let store: ConfigStore;
  let dir: string;
  const lines: string[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vitrine-seed-'));
    client = createSqliteClient(':memory:');
    await migrate(client, rebuildRollups);
    store = createConfigStore(client);
    lines.length = 0;
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes each valid file version 1, published, under its file name', async () => {
    writeFileSync(join(dir, 'aster-chair.json'), JSON.stringify(fixture));
    expect(await seedConfigs(store, dir, (line) => lines.push(line))).toEqual(['aster-chair']);
    expect(await store.published('aster-chair')).toMatchObject({ version: 1 });
    expect(JSON.parse((await store.published('aster-chair'))!.text).id).toBe('aster-chair');
    expect(lines).toEqual([]);
  });

  it('leaves configs already in the store alone, so later starts keep the edits', async () => {
    writeFileSync(join(dir, 'aster-chair.json'), JSON.stringify(fixture));
    await seedConfigs(store, dir, () => {});
    await store.save('aster-chair', { ...fixture, product: { ...fixture.product, name: 'Edited' } }, { author: 'admin', label: '' });
    expect(await seedConfigs(store, dir, () => {})).toEqual([]);
    expect((await store.history('aster-chair'))!.latest).toBe(2);
  });

  it('logs and skips what it cannot use, naming the file and the problem', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    writeFileSync(join(dir, 'list.json'), '[]');
    writeFileSync(join(dir, 'Bad Name.json'), JSON.stringify(fixture));
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ id: 'invalid', version: 1 }));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    expect(await seedConfigs(store, dir, (line) => lines.push(line))).toEqual(['invalid']);
    expect(lines).toEqual([
      expect.stringMatching(/^configs: skipped Bad Name\.json: the file name must be a config id/),
      expect.stringMatching(/^configs: skipped broken\.json: .*JSON/),
      expect.stringMatching(/^configs: invalid\.json saved as version 1 but not published:\n- product is required/),
      'configs: skipped list.json: it must hold a JSON object',
    ]);
    expect(await store.published('invalid')).toBeUndefined();
  });
});
