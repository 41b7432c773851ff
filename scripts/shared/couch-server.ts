/**
 * A real CouchDB-protocol server on loopback for the sync tests and the bench: pouchdb-server
 * (a devDependency, so `npm ci` brings it; CouchDB itself is not in Debian 12), in memory, on a
 * free port, started as a child of this process and stopped by its own PID — never through an npm
 * wrapper. pouchdb-server allows CORS from any origin with credentials by default (its lib/cors.js),
 * which the browser tests need: the app is served from another port. It checks Basic credentials
 * against its `_users` database, so a wrong password gets a real 401.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
const START_TIMEOUT_MS = 60_000;

export interface CouchServer {
  readonly url: string;
  readonly port: number;
  /** The server process's own PID. */
  readonly pid: number | undefined;
  /** Ends the process at once (SIGKILL), as a crash would, and waits until it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port: being in memory, it comes back empty. */
  restart(): Promise<void>;
  /** Stops it (SIGTERM, then SIGKILL) and removes its working directory. */
  stop(): Promise<void>;
  /** PUT /<name>. */
  createDatabase(name: string): Promise<void>;
  /** A user in `_users`, as CouchDB keeps them (while no admin is set, anyone may add one). */
  createUser(name: string, password: string): Promise<void>;
}

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`pouchdb-server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s: ${output()}`);
}

function ended(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startCouchServer(port?: number): Promise<CouchServer> {
  const chosen = port ?? await freePort();
  const url = `http://127.0.0.1:${chosen}`;
  // pouchdb-server writes config.json and log.txt into its working directory: keep them out of the repository.
  const dir = mkdtempSync(join(tmpdir(), 'faultlines-couch-'));
  let child: ChildProcess;
  let output = '';

  const launch = async () => {
    output = '';
    child = spawn(process.execPath, [BIN, '--in-memory', '--host', '127.0.0.1', '--port', String(chosen), '--no-stdout-logs'], {
      cwd: dir, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-2000); });
    child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-2000); });
    await waitUntilAnswering(url, child, () => output);
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    await ended(child);
  };
  const put = async (path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
  };

  await launch();
  return {
    url,
    port: chosen,
    get pid() { return child.pid; },
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        process.kill(child.pid, 'SIGTERM');
        const timer = setTimeout(() => { if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL'); }, 5000);
        await ended(child);
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
    createDatabase: (name) => put(`/${encodeURIComponent(name)}`),
    createUser: (name, password) => put(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, { name, password, roles: [], type: 'user' }),
  };
}
