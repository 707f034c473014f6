import { describe, expect, it } from 'vitest';
import { createConfigStore } from '../../../../packages/collector/src/configs/config-store.js';
import { rebuildRollups } from '../../../../packages/collector/src/rollups/rebuild-rollups.js';
import { migrate } from '../../../../packages/collector/src/sql/migrate.js';
import { readKnownIds } from '../../../../packages/collector/src/metrics/read-known-ids.js';
import { createSqliteClient } from '../../../../packages/collector/src/sql/sqlite-client.js';

const config = (experiments: unknown) => ({ product: { name: 'Chair', sku: 'c-1' }, experiences: [{ type: 'viewer', model: 'chair.glb' }], experiments });
const experiment = (id: string, ...arms: string[]) => ({ id, arms: arms.map((arm) => ({ id: arm, weight: 1 })) });

describe('readKnownIds', () => {
  it('names every config, and the experiments and arms of every saved version, published or not', async () => {
    const sql = createSqliteClient(':memory:');
    await migrate(sql, rebuildRollups);
    const configs = createConfigStore(sql);
    await configs.save('chair', config([experiment('cta', 'a', 'b')]), { author: 't', label: '' });
    await configs.save('chair', config([experiment('cta', 'a', 'c'), experiment('hero', 'x', 'y')]), { author: 't', label: '' });
    await configs.save('lamp', config('not a list'), { author: 't', label: '' });
    await configs.save('stool', config([{ id: 'Bad Id', arms: [] }, experiment('ok', 'a', '<b>')]), { author: 't', label: '' });
    const known = await readKnownIds(configs);
    expect([...known.showrooms].sort()).toEqual(['chair', 'lamp', 'stool']);
    expect(Object.fromEntries([...known.experiments].map(([id, arms]) => [id, [...arms].sort()]))).toEqual({ cta: ['a', 'b', 'c'], hero: ['x', 'y'], ok: ['a'] });

    await configs.save('lamp', config([experiment('glow', 'on', 'off')]), { author: 't', label: '' });
    expect([...(await readKnownIds(configs)).experiments.keys()].sort()).toEqual(['cta', 'glow', 'hero', 'ok']);
    await sql.close();
  });
});
