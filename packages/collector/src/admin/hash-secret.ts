import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a token or session id. Enough for secrets of 256 random bits, which no
 * dictionary holds; a slow password hash would only slow every authenticated request.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
