/**
 * Calls `callback` when the page may be about to go away, until `signal` aborts: when it is hidden
 * (the last event a mobile browser reliably fires before discarding a tab) and at `pagehide`
 * (navigation, bfcache). https://developer.chrome.com/docs/web-platform/page-lifecycle-api#advice-hidden
 */
export function onPageHide(callback: () => void, signal: AbortSignal): void {
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && callback(), { signal });
  addEventListener('pagehide', callback, { signal });
}
