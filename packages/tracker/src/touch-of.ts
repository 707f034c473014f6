/** Segment's `context.campaign` and the ad click ids of one landing URL. */
export type Touch = {
  /** `source`, `medium`, `name`, `term`, `content`, from `utm_source` ... `utm_content` (`name` from `utm_campaign`). */
  campaign?: Record<string, string>;
  /** The ad networks' click ids, by parameter name: `gclid`, `gbraid`, `wbraid`, `dclid`, `msclkid`, `ttclid`, `li_fat_id`, `fbclid`. */
  clickIds?: Record<string, string>;
  /** The first-ever touch only: its landing page's `url` and `referrer`. */
  page?: { url: string; referrer: string };
};

/** Longest value kept of a campaign field or click id (the collector keeps 200 as well): a hostile URL must not fill storage. */
export const MAX_TOUCH_VALUE = 200;

// [context field, query parameter]: the campaign's name travels as utm_campaign.
const FIELDS = 'source medium name:campaign term content gclid gbraid wbraid dclid msclkid ttclid li_fat_id fbclid'.split(' ');

/**
 * The touch a URL's `search` carries (`?utm_source=newsletter&gclid=x`), each value trimmed and
 * cut to MAX_TOUCH_VALUE; undefined when it carries none, so that a page without any says nothing
 * of where the visit came from.
 */
export function touchOf(search: string): Touch | undefined {
  const query = new URLSearchParams(search);
  let touch: Touch | undefined;
  FIELDS.forEach((field, i) => {
    const [key, param = key] = field.split(':') as [string, string?];
    const value = query.get((i < 5 ? 'utm_' : '') + param)?.trim().slice(0, MAX_TOUCH_VALUE);
    if (value) ((touch ??= {})[i < 5 ? 'campaign' : 'clickIds'] ??= {})[key] = value;
  });
  return touch;
}
