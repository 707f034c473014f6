import type { Landing } from './touch-from-landing.js';

/** The ad click id parameters a landing URL may carry, by the network that adds them. */
const CLICK_IDS = ['gclid', 'gbraid', 'wbraid', 'dclid', 'msclkid', 'ttclid', 'li_fat_id', 'fbclid'] as const;
const CAMPAIGN_FIELDS = ['source', 'medium', 'name', 'term', 'content'] as const;
/** Longest value kept of a campaign field: a hostile URL must not fill the rollups. */
const MAX_FIELD = 200;

/** Longest landing URL or referrer read (browsers send up to about 2 KB of referrer). */
const MAX_URL = 4096;

const text = (value: unknown, max = MAX_FIELD): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined);
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * What a visit's first event saw of its landing, from that event's Segment `context` (untrusted
 * JSON: the collector's stored event, or what the showroom knows the tracker sends):
 * `context.campaign` when the tracker sent one, else the `utm_*` parameters of `context.page.url`;
 * the click ids of that URL, else `context.clickIds` (the tracker's session touch); `context.page.referrer`.
 */
export function landingOf(value: unknown): Landing {
  const context = record(value);
  const page = record(context['page']);
  const url = text(page['url'], MAX_URL);
  let params: URLSearchParams | undefined;
  try {
    params = url === undefined ? undefined : new URL(url).searchParams;
  } catch {
    params = undefined;
  }
  const sent = record(context['campaign']);
  const landing: Landing = {};
  const campaign: NonNullable<Landing['campaign']> = {};
  const given = CAMPAIGN_FIELDS.some((field) => text(sent[field]) !== undefined);
  for (const field of CAMPAIGN_FIELDS) {
    const value = given ? text(sent[field]) : text(params?.get(`utm_${field === 'name' ? 'campaign' : field}`));
    if (value !== undefined) campaign[field] = value;
  }
  if (Object.keys(campaign).length > 0) landing.campaign = campaign;
  // The tracker carries its session's click ids on every event (context.clickIds): a visit whose
  // first tracked page is not its landing page keeps them.
  const sentIds = record(context['clickIds']);
  const clickIds: Record<string, string> = {};
  for (const name of CLICK_IDS) {
    const value = text(params?.get(name)) ?? text(sentIds[name]);
    if (value !== undefined) clickIds[name] = value;
  }
  if (Object.keys(clickIds).length > 0) landing.clickIds = clickIds;
  const referrer = text(page['referrer'], MAX_URL);
  if (referrer !== undefined) landing.referrer = referrer;
  if (url !== undefined) landing.url = url;
  return landing;
}
