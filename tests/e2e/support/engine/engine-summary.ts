import type { Reporter, TestCase } from '@playwright/test/reporter';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** Passed on a retry after failing: named at the end, so that a flake is seen, never hidden. */
  flaky: string[];
  /** ms, the tests' own durations added up (workers run in parallel, so more than wall time). */
  busy: number;
  /** ms since the epoch: the first test's start and the last test's end. */
  first: number;
  last: number;
}

const where = (test: TestCase) => `${test.location.file.replace(/^.*\/tests\/e2e\//, '')}:${test.location.line}`;

/** The first lines of an error message, without colours, indented. */
function excerpt(message: string): string {
  const lines = message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim());
  return lines
    .slice(0, 8)
    .map((line) => `      ${line.slice(0, 200)}`)
    .join('\n');
}

/**
 * Ends the run with one line per engine: how many tests ran in it, how they ended, and how long
 * they took, so a run says plainly which engines it covered; then every test that passed only on a
 * retry. Used beside the list or line reporter.
 */
export default class EngineSummary implements Reporter {
  /** Each test once, whatever its number of attempts; tallied when the run ends. */
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.add(test);
  }

  onEnd(): void {
    if (this.tests.size === 0) return;
    const tallies = new Map<string, Tally>();
    for (const test of this.tests) {
      const engine = test.parent.project()?.name ?? 'unknown';
      const tally = tallies.get(engine) ?? { passed: 0, failed: 0, skipped: 0, flaky: [], busy: 0, first: Infinity, last: 0 };
      const outcome = test.outcome();
      if (outcome === 'skipped') tally.skipped++;
      else if (outcome === 'expected' || outcome === 'flaky') tally.passed++;
      else tally.failed++;
      if (outcome === 'flaky') tally.flaky.push(`${where(test)} ${test.title}`);
      for (const result of test.results) {
        const start = result.startTime.getTime();
        tally.busy += result.duration;
        tally.first = Math.min(tally.first, start);
        tally.last = Math.max(tally.last, start + result.duration);
      }
      tallies.set(engine, tally);
    }
    console.log('\nper engine:');
    for (const [engine, t] of tallies) {
      const span = ((t.last - t.first) / 1_000).toFixed(0);
      const busy = (t.busy / 1_000).toFixed(0);
      const flaky = t.flaky.length ? ` (${t.flaky.length} only on a retry)` : '';
      console.log(`  ${engine.padEnd(9)} ${t.passed} passed${flaky}, ${t.failed} failed, ${t.skipped} skipped; ${busy} s of test time, first start to last end ${span} s`);
    }
    const flaky = [...tallies].flatMap(([engine, t]) => t.flaky.map((name) => `  [${engine}] ${name}`));
    if (flaky.length) console.log(`\npassed only on a retry (flaky: each failure's report is above):\n${flaky.join('\n')}`);
    // Again at the very end, shortly: a CI log is often read from its tail, where the line
    // reporter's full reports have long scrolled away.
    const failures = [...this.tests].flatMap((test) =>
      test.results.flatMap((result, attempt) =>
        result.status === 'failed' || result.status === 'timedOut'
          ? [`  [${test.parent.project()?.name}] ${where(test)} ${test.title} (try ${attempt + 1}):\n${excerpt(result.error?.message ?? result.status)}`]
          : [],
      ),
    );
    if (failures.length) console.log(`\nfailures, in short:\n${failures.join('\n')}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
