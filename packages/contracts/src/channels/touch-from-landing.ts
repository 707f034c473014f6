import { listedSite } from './listed-site.js';
import { sourceName } from './source-name.js';
import type { TrafficSource } from './traffic-source.js';

/** What the landing page saw: Segment's `context.campaign`, the ad click ids, the referrer. */
export interface Landing {
  campaign?: { source?: string | undefined; medium?: string | undefined; name?: string | undefined; term?: string | undefined; content?: string | undefined };
  /** Click id parameters of the landing URL, by name (`gclid`, `msclkid`, ...). */
  clickIds?: Record<string, string>;
  /** `document.referrer`: a URL, an `android-app://` referrer, or empty. */
  referrer?: string | undefined;
  /** The landing page's URL: a referrer from its own host is a self-referral. */
  url?: string | undefined;
}

/**
 * Click ids that name the ad network that added them, as auto-tagging does. Google's win over the
 * campaign fields, as in GA4; the others stand in only for a landing URL without them. fbclid is not
 * here: Facebook adds it to every outbound link, paid or not, so it says nothing about the medium.
 */
const AUTO_TAGS: Record<string, { source: string; medium: string }> = {
  gclid: { source: 'google', medium: 'cpc' },
  gbraid: { source: 'google', medium: 'cpc' },
  wbraid: { source: 'google', medium: 'cpc' },
  dclid: { source: 'dv360', medium: 'cpm' },
  msclkid: { source: 'bing', medium: 'cpc' },
  ttclid: { source: 'tiktok', medium: 'paid' },
  li_fat_id: { source: 'linkedin', medium: 'paid' },
};
const GOOGLE_TAGS = ['gclid', 'gbraid', 'wbraid'];

/** The host of a URL, lowercased without `www.`; undefined for what is not an http(s) URL. */
function hostOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The touch of a landing: its campaign fields (utm_*), else its click id, else its referrer, else
 * direct. A referrer from the shop itself or from a host of `excluded` (payment providers, the
 * shop's other domains) is no touch at all: the shopper came back from the checkout, not from a site.
 */
export function touchFromLanding({ campaign = {}, clickIds = {}, referrer, url }: Landing, excluded: readonly string[] = []): TrafficSource {
  const clickId = Object.keys(AUTO_TAGS).find((name) => clickIds[name]) ?? Object.keys(clickIds).find((name) => clickIds[name]);
  const named = { campaign: campaign.name, term: campaign.term, content: campaign.content, clickId };
  const fields: Partial<TrafficSource> = Object.fromEntries(Object.entries(named).filter(([, value]) => value));
  const tagged = clickId ? AUTO_TAGS[clickId] : undefined;
  if (tagged && GOOGLE_TAGS.includes(clickId!)) return { ...fields, ...tagged };
  if (campaign.source || campaign.medium) return { ...fields, source: campaign.source || '(not set)', medium: campaign.medium || '(not set)' };
  if (tagged) return { ...fields, ...tagged };

  const direct = { ...fields, source: '(direct)', medium: '(none)' };
  const from = referrer?.startsWith('android-app://') ? sourceName(referrer) : hostOf(referrer);
  if (!from) return direct;
  const own = hostOf(url);
  if ((own && within(from, own)) || excluded.some((domain) => within(from, domain.toLowerCase().replace(/^www\./, '')))) return direct;
  // A search engine is named by its brand, as GA4 does (google / organic, not www.google.de / referral).
  const listed = listedSite(from);
  return listed?.category === 'search' ? { ...fields, source: listed.site, medium: 'organic' } : { ...fields, source: from, medium: 'referral' };
}
