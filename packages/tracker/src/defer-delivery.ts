import type { createDelivery, Delivery } from './delivery.js';

/**
 * For `startTracker`: a delivery whose code (sending, retries, the tab lock) is fetched as a chunk
 * of its own once `after` resolves. The showroom's script tag passes "the 3D view has been asked
 * for", so that sending code is not among the bytes before the 3D view. Until then events are
 * stored as always and sending waits; a page hidden before then leaves them in the store, for
 * the next page to send. A chunk that cannot be fetched is counted in `stats().errors`.
 */
export function deferDelivery(after: Promise<unknown>): typeof createDelivery {
  return (context, queueName) => {
    let delivery: Delivery | undefined;
    let stopped = false;
    const loading = after
      .then(() => import('./delivery.js'))
      .then(({ createDelivery }) => {
        delivery = createDelivery(context, queueName);
        if (stopped) delivery.stop();
        return delivery;
      });
    loading.catch((error: unknown) => {
      context.stats.errors++;
      context.log(error);
    });
    return {
      flush: () => loading.then((d) => d.flush(), () => {}),
      schedule: (delay) => void loading.then((d) => d.schedule(delay), () => {}),
      online: () => delivery?.online(),
      sendBeforeHide: (events) => delivery?.sendBeforeHide(events),
      stop() {
        stopped = true;
        delivery?.stop();
      },
    };
  };
}
