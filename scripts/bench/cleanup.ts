/**
 * Temporary directories and clean-up. Everything the bench writes goes under one temporary root
 * (builds, Chromium profiles — a scale profile is half a gigabyte), removed at the end and also when
 * the bench is interrupted (Ctrl-C, SIGTERM), together with any Chromium we started ourselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pending = new Set<() => void>();
let root: string | undefined;

/** Registers a synchronous clean-up for an interruption; call the returned function once done normally. */
export function onInterrupt(cleanup: () => void): () => void {
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** A new directory under this run's temporary root. */
export function temporaryDir(name: string): string {
  root ??= mkdtempSync(join(tmpdir(), 'faultlines-bench-'));
  return mkdtempSync(join(root, `${name}-`));
}

/**
 * Removes a directory now if it can. A Chromium that has just exited may leave helper processes
 * writing into its profile for a few seconds; what they leave goes with the root at the end.
 */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  } catch { /* removed with the root */ }
}

/** Removes everything under the temporary root; the last step of a run. */
export function removeAll(): void {
  if (!root) return;
  try {
    rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
  } catch (error) {
    console.warn(`could not remove ${root}: ${String(error)}`);
  }
  root = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const cleanup of pending) {
      try { cleanup(); } catch { /* keep cleaning */ }
    }
    removeAll();
    process.exit(130);
  });
}
