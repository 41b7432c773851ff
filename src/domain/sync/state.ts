/** What a device remembers of its syncing, shown in Settings → Sync. */
import type { Refusal } from './validate';

export interface SyncState {
  /** The server's `last_seq` after the last batch written here: the next pull starts after it. */
  checkpoint?: string | number;
  lastSyncedAt?: number;
  /** The last sync's failure in words, until a sync succeeds. */
  lastError?: string;
  /** Documents the server sent that were refused, newest last. */
  refused: Refusal[];
}

export const EMPTY_SYNC_STATE: SyncState = { refused: [] };

/** How many refusals the status keeps: enough to see what is wrong, never a growing list. */
export const REFUSALS_KEPT = 50;

/** The refusals after a batch: one entry per document id (its latest reason), the newest last. */
export function addRefusals(kept: readonly Refusal[], added: readonly Refusal[]): Refusal[] {
  if (added.length === 0) return [...kept];
  const ids = new Set(added.map((r) => r.id));
  return [...kept.filter((r) => !ids.has(r.id)), ...added].slice(-REFUSALS_KEPT);
}

/**
 * What this device last sent or received of one document: its revision on the server (needed to
 * replace a document that changes) and the fingerprint of its content then. A record whose
 * fingerprint differs, or that has no mark, is waiting to be sent.
 *
 * Documents written once (ratings, undos) are marked a batch at a time instead: one mark, its id
 * starting `once:`, lists them all in `ids` — a thousand writes a batch fewer, and the whole list
 * is read back in a hundred records rather than a hundred thousand.
 */
export interface SyncedMark {
  id: string;
  rev?: string;
  fingerprint?: string;
  ids?: string[];
}

export const ONCE_MARK = 'once';
