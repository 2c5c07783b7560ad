// Adds up the Vitest JSON reports of a CI run into one closing line: "N passed, N failed", after
// naming each failed test with the first lines of its message (the tail of a CI log is what is read).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  for (const suite of report.testResults ?? []) {
    const failures = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (failures.length === 0 && suite.status === 'failed') {
      console.log(`  FAILED ${suite.name}: ${firstLines(suite.message)}`);
    }
    for (const test of failures) {
      console.log(`  FAILED ${suite.name} > ${test.fullName}`);
      for (const message of test.failureMessages ?? []) console.log(`    ${firstLines(message)}`);
    }
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function firstLines(text) {
  return String(text ?? '')
    .split('\n')
    .slice(0, 8)
    .join('\n    ');
}
