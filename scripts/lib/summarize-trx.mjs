// Adds up the TRX results of every test project and prints the one-line total the test command ends with.
// Exits non-zero when a test failed or a project left no results (it crashed or never ran).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, expectedProjects] = process.argv.slice(2);
const files = readdirSync(folder, { recursive: true }).filter((f) => f.endsWith('.trx'));
const totals = { passed: 0, failed: 0, skipped: 0 };

for (const file of files) {
  const counters = /<Counters\s([^>]*)\/>/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(counters)?.[1] ?? 0);
  totals.passed += count('passed');
  totals.failed += count('failed') + count('error') + count('timeout') + count('aborted');
  totals.skipped += count('notExecuted');
}

const missing = Number(expectedProjects) - files.length;
if (missing > 0) {
  console.error(`${missing} test project(s) left no results: they crashed or did not run.`);
  totals.failed += missing;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
