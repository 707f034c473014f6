import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * True once `ref`'s element has been at least `threshold` in view (and stays true). Without
 * IntersectionObserver it is true at once.
 */
export function useInView(ref: RefObject<Element>, threshold = 0, rootMargin = '0px'): boolean {
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= threshold) && setSeen(true),
      { threshold, rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return seen;
}
