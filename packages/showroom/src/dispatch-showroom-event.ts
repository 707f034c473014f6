import type { VitrineShowroomEventMap } from './showroom-element-events.js';

/**
 * Dispatches `type` on the showroom's element, bubbling and composed, so that it leaves the shadow
 * root and reaches the page. Returns false when a listener called preventDefault() on a cancelable
 * event. A listener that throws is reported by the browser; dispatchEvent itself never throws.
 */
export function dispatchShowroomEvent<K extends keyof VitrineShowroomEventMap>(
  element: Element,
  type: K,
  detail: VitrineShowroomEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return element.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));
}
