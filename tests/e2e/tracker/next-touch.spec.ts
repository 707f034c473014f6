import { EVERY_ENGINE, expect, test } from '../support/engine-fixtures.js';

test.describe('vitrine.track context.campaign', EVERY_ENGINE, () => {
  test('carries the landing’s campaign and click id to the endpoint, and the session’s next page load still carries the campaign', async ({ tracker, waitForRows }) => {
    await tracker.open({ flushAt: 1, utm_source: 'newsletter', utm_medium: 'email', gclid: 'x' });
    await tracker.track(1, { page: 'landing' });
    const [landing] = await waitForRows(1);
    const context = landing!.context as Record<string, unknown> & { page: { url: string }; sessionId: number };
    expect(context['campaign']).toEqual({ source: 'newsletter', medium: 'email' });
    expect(context['clickIds']).toEqual({ gclid: 'x' });
    expect(new URL(context.page.url).searchParams.get('gclid'), 'the landing URL, which the collector reads click ids from').toBe('x');
    expect(context['firstTouch']).toMatchObject({ campaign: { source: 'newsletter', medium: 'email' }, clickIds: { gclid: 'x' }, page: { url: context.page.url } });

    // A second page load of the same visit, without any utm_ or click id in its URL.
    await tracker.open({ flushAt: 1 });
    await tracker.track(1, { page: 'next' });
    const rows = await waitForRows(2);
    const next = rows.find((row) => row.properties['page'] === 'next')!.context as Record<string, unknown> & { page: { url: string }; sessionId: number };
    expect(next.page.url).not.toContain('utm_');
    expect(next.sessionId, 'the same session').toBe(context.sessionId);
    expect(next['campaign']).toEqual({ source: 'newsletter', medium: 'email' });
    expect(next['clickIds']).toEqual({ gclid: 'x' });
    expect(next['firstTouch']).toEqual(context['firstTouch']);
  });
});
