/**
 * `npm run bench`: build, serve on loopback, measure, write BENCHMARKS.md. Everything it starts —
 * servers in this process, Chromium processes, temporary build and profile directories — is stopped
 * or removed before it returns, whether the measurements succeed or not (see cleanup.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { APP_CONFIG, buildApp, buildScalePage, ROOT, SCALE_CONFIG } from './build';
import { bundleReport } from './bundle';
import { removeAll, temporaryDir } from './cleanup';
import { timeToFirstCard } from './first-card';
import { runLighthouse } from './lighthouse';
import { machine } from './machine';
import { measureQuizGeneration } from './quiz';
import { renderReport, renderSync, withSizeSection, withSyncSection } from './report';
import { measureScale } from './scale';
import { serve, type Served } from './serve';
import { median } from './stats';
import { measureSync } from './sync';

const LIGHTHOUSE_RUNS = 5;
const FIRST_CARD_RUNS = 20;

/**
 * `npm run bench -- --only=sync`: only the sync measurements (about a minute, not five), written
 * over the sync section of BENCHMARKS.md; the other sections keep the last full run's figures.
 */
export async function benchSyncOnly(): Promise<string> {
  const started = new Date();
  const load = loadavg()[0] ?? 0;
  const log = (line: string) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const work = temporaryDir('builds');
  let scalePage: Served | undefined;
  try {
    log('building the scale page…');
    const scaleDir = join(work, 'scale');
    await buildScalePage(scaleDir);
    scalePage = await serve({ root: join(ROOT, 'scripts/bench/scale'), configFile: SCALE_CONFIG, outDir: scaleDir });
    const section = renderSync(await measureSync(scalePage.url, log), { date: started, load, cores: machine(load).cores });
    const path = join(ROOT, 'BENCHMARKS.md');
    writeFileSync(path, withSyncSection(readFileSync(path, 'utf8'), section));
    log('wrote the sync section of BENCHMARKS.md');
    return section;
  } finally {
    await scalePage?.close();
    removeAll();
  }
}

/**
 * `npm run bench -- --only=size`: one build (seconds), its size section and first-load budget row
 * written over BENCHMARKS.md's; the timings keep the last full run's figures.
 */
export async function benchSizeOnly(): Promise<string> {
  const work = temporaryDir('builds');
  try {
    const appDir = join(work, 'app');
    const bundle = bundleReport(appDir, await buildApp(appDir));
    const path = join(ROOT, 'BENCHMARKS.md');
    writeFileSync(path, withSizeSection(readFileSync(path, 'utf8'), bundle, new Date()));
    const decoder = bundle.qrDecoder ? `${(bundle.qrDecoder.gzip / 1000).toFixed(1)} KB gzip` : 'none';
    return `first load ${(bundle.firstLoad.gzip / 1000).toFixed(1)} KB gzip; QR decoder ${decoder}; wrote the size section of BENCHMARKS.md`;
  } finally {
    removeAll();
  }
}

/** A run's start: its time, the machine's load then (said beside every figure), and a log line stamped with seconds since. */
function startRun(): { started: number; load: number; log(line: string): void } {
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  return { started, load, log: (line) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`) };
}

/**
 * `npm run bench -- --only=scale [--rows=N]`: only the scale measurements, at N review-log rows
 * (default a million), printed as JSON; BENCHMARKS.md is not rewritten (its figures come from full runs).
 */
export async function benchScaleOnly(rows: number): Promise<string> {
  const { started, load, log } = startRun();
  const work = temporaryDir('builds');
  let scalePage: Served | undefined;
  try {
    log('building the scale page…');
    const scaleDir = join(work, 'scale');
    await buildScalePage(scaleDir);
    scalePage = await serve({ root: join(ROOT, 'scripts/bench/scale'), configFile: SCALE_CONFIG, outDir: scaleDir });
    const scale = await measureScale(scalePage.url, log, rows);
    const loadAfter = loadavg()[0] ?? 0;
    return JSON.stringify({ startedAt: new Date(started), durationMs: Date.now() - started, machine: machine(load), loadAfter, scale }, null, 2);
  } finally {
    await scalePage?.close();
    removeAll();
  }
}

export async function bench(command: string): Promise<string> {
  const { started, load, log } = startRun();
  const work = temporaryDir('builds');
  const servers: Served[] = [];
  try {
    log('building the app and the scale page…');
    const appDir = join(work, 'app');
    const scaleDir = join(work, 'scale');
    const modules = await buildApp(appDir);
    await buildScalePage(scaleDir);
    const bundle = bundleReport(appDir, modules);
    log(`first load: ${(bundle.firstLoad.gzip / 1000).toFixed(1)} KB gzip`);
    const quiz = await measureQuizGeneration();
    if (quiz) log(`quiz generation: median ${median(quiz).toFixed(1)} ms`);

    const app = await serve({ root: ROOT, configFile: APP_CONFIG, outDir: appDir });
    servers.push(app);
    const lighthouse = await runLighthouse(`${app.url}/`, LIGHTHOUSE_RUNS, log);
    log('time to first card…');
    const firstCard = await timeToFirstCard(app.url, FIRST_CARD_RUNS);

    const scalePage = await serve({ root: join(ROOT, 'scripts/bench/scale'), configFile: SCALE_CONFIG, outDir: scaleDir });
    servers.push(scalePage);
    const scale = await measureScale(scalePage.url, log);
    const sync = await measureSync(scalePage.url, log);

    const results = {
      command,
      startedAt: new Date(started),
      durationMs: Date.now() - started,
      machine: machine(load),
      lighthouseVersion: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
      bundle,
      lighthouse,
      firstCard,
      scale,
      quiz,
      sync,
    };
    const report = renderReport(results);
    writeFileSync(join(ROOT, 'BENCHMARKS.md'), report);
    log('wrote BENCHMARKS.md');
    return report;
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    removeAll();
  }
}
