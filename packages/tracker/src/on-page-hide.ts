/**
 * Calls `callback` when the page may be about to go away: when it is hidden (the last event a
 * mobile browser reliably fires before discarding a tab) and at `pagehide` (navigation, bfcache).
 * https://developer.chrome.com/docs/web-platform/page-lifecycle-api#advice-hidden
 * Returns a function that stops listening.
 */
export function onPageHide(callback: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') callback();
  };
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', callback);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', callback);
  };
}
