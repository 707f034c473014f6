import type { Channel } from '../channels/channel.js';
import { classifyChannel } from '../channels/classify-channel.js';
import { landingOf } from '../channels/landing-of.js';
import { touchFromLanding } from '../channels/touch-from-landing.js';
import type { RollupEvent } from './rollup-event.js';

/** Where a visit came from, as its rollup rows keep it. */
export interface LandingTouch {
  /** The messageId of the visit's first event: of two visits that start at the same ms, the smaller wins when they merge. */
  messageId: string;
  channel: Channel;
  source: string;
  medium: string;
  /** '' when the landing named none. */
  campaign: string;
}

/**
 * The touch of a visit whose first event is `first`: read only for that event, so ingest parses
 * one context per new visit, not one per event. `exclusions`: referral-excluded domains.
 */
export function landingTouch(first: RollupEvent, exclusions: readonly string[]): LandingTouch {
  const touch = touchFromLanding(landingOf(first.context), exclusions);
  return { messageId: first.messageId, channel: classifyChannel(touch), source: touch.source, medium: touch.medium, campaign: touch.campaign ?? '' };
}
