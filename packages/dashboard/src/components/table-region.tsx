import type { ComponentChildren } from 'preact';

/**
 * A wide table's frame: it scrolls sideways on a phone instead of widening the page, and can be
 * focused so a keyboard can scroll it (axe: scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
