/**
 * GA4's default channel groups, spelled as GA4 spells them, in the order its rules are tried: the
 * first rule a session matches names its channel. `GET /api/metrics?channel=` takes these names.
 * https://support.google.com/analytics/answer/9756891
 */
export const CHANNELS = [
  'Direct',
  'Cross-network',
  'Paid Shopping',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Paid Other',
  'Organic Shopping',
  'Organic Social',
  'Organic Video',
  'Organic Search',
  'Referral',
  'Email',
  'Affiliates',
  'Audio',
  'SMS',
  'Mobile Push Notifications',
  'Unassigned',
] as const;

export type Channel = (typeof CHANNELS)[number];
