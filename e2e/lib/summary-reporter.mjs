// A Playwright reporter that ends the run with one plain line,
// "e2e: N passed, N failed, N skipped", so the totals read the same as the
// other test runners' closing lines. The list reporter prints the details.

/** Counts final test outcomes and prints them when the run ends. */
export default class SummaryReporter {
  constructor() {
    this.counts = { passed: 0, failed: 0, skipped: 0 };
  }

  printsToStdio() {
    return true;
  }

  onTestEnd(test, result) {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') {
      return; // it will be retried; only the last attempt counts
    }
    if (result.status === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(result) {
    const { passed, failed, skipped } = this.counts;
    // A run that failed outside any test (global setup, a load error) counts as a failure too.
    const extra = result.status !== 'passed' && failed === 0 ? 1 : 0;
    console.log(`e2e: ${passed} passed, ${failed + extra} failed, ${skipped} skipped`);
  }
}
