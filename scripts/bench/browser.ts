/**
 * Chromium for the bench, with a real on-disk profile (a temporary directory): a browser context
 * from `browser.newContext()` is off the record and keeps IndexedDB and the service-worker cache in
 * memory, which would flatter every figure. The profile is deleted when the browser closes.
 * (Playwright stops its browsers itself if the bench is interrupted.)
 */
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from '../shared/chromium.mjs';
import { removeDir, temporaryDir } from './cleanup';

export interface Profile {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchProfile(): Promise<Profile> {
  const dir = temporaryDir('profile');
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromePath(), args: CHROME_FLAGS });
  return {
    context,
    async close() {
      await context.close();
      removeDir(dir);
    },
  };
}

/** "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)", without the wrapper's noise. */
export function chromiumVersion(): string {
  const out = execFileSync(chromePath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.trim().split('\n').at(-1) ?? 'unknown';
}
