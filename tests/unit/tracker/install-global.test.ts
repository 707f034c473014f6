// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTracker } from '../../../packages/tracker/src/create-tracker.js';
import { installGlobal } from '../../../packages/tracker/src/install-global.js';

const w = window as unknown as { vitrine?: Record<string, unknown> & { q?: unknown[] } };

afterEach(() => {
  delete w.vitrine;
});

describe('installGlobal', () => {
  it('reuses a window.vitrine already on the page', () => {
    const existing = { track: vi.fn(), user: () => ({ anonymousId: 'a' }) };
    w.vitrine = existing;
    expect(installGlobal(null, createTracker)).toBe(existing);
  });

  it('defines window.vitrine, queueing calls until init, and replays a stub’s queue', () => {
    w.vitrine = { q: [['track', ['Early', {}]]] };
    const api = installGlobal(null, createTracker) as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(w.vitrine).toBe(api);
    expect(api['user']!()).toBeUndefined();
    api['init']!({ endpoint: 'https://collector.example/v1/batch', consent: 'pending' });
    expect((api['user']!() as { anonymousId: string }).anonymousId).toMatch(/^[0-9a-f-]{36}$/);
    expect((api['stats']!() as { tracked: number }).tracked).toBe(1);
  });

  it('starts from its script tag’s data- attributes', () => {
    const script = document.createElement('script');
    script.dataset['endpoint'] = 'https://collector.example/v1/batch';
    script.dataset['consent'] = 'pending';
    const api = installGlobal(script, createTracker) as unknown as Record<string, () => unknown>;
    expect(api['user']!()).toBeDefined();
  });

  it('keeps the first options when init() is called twice, and says so with a coded message', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const create = vi.fn(createTracker);
    const api = installGlobal(null, create) as unknown as Record<string, (...a: unknown[]) => unknown>;
    api['init']!({ endpoint: 'https://collector.example/v1/batch', consent: 'pending' });
    api['init']!({ endpoint: 'https://other.example/v1/batch', consent: 'pending' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^\[vitrine:already-initialised\] vitrine\.init\(\) was called twice/));
    error.mockRestore();
  });

  it('reads every option from its data- attribute, hideEndpoint from data-hide-endpoint', () => {
    const script = document.createElement('script');
    script.dataset['endpoint'] = 'https://dataplane.example/v1/batch';
    script.dataset['hideEndpoint'] = 'https://dataplane.example/beacon/v1/batch';
    script.dataset['flushAt'] = '5';
    script.dataset['redact'] = 'false';
    const create = vi.fn(createTracker);
    installGlobal(script, create);
    expect(create).toHaveBeenCalledWith({
      endpoint: 'https://dataplane.example/v1/batch',
      hideEndpoint: 'https://dataplane.example/beacon/v1/batch',
      flushAt: 5,
      redact: false,
    });
  });
});
