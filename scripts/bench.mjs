#!/usr/bin/env node
// npm run bench: builds the app, serves it on 127.0.0.1, measures size, Lighthouse, time to first
// card, scale and sync, and writes BENCHMARKS.md; `npm run bench -- --only=sync` measures sync
// alone and rewrites only its section, `--only=size` builds once and rewrites the size section. The
// work is in scripts/bench/ (TypeScript, loaded through Vite's runnerImport, as scripts/decks.mjs does).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}scripts/bench/main.ts`, { configFile: false, logLevel: 'silent' });
try {
  if (process.argv.includes('--only=sync')) {
    console.log(await module.benchSyncOnly());
  } else if (process.argv.includes('--only=size')) {
    console.log(await module.benchSizeOnly());
  } else {
    const report = await module.bench('npm run bench');
    // The budgets table, so the run's outcome is in the log too.
    console.log(report.split('## Budgets')[1]?.split('\n## ')[0]?.trim() ?? '');
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
