import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { ATTACK_TIMEOUT, expectNoHarm, ignoredCounts, runAttack } from './run-attack.js';
import { showroomEvent } from './well-formed-traffic.js';

// Finding 6 (its first half): events of year 9999 were stored as such, counted as live visitors and
// never reached the retention cut-off.
describeOnBothDatabases('a timestamp in year 9999 (finding 6)', (start) => {
  it('stores the event at its receive time, keeps the client’s time as original_timestamp, and counts it', async () => {
    const future = { ...showroomEvent('attacker', 0, 'Showroom Loaded'), timestamp: '9999-12-31T23:59:59.999Z' };
    const before = Date.now();
    const attacked = await runAttack(start, [{ batch: [future] }]);
    // The twin's client tells the truth: the same event, sent now.
    const twin = await runAttack(start, [{ batch: [{ ...future, timestamp: new Date().toISOString() }] }]);
    const after = Date.now();

    expect(attacked.hostile).toEqual([200]);
    const [row] = await attacked.collector.query<{ timestamp: number; received_at: number; original_timestamp: string; json: string }>(
      'SELECT timestamp, received_at, original_timestamp, json FROM events WHERE anonymous_id = ?',
      ['attacker'],
    );
    expect(Number(row!.timestamp)).toBe(Number(row!.received_at));
    expect(Number(row!.timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(row!.timestamp)).toBeLessThanOrEqual(after);
    expect(row!.original_timestamp).toBe('9999-12-31T23:59:59.999Z');
    expect(row!.json).toBe(JSON.stringify(future));
    // Its visit ends when it arrived, so it is live only as long as any visit (5 minutes).
    const [visit] = await attacked.collector.query<{ end_ts: number }>("SELECT end_ts FROM rollup_visits WHERE visitor = ? AND showroom_id = '*'", ['attacker']);
    expect(Number(visit!.end_ts)).toBeLessThanOrEqual(after);
    expect(await ignoredCounts(attacked.collector)).toMatchObject({ future_timestamp: 1 });
    expect(attacked.log).toContain('ingest: 1 value out of bounds (stored as sent, not counted as sent): batch[0].timestamp (future_timestamp)');

    // Both attackers' visits are today's (at their receive times, a few ms apart): the same figures.
    const today = new Date(after).toISOString().slice(0, 10);
    await expectNoHarm(attacked, twin, { sameRows: false });
    await expectNoHarm(attacked, twin, { query: `from=${today}&to=${today}`, sameRows: false });
  }, ATTACK_TIMEOUT);
});
