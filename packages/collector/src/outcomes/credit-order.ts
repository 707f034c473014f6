import type { Channel } from '../channels/channel.js';

/** A visitor's time in one showroom during one visit: what an order may be credited to. */
export interface ShowroomTouch {
  /** The visit: its visitor key and start (ms), as rollup_visits keys it. */
  visitor: string;
  start: number;
  showroom: string;
  /** The touch's last event, ms since the epoch. */
  at: number;
  channel: Channel;
  /** The experience modules the shopper used (sense, feel, think, act, relate). */
  modules: readonly string[];
  /** The variant the quiz recommended, and the one last chosen in 3D. */
  quizResult?: string;
  variant?: string;
  /** The chosen variant's label, as the widget showed it. */
  variantLabel?: string;
  /** Experiment id → arm id. */
  arms: Readonly<Record<string, string>>;
}

/** 30 days, in ms: the attribution window when the config does not set one. */
export const DEFAULT_WINDOW_MS = 30 * 24 * 3_600_000;

/**
 * The touch an order at `orderAt` is credited to: the visitor's last showroom touch before the order
 * and no older than `windowMs`; undefined when there is none (the order is counted, credited to no
 * showroom). Last touch, because it is the one a marketer can act on: the showroom the shopper saw
 * right before buying, with the arms, quiz result and variant it showed then.
 */
export function creditOrder(orderAt: number, touches: readonly ShowroomTouch[], windowMs = DEFAULT_WINDOW_MS): ShowroomTouch | undefined {
  let credited: ShowroomTouch | undefined;
  for (const touch of touches) {
    if (touch.at > orderAt || orderAt - touch.at > windowMs) continue;
    if (!credited || touch.at > credited.at) credited = touch;
  }
  return credited;
}
