/**
 * Any failure, as a screen shows it: storage trouble in the plain words of storage/storage-problem.ts
 * (told about the attempt that failed), our own errors by their message, and never an empty alert —
 * Chromium's QuotaExceededError, for one, has no message at all.
 */
// Straight from the module, not the storage barrel: every lazy screen reaches this file through
// use-async, and the barrel's repositories in that shared graph made the bundler split the first
// load into more chunks (37.1 → 40.3 KB gzip, against 38.8 KB this way).
import { StorageProblem, type Attempt, type StorageProblemKind } from '../storage/storage-problem';

export type { Attempt } from '../storage/storage-problem';

export interface Explanation {
  /** What to show the learner: complete sentences. */
  message: string;
  /** Set when the trouble is the browser's storage: the message then says all there is to say. */
  storage?: StorageProblemKind;
  /** The engine's own text, for a "Technical details" disclosure. */
  detail?: string;
}

export function explainError(error: unknown, attempt?: Attempt): Explanation {
  if (error instanceof StorageProblem) return { message: error.describe(attempt), storage: error.kind, detail: error.detail };
  const message = error instanceof Error ? error.message.trim() : typeof error === 'string' ? error.trim() : '';
  if (message) return { message };
  const detail = error instanceof Error ? error.name : String(error);
  return { message: 'Something went wrong. Reload the page and try again.', detail };
}

/** The attempts a learner makes that write to storage, in the words of the screens they are made on. */
export const ATTEMPTS = {
  rating: { notDone: 'this rating could not be saved', retry: 'rate the card again' },
  undo: { notDone: 'the last rating could not be undone', retry: 'press Undo again' },
  importDeck: { notDone: 'the deck could not be imported', retry: 'import it again' },
  setting: { notDone: 'this setting could not be saved', retry: 'change it again' },
  reset: { notDone: 'your progress was not deleted', retry: 'try again' },
} as const satisfies Record<string, Attempt>;
