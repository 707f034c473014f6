/** After each interaction the module counts as engaged for this long (Chartbeat's 5 s, as the tracker). */
export const ENGAGED_WINDOW = 5_000; // ms

export interface EngagedTimer {
  /** The page became visible and focused (`true`) or stopped being so (`false`). */
  setActive(now: number, active: boolean): void;
  /** The shopper did something in the widget. */
  interact(now: number): void;
  /** The engaged ms counted so far, then starts again from zero. */
  take(now: number): number;
}

/**
 * Engaged time, the tracker's rule (packages/tracker/src/engaged-timer.ts, which its package does
 * not export): time visible and focused within `window` ms after an interaction. Pure: the caller
 * passes the clock.
 */
export function createEngagedTimer(window = ENGAGED_WINDOW): EngagedTimer {
  let total = 0;
  let from = 0;
  let until = 0;
  let active = false;
  const settle = (now: number) => {
    if (active) total += Math.max(0, Math.min(now, until) - from);
    from = now;
  };
  return {
    setActive(now, on) {
      settle(now);
      if (!(active = on)) until = now;
    },
    interact(now) {
      settle(now);
      if (active) until = now + window;
    },
    take(now) {
      settle(now);
      const taken = total;
      total = 0;
      return taken;
    },
  };
}
