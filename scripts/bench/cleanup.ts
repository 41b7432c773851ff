/**
 * Clean-up that also runs when the bench is interrupted (Ctrl-C, SIGTERM): a scale profile is half a
 * gigabyte, and a Chromium started for Lighthouse would outlive us. Normal exits clean up in their
 * own `finally` blocks and unregister.
 */
const pending = new Set<() => void>();

/** Registers a synchronous clean-up; call the returned function once it is done normally. */
export function onInterrupt(cleanup: () => void): () => void {
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const cleanup of pending) {
      try { cleanup(); } catch { /* keep cleaning */ }
    }
    process.exit(130);
  });
}
