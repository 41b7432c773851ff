/**
 * The two builds the bench measures, each into a directory of its own so a bench run never races
 * with `npm test` or anyone else's build of dist/: the production app (vite.config.ts as it is, plus
 * a plugin that only records which modules went into which chunk) and the bench-only scale page.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_CONFIG = `${ROOT}vite.config.ts`;
export const SCALE_CONFIG = `${ROOT}scripts/bench/scale/vite.config.ts`;

export interface ChunkModules {
  fileName: string;
  /** Every module in the chunk with the bytes it contributes after minification. */
  modules: { id: string; bytes: number }[];
}

/** Records the bundle's module info; it changes nothing in the output. */
function recordChunks(into: ChunkModules[]): Plugin {
  return {
    name: 'faultlines-bench-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries(output.modules).map(([id, m]) => ({ id, bytes: m.renderedLength }));
        into.push({ fileName: output.fileName, modules });
      }
    },
  };
}

/**
 * `vite build` runs with NODE_ENV=production. Vite's runnerImport, which loaded the bench, sets it
 * to development when unset, and then @preact/preset-vite would put preact/debug (5 KB gzip) into
 * the bundle: a build that is not the one users get.
 */
function productionEnv(): void {
  process.env.NODE_ENV = 'production';
}

/** The production build, exactly as `npm run build` makes it, into `outDir`. */
export async function buildApp(outDir: string): Promise<ChunkModules[]> {
  productionEnv();
  const chunks: ChunkModules[] = [];
  await build({
    root: ROOT,
    configFile: APP_CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [recordChunks(chunks)],
    // Workers (the QR decoder) are bundled apart, by their own plugins.
    worker: { plugins: () => [recordChunks(chunks)] },
  });
  return chunks;
}

/** The scale page (scripts/bench/scale/): the app's storage and use cases, and a seeder. */
export async function buildScalePage(outDir: string): Promise<void> {
  productionEnv();
  await build({
    configFile: SCALE_CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
