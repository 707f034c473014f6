import { createEngagedTimer, type EngagedTimer } from './engaged-timer.js';

/** Feeds an EngagedTimer from the page (visible and focused, the shopper's input) until `signal` aborts. */
export function watchEngagement(signal: AbortSignal): EngagedTimer {
  const timer = createEngagedTimer();
  const interact = () => timer.interact(performance.now());
  const focus = () => timer.setActive(performance.now(), document.visibilityState === 'visible' && document.hasFocus());
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'touchstart']) {
    addEventListener(type, interact, { capture: true, passive: true, signal });
  }
  for (const type of ['focus', 'blur']) addEventListener(type, focus, { signal });
  document.addEventListener('visibilitychange', focus, { signal });
  focus();
  return timer;
}
