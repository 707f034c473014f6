import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfigStore, type ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { readExperimentDesigns } from '../../../../packages/collector/src/metrics/read-experiment-designs.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';

const fixture = JSON.parse(readFileSync(new URL('../../contracts/config/fixtures/aster-chair.json', import.meta.url), 'utf8'));

describe('readExperimentDesigns', () => {
  let client: SqlClient;
  let store: ConfigStore;
  beforeEach(async () => {
    client = createSqliteClient(':memory:');
    await migrate(client, rebuildRollups);
    store = createConfigStore(client);
  });
  afterEach(() => client.close());

  it('reads the arms, hold-outs, primary metric and guardrails of the published versions, with the defaults', async () => {
    const experiments = [
      { id: 'lift', arms: [{ id: 'held', weight: 1, holdout: 'poster' }, { id: 'shown', weight: 3 }], primaryMetric: 'order', guardrails: ['cta', 'revenue-per-visitor'] },
      { id: 'plain', arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }] },
    ];
    await store.save('chair', { ...fixture, id: 'chair', experiments }, { author: 'admin', label: '' });
    await store.publish('chair', 1);
    await store.save('chair', { ...fixture, id: 'chair', experiments: [{ id: 'draft-only', arms: [{ id: 'a', weight: 1 }] }] }, { author: 'admin', label: '' });
    expect(Object.fromEntries(await readExperimentDesigns(store))).toEqual({
      lift: { arms: [{ id: 'held', weight: 1, holdout: 'poster' }, { id: 'shown', weight: 3 }], primaryMetric: 'order', guardrails: ['cta', 'revenue-per-visitor'] },
      plain: { arms: [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }], primaryMetric: 'cta', guardrails: [] },
    });
  });
});
