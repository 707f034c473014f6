/** How a request body is encoded, from its `Content-Encoding` header. */
export type BodyEncoding = { ok: true; encoding: 'identity' | 'gzip' | 'deflate' } | { ok: false; encoding: string };

/**
 * Reads `Content-Encoding`. RudderStack's Node and Python SDKs gzip by default; `x-gzip` is gzip's
 * old name (RFC 9110 §8.4.1.3). A list of codings (`gzip, gzip`) is refused: no client sends one,
 * and each layer would need its own cap.
 */
export function bodyEncoding(header: string | undefined): BodyEncoding {
  const encoding = (header ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return { ok: true, encoding: 'identity' };
  if (encoding === 'gzip' || encoding === 'x-gzip') return { ok: true, encoding: 'gzip' };
  if (encoding === 'deflate') return { ok: true, encoding: 'deflate' };
  return { ok: false, encoding };
}
