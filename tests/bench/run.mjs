// `npm run bench`: every benchmark, printed as one table. Figures are reported, never asserted:
// this machine is shared and timings vary run to run; compare runs on the same machine.
import { benchIngest } from './collector-ingest.mjs';
import { benchTracker } from './tracker-in-chromium.mjs';

const rows = [];
const tracker = await benchTracker({ calls: 10_000, runs: 3 });
rows.push(
  { benchmark: 'tracker: main-thread ms per track() (10,000 calls, median of 3)', value: tracker.msPerCall.toFixed(4), target: '< 0.03' },
  { benchmark: 'tracker: long tasks after the burst (worst of 3)', value: tracker.longTasksAfter, target: '0' },
  { benchmark: 'tracker: longest task after the burst, ms', value: Math.round(tracker.longestAfterMs), target: '< 50' },
  { benchmark: 'tracker: ms until the collector acknowledged all 10,000', value: Math.round(tracker.deliveredMs), target: '' },
);
for (const batchSize of [20, 100]) {
  const ingest = await benchIngest({ batchSize, seconds: 5 });
  rows.push({ benchmark: `collector: ingest events/s, batches of ${batchSize}`, value: ingest.eventsPerSecond, target: '' });
}
console.table(rows);
