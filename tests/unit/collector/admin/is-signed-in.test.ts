import { afterEach, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../start-test-collector.js';

let collector: TestCollector | undefined;
afterEach(async () => {
  await collector?.stop();
  collector = undefined;
});

describe('isSignedIn', () => {
  it.each<[string, number | undefined, number[]]>([
    // name, trustProxy, statuses of wrong tokens from X-Forwarded-For 1.1.1.1, 1.1.1.1, 2.2.2.2
    ['throttles wrong tokens of every client behind a proxy together without trustProxy', undefined, [401, 429, 429]],
    ['throttles wrong tokens per client the proxy names with trustProxy', 1, [401, 429, 401]],
  ])('%s', async (_name, trustProxy, statuses) => {
    collector = await startTestCollector({ rateLimit: { failedLogins: { rate: 0.01, burst: 1 } }, ...(trustProxy === undefined ? {} : { trustProxy }) });
    const answers: number[] = [];
    for (const client of ['1.1.1.1', '1.1.1.1', '2.2.2.2']) {
      const res = await fetch(`${collector.url}/api/configs`, { headers: { Authorization: 'Bearer vta_wrong', 'X-Forwarded-For': client } });
      answers.push(res.status);
      await res.arrayBuffer();
    }
    expect(answers).toEqual(statuses);
  });
});
