import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** ms, the tests' own durations added up (workers run in parallel, so more than wall time). */
  busy: number;
  /** ms since the epoch: the first test's start and the last test's end. */
  first: number;
  last: number;
}

/**
 * Ends the run with one line per engine: how many tests ran in it, how they ended, and how long
 * they took, so a run says plainly which engines it covered. Used beside the list or line reporter.
 */
export default class EngineSummary implements Reporter {
  private readonly tallies = new Map<string, Tally>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const engine = test.parent.project()?.name ?? 'unknown';
    const tally = this.tallies.get(engine) ?? { passed: 0, failed: 0, skipped: 0, busy: 0, first: Infinity, last: 0 };
    const outcome = test.outcome();
    if (outcome === 'skipped') tally.skipped++;
    else if (outcome === 'expected' || outcome === 'flaky') tally.passed++;
    else tally.failed++;
    const start = result.startTime.getTime();
    tally.busy += result.duration;
    tally.first = Math.min(tally.first, start);
    tally.last = Math.max(tally.last, start + result.duration);
    this.tallies.set(engine, tally);
  }

  onEnd(): void {
    if (this.tallies.size === 0) return;
    console.log('\nper engine:');
    for (const [engine, t] of this.tallies) {
      const span = ((t.last - t.first) / 1_000).toFixed(0);
      const busy = (t.busy / 1_000).toFixed(0);
      console.log(`  ${engine.padEnd(9)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped; ${busy} s of test time, first start to last end ${span} s`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
