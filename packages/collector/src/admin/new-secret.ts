import { randomBytes } from 'node:crypto';

/** A fresh secret: `prefix` then 32 random bytes in base64url (e.g. `vta_…` for the admin token). */
export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}
