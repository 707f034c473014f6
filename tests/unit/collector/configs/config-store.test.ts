import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfigStore, type ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

const fixture = JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8'));
const renamed = (name: string) => ({ ...fixture, product: { ...fixture.product, name } });

describe('createConfigStore', () => {
  let client: SqlClient;
  let store: ConfigStore;
  let now = 1_000;

  beforeEach(async () => {
    client = createSqliteClient(':memory:');
    await migrate(client, rebuildRollups);
    store = createConfigStore(client, () => ++now);
  });
  afterEach(() => client.close());

  it('keeps every saved version, numbered, with time, author and label, newest first', async () => {
    await store.save('aster-chair', renamed('One'), { author: 'seed', label: 'first' });
    await store.save('aster-chair', renamed('Two'), { author: 'admin', label: 'second' });
    const history = (await store.history('aster-chair'))!;
    expect(history).toMatchObject({ id: 'aster-chair', latest: 2, published: null });
    expect(history.versions).toEqual([
      { version: 2, createdAt: expect.any(Number), author: 'admin', label: 'second', valid: true },
      { version: 1, createdAt: expect.any(Number), author: 'seed', label: 'first', valid: true },
    ]);
    expect(JSON.parse((await store.version('aster-chair', 1))!.text).product.name).toBe('One');
  });

  it('writes the version number and id into the saved config', async () => {
    await store.save('aster-chair', renamed('One'), { author: 'admin', label: '' });
    const { version } = await store.save('aster-chair', { ...renamed('Two'), version: 99 }, { author: 'admin', label: '' });
    expect(JSON.parse((await store.version('aster-chair', version))!.text)).toMatchObject({ id: 'aster-chair', version: 2 });
  });

  it('keeps an invalid config as an unpublishable version and returns the validator errors', async () => {
    const saved = await store.save('aster-chair', { ...fixture, theme: { accent: 'red' } }, { author: 'admin', label: '' });
    expect(saved.errors).toEqual([expect.objectContaining({ path: 'theme.accent', message: expect.stringMatching(/^theme\.accent/) })]);
    expect((await store.history('aster-chair'))!.versions[0]!.valid).toBe(false);
    const published = await store.publish('aster-chair', saved.version);
    expect(published).toEqual({ ok: false, reason: 'invalid', errors: saved.errors });
    expect(await store.published('aster-chair')).toBeUndefined();
  });

  it('publishes one version at a time; the public text is that version', async () => {
    await store.save('aster-chair', renamed('One'), { author: 'admin', label: '' });
    await store.save('aster-chair', renamed('Two'), { author: 'admin', label: '' });
    expect(await store.publish('aster-chair', 1)).toEqual({ ok: true, version: 1 });
    expect(JSON.parse((await store.published('aster-chair'))!.text).product.name).toBe('One');
    await store.publish('aster-chair', 2);
    expect((await store.published('aster-chair'))!.version).toBe(2);
    expect((await store.history('aster-chair'))!.published).toBe(2);
  });

  it('reverts by saving an old version again as the newest', async () => {
    await store.save('aster-chair', renamed('One'), { author: 'admin', label: '' });
    await store.save('aster-chair', renamed('Two'), { author: 'admin', label: '' });
    const reverted = (await store.revert('aster-chair', 1, 'admin'))!;
    expect(reverted.version).toBe(3);
    const text = JSON.parse((await store.version('aster-chair', 3))!.text);
    expect(text).toMatchObject({ version: 3, product: { name: 'One' } });
    expect((await store.history('aster-chair'))!.versions[0]!.label).toBe('Revert to version 1');
  });

  it.each([
    ['publish', (s: ConfigStore) => s.publish('aster-chair', 7), { ok: false, reason: 'not-found' }],
    ['revert', (s: ConfigStore) => s.revert('aster-chair', 7, 'admin'), undefined],
    ['version', (s: ConfigStore) => s.version('aster-chair', 7), undefined],
    ['history of an unknown id', (s: ConfigStore) => s.history('sofa'), undefined],
  ])('finds nothing for %s of a version that does not exist', async (_, call, expected) => {
    await store.save('aster-chair', renamed('One'), { author: 'admin', label: '' });
    expect(await call(store)).toEqual(expected);
  });

  it('numbers concurrent saves without gaps or collisions', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.save('aster-chair', renamed(`N${i}`), { author: 'admin', label: '' })));
    expect((await store.history('aster-chair'))!.versions.map((v) => v.version)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('lists configs by id with their latest and published versions', async () => {
    await store.save('b-config', { ...renamed('B'), id: 'b-config' }, { author: 'admin', label: '' });
    await store.save('aster-chair', renamed('A'), { author: 'admin', label: '' });
    await store.publish('aster-chair', 1);
    expect((await store.list()).map(({ id, latest, published }) => ({ id, latest, published }))).toEqual([
      { id: 'aster-chair', latest: 1, published: 1 },
      { id: 'b-config', latest: 1, published: null },
    ]);
  });
});
