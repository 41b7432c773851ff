/**
 * Serves the production build on loopback for the browser tests, like `vite preview` (unknown paths
 * get index.html) but able to change sw.js in place, to play a new release.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.apkg': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  /** Appends text to sw.js as served, so the browser sees a new service worker. */
  releaseNewServiceWorker(marker: string): void;
  close(): Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
  let swSuffix = '';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (path === '/sw.js' && swSuffix) {
      import('node:fs').then(({ readFileSync }) => {
        res.writeHead(200, headers);
        res.end(readFileSync(file, 'utf8') + swSuffix);
      });
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    releaseNewServiceWorker(marker) { swSuffix = `\n// ${marker}\n`; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
