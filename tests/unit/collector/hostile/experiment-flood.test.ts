import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { ATTACK_TIMEOUT, expectNoHarm, ignoredCounts, rollupRows, runAttack } from './run-attack.js';
import { DAY, showroomEvent, withoutProperty } from './well-formed-traffic.js';

const thousandExperiments = (n: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: 1000 }, (_, k) => [`flood-${n}-${k}`, 'a']));

// Finding 5: ten events with 1,000 `experiments` keys each added 1,000 experiments; /api/metrics went
// from 2.5 KB to 431 KB and the dashboard drew 30,000 nodes. Showroom ids were not bounded either.
describeOnBothDatabases('a flood of experiments and showroom ids (finding 5)', (start) => {
  it('stores 10 events of 1,000 experiments and a 20,000-character showroom id as sent, and lists none of it', async () => {
    const flood = Array.from({ length: 10 }, (_, n) => showroomEvent(`attacker-${n}`, 5, 'Model Rotated', { experiments: thousandExperiments(n) }));
    const longId = showroomEvent('attacker-long', 6, 'Showroom Loaded', { showroom_id: 's'.repeat(20_000), experiments: { ['e'.repeat(65)]: 'a' } });
    const attacked = await runAttack(start, [{ batch: flood }, { batch: [longId] }]);
    const twin = await runAttack(start, [
      { batch: flood.map((message) => withoutProperty(message, 'experiments')) },
      { batch: [withoutProperty(withoutProperty(longId, 'showroom_id'), 'experiments')] },
    ]);

    expect(attacked.hostile).toEqual([200, 200]);
    const raw = await attacked.collector.query<{ json: string }>('SELECT json FROM events WHERE anonymous_id = ?', ['attacker-long']);
    expect(raw.map((row) => row.json)).toEqual([JSON.stringify(longId)]);
    expect(await ignoredCounts(attacked.collector)).toMatchObject({ experiments: 10, ids: 2 });
    expect(attacked.log).toContain(
      'ingest: 10 values out of bounds (stored as sent, not counted as sent): batch[0].properties.experiments (experiments), batch[1].properties.experiments (experiments), ' +
        'batch[2].properties.experiments (experiments), batch[3].properties.experiments (experiments), batch[4].properties.experiments (experiments), and 5 more',
    );
    await expectNoHarm(attacked, twin);
  }, ATTACK_TIMEOUT);

  it('counts experiments, arms and showrooms that no stored config names instead of listing them', async () => {
    // Ids a config could hold, ten experiments an event (the most a config has), but no stored config names them.
    const forged = Array.from({ length: 10 }, (_, n) =>
      showroomEvent(`forger-${n}`, 5, 'Model Rotated', {
        showroom_id: `forged-${n}`,
        experiments: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`forged-${n}-${k}`, 'a'])),
      }),
    );
    const fakeArm = showroomEvent('forger-arm', 5, 'Model Rotated', { showroom_id: 'forged-arm' }, 'fake-arm');
    const attacked = await runAttack(start, [{ batch: [...forged, fakeArm] }]);
    const twin = await runAttack(start, []);

    expect(attacked.hostile).toEqual([200]);
    const everything = `from=${DAY}&to=${DAY}`;
    const [mine, theirs] = [await attacked.collector.metrics(everything), await twin.collector.metrics(everything)];
    expect(mine.body['showrooms']).toEqual(['chair']);
    expect(mine.body['unknown']).toEqual({ showrooms: 11, experiments: 100, arms: 1 });
    const lists = (body: Record<string, unknown>) => (body['experiments'] as { experiment_id: string; arms: { arm_id: string }[] }[]).map((e) => [e.experiment_id, e.arms.map((arm) => arm.arm_id)]);
    expect(lists(mine.body)).toEqual([['cta', ['a', 'b']]]);
    expect(lists(mine.body)).toEqual(lists(theirs.body));
    // The same lists: the answer grows by a few digits of counts, not by the forged ids.
    expect(mine.text.length - theirs.text.length).toBeLessThan(100);
    // The chair's own figures are those of a collector that never saw the forgeries.
    const chair = `showroom=chair&from=${DAY}&to=${DAY}`;
    const figures = ({ generatedAt: _, unknown: __, ...rest }: Record<string, unknown>) => rest;
    expect(figures((await attacked.collector.metrics(chair)).body)).toEqual(figures((await twin.collector.metrics(chair)).body));
    // Rollup rows grow in proportion to the forged events (11): at most a cube row per part (its
    // showroom, the whole visit), per arm (none, or one of at most 10) and per channel (its own, and
    // all channels) for each.
    const [rows, twinRows] = [await rollupRows(attacked.collector), await rollupRows(twin.collector)];
    for (const table of Object.keys(rows)) expect(rows[table]!.length - twinRows[table]!.length).toBeLessThanOrEqual(11 * 2 * (1 + 10) * 2);
  }, ATTACK_TIMEOUT);
});
