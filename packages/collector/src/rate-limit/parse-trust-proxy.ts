import { BlockList, isIP } from 'node:net';

/** Which proxies in front of the collector may say who the client is (X-Forwarded-For). */
export type TrustProxy =
  /** This many proxies, each appending the address it received from. */
  | { hops: number }
  /** Any proxy whose address is in these subnets. */
  | { subnets: BlockList };

/** Most proxy hops trusted: more is a setup mistake, and bounds the walk of the header. */
export const MAX_TRUSTED_HOPS = 16;

/**
 * Reads the `trustProxy` option or `--trust-proxy` flag: a number of hops (`1` for one load
 * balancer), or comma-separated addresses or CIDR subnets (`10.0.0.0/8,fd00::/8`). Throws a
 * TypeError naming what is wrong.
 */
export function parseTrustProxy(value: number | string | readonly string[]): TrustProxy {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value.join(',');
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > MAX_TRUSTED_HOPS) throw new TypeError(`trustProxy must be 1 to ${MAX_TRUSTED_HOPS} proxies, or subnets such as 10.0.0.0/8, not ${text}`);
    return { hops };
  }
  const subnets = new BlockList();
  const parts = text.split(',').map((part) => part.trim());
  for (const part of parts) {
    const [address = '', prefix, extra] = part.split('/');
    const family = isIP(address);
    const bits = family === 6 ? 128 : 32;
    const length = prefix === undefined ? bits : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
    if (family === 0 || extra !== undefined || !(length >= 0 && length <= bits)) {
      throw new TypeError(`trustProxy: ${part || '(empty)'} is not an IP address or CIDR subnet such as 10.0.0.0/8 or fd00::/8`);
    }
    subnets.addSubnet(address, length, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { subnets };
}
