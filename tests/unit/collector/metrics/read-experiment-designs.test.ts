import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { readExperimentDesigns } from '../../../../packages/collector/src/metrics/read-experiment-designs.js';
import type { SqlClient } from '../../../../packages/collector/src/sql/sql-client.js';
import { ASTER_CHAIR as fixture, openConfigStore } from '../configs/open-config-store.js';

describe('readExperimentDesigns', () => {
  let client: SqlClient;
  let store: ConfigStore;
  beforeEach(async () => {
    ({ client, store } = await openConfigStore());
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
