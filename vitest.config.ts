import { defineConfig } from 'vitest/config';

// Unit tests sit next to their code; integration and end-to-end suites live in test/.
export default defineConfig({
  test: {
    include: ['{domain,events,functions,infra,local,scripts,test}/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Generous, so that a busy machine (CI beside other work) does not turn slow into failed; no test is timed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Request logs and security metrics are checked by their own tests; elsewhere they would only bury the report.
    env: { LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' },
  },
});
