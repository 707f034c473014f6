import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { readLiveExperiments } from '../../../../packages/collector/src/metrics/read-live-experiments.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { ASTER_CHAIR as fixture, openConfigStore } from '../configs/open-config-store.js';

describe('readLiveExperiments', () => {
  let client: SqlClient;
  let store: ConfigStore;
  beforeEach(async () => {
    ({ client, store } = await openConfigStore());
  });
  afterEach(() => client.close());

  it('lists each experiment of the published versions with its config and version, not those of drafts', async () => {
    await store.save('chair', { ...fixture, id: 'chair' }, { author: 'admin', label: '' });
    await store.save('chair', { ...fixture, id: 'chair', experiments: [{ id: 'draft-only', arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }] }] }, { author: 'admin', label: '' });
    await store.publish('chair', 1);
    await store.save('table', { ...fixture, id: 'table' }, { author: 'admin', label: '' });
    await store.publish('table', 1);
    await store.save('unpublished', { ...fixture, id: 'unpublished' }, { author: 'admin', label: '' });
    expect(Object.fromEntries(await readLiveExperiments(store))).toEqual({
      'cta-wording': [
        { config: 'chair', version: 1 },
        { config: 'table', version: 1 },
      ],
    });
  });
});
