/** The shopper asked for less motion: no auto-rotate, and the story waits for them instead of turning pages. */
export const prefersReducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
