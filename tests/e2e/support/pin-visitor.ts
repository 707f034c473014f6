/**
 * Runs first in a shop page (EngineShop.addInitScript): gives the browser the tracker's
 * anonymousId `id` unless it already has one, as an earlier visit would have, so that the
 * showroom buckets this visitor by it. The tracker keeps it under `vitrine.anonymousId`.
 * Self-contained: it is serialised into the page.
 */
export function pinVisitor(id: string): void {
  if (!localStorage.getItem('vitrine.anonymousId')) localStorage.setItem('vitrine.anonymousId', id);
}
