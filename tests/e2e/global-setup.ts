import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './static-server';
import { chromePath } from './browser';

/** The browser tests run against the production build: it must exist, with its service worker. */
export default function setup(): void {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sw.js'))) {
    throw new Error('No production build with a service worker in dist/: run `npm run build` first (npm test does).');
  }
  chromePath();
}
