import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../../../packages/collector/src/rate-limit/client-key.js';
import { parseTrustProxy } from '../../../../packages/collector/src/rate-limit/parse-trust-proxy.js';

const request = (remoteAddress: string, forwardedFor?: string): IncomingMessage =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientKey', () => {
  it.each<[string, string | undefined, string | undefined, string]>([
    // peer, X-Forwarded-For, trust, key
    ['203.0.113.9', undefined, undefined, '203.0.113.9'],
    ['10.0.0.2', '203.0.113.9', undefined, '10.0.0.2'],
    ['10.0.0.2', '203.0.113.9', '1', '203.0.113.9'],
    // A client behind the proxy is keyed by its IPv6 /64, as a direct one is.
    ['10.0.0.2', '2001:db8:1:2:aaaa::1', '10.0.0.0/8', '2001:db8:1:2::/64'],
    ['::ffff:10.0.0.2', '203.0.113.9', '10.0.0.0/8', '203.0.113.9'],
  ])('keys peer %s with X-Forwarded-For %j, trusting %j, as %s', (peer, forwardedFor, trust, key) => {
    expect(clientKey(request(peer, forwardedFor), trust === undefined ? undefined : parseTrustProxy(trust))).toBe(key);
  });
});
