#!/usr/bin/env node
// `npm test`: typecheck, the layering rules (dependency-cruiser), unused code (knip), Vitest, then the Playwright
// browser tests. Streams each tool's own output, prints a summary per suite, and ends with exactly one line:
// `N passed, N failed[, N skipped]`. A suite that runs no tests fails. Exit code 1 if anything failed.
// Node built-ins only.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (pkg, path) => join('node_modules', pkg, path);
const TSC = bin('typescript', 'bin/tsc');
const VITEST = bin('vitest', 'vitest.mjs');
const PLAYWRIGHT = bin('@playwright/test', 'cli.js');
const DEPCRUISE = bin('dependency-cruiser', 'bin/dependency-cruise.mjs');
const KNIP = bin('knip', 'bin/knip.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const tmp = mkdtempSync(join(tmpdir(), 'standoff-test-'));
const suites = [];

/** Runs node with args; `pipe` captures stdout and stderr instead of streaming them. */
function node(args, { pipe = false, env = {} } = {}) {
  const result = spawnSync(process.execPath, args, {
    stdio: pipe ? 'pipe' : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024, // tsc can be wordy
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(result.error.message);
  return { code: result.status ?? 1, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // missing or cut short: the tool crashed
  }
};

function record(name, passed, failed, skipped = 0, note = '') {
  suites.push({ name, passed, failed, skipped });
  const skip = skipped ? `, ${skipped} skipped` : '';
  console.log(`\n▶ ${name}: ${passed} passed, ${failed} failed${skip}${note ? ` (${note})` : ''}\n`);
}

function typecheck() {
  for (const project of ['tsconfig.json', 'tsconfig.sim.json', 'tsconfig.node.json']) {
    console.log(`\n── tsc -p ${project}`);
    const { code, out } = node([TSC, '-p', project, '--pretty', 'false'], { pipe: true });
    process.stdout.write(out);
    record(`typecheck ${project}`, code === 0 ? 1 : 0, code === 0 ? 0 : 1); // a project with no files fails too (TS18003)
  }
}

/** A tool that passes or fails as a whole, like one typecheck: its exit code is the result. */
function check(name, args) {
  console.log(`\n── ${name}`);
  const { code } = node(args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

function vitest() {
  console.log('\n── vitest run');
  const report = join(tmp, 'vitest.json');
  const { code } = node([VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const json = readJson(report);
  if (!json) return record('unit (vitest)', 0, 1, 0, `no report, exit code ${code}`);
  // A file that fails to load has no failed tests of its own: count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.some((t) => t.status === 'failed'),
  ).length;
  let failed = json.numFailedTests + brokenFiles;
  if (failed === 0 && json.numTotalTests === 0) return record('unit (vitest)', 0, 1, 0, 'no tests ran');
  if (code !== 0 && failed === 0) failed = 1;
  record('unit (vitest)', json.numPassedTests, failed, json.numPendingTests + json.numTodoTests);
}

function chromiumMissing() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return false;
  } catch {
    return true;
  }
}

function playwright() {
  console.log('\n── playwright test');
  if (chromiumMissing()) {
    const message = `Chromium not found at ${CHROMIUM}: install the Debian package \`chromium\` (apt-get install chromium) or set CHROMIUM_PATH`;
    console.log(message);
    // Count the tests we could not run, so the skip is visible in the total.
    const listed = node([PLAYWRIGHT, 'test', '--list'], { pipe: true }).out.match(/Total: (\d+) tests?/);
    const count = listed ? Number(listed[1]) : 1;
    const note = 'Chromium missing';
    return CI ? record('browser (playwright)', 0, 1, 0, note) : record('browser (playwright)', 0, 0, count, note);
  }
  const report = join(tmp, 'playwright.json');
  const { code } = node([PLAYWRIGHT, 'test'], { env: { STANDOFF_PW_JSON: report } });
  const json = readJson(report);
  if (!json?.stats) return record('browser (playwright)', 0, 1, 0, `no report, exit code ${code}`);
  const { expected, unexpected, flaky, skipped } = json.stats;
  // Errors outside any test (a webServer that would not start, a spec that would not load).
  let failed = unexpected + (json.errors?.length ?? 0);
  if (failed === 0 && expected + flaky + skipped === 0) return record('browser (playwright)', 0, 1, 0, 'no tests ran');
  if (code !== 0 && failed === 0) failed = 1;
  record('browser (playwright)', expected + flaky, failed, skipped);
}

try {
  typecheck();
  check('layering (dependency-cruiser)', [DEPCRUISE, 'src', '--output-type', 'err']);
  check('unused code (knip)', [KNIP, '--no-progress']);
  vitest();
  playwright();
} finally {
  if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
}

const total = (key) => suites.reduce((sum, suite) => sum + suite[key], 0);
console.log('Summary');
for (const s of suites) console.log(`  ${s.name.padEnd(30)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
const [passed, failed, skipped] = [total('passed'), total('failed'), total('skipped')];
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
