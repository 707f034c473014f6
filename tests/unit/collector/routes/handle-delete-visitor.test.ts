import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../../../packages/contracts/src/index.js';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

const message = (anonymousId: string, extra: Record<string, unknown> = {}) =>
  trackMessage({ event: 'Hotspot Opened', anonymousId, properties: { showroom_id: 'chair', module: 'sense', experiments: {} }, ...extra });

const indicators = async (c: TestCollector) => ((await (await c.adminGet(`/api/metrics`)).json()) as MetricsResult).indicators;

describe('POST /api/visitors/delete', () => {
  it('deletes a visitor by anonymousId from the events and from the figures', async () => {
    collector = await startTestCollector();
    await collector.post('/v1/batch', { batch: [message('keep'), message('forget'), message('forget')] });
    expect(await indicators(collector)).toMatchObject({ visitors: 2, interactions: 3 });

    const res = await collector.post('/api/visitors/delete', { anonymousId: 'forget' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: 2 });
    expect(collector.rows().map((row) => row['anonymous_id'])).toEqual(['keep']);
    expect(await indicators(collector)).toMatchObject({ visitors: 1, interactions: 1 });
  });

  it('deletes by userId, with the events the same visitor sent before identifying', async () => {
    collector = await startTestCollector();
    await collector.post('/v1/batch', { batch: [message('anon-1'), message('anon-1', { userId: 'u-1' }), message('anon-2')] });
    const res = await collector.post('/api/visitors/delete', { userId: 'u-1' });
    expect(await res.json()).toEqual({ deleted: 2 });
    expect(collector.rows().map((row) => row['anonymous_id'])).toEqual(['anon-2']);
    expect(await indicators(collector)).toMatchObject({ visitors: 1, interactions: 1 });
  });

  it.each([
    ['{}', /exactly one key, anonymousId or userId/],
    ['{"anonymousId":"a","userId":"u"}', /exactly one key/],
    ['{"anonymousId":""}', /anonymousId must be a non-empty string/],
    ['{"userId":7}', /userId must be a non-empty string/],
    ['["a"]', /body must be a JSON object/],
    ['not json', /not valid JSON/],
  ])('answers 400 for %s', async (body, message) => {
    collector ??= await startTestCollector();
    const res = await collector.post('/api/visitors/delete', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });
});
