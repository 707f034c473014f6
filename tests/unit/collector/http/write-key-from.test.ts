import { describe, expect, it } from 'vitest';
import { writeKeyFrom } from '../../../../packages/collector/src/http/write-key-from.js';

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

describe('writeKeyFrom', () => {
  it.each<[string, string | undefined, string | undefined, string, string | undefined]>([
    // name, body writeKey, Authorization, query string, expected
    ['the body writeKey', 'body-key', undefined, '', 'body-key'],
    ['the body writeKey before Basic auth and the query', 'body-key', basic('auth-key:'), 'writeKey=q', 'body-key'],
    ['the Basic auth user name (Segment, RudderStack)', undefined, basic('auth-key:'), '', 'auth-key'],
    ['a Basic auth user name without a colon', undefined, basic('auth-key'), '', 'auth-key'],
    ['Basic auth, case-insensitive scheme', undefined, `basic ${Buffer.from('k:').toString('base64')}`, '', 'k'],
    ['the ?writeKey= query (beacons)', undefined, undefined, 'writeKey=q-key', 'q-key'],
    ['the query when Basic auth has no user', undefined, basic(':password'), 'writeKey=q-key', 'q-key'],
    ['nothing from a Bearer token', undefined, 'Bearer abc', '', undefined],
    ['nothing from an empty body key and query', '', undefined, 'writeKey=', undefined],
  ])('takes %s', (_name, bodyKey, authorization, query, expected) => {
    expect(writeKeyFrom(bodyKey, authorization, new URLSearchParams(query))).toBe(expected);
  });
});
