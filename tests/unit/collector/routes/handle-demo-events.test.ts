import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, trackMessage, type TestCollector } from '../start-test-collector.js';

let root: string;
let collector: TestCollector;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vitrine-demo-events-'));
  collector = await startTestCollector({ demo: { root } });
});
afterAll(async () => {
  await collector.stop();
  rmSync(root, { recursive: true, force: true });
});

const demoEvents = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${collector.url}/demo/events${query}`, { headers });
  return { res, body: (await res.json()) as { events: Record<string, unknown>[]; error?: string; path?: string } };
};

describe('handleDemoEvents', () => {
  it("answers one visitor's events, newest first, with properties parsed, and none of another's", async () => {
    const first = trackMessage({ anonymousId: 'visitor-a', event: 'Quiz Started' });
    const second = trackMessage({ anonymousId: 'visitor-a', event: 'Quiz Completed' });
    const other = trackMessage({ anonymousId: 'visitor-b', userId: 'bob@example.com', event: 'CTA Clicked' });
    for (const message of [first, other, second]) expect((await collector.post('/v1/batch', { batch: [message] })).status).toBe(200);

    const { res, body } = await demoEvents('?anonymousId=visitor-a&limit=1');
    expect(res.status).toBe(200);
    expect(body.events).toEqual([expect.objectContaining({ messageId: second['messageId'], event: 'Quiz Completed', properties: second['properties'] })]);
    const all = await demoEvents('?anonymousId=visitor-a');
    expect(all.body.events.map((event) => event['event'])).toEqual(['Quiz Completed', 'Quiz Started']);
    expect(JSON.stringify(all.body)).not.toContain('bob@example.com');
    expect((await demoEvents('?anonymousId=nobody')).body.events).toEqual([]);
  });

  it('sends no CORS headers, and forbids embedding the answer in another origin', async () => {
    const { res } = await demoEvents('?anonymousId=visitor-a');
    expect([...res.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it.each([
    ['a page on another origin', { Origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a sibling subdomain', { 'Sec-Fetch-Site': 'same-site' }],
  ])('answers 403 to %s', async (_name, headers) => {
    const { res, body } = await demoEvents('?anonymousId=visitor-a', headers);
    expect(res.status).toBe(403);
    expect(body.error).toMatch(/own origin only/);
  });

  it('answers its own origin, as the demo page fetches it', async () => {
    const { res } = await demoEvents('?anonymousId=visitor-a', { 'Sec-Fetch-Site': 'same-origin', Origin: collector.url });
    expect(res.status).toBe(200);
  });

  it.each([
    ['no anonymousId', '', 'anonymousId', /anonymousId is required/],
    ['an empty anonymousId', '?anonymousId=', 'anonymousId', /anonymousId is required/],
    ['an anonymousId of 1,001 characters', `?anonymousId=${'a'.repeat(1_001)}`, 'anonymousId', /1 to 1000 characters/],
    ['limit=0', '?anonymousId=a&limit=0', 'limit', /limit must be a whole number from 1 to 100, not "0"/],
    ['limit=101', '?anonymousId=a&limit=101', 'limit', /not "101"/],
    ['limit=ten', '?anonymousId=a&limit=ten', 'limit', /not "ten"/],
    ['limit=1e3', '?anonymousId=a&limit=1e3', 'limit', /not "1e3"/],
  ])('answers 400 naming the parameter for %s', async (_name, query, path, error) => {
    const { res, body } = await demoEvents(query);
    expect(res.status).toBe(400);
    expect(body).toEqual({ error: expect.stringMatching(error), path });
  });
});
