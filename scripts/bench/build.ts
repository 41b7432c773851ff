/**
 * The two builds the bench measures, each into a directory of its own so a bench run never races
 * with `npm test` or anyone else's build of dist/: the production app (scripts/shared/build.ts:
 * vite.config.ts as it is, plus a plugin that only records which modules went into which chunk)
 * and the bench-only scale page.
 */
import { build } from 'vite';
import { productionEnv, ROOT } from '../shared/build';

export { APP_CONFIG, buildApp, ROOT, type ChunkModules } from '../shared/build';
export const SCALE_CONFIG = `${ROOT}scripts/bench/scale/vite.config.ts`;

/** The scale page (scripts/bench/scale/): the app's storage and use cases, and a seeder. */
export async function buildScalePage(outDir: string): Promise<void> {
  productionEnv();
  await build({
    configFile: SCALE_CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
