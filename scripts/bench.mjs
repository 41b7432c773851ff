#!/usr/bin/env node
// npm run bench: builds the app, serves it on 127.0.0.1, measures size, Lighthouse, time to first
// card, scale and sync, and writes BENCHMARKS.md; `npm run bench -- --only=sync` measures sync
// alone and rewrites only its section, `--only=size` builds once and rewrites the size section;
// `npm run bench -- --only=scale --rows=100000` measures scale alone, at that many review-log rows,
// and prints the figures as JSON. The work is in scripts/bench/ (TypeScript, loaded through Vite's
// runnerImport, as scripts/decks.mjs does).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}scripts/bench/main.ts`, { configFile: false, logLevel: 'silent' });
try {
  const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice('--rows='.length) ?? 1_000_000);
  if (!(Number.isInteger(rows) && rows >= 1000)) throw new Error('--rows must be a whole number of review-log rows, 1000 or more');
  if (process.argv.includes('--only=sync')) {
    console.log(await module.benchSyncOnly());
  } else if (process.argv.includes('--only=size')) {
    console.log(await module.benchSizeOnly());
  } else if (process.argv.includes('--only=scale')) {
    console.log(await module.benchScaleOnly(rows));
  } else {
    const report = await module.bench('npm run bench');
    // The budgets table, so the run's outcome is in the log too.
    console.log(report.split('## Budgets')[1]?.split('\n## ')[0]?.trim() ?? '');
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
