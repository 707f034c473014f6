import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';

/** The reference every hostile test compares with: what well-formed traffic alone produces. */
describeOnBothDatabases('the hostile-ingest harness', (start) => {
  it('stores a well-formed batch once and counts its visitor in /api/metrics', async () => {
    const collector = await start();
    const timestamp = new Date().toISOString();
    const message = { messageId: 'ok-1', type: 'track', event: 'Showroom Viewed', anonymousId: 'visitor-ok', timestamp, properties: { showroom_id: 'chair', module: 'sense' } };
    expect((await collector.send({ batch: [message, message] })).status).toBe(200);
    expect(await collector.query('SELECT message_id FROM events')).toEqual([{ message_id: 'ok-1' }]);
    const day = timestamp.slice(0, 10);
    const { status, body } = await collector.metrics(`from=${day}&to=${day}`);
    expect(status).toBe(200);
    expect(JSON.stringify(body)).toContain('"visits":1');
  });
});
