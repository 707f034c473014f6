import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * True once `ref`'s element has been `share` in view (and stays true): that share of it, or, for an
 * element taller than the viewport, that share of the viewport filled by it (else a tall widget
 * would never count as seen). Without IntersectionObserver it is true at once. `onSeen` runs first,
 * before any effect of the re-render (so "Showroom Viewed" precedes what the story reports).
 */
export function useInView(ref: RefObject<Element>, share = 0, rootMargin = '0px', onSeen?: () => void): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined' && (onSeen?.(), true));
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) =>
        entries.some(
          (e) =>
            e.isIntersecting &&
            // Chromium reports a ratio a hair under the threshold it crossed.
            (e.intersectionRatio >= share - 0.01 || e.intersectionRect.height >= share * (e.rootBounds?.height ?? Infinity)),
        ) && (onSeen?.(), setSeen(true)),
      { threshold: share ? [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1] : 0, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return seen;
}
