import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../../../packages/collector/src/rate-limit/parse-trust-proxy.js';

describe('parseTrustProxy', () => {
  it.each<[number | string, number]>([
    [1, 1],
    ['2', 2],
    [' 16 ', 16],
  ])('reads %j as that many hops', (value, hops) => {
    expect(parseTrustProxy(value)).toEqual({ hops });
  });

  it.each<[string | readonly string[], string, boolean]>([
    // value, address, trusted?
    ['10.0.0.0/8', '10.200.0.1', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['10.0.0.0/8', '::ffff:10.0.0.7', true],
    ['192.168.1.5', '192.168.1.5', true],
    ['192.168.1.5', '192.168.1.6', false],
    ['10.0.0.0/8, fd00::/8', 'fd12::1', true],
    [['172.16.0.0/12', '::1'], '::1', true],
    [['172.16.0.0/12', '::1'], '172.32.0.1', false],
  ])('reads %j as subnets: %s trusted is %s', (value, address, trusted) => {
    const trust = parseTrustProxy(value);
    expect('subnets' in trust && trust.subnets.check(address, address.includes(':') ? 'ipv6' : 'ipv4')).toBe(trusted);
  });

  it.each<[number | string, RegExp]>([
    [0, /1 to 16 proxies.*not 0/],
    ['17', /1 to 16 proxies.*not 17/],
    ['lb.internal', /lb.internal is not an IP address or CIDR subnet/],
    ['10.0.0.0/33', /10.0.0.0\/33 is not an IP address or CIDR subnet/],
    ['fd00::/129', /fd00::\/129 is not/],
    ['10.0.0.0/8/8', /10.0.0.0\/8\/8 is not/],
    ['10.0.0.0/x', /10.0.0.0\/x is not/],
    ['10.0.0.0/8,', /\(empty\) is not/],
  ])('refuses %j naming it', (value, message) => {
    expect(() => parseTrustProxy(value)).toThrow(message);
  });
});
