// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DEFAULTS, resolveOptions, type TrackerOptions } from '../../../packages/tracker/src/options.js';
import { VitrineError } from '../../../packages/tracker/src/vitrine-error.js';

describe('resolveOptions', () => {
  it('fills in the documented defaults', () => {
    const o = resolveOptions({ endpoint: 'https://c.example/v1/batch' });
    expect(o).toMatchObject({ ...DEFAULTS, endpoint: 'https://c.example/v1/batch' });
    expect(DEFAULTS).toMatchObject({ flushAt: 20, maxEventAge: 7 * 24 * 3_600_000, consent: 'granted', redact: true, respectGlobalPrivacyControl: true });
  });

  it('resolves a relative endpoint against the page', () => {
    expect(resolveOptions({ endpoint: '/v1/batch' }).endpoint).toBe(new URL('/v1/batch', location.href).href);
  });

  it('resolves a relative hideEndpoint against the page, and leaves it out when not given', () => {
    const o = resolveOptions({ endpoint: 'https://c.example/v1/batch', hideEndpoint: '/beacon/v1/batch' });
    expect(o.hideEndpoint).toBe(new URL('/beacon/v1/batch', location.href).href);
    expect(resolveOptions({ endpoint: 'https://c.example/v1/batch' })).not.toHaveProperty('hideEndpoint');
  });

  it.each<[string, unknown, RegExp]>([
    ['no options', undefined, /endpoint must be the http\(s\) URL of the batch route.*got undefined/],
    ['no endpoint', {}, /endpoint must be the http\(s\) URL/],
    ['a non-http endpoint', { endpoint: 'javascript:alert(1)' }, /endpoint must be .*got "javascript:alert\(1\)"/],
    ['a non-http hideEndpoint', { endpoint: '/b', hideEndpoint: 'data:,x' }, /hideEndpoint must be the http\(s\) URL of the page-hide route.*got "data:,x"/],
    ['an empty hideEndpoint', { endpoint: '/b', hideEndpoint: '' }, /hideEndpoint must be the http\(s\) URL of the page-hide route.*got ""/],
    ['a hideEndpoint that is no string', { endpoint: '/b', hideEndpoint: 5 }, /hideEndpoint must be the http\(s\) URL of the page-hide route.*got 5/],
    ['a zero flushAt', { endpoint: '/b', flushAt: 0 }, /flushAt must be a positive number; got 0/],
    ['a string flushInterval', { endpoint: '/b', flushInterval: '5s' }, /flushInterval must be a positive number; got "5s"/],
    ['an unknown consent', { endpoint: '/b', consent: 'yes' }, /consent must be one of granted, pending, denied; got "yes"/],
    ['an unknown writeKeyAs', { endpoint: '/b', writeKeyAs: 'cookie' }, /writeKeyAs must be one of body, basic, query/],
    ['a beforeSend that is no function', { endpoint: '/b', beforeSend: 'x' }, /beforeSend must be a function; got "x"/],
    ['a redact that is no boolean', { endpoint: '/b', redact: 'yes' }, /redact must be a boolean; got "yes"/],
    ['a misspelt option', { endpoint: '/b', flushEvery: 5 }, /flushEvery must be a known option; got 5/],
  ])('throws a coded VitrineError for %s', (_, options, message) => {
    const attempt = () => resolveOptions(options as TrackerOptions);
    expect(attempt).toThrow(VitrineError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/^\[vitrine:bad-option\]/);
  });
});
