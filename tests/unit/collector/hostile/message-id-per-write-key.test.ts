import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, wellFormed } from './well-formed-traffic.js';

/** Finding 6: a messageId first used under another write key silently swallowed this key's event. */
describeOnBothDatabases('a messageId used under two write keys', (start) => {
  it("no longer swallows the second site's event, and each site's resends are still stored once", async () => {
    const collector = await start({ writeKeys: ['site-a', 'site-b'] });
    const squatted = { batch: [wellFormed('v-attacker', 'known-id')], writeKey: 'site-a' };
    const genuine = { batch: [wellFormed('v-shopper', 'known-id', 5)], writeKey: 'site-b' };
    expect((await collector.send(squatted)).status).toBe(200);
    expect((await collector.send(genuine)).status).toBe(200);
    // Resends, under each key, in one request and in another.
    expect((await collector.send({ ...genuine, batch: [...genuine.batch, ...genuine.batch] })).status).toBe(200);
    expect((await collector.send(squatted)).status).toBe(200);

    const rows = await collector.query<{ write_key: string; anonymous_id: string }>('SELECT write_key, anonymous_id FROM events ORDER BY write_key');
    expect(rows).toEqual([
      { write_key: 'site-a', anonymous_id: 'v-attacker' },
      { write_key: 'site-b', anonymous_id: 'v-shopper' },
    ]);

    const baseline = await start({ writeKeys: ['site-a', 'site-b'] });
    await baseline.send({ batch: [wellFormed('v-attacker', 'id-1')], writeKey: 'site-a' });
    await baseline.send({ batch: [wellFormed('v-shopper', 'id-2', 5)], writeKey: 'site-b' });
    expect(await figuresOf(collector)).toBe(await figuresOf(baseline));
  });

  it('still dedupes a messageId sent without any write key', async () => {
    const collector = await start();
    const message = wellFormed('v-1', 'no-key');
    for (let i = 0; i < 3; i++) expect((await collector.send({ batch: [message] })).status).toBe(200);
    expect(await collector.query('SELECT message_id, write_key FROM events')).toEqual([{ message_id: 'no-key', write_key: null }]);
  });
});
