import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../../../packages/contracts/src/index.js';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

let collector: TestCollector | undefined;
let configsDir: string | undefined;
afterEach(async () => {
  await collector?.stop();
  if (configsDir) rmSync(configsDir, { recursive: true, force: true });
  collector = configsDir = undefined;
});

/** A track message of the showroom `chair`, `minutesAgo` minutes ago, for `visitor` in `arm`. */
const showroomMessage = (event: string, visitor: string, arm: string, minutesAgo: number, properties: Record<string, unknown> = {}) =>
  trackMessage({
    event,
    anonymousId: visitor,
    timestamp: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    properties: { showroom_id: 'chair', config_version: 1, module: 'sense', experiments: { hero: arm }, ...properties },
  });

describe('GET /api/metrics', () => {
  it('answers the figures of the events ingested, with the experiment weights of the published config', async () => {
    configsDir = mkdtempSync(join(tmpdir(), 'vitrine-configs-'));
    // A valid config (only published configs count) whose one experiment is weighted 20/80.
    const demo = JSON.parse(readFileSync(new URL('../../../../demo/configs/aster-chair.json', import.meta.url), 'utf8'));
    const experiments = [{ id: 'hero', arms: [{ id: 'a', weight: 20 }, { id: 'b', weight: 80 }] }];
    writeFileSync(join(configsDir, 'chair.json'), JSON.stringify({ ...demo, id: 'chair', experiments }));
    collector = await startTestCollector({ configsDir });
    const batch = [
      showroomMessage('Showroom Loaded', 'v1', 'a', 3),
      showroomMessage('Experiment Viewed', 'v1', 'a', 3, { experiment_id: 'hero', arm_id: 'a' }),
      showroomMessage('Hotspot Opened', 'v1', 'a', 2),
      showroomMessage('Showroom Loaded', 'v2', 'b', 2),
      showroomMessage('Experiment Viewed', 'v2', 'b', 2, { experiment_id: 'hero', arm_id: 'b' }),
    ];
    expect((await collector.post('/v1/batch', { batch, sentAt: new Date().toISOString() })).status).toBe(200);

    const res = await collector.adminGet(`/api/metrics?showroom=chair`);
    expect(res.status).toBe(200);
    const result = (await res.json()) as MetricsResult;
    expect(result.indicators).toMatchObject({ visits: 2, visitors: 2, loads: 2, interactions: 1, liveVisitors: 2 });
    expect(result.counts.hotspotsOpened).toBe(1);
    expect(result.series.days).toHaveLength(30);
    expect(result.experiments[0]!.arms.map((arm) => [arm.arm_id, arm.exposures, arm.expectedShare])).toEqual([
      ['a', 1, 0.2],
      ['b', 1, 0.8],
    ]);
    // Where the dashboard can ship an arm: the published config running the experiment.
    expect(result.experiments[0]!.live).toEqual([{ config: 'chair', version: 1 }]);
  });

  it.each([
    ['from=2024-02-30', 'from'],
    ['to=soon', 'to'],
    ['tz=Nowhere/Land', 'tz'],
    ['module=touch', 'module'],
    ['arm=b', 'arm'],
    ['limit=5', 'limit'],
  ])('answers 400 naming the parameter for ?%s', async (search, param) => {
    collector ??= await startTestCollector();
    const res = await collector.adminGet(`/api/metrics?${search}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain(param);
  });

  it('accepts GET only', async () => {
    collector = await startTestCollector();
    const res = await collector.post('/api/metrics', {});
    expect(res.status).toBe(405);
  });
});
