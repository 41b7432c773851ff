/**
 * A proxy in front of the test CouchDB that can drop a connection half-way through an answer,
 * answer garbage, never answer, or run a hook first (the browser test kills the server from one).
 * Everything else, CORS headers included, passes through as the server sent it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'drop' | 'garbage' | 'hang';

export interface Proxy {
  url: string;
  /** What to do with each request, given its method and path; may wait (for a hook) before answering. */
  decide: (method: string, path: string) => ProxyMode | Promise<ProxyMode>;
  /** Every request seen, `METHOD path`. */
  seen: string[];
  close(): Promise<void>;
}

/** A proxy to `target`: by default it passes everything through. */
export async function startProxy(target: string): Promise<Proxy> {
  const hanging = new Set<ServerResponse>();
  const proxy: Proxy = { url: '', decide: () => 'pass', seen: [], close: async () => undefined };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    proxy.seen.push(`${req.method} ${path}`);
    const mode = await proxy.decide(req.method ?? 'GET', path);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (mode === 'hang') { hanging.add(res); return; }
    if (mode === 'garbage') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>Welcome to our captive portal</html>'); return; }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    let upstream: Response;
    let body: Buffer;
    try {
      upstream = await fetch(`${target}${path}`, { method: req.method, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}) });
      body = Buffer.from(await upstream.arrayBuffer());
    } catch {
      // The server is gone: so is this connection, as it would be without a proxy.
      res.socket?.destroy();
      return;
    }
    const passed: Record<string, string> = {};
    upstream.headers.forEach((value, key) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(key)) passed[key] = value;
    });
    if (mode === 'drop') {
      // Half the answer, then the connection goes: as a train entering a tunnel.
      res.writeHead(upstream.status, { ...passed, 'content-length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.writeHead(upstream.status, passed);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise((resolve) => {
    for (const res of hanging) res.socket?.destroy();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return proxy;
}
