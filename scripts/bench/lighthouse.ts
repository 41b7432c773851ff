/**
 * Lighthouse 12.2.3 (its default configuration: mobile, simulated throttling) against the
 * production build, five times, each in a fresh Debian Chromium started here on a loopback debugging
 * port and stopped by its own PID. Lighthouse clears the origin's storage before each run, so every
 * run is a first visit.
 */
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath } from '../shared/chromium.mjs';
import { onInterrupt, removeDir, temporaryDir } from './cleanup';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's measure of this machine's CPU speed (its own "benchmarkIndex"). */
  benchmarkIndex: number;
  warnings: string[];
}

/** Starts Chromium with a DevTools port on 127.0.0.1 and waits until it listens. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = temporaryDir('lighthouse');
  const child = spawn(chromePath(), ['--headless', ...CHROME_FLAGS, '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const done = onInterrupt(() => child.kill('SIGKILL'));
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    removeDir(profile);
    done();
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${stderr}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
        if (match) { clearTimeout(timer); resolve(Number(match[1])); }
      });
      child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited (${code}):\n${stderr}`)); });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function runLighthouse(url: string, runs: number, log: (line: string) => void): Promise<LighthouseRun[]> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await startChromium();
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const run: LighthouseRun = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        warnings: lhr.runWarnings,
      };
      results.push(run);
      log(`lighthouse run ${i + 1}/${runs}: ${run.performance}/${run.accessibility}/${run.bestPractices}, LCP ${Math.round(run.lcp)} ms`);
    } finally {
      await chrome.stop();
    }
  }
  return results;
}
