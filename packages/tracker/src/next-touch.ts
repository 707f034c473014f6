import type { Touch } from './touch-of.js';

/** The touch every event of a session carries, with the session's id (its start, ms). */
export interface SessionTouch {
  id: number;
  touch: Touch;
}

/**
 * The touch of an event in session `sessionId` on a page whose URL carries `landing` (touchOf):
 * - a URL with utm_* or click ids starts a touch, also mid-session (a second ad or email opened in
 *   the same visit is a new touch; Universal Analytics even started a new session there, GA4
 *   attributes each event to the campaign of its page, Segment sends the URL's campaign as it is);
 * - a page without them keeps its session's touch (GA4's session source: the landing's, for every
 *   event of the visit; a later page of the shop has no utm but came from the same email);
 * - a new session (30 minutes without events, next-session.ts) without them starts with no
 *   campaign: direct, or whatever its first page's referrer says.
 * `current` is what storage held: anything else than a SessionTouch of this session is replaced.
 */
export function nextTouch(current: SessionTouch | null | undefined, sessionId: number, landing: Touch | undefined): SessionTouch {
  return landing || current?.id !== sessionId ? { id: sessionId, touch: landing ?? {} } : current;
}
