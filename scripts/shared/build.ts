/**
 * The production build with a record of which modules went into which chunk, into a directory of
 * its own (so it never races with anyone's build of dist/). The bench reports the chunks' owners
 * from it; the size test checks that no lazy-only module is in the first load.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_CONFIG = `${ROOT}vite.config.ts`;

export interface ChunkModules {
  fileName: string;
  /** Every module in the chunk with the bytes it contributes after minification. */
  modules: { id: string; bytes: number }[];
}

/** Records the bundle's module info; it changes nothing in the output. */
function recordChunks(into: ChunkModules[]): Plugin {
  return {
    name: 'faultlines-record-chunks',
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
 * `vite build` runs with NODE_ENV=production. Vite's runnerImport (which loads the bench) sets it to
 * development when unset, and then @preact/preset-vite would put preact/debug (5 KB gzip) into
 * the bundle: a build that is not the one users get.
 */
export function productionEnv(): void {
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
