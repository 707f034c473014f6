import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { ATTACK_TIMEOUT, expectNoHarm, ignoredCounts, runAttack } from './run-attack.js';
import { showroomEvent, withoutProperty } from './well-formed-traffic.js';

// Finding 2: after one Engaged Time of ms 9223372036854774000, PostgreSQL answered 500 (bigint out of
// range) to every later batch with an Engaged Time in the same 15-minute bucket; on SQLite two such
// events made /api/metrics answer 500 (integer overflow) until the visitors were deleted.
describeOnBothDatabases('an Engaged Time past any ceiling (finding 2)', (start) => {
  it('stores ms near 2^63 and 1e308 as sent, answers 200, and every later batch of the same bucket is stored too', async () => {
    // Two attackers, in the 10:00 bucket the well-formed Engaged Times fall in, sent first.
    const huge = showroomEvent('attacker-1', 5, 'Engaged Time', { ms: 9_223_372_036_854_774_000 });
    const infinite = showroomEvent('attacker-2', 6, 'Engaged Time', { ms: 1e308 });
    const attacked = await runAttack(start, [{ batch: [huge] }, { batch: [infinite] }], { sequential: true });
    const twin = await runAttack(start, [{ batch: [withoutProperty(huge, 'ms')] }, { batch: [withoutProperty(infinite, 'ms')] }], { sequential: true });

    expect(attacked.hostile).toEqual([200, 200]);
    const raw = await attacked.collector.query<{ json: string }>('SELECT json FROM events WHERE anonymous_id LIKE ? ORDER BY anonymous_id', ['attacker-%']);
    expect(raw.map((row) => row.json)).toEqual([JSON.stringify(huge), JSON.stringify(infinite)]);
    expect(await ignoredCounts(attacked.collector)).toMatchObject({ engaged_ms: 2 });
    expect(attacked.log).toContain('ingest: 1 value out of bounds (stored as sent, not counted as sent): batch[0].properties.ms (engaged_ms)');
    await expectNoHarm(attacked, twin);
  }, ATTACK_TIMEOUT);

  it('keeps answering /api/metrics with a visit of many 6-hour Engaged Times, its sum stopped at 24 h', async () => {
    const sixHours = Array.from({ length: 8 }, (_, n) => showroomEvent('long-stay', 5 + n, 'Engaged Time', { ms: 6 * 3_600_000 }));
    const attacked = await runAttack(start, sixHours.map((message) => ({ batch: [message] })));
    expect(attacked.hostile).toEqual(sixHours.map(() => 200));
    const { status, body } = await attacked.collector.metrics('from=2024-05-01&to=2024-05-01');
    expect(status).toBe(200);
    // 30 s + 12 s + 5 s of the well-formed visitors, and one visit's 24 h.
    expect((body['indicators'] as { engagedMs: number }).engagedMs).toBe(47_000 + 86_400_000);
  }, ATTACK_TIMEOUT);
});
