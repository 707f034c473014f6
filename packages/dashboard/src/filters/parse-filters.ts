import { MODULE_LABELS } from '../metrics/module-labels.js';
import { CHANNELS, type Channel, type Module } from '@vitrine/contracts';
import type { Filters } from './filters.js';
import { isTimeZone } from './is-time-zone.js';

/** The filters a URL asks for, and one sentence for each value that was dropped because it is not valid. */
export interface ParsedFilters {
  filters: Filters;
  problems: string[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD that names a real day (not 2026-02-30). */
function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The filters of a query string (`location.search`). A hand-edited or stale link must still open
 * the dashboard: an invalid value is dropped, and said so, instead of failing the whole page.
 */
export function parseFilters(search: string): ParsedFilters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  const problems: string[] = [];
  const text = (key: string): string | undefined => params.get(key)?.trim() || undefined;

  const showroom = text('showroom');
  if (showroom) filters.showroom = showroom;
  for (const key of ['from', 'to'] as const) {
    const day = text(key);
    if (day === undefined) continue;
    if (isDay(day)) filters[key] = day;
    else problems.push(`Ignored ${key}=${day}: not a day written YYYY-MM-DD.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push(`Ignored from=${filters.from}: it is after to=${filters.to}.`);
    delete filters.from;
  }
  const experiment = text('experiment');
  const arm = text('arm');
  if (experiment && arm) Object.assign(filters, { experiment, arm });
  else if (experiment || arm) problems.push(`Ignored ${experiment ? 'experiment' : 'arm'}: an experiment and an arm go together.`);
  const module = text('module');
  if (module !== undefined) {
    if (Object.hasOwn(MODULE_LABELS, module)) filters.module = module as Module;
    else problems.push(`Ignored module=${module}: not one of ${Object.keys(MODULE_LABELS).join(', ')}.`);
  }
  const channel = text('channel');
  if (channel !== undefined) {
    if ((CHANNELS as readonly string[]).includes(channel)) filters.channel = channel as Channel;
    else problems.push(`Ignored channel=${channel}: not one of GA4's channels (${CHANNELS.join(', ')}).`);
  }
  const tz = text('tz');
  if (tz !== undefined) {
    if (isTimeZone(tz)) filters.tz = tz;
    else problems.push(`Ignored tz=${tz}: not an IANA time zone such as Europe/Paris.`);
  }
  const view = text('view');
  if (view === 'media') filters.view = view;
  else if (view !== undefined) problems.push(`Ignored view=${view}: the only view is media.`);
  return { filters, problems };
}
