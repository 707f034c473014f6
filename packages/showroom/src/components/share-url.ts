/**
 * `href` as a shared link: `utm_medium=share`, `utm_source` = where it was shared (`copy-link`,
 * `web-share`) and `utm_content` = `ref`, the sharer's reference, which the Shared event carries
 * too, so that share -> visit -> sale is credited to the share and its sharer without the link
 * naming the sharer. The sharer's own utm_* and ad click ids go: the visit a share brings came by
 * the share, not by the ad that brought the sharer.
 */
export function shareUrl(href: string, source: string, ref: string): string {
  const url = new URL(href);
  const query = url.searchParams;
  [...query.keys()].forEach((key) => /^utm_|clk?id$|braid$|^li_fat_id$/.test(key) && query.delete(key));
  query.set('utm_medium', 'share');
  query.set('utm_source', source);
  query.set('utm_content', ref);
  return url.href;
}
