/**
 * The write key of a request, from the first place that has one: the body's `writeKey`
 * (Segment's libraries), HTTP Basic auth with the key as user name and an empty password
 * (Segment's HTTP API, RudderStack), or the `writeKey` query parameter (beacons, which can set
 * neither a body field of their choosing nor a header).
 */
export function writeKeyFrom(
  bodyKey: string | undefined,
  authorization: string | undefined,
  query: URLSearchParams,
): string | undefined {
  if (bodyKey) return bodyKey;
  const basic = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(authorization ?? '');
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon === -1 ? decoded : decoded.slice(0, colon);
    if (user) return user;
  }
  return query.get('writeKey') || undefined;
}
