/** After each interaction the page counts as engaged for this long (Chartbeat's 5 s). */
export const ENGAGED_WINDOW = 5_000; // ms

/**
 * Engaged time: the time the page was visible and focused, within `window` ms after an
 * interaction. Pure: the caller passes the clock, so the rule is tested without a DOM.
 */
export class EngagedTimer {
  #total = 0;
  #from = 0;
  #until = 0;
  #active = false;

  readonly #window: number;

  constructor(window = ENGAGED_WINDOW) {
    this.#window = window;
  }

  /** The page became visible and focused (`true`) or stopped being so (`false`). */
  setActive(now: number, active: boolean): void {
    this.#settle(now);
    this.#active = active;
    if (!active) this.#until = now;
  }

  /** The shopper did something: a click, a key, a scroll, a touch. */
  interact(now: number): void {
    this.#settle(now);
    if (this.#active) this.#until = now + this.#window;
  }

  /** The engaged ms counted so far, then starts again from zero. */
  take(now: number): number {
    this.#settle(now);
    const total = this.#total;
    this.#total = 0;
    return total;
  }

  #settle(now: number): void {
    if (this.#active) this.#total += Math.max(0, Math.min(now, this.#until) - this.#from);
    this.#from = now;
  }
}
