import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMetrics } from '../../../../packages/dashboard/src/metrics/fetch-metrics.js';
import { metricsFixture } from '../support/metrics-fixture.js';

const answer = (status: number, body: string) => vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

describe('fetchMetrics', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks /api/metrics with the filters, same-origin with the session cookie, and returns the figures', async () => {
    const metrics = metricsFixture();
    const fetch = answer(200, JSON.stringify(metrics));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchMetrics({ showroom: 'aster chair', module: 'think' })).toEqual({ kind: 'ok', metrics });
    expect(fetch).toHaveBeenCalledWith('/api/metrics?showroom=aster+chair&module=think', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('tells a lapsed login apart from a failure', async () => {
    vi.stubGlobal('fetch', answer(401, JSON.stringify({ error: 'log in' })));
    expect(await fetchMetrics({})).toEqual({ kind: 'unauthorized' });
  });

  it.each([
    ['the API error', answer(400, JSON.stringify({ error: 'from is not a day' })), 'The collector answered 400: from is not a day'],
    ['a body that is not JSON', answer(502, '<html>Bad gateway</html>'), 'The collector answered 502 without JSON.'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'The collector could not be reached (Failed to fetch).'],
  ])('says what went wrong for %s', async (_, fetch, message) => {
    vi.stubGlobal('fetch', fetch);
    expect(await fetchMetrics({})).toEqual({ kind: 'failed', message });
  });

  it('rethrows an abort: a newer request took over, nothing to show', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))));
    await expect(fetchMetrics({}, controller.signal)).rejects.toThrow('aborted');
  });
});
