/**
 * Runs `task` while holding the cross-tab lock `name`, so that only one tab of the origin sends at
 * a time and two tabs never send the same stored event. `onWait(true)` is called while another
 * tab holds the lock. Without Web Locks (Safari before 15.4) tabs are not coordinated: nothing is
 * lost, but two tabs may send an event twice, and the collector drops the second by messageId.
 */
export function withTabLock(name: string, task: () => Promise<void>, onWait: (waiting: boolean) => void): Promise<void> {
  if (!navigator.locks?.request) return task();
  onWait(true);
  return navigator.locks.request<void>(name, async () => {
    onWait(false);
    await task();
  });
}
