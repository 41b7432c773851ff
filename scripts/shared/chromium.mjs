/**
 * The one place that knows where Chromium is and how to start it on these machines, for the test
 * runner, the browser tests, the benchmark and the screenshot scripts. Plain JavaScript, so that
 * scripts/test.mjs can import it before anything is compiled.
 */
import { existsSync } from 'node:fs';

/** The flags TOOLCHAIN.md lists for Debian's Chromium as root; Playwright adds its own headless flag. */
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** CHROME_PATH if set, then Debian's and the usual other places. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => !!p && existsSync(p));
}

/** Where Chromium is, or an error that says what to install. */
export function chromePath() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH');
  return found;
}
