import type { IncomingMessage } from 'node:http';
import { addressKey } from './address-key.js';
import { clientAddress } from './client-address.js';
import type { TrustProxy } from './parse-trust-proxy.js';

/** A request's client, as the per-IP limits key it: clientAddress, then addressKey. */
export function clientKey(req: IncomingMessage, trust: TrustProxy | undefined): string {
  return addressKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust));
}
