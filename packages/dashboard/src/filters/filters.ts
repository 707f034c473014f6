import type { Channel, Module } from '@vitrine/contracts';

/**
 * What the marketer narrowed the figures to: the query string of `GET /api/metrics`, and of the
 * dashboard's own URL so a view can be shared and the back button undoes a change. Absent = the
 * API's default (all showrooms, the last 30 days, every visitor, every module, every channel, UTC).
 */
export interface Filters {
  showroom?: string;
  /** First day, YYYY-MM-DD. */
  from?: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to?: string;
  /** With `arm`: only the visitors of that arm. */
  experiment?: string;
  arm?: string;
  module?: Module;
  /** Only the visits that came by this channel (GA4's name: Email, Paid Social, ...). */
  channel?: Channel;
  /** IANA time zone of the days. */
  tz?: string;
  /** 'media': the Media view also shows each channel's modules and funnels (a costlier request). */
  view?: 'media';
}

/** The keys in the order they appear in a URL. */
export const FILTER_KEYS = ['showroom', 'from', 'to', 'experiment', 'arm', 'module', 'channel', 'tz', 'view'] as const satisfies readonly (keyof Filters)[];
