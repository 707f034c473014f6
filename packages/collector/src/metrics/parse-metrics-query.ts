import { CHANNELS, MODULES, type MetricsQuery, type Module } from '@vitrine/contracts';
import { isChannel } from '../channels/channel.js';
import { createZonedCalendar } from './zoned-calendar.js';

/** The longest range one query may cover, in days: a year and a leap day. */
export const MAX_RANGE_DAYS = 366;
/** Default range: this many days ending today. */
const DEFAULT_DAYS = 30;
const PARAMS = new Set(['showroom', 'from', 'to', 'experiment', 'arm', 'module', 'channel', 'tz', 'view']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the query string of `GET /api/metrics` and applies its defaults (UTC; the 30 days ending
 * today in `tz`). Returns the query, or the problem in words that name the parameter.
 */
export function parseMetricsQuery(params: URLSearchParams, now: number): { query: MetricsQuery } | { error: string } {
  for (const name of new Set(params.keys())) {
    if (!PARAMS.has(name)) return { error: `unknown parameter ${name}; use ${[...PARAMS].join(', ')}` };
    if (params.getAll(name).length > 1) return { error: `${name} is given more than once` };
  }
  const value = (name: string): string | undefined => {
    const given = params.get(name);
    return given === null || given === '' ? undefined : given;
  };
  const tz = value('tz') ?? 'UTC';
  let calendar;
  try {
    calendar = createZonedCalendar(tz);
  } catch {
    return { error: `tz must be an IANA time zone such as Europe/Paris, not ${tz}` };
  }
  const to = value('to') ?? calendar.dayOf(now);
  const toMs = dayMs(to);
  if (toMs === undefined) return { error: `to must be a date as YYYY-MM-DD, not ${to}` };
  const from = value('from') ?? new Date(toMs - (DEFAULT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const fromMs = dayMs(from);
  if (fromMs === undefined) return { error: `from must be a date as YYYY-MM-DD, not ${from}` };
  if (fromMs > toMs) return { error: `from (${from}) must not be after to (${to})` };
  if ((toMs - fromMs) / 86_400_000 + 1 > MAX_RANGE_DAYS) return { error: `from and to may span at most ${MAX_RANGE_DAYS} days` };

  const query: MetricsQuery = { from, to, tz };
  const showroom = value('showroom');
  if (showroom !== undefined) query.showroom = showroom;
  const experiment = value('experiment');
  const arm = value('arm');
  if (arm !== undefined && experiment === undefined) return { error: 'arm needs experiment: an arm id means nothing without its experiment' };
  if (experiment !== undefined) query.experiment = experiment;
  if (arm !== undefined) query.arm = arm;
  const module = value('module');
  if (module !== undefined) {
    if (!MODULES.includes(module as Module)) return { error: `module must be one of ${MODULES.join(', ')}, not ${module}` };
    query.module = module as Module;
  }
  const channel = value('channel');
  if (channel !== undefined) {
    if (!isChannel(channel)) return { error: `channel must be one of ${CHANNELS.join(', ')} (as GA4 spells them), not ${channel}` };
    query.channel = channel;
  }
  const view = value('view');
  if (view !== undefined) {
    if (view !== 'media') return { error: `view must be media (each channel's modules and funnels too), not ${view}` };
    query.view = view;
  }
  return { query };
}

/** ms of a valid YYYY-MM-DD date at UTC midnight, else undefined (2024-02-30 is not a date). */
function dayMs(day: string): number | undefined {
  if (!DAY.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? undefined : ms;
}
