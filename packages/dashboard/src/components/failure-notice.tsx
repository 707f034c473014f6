import type { MetricsView } from './use-metrics.js';

/**
 * Why the figures could not be loaded, where it cannot be missed. A lapsed login links to the
 * login page; with older figures still shown (`stale`), it says they are not current.
 */
export function FailureNotice({ failure, stale }: { failure: NonNullable<MetricsView['failure']>; stale: boolean }) {
  const then = stale ? ' The figures below are from the last successful refresh.' : '';
  return (
    <div class="failure" role="alert" data-failure={failure.kind}>
      {failure.kind === 'unauthorized' ? (
        <p>
          <strong>You are not logged in</strong> (or your session has ended). <a href="/admin/login">Log in</a> to see the figures.{then}
        </p>
      ) : (
        <p>
          <strong>The figures could not be loaded.</strong> {failure.message} The page tries again every 15 s.{then}
        </p>
      )}
    </div>
  );
}
