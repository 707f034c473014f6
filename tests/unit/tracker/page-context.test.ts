// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageContext } from '../../../packages/tracker/src/page-context.js';

describe('pageContext', () => {
  it('redacts only the offending values of the URL, path, query and hash when redacting', () => {
    history.replaceState(null, '', '/account/john@example.com/orders?e=john%40example.com&step=2#contact=bob@example.com');
    expect(pageContext(true)).toMatchObject({
      path: '/account/[redacted]/orders',
      search: '?e=[redacted]&step=2',
      url: `${location.origin}/account/[redacted]/orders?e=[redacted]&step=2#contact=[redacted]`,
    });
    expect(pageContext(false).search).toBe('?e=john%40example.com&step=2');
  });

  it('returns the same object until the URL changes, as a single-page app changes it', () => {
    history.replaceState(null, '', '/p/1?tel=555%20123%204567');
    const first = pageContext(true);
    expect(pageContext(true)).toBe(first);
    expect(first.search).toBe('?tel=[redacted]');
    history.replaceState(null, '', '/p/2');
    expect(pageContext(true)).not.toBe(first);
    expect(pageContext(true).path).toBe('/p/2');
  });
});
