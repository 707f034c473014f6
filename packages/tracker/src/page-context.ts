import type { Context } from './message.js';

let href = '';
let page: Context['page'];

/**
 * The page fields of the Segment context, rebuilt only when the URL changed: track() reads it on
 * every call, and single-page apps change the URL without reloading.
 */
export function pageContext(): NonNullable<Context['page']> {
  if (location.href !== href || !page) {
    href = location.href;
    page = { path: location.pathname, referrer: document.referrer, search: location.search, title: document.title, url: href };
  }
  return page;
}
