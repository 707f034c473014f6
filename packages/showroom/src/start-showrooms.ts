import { installGlobal } from '@vitrine/tracker';
import { defineShowroomElement, mountDataShowrooms } from './define-showroom-element.js';
import type { ShowroomTracker } from './reporting/showroom-tracker.js';

/**
 * The script-tag build's module (showroom-core.js), started by showroom.iife.js with its script
 * tag: starts `window.vitrine` from the tag's `data-` attributes (or reuses the page's), registers
 * <vitrine-showroom>, and mounts every [data-vitrine-showroom] element, now or once the document
 * has been parsed.
 */
export function startShowrooms(script: HTMLScriptElement | null): void {
  const defaults = {
    tracker: installGlobal(script) as unknown as ShowroomTracker,
    ...(script?.dataset.endpoint && { endpoint: script.dataset.endpoint }),
    ...(script?.dataset.writeKey && { writeKey: script.dataset.writeKey }),
  };
  defineShowroomElement(defaults);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mountDataShowrooms(document, defaults));
  else mountDataShowrooms(document, defaults);
}
