/** Where a session came from, as GA4 names it: source, medium and the campaign fields. */
export interface TrafficSource {
  /** `(direct)` when the session came from nowhere the page could see. */
  source: string;
  /** `(none)` for direct, `referral` for a link from another site, `organic` from a search engine. */
  medium: string;
  campaign?: string;
  term?: string;
  content?: string;
  /** The ad click id the landing URL carried (its parameter name): `gclid`, `fbclid`, ... */
  clickId?: string;
}
