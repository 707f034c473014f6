/** A visitor's session: its id is the time it started, in ms (as Amplitude's `session_id`). */
export interface Session {
  id: number;
  /** When the last event of the session happened, ms since the epoch. */
  lastAt: number;
}

/** A session ends after 30 minutes without an event (GA4, Plausible). */
export const SESSION_TIMEOUT = 30 * 60_000; // ms

/** The session an event at `now` belongs to: `current` extended, or a new one. */
export function nextSession(current: Session | undefined, now: number, timeout = SESSION_TIMEOUT): Session {
  if (current && now - current.lastAt < timeout && now >= current.id) {
    return { id: current.id, lastAt: Math.max(now, current.lastAt) };
  }
  return { id: now, lastAt: now };
}
