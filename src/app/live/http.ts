/**
 * The few CouchDB requests a live class makes, with fetch: JSON in and out, a time limit on each,
 * credentials (the teacher's only) as an Authorization header, never in the address. A request
 * that cannot reach the server throws LiveUnreachable; any answer, even an error status, is returned.
 */
export interface LiveResponse {
  status: number;
  /** The parsed JSON body; undefined for an empty or non-JSON one. */
  body: unknown;
}

export class LiveUnreachable extends Error {
  constructor(readonly timedOut: boolean) {
    super(timedOut ? 'the server did not answer in time' : 'the server could not be reached');
    this.name = 'LiveUnreachable';
  }
}

export interface LiveRequestOptions {
  method?: 'GET' | 'PUT' | 'POST';
  body?: unknown;
  authorization?: string;
  timeoutMs?: number;
  /** Ends the request early (the class screen was left). */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export const LIVE_TIMEOUT_MS = 15_000;

export async function liveRequest(url: string, options: LiveRequestOptions = {}): Promise<LiveResponse> {
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.authorization) headers.Authorization = options.authorization;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const timeout = AbortSignal.timeout(options.timeoutMs ?? LIVE_TIMEOUT_MS);
  // One controller per request, let go of afterwards: AbortSignal.any would leave a listener on a follower's
  // long-lived signal for every long poll until garbage collection.
  const controller = new AbortController();
  const abort = () => controller.abort();
  timeout.addEventListener('abort', abort, { once: true });
  options.signal?.addEventListener('abort', abort, { once: true });
  const signal = controller.signal;
  try {
    const response = await fetchFn(url, {
      method: options.method ?? 'GET', headers, credentials: 'omit', cache: 'no-store', redirect: 'error', signal,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    let body: unknown;
    try { body = text.trim() === '' ? undefined : JSON.parse(text); } catch { body = undefined; }
    return { status: response.status, body };
  } catch {
    throw new LiveUnreachable(timeout.aborted);
  } finally {
    timeout.removeEventListener('abort', abort);
    options.signal?.removeEventListener('abort', abort);
  }
}
