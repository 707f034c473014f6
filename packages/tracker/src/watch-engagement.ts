import { EngagedTimer } from './engaged-timer.js';

const INTERACTIONS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Feeds an EngagedTimer from the page: visible and focused, and the shopper's input.
 * Returns the timer and a function that stops listening.
 */
export function watchEngagement(): [EngagedTimer, () => void] {
  const timer = new EngagedTimer();
  const options = { capture: true, passive: true };
  const interact = () => timer.interact(performance.now());
  const focus = () => timer.setActive(performance.now(), document.visibilityState === 'visible' && document.hasFocus());
  for (const type of INTERACTIONS) addEventListener(type, interact, options);
  addEventListener('focus', focus);
  addEventListener('blur', focus);
  document.addEventListener('visibilitychange', focus);
  focus();
  return [
    timer,
    () => {
      for (const type of INTERACTIONS) removeEventListener(type, interact, options);
      removeEventListener('focus', focus);
      removeEventListener('blur', focus);
      document.removeEventListener('visibilitychange', focus);
    },
  ];
}
