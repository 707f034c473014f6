import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfigStore, type ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { SUBJECTS } from '../store/conformance/store-subjects.js';

const fixture = JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8'));
const named = (id: string, name: string) => ({ ...fixture, id, product: { ...fixture.product, name } });

// The same store code over both databases: the compare-and-set must hold on each.
describe.each(SUBJECTS)('ConfigStore.saveAndPublish on $name', (subject) => {
  let client: SqlClient;
  let store: ConfigStore;
  let configs = 0;
  /** A config id of its own with version 1 saved and published. */
  const published = async (): Promise<string> => {
    const id = `chair-${++configs}`;
    await store.save(id, named(id, 'One'), { author: 'seed', label: '' });
    await store.publish(id, 1);
    return id;
  };

  beforeAll(async () => {
    client = await subject.client();
    await migrate(client, rebuildRollups);
    store = createConfigStore(client);
  });
  afterAll(() => client.close());

  it('saves the next version with its label and publishes it', async () => {
    const id = await published();
    await store.save(id, named(id, 'Draft'), { author: 'admin', label: 'a draft' });
    const result = await store.saveAndPublish(id, named(id, 'Shipped'), { author: 'admin', label: 'Shipped arm B' }, 1);
    expect(result).toEqual({ ok: true, version: 3, warnings: [] });
    const history = (await store.history(id))!;
    expect(history).toMatchObject({ latest: 3, published: 3 });
    expect(history.versions[0]).toMatchObject({ version: 3, author: 'admin', label: 'Shipped arm B', valid: true });
    expect(JSON.parse((await store.published(id))!.text)).toMatchObject({ id, version: 3, product: { name: 'Shipped' } });
  });

  it('refuses as stale, saving nothing, when another version was published since', async () => {
    const id = await published();
    await store.save(id, named(id, 'Two'), { author: 'admin', label: '' });
    await store.publish(id, 2);
    expect(await store.saveAndPublish(id, named(id, 'Late'), { author: 'admin', label: '' }, 1)).toEqual({ ok: false, reason: 'stale', published: 2 });
    expect(await store.history(id)).toMatchObject({ latest: 2, published: 2 });
  });

  it('lets exactly one of two concurrent decisions on the same version through', async () => {
    const id = await published();
    const results = await Promise.all(['A', 'B'].map((arm) => store.saveAndPublish(id, named(id, arm), { author: 'admin', label: arm }, 1)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'stale', published: 2 }]);
    expect(await store.history(id)).toMatchObject({ latest: 2, published: 2 });
  });

  it('refuses an invalid config with the validator errors and saves nothing', async () => {
    const id = await published();
    const result = await store.saveAndPublish(id, { ...named(id, 'Bad'), theme: { accent: 'red' } }, { author: 'admin', label: '' }, 1);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: [expect.objectContaining({ path: 'theme.accent' })] });
    expect(await store.history(id)).toMatchObject({ latest: 1, published: 1 });
  });

  it('refuses as stale for a config never published or unknown', async () => {
    await store.save('never-published', named('never-published', 'One'), { author: 'admin', label: '' });
    expect(await store.saveAndPublish('never-published', named('never-published', 'X'), { author: 'admin', label: '' }, 1)).toEqual({ ok: false, reason: 'stale', published: null });
    expect(await store.saveAndPublish('nobody', named('nobody', 'X'), { author: 'admin', label: '' }, 1)).toEqual({ ok: false, reason: 'stale', published: null });
  });
});
