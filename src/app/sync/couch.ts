/**
 * The CouchDB HTTP API as sync uses it: JSON requests with the credentials in an Authorization
 * header (never in the address), a time limit on each, and every way a request can fail turned
 * into a SyncFailure whose message says what happened in words. The bytes each way are counted
 * (bodies as sent and received, before any compression on the wire).
 */
import type { SyncConfig } from '../../domain/sync/config';
import { count } from '../../domain/words';

export type FailureKind =
  | 'auth' | 'forbidden' | 'no-database' | 'not-couch' | 'unreachable' | 'cors' | 'timeout' | 'redirect' | 'server' | 'garbage';

/** A sync that could not finish, and why, in words the learner can act on. */
export class SyncFailure extends Error {
  constructor(readonly kind: FailureKind, message: string) {
    super(message);
    this.name = 'SyncFailure';
  }
}

export interface CouchResponse {
  status: number;
  /** The parsed JSON body (undefined for an empty one). */
  body: unknown;
}

export interface Couch {
  /** `path` is relative to the server address and already encoded. */
  request(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<CouchResponse>;
  readonly bytes: { sent: number; received: number };
  /** The server's origin, as messages name it. */
  readonly origin: string;
}

export const REQUEST_TIMEOUT_MS = 30_000;

/** "Basic" credentials, with the name and password as UTF-8 (btoa alone takes only Latin-1). */
export function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))}`;
}

const AFTER_WRITES = 'Your progress on this device is safe; the next sync goes on from where this one stopped.';

export function couchClient(config: Pick<SyncConfig, 'server' | 'user' | 'password'>, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Couch {
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const origin = new URL(config.server).origin;
  const authorization = basicAuthorization(config.user, config.password);
  const bytes = { sent: 0, received: 0 };
  const encoder = new TextEncoder();

  /** A fetch that threw: offline or a wrong address, or a server that answers but not to this app (CORS). */
  const unreachable = async (): Promise<SyncFailure> => {
    try {
      // An opaque answer to a no-cors request means the server is there but CORS refused us.
      await fetchFn(`${config.server}/`, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
      return new SyncFailure('cors', `${origin} answered, but does not let this app use it: its CORS settings must allow the origin ${globalThis.location?.origin ?? 'of this app'}. Nothing was changed by this attempt.`);
    } catch {
      return new SyncFailure('unreachable', `Could not reach ${origin}: this device may be offline, or the address may be wrong. ${AFTER_WRITES}`);
    }
  };

  return {
    bytes,
    origin,
    async request(method, path, body) {
      const text = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = { Accept: 'application/json', Authorization: authorization };
      if (text !== undefined) headers['Content-Type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchFn(`${config.server}${path}`, {
          method, headers, body: text, credentials: 'omit', cache: 'no-store', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
          const seconds = Math.max(1, Math.round(timeoutMs / 1000));
          throw new SyncFailure('timeout', `${origin} did not answer within ${count(seconds, 'second')}. ${AFTER_WRITES}`);
        }
        throw await unreachable();
      }
      if (text !== undefined) bytes.sent += encoder.encode(text).length;
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        throw new SyncFailure('redirect', `${origin} sent sync to another address. Enter the address it redirects to (with https://). Nothing was changed by this attempt.`);
      }
      let raw: string;
      try {
        raw = await response.text();
      } catch {
        // The answer had begun, so this is no CORS refusal: the connection dropped half-way.
        throw new SyncFailure('unreachable', `The connection to ${origin} was cut in the middle of an answer. ${AFTER_WRITES}`);
      }
      bytes.received += encoder.encode(raw).length;
      if (response.status === 401) throw new SyncFailure('auth', 'The server refused the user name or password. Nothing was changed.');
      let parsed: unknown;
      if (raw.trim() !== '') {
        try {
          parsed = JSON.parse(raw);
        } catch {
          if (!response.ok) throw serverError(response.status);
          throw new SyncFailure('garbage', `${origin} answered with something that is not CouchDB data (it begins ${JSON.stringify(raw.slice(0, 20))}). ${AFTER_WRITES}`);
        }
      }
      if (response.status >= 500) throw serverError(response.status);
      return { status: response.status, body: parsed };
    },
  };
}

export const serverError = (status: number): SyncFailure =>
  new SyncFailure('server', `The sync server had a problem (error ${status}). ${AFTER_WRITES}`);

export const garbage = (origin: string, what: string): SyncFailure =>
  new SyncFailure('garbage', `${origin} answered with something that is not CouchDB data (${what}). ${AFTER_WRITES}`);
