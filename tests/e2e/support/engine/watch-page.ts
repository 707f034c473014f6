/** What watchPage reports, as the site stores it. */
export interface PageReport {
  /** `error`: uncaught error or rejection; `console`: console.error; `csp`: a securitypolicyviolation. */
  kind: 'error' | 'console' | 'csp';
  text: string;
  url: string;
}

/**
 * Runs first in a page (StaticServer.addInitScript) and reports to the site's `/__report` whatever a
 * shopper's page must never show: uncaught errors and rejections, console.error calls, and every CSP
 * violation the page sees. One mechanism for every engine: WebDriver classic has no log or error
 * events, and the `securitypolicyviolation` event is the web's own, in all three engines.
 * Self-contained: it is serialised into the page.
 */
export function watchPage(): void {
  const report = (kind: string, text: string) => {
    // Not keepalive: it must not take from the 64 KB a page may have in flight at page hide.
    void fetch('/__report', { method: 'POST', body: JSON.stringify({ kind, text: text.slice(0, 4_000), url: location.href }) }).catch(() => undefined);
  };
  const describe = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  addEventListener('error', (event) => report('error', event.error ? describe(event.error) : event.message));
  addEventListener('unhandledrejection', (event) => report('error', `unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    report('csp', `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
  );
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    report('console', args.map(describe).join(' '));
    error(...args);
  };
}
