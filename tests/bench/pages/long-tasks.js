// Every main-thread task over 50 ms from navigation start (buffered, so none before this script is
// missed), for the bench's long-task rows. Each bench page loads it first, as a classic script.
window.longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((task) => ({ startMs: task.startTime, ms: task.duration })))).observe({ type: 'longtask', buffered: true });
