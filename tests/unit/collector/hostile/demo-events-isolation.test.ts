import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';

const root = mkdtempSync(join(tmpdir(), 'vitrine-hostile-demo-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const visit = (anonymousId: string, userId: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    messageId: `${anonymousId}-${i}`,
    type: 'track',
    event: 'Product Added',
    anonymousId,
    userId,
    timestamp: new Date().toISOString(),
    properties: { sku: 'NH-AST-001', quantity: i + 1 },
  }));

// Finding 7: in demo mode, GET /demo/events showed every visitor's events, user ids included, to any origin.
describeOnBothDatabases('the demo events list', (start) => {
  it("shows each visitor only its own events, and nobody's to another origin", async () => {
    const collector = await start({ demo: { root } });
    expect((await collector.send({ batch: [...visit('visitor-ann', 'ann@example.com', 3), ...visit('visitor-bo', 'bo@example.com', 2)] })).status).toBe(200);
    const list = async (query: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${collector.url}/demo/events${query}`, { headers });
      return { status: res.status, cors: res.headers.get('access-control-allow-origin'), text: await res.text() };
    };

    for (const [who, mine, theirs, count] of [
      ['visitor-ann', 'ann@example.com', 'bo@example.com', 3],
      ['visitor-bo', 'bo@example.com', 'ann@example.com', 2],
    ] as const) {
      const { status, text } = await list(`?anonymousId=${who}`);
      expect(status).toBe(200);
      const { events } = JSON.parse(text) as { events: { anonymousId: string; userId: string }[] };
      expect(events).toHaveLength(count);
      expect(events.every((event) => event.anonymousId === who && event.userId === mine)).toBe(true);
      expect(text).not.toContain(theirs);
    }

    // No list of everyone, whatever the query.
    for (const query of ['', '?limit=500', "?anonymousId=' OR '1'='1", '?anonymousId=%25', '?anonymousId=visitor-ann&anonymousId=visitor-bo']) {
      const { status, text } = await list(query);
      expect(status === 400 || (status === 200 && !text.includes('bo@example.com')), `${query}: ${status} ${text.slice(0, 80)}`).toBe(true);
    }
    const cross = await list('?anonymousId=visitor-ann', { Origin: 'https://evil.example' });
    expect(cross).toMatchObject({ status: 403, cors: null });
    expect(cross.text).not.toContain('ann@example.com');
  });
});
