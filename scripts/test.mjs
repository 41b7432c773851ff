#!/usr/bin/env node
// npm test: typecheck, deck check, unit tests, production build, browser tests — in that order —
// then one closing line "N passed, N failed" (CI reads it). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './shared/chromium.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('.test-results', { recursive: true });

function run(command, args, env = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A step that is one check: typecheck, deck check, build. */
function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  if (run(command, args)) results.passed++;
  else { results.failed++; failures.push(name); }
}

/** A Vitest project: counts its tests from the JSON report. */
function vitest(project) {
  console.log(`\n▶ ${project} tests`);
  const report = `.test-results/${project}.json`;
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    results.failed++;
    failures.push(`${project} tests (the runner stopped before reporting)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  if (json.numTotalTests === 0) { results.failed++; failures.push(`${project}: no tests ran`); }
  else if (!ok && json.numFailedTests === 0) { results.failed++; failures.push(`${project} tests (suite error)`); }
  else if (json.numFailedTests > 0) failures.push(`${project}: ${json.numFailedTests} failed`);
}

function chromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('\n▶ No Chromium found: installing Debian\'s chromium package (about a minute)');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium'], env) && existsSync('/usr/bin/chromium')) {
      return '/usr/bin/chromium';
    }
  }
  console.error('No Chromium for the browser tests: run `sudo apt-get install chromium` (Debian), or set CHROME_PATH to a Chromium or Chrome binary.');
  return undefined;
}

/**
 * The Anki tests make their fixtures with Debian's sqlite3 and zstd commands and read the build's
 * packages with sqlite3: installed here when missing, as Chromium is.
 */
function debianTools() {
  const missing = [['sqlite3', 'sqlite3'], ['zstd', 'zstd']].filter(([command]) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  const packages = missing.map(([, pkg]) => pkg);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`\n▶ Installing Debian's ${packages.join(' and ')} for the Anki tests`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', ...packages], env)) return;
  }
  console.error(`The Anki tests need ${packages.join(' and ')}: run \`sudo apt-get install ${packages.join(' ')}\` (Debian).`);
}

debianTools();
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('deck check', 'node', ['scripts/decks.mjs', 'check']);
vitest('unit');
const before = results.failed;
check('production build', 'npx', ['vite', 'build']);
if (results.failed === before) {
  const chrome = chromium();
  if (chrome) {
    process.env.CHROME_PATH = chrome;
    vitest('e2e');
  } else {
    results.failed++;
    failures.push('browser tests (no Chromium)');
  }
} else {
  failures.push('browser tests skipped: the build failed');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
