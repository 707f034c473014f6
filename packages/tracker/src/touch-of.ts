/** Segment's `context.campaign` and the ad click ids of one landing URL. */
export type Touch = {
  /** `source`, `medium`, `name`, `term`, `content`, from `utm_source` ... `utm_content` (`name` from `utm_campaign`). */
  campaign?: Record<string, string>;
  /** The ad networks' click ids, by parameter name: `gclid`, `gbraid`, `wbraid`, `dclid`, `msclkid`, `ttclid`, `li_fat_id`, `fbclid`. */
  clickIds?: Record<string, string>;
};

/** Longest value kept of a campaign field or click id (the collector keeps 200 as well): a hostile URL must not fill storage. */
export const MAX_TOUCH_VALUE = 200;

// utm_* of Segment's campaign fields (group 1), and the click ids: gclid, dclid, gbraid, wbraid,
// msclkid, ttclid, li_fat_id, fbclid.
const PARAM = /^(?:utm_(source|medium|campaign|term|content)|[gd]clid|[gw]braid|msclkid|ttclid|li_fat_id|fbclid)$/;

/**
 * The touch a URL's `search` carries (`?utm_source=newsletter&gclid=x`), each value trimmed and
 * cut to MAX_TOUCH_VALUE, the first of a repeated parameter kept (as URLSearchParams.get does);
 * undefined when it carries none, so that a page without any says nothing of where the visit came from.
 */
export function touchOf(search: string): Touch | undefined {
  let touch: Touch | undefined;
  new URLSearchParams(search).forEach((value, param) => {
    const field = PARAM.exec(param);
    value = value.trim().slice(0, MAX_TOUCH_VALUE);
    // Segment calls utm_campaign `name`.
    if (field && value) ((touch ??= {})[field[1] ? 'campaign' : 'clickIds'] ??= {})[field[1] === 'campaign' ? 'name' : field[1] || param] ??= value;
  });
  return touch;
}
