/** What a shop's server-side code reports of one showroom, the same through every SDK. */
export const SHOWROOM = 'chair';

/** The properties the widget would send with `event`. */
export const showroomProperties = (extra: Record<string, string | number> = {}): Record<string, string | number> => ({
  showroom_id: SHOWROOM,
  config_version: 1,
  module: 'sense',
  ...extra,
});

/** A visitor's visit as track calls: loaded, viewed, one hotspot opened. */
export const VISIT = [
  ['Showroom Loaded', showroomProperties()],
  ['Showroom Viewed', showroomProperties()],
  ['Hotspot Opened', showroomProperties({ hotspot_id: 'leg' })],
] as const;
