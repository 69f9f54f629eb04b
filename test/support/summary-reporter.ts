// Ends a test run with the slowest tests beside their timeouts, then one plain line,
// `N passed, N failed, N skipped`, that any CI reader understands (vitest's own summary is decorated).
// A test that takes more than a third of its timeout is named: on a busy machine it would be the first
// to time out, so it must be made lighter or given a timeout that says what it really needs.
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const SLOWEST_SHOWN = 10;
const MARGIN = 3;

/** The test's own timeout: vitest keeps it on the runner task, which the reporter API does not expose. */
function timeoutOf(test: TestCase): number {
  const task = (test as unknown as { task?: { timeout?: number } }).task;
  return task?.timeout ?? test.project.config.testTimeout;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const timed: { name: string; duration: number; timeout: number }[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
        const duration = test.diagnostic()?.duration;
        if (duration !== undefined)
          timed.push({
            name: `${module.moduleId.split('/').slice(-2).join('/')} > ${test.fullName}`,
            duration,
            timeout: timeoutOf(test),
          });
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed += 1;
    }
    timed.sort((a, b) => b.duration - a.duration);
    if (timed.length > 0) {
      console.log(`\nSlowest tests (duration / timeout):`);
      for (const { name, duration, timeout } of timed.slice(0, SLOWEST_SHOWN))
        console.log(`  ${seconds(duration)} / ${seconds(timeout)}  ${name}`);
      const close = timed.filter(({ duration, timeout }) => duration * MARGIN > timeout);
      console.log(
        close.length === 0
          ? `Every test ran within a third of its timeout.`
          : `${close.length} test(s) took more than a third of their timeout: ${close.map(({ name }) => name).join('; ')}`,
      );
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
