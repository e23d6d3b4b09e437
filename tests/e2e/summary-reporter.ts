/** Prints one plain `N passed, N failed` line and writes the counts for scripts/test.ts. */
import { writeFileSync, mkdirSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(_result: FullResult) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/e2e-summary.json', JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped }));
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`);
  }

  printsToStdio() {
    return false;
  }
}
