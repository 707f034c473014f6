import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, storedIds, wellFormed } from './well-formed-traffic.js';

const NUL = 'must not contain a NUL character (\\u0000)';
const LONE = 'must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)';

/** Finding 3: a NUL in a top-level string failed every request of its group on PostgreSQL. */
describeOnBothDatabases('strings PostgreSQL cannot store', (start) => {
  it('refuse a NUL in event with 400 and its path, while the two requests sent with it are stored', async () => {
    const collector = await start();
    const hostile = { batch: [wellFormed('v-bad', 'bad-1', 0, { event: 'a\u0000b' })] };
    const answers = await Promise.all([
      collector.send({ batch: [wellFormed('v-1', 'ok-1')] }),
      collector.send(hostile),
      collector.send({ batch: [wellFormed('v-2', 'ok-2', 5)] }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200]);
    expect(answers[1]!.body).toEqual({ error: `batch[0].event ${NUL}`, path: 'batch[0].event' });
    expect(await storedIds(collector)).toEqual(['ok-1', 'ok-2']);

    const baseline = await start();
    await baseline.send({ batch: [wellFormed('v-1', 'ok-1')] });
    await baseline.send({ batch: [wellFormed('v-2', 'ok-2', 5)] });
    expect(await figuresOf(collector)).toBe(await figuresOf(baseline));
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a NUL in messageId', { messageId: 'm\u0000' }, 'batch[1].messageId', NUL],
    ['a NUL in anonymousId', { anonymousId: 'v\u0000' }, 'batch[1].anonymousId', NUL],
    ['a NUL in userId', { userId: 'jane@example.com\u0000' }, 'batch[1].userId', NUL],
    ['a NUL in context.sessionId', { context: { sessionId: '\u0000' } }, 'batch[1].context.sessionId', NUL],
    ['a lone surrogate in event', { event: 'Liked \ud83d' }, 'batch[1].event', LONE],
    ['a lone surrogate in anonymousId', { anonymousId: 'v\udc00' }, 'batch[1].anonymousId', LONE],
  ])('refuse %s with 400 and its path, storing nothing of it', async (_name, fields, path, reason) => {
    const collector = await start();
    const answer = await collector.send({ batch: [wellFormed('v-ok', 'ok-1'), wellFormed('v-bad', 'bad-1', 1, fields)] });
    expect(answer).toEqual({ status: 400, body: { error: `${path} ${reason}`, path } });
    expect(await storedIds(collector)).toEqual([]);
  });

  it('refuse a write key with a NUL, from the body or the query', async () => {
    const collector = await start();
    expect(await collector.send({ batch: [wellFormed('v-1', 'ok-1')], writeKey: 'k\u0000' })).toEqual({ status: 400, body: { error: `writeKey ${NUL}`, path: 'writeKey' } });
    const res = await fetch(`${collector.url}/v1/batch?writeKey=k%00`, { method: 'POST', body: JSON.stringify({ batch: [wellFormed('v-1', 'ok-1')] }) });
    expect([res.status, await res.json()]).toEqual([400, { error: `writeKey ${NUL}`, path: 'writeKey' }]);
    expect(await storedIds(collector)).toEqual([]);
  });

  it('keep a NUL and lone surrogates inside properties and context exactly, on both databases', async () => {
    const collector = await start();
    const odd = { note: 'a\u0000b', lone: 'x\ud800', pair: '🪑' };
    const message = wellFormed('v-1', 'odd-1', 0, { properties: { showroom_id: 'chair', module: 'sense', ...odd }, context: { page: { title: 'a\u0000b' } } });
    expect((await collector.send({ batch: [message] })).status).toBe(200);
    const [row] = await collector.query<{ properties: string; context: string; json: string }>('SELECT properties, context, json FROM events');
    expect(JSON.parse(row!.properties)).toMatchObject(odd);
    expect(JSON.parse(row!.context)).toEqual({ page: { title: 'a\u0000b' } });
    expect(JSON.parse(row!.json)).toEqual(message);
  });
});
