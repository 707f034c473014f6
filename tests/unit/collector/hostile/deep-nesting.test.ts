import { expect, it } from 'vitest';
import { describeOnBothDatabases } from './hostile-collector.js';
import { figuresOf, storedIds, wellFormed } from './well-formed-traffic.js';

const LEVELS = 5_000;
const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** Finding 6: JSON nested 5,000 levels deep answered 500 (a stack overflow) instead of 400. */
describeOnBothDatabases('deeply nested JSON', (start) => {
  it('is refused with 400 naming where, with no stack trace, while the requests sent with it are stored', async () => {
    const lines: string[] = [];
    const collector = await start({ log: (line) => lines.push(line) });
    const good = (id: string, minute: number) => JSON.stringify({ batch: [wellFormed(`v-${id}`, id, minute)] });
    const hostile = JSON.stringify({ batch: [wellFormed('v-bad', 'bad-1')] }).replace('"module":"sense"', `"module":"sense","a":${nested(LEVELS)}`);
    const answers = await Promise.all([collector.send(good('ok-1', 0)), collector.send(hostile), collector.send(good('ok-2', 5))]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200]);
    const path = `batch[0].properties.a${'[0]'.repeat(60)}`;
    expect(answers[1]!.body).toEqual({ error: `${path} is nested deeper than 64 levels of objects and arrays`, path, limit: 64 });
    expect(await storedIds(collector)).toEqual(['ok-1', 'ok-2']);
    // Nothing went wrong inside the server: no error was logged.
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);

    const baseline = await start();
    await baseline.send(good('ok-1', 0));
    await baseline.send(good('ok-2', 5));
    expect(await figuresOf(collector)).toBe(await figuresOf(baseline));
  });

  it.each([
    ['objects', `${'{"a":'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}`],
    ['arrays', nested(LEVELS)],
  ])('refuses a body of nested %s on the batch and single-message routes with 400, never 500', async (_name, body) => {
    const collector = await start();
    for (const route of ['/v1/batch', '/v1/track']) {
      const res = await fetch(`${collector.url}${route}`, { method: 'POST', body });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(text).toMatch(/is nested deeper than 64 levels of objects and arrays/);
      expect(text).not.toMatch(/RangeError|call stack|\bat \S+ \(/);
    }
  });

  it('accepts custom properties nested as deep as the limit allows', async () => {
    const collector = await start();
    // The body, batch, message and properties are four levels: sixty more fit.
    const body = JSON.stringify({ batch: [wellFormed('v-1', 'deep-ok')] }).replace('"module":"sense"', `"module":"sense","a":${nested(60)}`);
    expect((await collector.send(body)).status).toBe(200);
    expect(await storedIds(collector)).toEqual(['deep-ok']);
  });
});
