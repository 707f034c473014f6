import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../../packages/collector/src/rate-limit/address-key.js';

describe('addressKey', () => {
  it.each([
    ['an IPv4 address', '203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['an IPv6 address', '2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3:8d3::/64'],
    ['another address of the same /64', '2001:db8:85a3:8d3::1', '2001:db8:85a3:8d3::/64'],
    ['a /64 written with zeros squeezed out', '2001:db8::1', '2001:db8:0:0::/64'],
    ['leading zeros and capitals', '2001:0DB8:0000:0001:0:0:0:1', '2001:db8:0:1::/64'],
    ['the loopback', '::1', '0:0:0:0::/64'],
    ['a link-local address with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['an embedded IPv4 tail', '64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['no address (a socket already closed)', undefined, 'unknown'],
  ])('keys %s as %s', (_name, address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('gives two clients of different /64s different keys', () => {
    expect(addressKey('2001:db8:0:1::5')).not.toBe(addressKey('2001:db8:0:2::5'));
  });
});
