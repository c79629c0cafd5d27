// Sums vitest JSON reports into CI's one closing line: "N passed, N failed". A test file that failed
// without any failing test (it could not load, or a hook threw) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const result of report.testResults) {
    const failedTests = result.assertionResults.filter((test) => test.status === 'failed').length;
    if (result.status === 'failed' && failedTests === 0) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
