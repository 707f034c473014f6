import { sourceName } from './source-name.js';

/** The category GA4 gives a traffic source (its SOURCE_CATEGORY_* lists). */
export type SourceCategory = 'search' | 'social' | 'video' | 'shopping';

/**
 * Sites by category, after GA4's published source lists, cut to the ones a shop sees in practice.
 * A name without a dot is a brand: it matches that brand's site under any country domain
 * (`google` matches google.com, google.co.uk, www.google.de). A name with a dot matches that host
 * and its subdomains. Video comes before social so that youtube.com is video, as in GA4's list.
 */
const SOURCES: Record<SourceCategory, readonly string[]> = {
  shopping: ['amazon', 'ebay', 'etsy', 'walmart', 'aliexpress', 'alibaba', 'shopping.google.com', 'shopify', 'zalando', 'rakuten', 'idealo', 'mercadolibre', 'target'],
  video: ['youtube', 'youtu.be', 'vimeo', 'twitch', 'dailymotion', 'wistia', 'netflix', 'disneyplus', 'hulu', 'ted.com', 'bilibili'],
  search: [
    'google', 'bing', 'yahoo', 'duckduckgo', 'baidu', 'yandex', 'ecosia', 'naver', 'seznam', 'qwant', 'ask',
    'aol', 'startpage', 'sogou', 'so.com', 'daum', 'search.brave.com', 'msn', 'kagi',
  ],
  social: [
    'facebook', 'fb.com', 'fb.me', 'instagram', 'linkedin', 'lnkd.in', 'twitter', 't.co', 'x.com', 'pinterest', 'pin.it',
    'reddit', 'tiktok', 'snapchat', 'whatsapp', 'messenger.com', 'threads.net', 'tumblr', 'vk.com', 'weibo', 'quora',
    'discord', 'telegram', 't.me', 'line.me', 'wechat', 'bsky.app', 'mastodon.social', 'xing', 'nextdoor', 'flipboard',
    // utm_source values that name a social site without being its host.
    'fb', 'ig',
  ],
};

/** Subdomains that are the same site as the brand's own: l.facebook.com is facebook's link redirector. */
const FRONT_DOORS = new Set(['www', 'm', 'l', 'lm', 'mobile', 'search', 'web']);

/** The entry of the lists that `source` matches (`google` for www.google.co.uk) and its category. */
export function listedSite(source: string): { site: string; category: SourceCategory } | undefined {
  const name = sourceName(source);
  const labels = name.split('.');
  // The brand is the label before the public suffix: google.co.uk → google, l.facebook.com → facebook.
  const suffix = labels.length > 2 && labels.at(-1)!.length === 2 && /^(co|com|org|net|ac|gov|edu|ne|or)$/.test(labels.at(-2)!) ? 2 : 1;
  const brandAt = labels.length - suffix - 1;
  // A brand stands for its site and its front doors only: mail.google.com is Gmail, not search.
  const brand = brandAt < 0 ? name : labels.slice(0, brandAt).every((label) => FRONT_DOORS.has(label)) ? labels[brandAt] : undefined;
  for (const [category, sites] of Object.entries(SOURCES) as Array<[SourceCategory, readonly string[]]>) {
    for (const site of sites) {
      if (site.includes('.') ? name === site || name.endsWith(`.${site}`) : brand === site || name === site) return { site, category };
    }
  }
  return undefined;
}
