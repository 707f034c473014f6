import { isIP } from 'node:net';
import type { TrustProxy } from './parse-trust-proxy.js';

/**
 * The client's address for rate limits. Without `trust`, the socket's peer. With it, the address
 * list is X-Forwarded-For followed by the peer, read from the right as Express does: with `hops`,
 * the one `hops` places left of the peer (the leftmost when the list is shorter); with subnets,
 * the first from the right outside them. A value that is not an IP address ends the walk at the
 * address right of it, since only a trusted proxy's own additions are believed.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trust: TrustProxy | undefined): string | undefined {
  if (trust === undefined || peer === undefined || forwardedFor === undefined) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  // Only the rightmost entries can matter: MAX_TRUSTED_HOPS bounds `hops`, and a walk by subnets
  // stops at the first address outside them, so a long forged header costs one split.
  const list = [...header.split(',').slice(-64).map((entry) => entry.trim()), peer];
  let chosen = peer;
  for (let index = list.length - 2, step = 1; index >= 0; index--, step++) {
    const previous = list[index + 1]!;
    if ('hops' in trust ? step > trust.hops : !trust.subnets.check(previous, isIP(previous) === 6 ? 'ipv6' : 'ipv4')) break;
    const address = list[index]!;
    if (isIP(address) === 0) break;
    chosen = address;
  }
  return chosen;
}
