import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../../packages/collector/src/rate-limit/client-address.js';
import { parseTrustProxy } from '../../../../packages/collector/src/rate-limit/parse-trust-proxy.js';

describe('clientAddress', () => {
  it.each<[string, string | undefined, string | string[] | undefined, string | undefined, string | undefined]>([
    // name, peer, X-Forwarded-For, trust, client
    ['no trust: the peer, whatever the header says', '10.0.0.2', '1.2.3.4', undefined, '10.0.0.2'],
    ['one hop: the entry the load balancer added', '10.0.0.2', '1.2.3.4', '1', '1.2.3.4'],
    ['one hop: a forged entry left of it is ignored', '10.0.0.2', '6.6.6.6, 1.2.3.4', '1', '1.2.3.4'],
    ['two hops: CDN then load balancer', '10.0.0.2', '6.6.6.6, 1.2.3.4, 172.16.0.9', '2', '1.2.3.4'],
    ['two hops, one entry only: the leftmost', '10.0.0.2', '1.2.3.4', '2', '1.2.3.4'],
    ['one hop, no header: the peer', '10.0.0.2', undefined, '1', '10.0.0.2'],
    ['the header repeated: its lines in order', '10.0.0.2', ['6.6.6.6', '1.2.3.4'], '1', '1.2.3.4'],
    ['subnets: the rightmost address outside them', '10.0.0.2', '6.6.6.6, 1.2.3.4, 10.9.9.9', '10.0.0.0/8', '1.2.3.4'],
    ['subnets: a peer outside them is the client', '8.8.8.8', '1.2.3.4', '10.0.0.0/8', '8.8.8.8'],
    ['subnets: all trusted, the leftmost', '10.0.0.2', '10.1.1.1, 10.2.2.2', '10.0.0.0/8', '10.1.1.1'],
    ['subnets: an IPv4-mapped peer', '::ffff:10.0.0.2', '1.2.3.4', '10.0.0.0/8', '1.2.3.4'],
    ['subnets: IPv6 proxies', 'fd00::2', '2001:db8::7', 'fd00::/8', '2001:db8::7'],
    ['a value that is no address: the proxy that sent it', '10.0.0.2', 'unknown, garbage', '2', '10.0.0.2'],
    ['an empty entry stops the walk', '10.0.0.2', '1.2.3.4, , 5.6.7.8', '3', '5.6.7.8'],
  ])('%s', (_name, peer, forwardedFor, trust, expected) => {
    expect(clientAddress(peer, forwardedFor, trust === undefined ? undefined : parseTrustProxy(trust))).toBe(expected);
  });

  it('reads only the rightmost 64 entries of a huge forged header', () => {
    const forged = Array.from({ length: 5_000 }, (_, i) => `10.0.${i >> 8 & 255}.${i & 255}`).join(', ');
    expect(clientAddress('10.0.0.2', `1.1.1.1, ${forged}`, parseTrustProxy('10.0.0.0/8'))).toMatch(/^10\./);
  });
});
