import { classifyChannel, landingOf, touchFromLanding, type Channel } from '@vitrine/contracts';
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

/** The event's context as stored (JSON text); a row that is not JSON has no landing to read. */
function parseContext(json: string | null): unknown {
  try {
    return json === null ? null : JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The touch of a visit whose first event is `first`: read only for that event, so ingest parses
 * one context per new visit, not one per event. `exclusions`: referral-excluded domains. The
 * channel rules are @vitrine/contracts', which the showroom runs in the browser for audiences.
 */
export function landingTouch(first: RollupEvent, exclusions: readonly string[]): LandingTouch {
  const touch = touchFromLanding(landingOf(parseContext(first.context)), exclusions);
  return { messageId: first.messageId, channel: classifyChannel(touch), source: touch.source, medium: touch.medium, campaign: touch.campaign ?? '' };
}
