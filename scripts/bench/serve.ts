/**
 * Serves a build with `vite preview` — what `npm start` serves, gzip included (Lighthouse would
 * otherwise measure uncompressed transfers no host sends) — in this process, on 127.0.0.1 only and
 * a free port, so it ends with the bench.
 */
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(options: { root: string; configFile: string; outDir: string }): Promise<Served> {
  const server = await preview({
    root: options.root,
    configFile: options.configFile,
    logLevel: 'warn',
    build: { outDir: options.outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
