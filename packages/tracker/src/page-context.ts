import type { Context } from './message.js';
import { redact } from './redact.js';

let key = '';
let page: Context['page'];

/**
 * The page fields of the Segment context, with `redact`ion or not, rebuilt only when the URL
 * changed: track() reads it on every call (redacting five strings per call would cost more than
 * the call), and single-page apps change the URL without reloading.
 */
export function pageContext(redacting: boolean): NonNullable<Context['page']> {
  if (location.href + redacting !== key || !page) {
    key = location.href + redacting;
    const fields = { path: location.pathname, referrer: document.referrer, search: location.search, title: document.title, url: location.href };
    page = redacting ? redact(fields) : fields;
  }
  return page;
}
