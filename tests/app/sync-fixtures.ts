/**
 * Devices for the sync tests: each its own database (in one fake IndexedDB), a clock shared by
 * all and moved by hand, fuzz on as in the app, ids that cannot collide between devices. And a
 * proxy in front of the real server that can drop a connection, answer garbage or never answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalog, summarise } from '../../src/app/catalog';
import { createServices, type Services } from '../../src/app/services';
import { startStudy } from '../../src/app/study';
import { canonicalJson } from '../../src/domain/canonical-json';
import type { Grade } from '../../src/domain/scheduler';
import { testDeck, T0 } from './fixtures';

export const CARD_IDS = Array.from({ length: 12 }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`);
export const DECKS = [testDeck('actors', CARD_IDS)];

export const clock = { time: T0, now: () => clock.time, timezoneOffset: () => 0 };

export type Device = Services & { name: string };

export function makeDevice(name: string): Device {
  let n = 0;
  const services = createServices({
    events: { onBlocked: () => undefined, onVersionChange: () => undefined },
    clock,
    catalog: createCatalog(DECKS.map(summarise), (id) => { const d = DECKS.find((x) => x.id === id); return d ? Promise.resolve(d) : undefined; }),
    databaseName: `faultlines-${name}`,
    // Separate devices: the app's other-tab channel must not join them.
    progressChanges: { announce: () => undefined, subscribe: () => () => undefined },
    fuzz: true,
    newId: () => `${name}-${++n}`,
  });
  return { ...services, name };
}

/** Rates one card as a study session does, at the clock's time; the clock then moves on a minute. */
export async function rate(device: Device, cardId: string, grade: Grade): Promise<string> {
  const study = await startStudy(device, { cardIds: [cardId] });
  await study.rate(grade);
  study.close();
  clock.time += 60_000;
  const db = await device.database.get();
  const rows = await db.getAllFromIndex('reviews', 'by-card', cardId);
  return rows.sort((a, b) => b.time - a.time)[0]!.id;
}

/** The review log and every memory, canonically: what must be byte-identical on every device. */
export async function progressDump(device: Device): Promise<string> {
  const db = await device.database.get();
  const [reviews, memories] = await Promise.all([db.getAll('reviews'), db.getAll('memories')]);
  return canonicalJson({ reviews, memories });
}

export type ProxyMode = 'pass' | 'drop' | 'garbage' | 'hang';

export interface Proxy {
  url: string;
  /** What to do with each request, given its method and path. */
  decide: (method: string, path: string) => ProxyMode;
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
    const mode = proxy.decide(req.method ?? 'GET', path);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (mode === 'hang') { hanging.add(res); return; }
    if (mode === 'garbage') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>Welcome to our captive portal</html>'); return; }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    const upstream = await fetch(`${target}${path}`, {
      method: req.method, headers, ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    if (mode === 'drop') {
      // Half the answer, then the connection goes: as a train entering a tunnel.
      res.writeHead(upstream.status, { 'content-type': 'application/json', 'content-length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
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
