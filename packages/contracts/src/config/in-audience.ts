import type { Channel } from '../api/channel.js';
import type { Audience } from './showroom-config.js';

/**
 * What the browser knows of the current visit, for experiments' audiences: its channel (by the
 * collector's rules, see visitChannel in the showroom) and whether the visitor had an earlier
 * visit. Undefined where it could not be told.
 */
export interface Visit {
  channel?: Channel | undefined;
  returning?: boolean | undefined;
}

/**
 * Whether a visit is in an experiment's audience: every condition it names must hold, and one the
 * visit cannot answer (an unknown channel or new/returning) counts as not holding, so that no
 * experiment counts visitors it may not have meant. No audience: everyone.
 */
export function inAudience(audience: Audience | undefined, { channel, returning }: Visit): boolean {
  if (audience?.channels && !(channel && audience.channels.includes(channel))) return false;
  return !audience?.visitors || (returning !== undefined && returning === (audience.visitors === 'returning'));
}
