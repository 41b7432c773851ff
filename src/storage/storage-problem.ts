/**
 * What went wrong with the browser's storage, in plain words. The engines report storage trouble as
 * DOMExceptions whose names and messages vary by browser (Chromium's QuotaExceededError has an
 * empty message; a missing IndexedDB is a TypeError or a ReferenceError), so every failure of the
 * database is sorted here into a few kinds a learner can act on, and carries its words: what
 * happened, that nothing already saved was lost, and what to do. The engine's own text is kept as
 * `detail`, for a "Technical details" disclosure, and is never the message.
 */

export type StorageProblemKind =
  /** The origin's quota or the disk is full: a write was refused, and its transaction rolled back. */
  | 'quota'
  /** IndexedDB is missing or refuses to open: private windows, blocked site data, an aborted open. */
  | 'unavailable'
  /** The database was written by a newer version of the app than this one. */
  | 'newer-version'
  /** A newer version in another tab took the database over; this tab closed its connection. */
  | 'updated-elsewhere'
  /** Any other failure of the storage engine. */
  | 'failed';

/** The write that failed, in the words of the screen it failed on. */
export interface Attempt {
  /** What did not happen, as the end of "… so ___": "this rating could not be saved". */
  notDone: string;
  /** How to try again, as the end of "… then ___": "rate the card again". */
  retry: string;
}

/** When the failure happened: while opening the database, or in a transaction on an open one. */
export type StoragePhase = 'open' | 'use';

const DEFAULT_ATTEMPT: Record<'quota' | 'failed', Attempt> = {
  quota: { notDone: 'your latest change could not be saved', retry: 'try again' },
  failed: { notDone: 'your progress could not be read or saved just now', retry: 'try again' },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one place the words for each kind live. */
function words(kind: StorageProblemKind, attempt?: Attempt): string {
  switch (kind) {
    case 'quota': {
      const { notDone, retry } = attempt ?? DEFAULT_ATTEMPT.quota;
      return `Your device is out of storage space, so ${notDone}. Everything saved before it is safe. `
        + `Free some space on the device (delete files or apps you no longer need, or clear other websites' data), then ${retry}. `
        + 'If you can, download a backup from the Library too.';
    }
    case 'unavailable':
      return 'This browser is not letting Faultlines store anything, so your progress can be neither saved nor read here: '
        + 'private windows do this, and so does blocking site data. Nothing saved before was lost. '
        + "Open Faultlines in a normal window, or allow site data for it in the browser's settings, to study and keep your progress.";
    case 'newer-version':
      return 'Your progress was saved by a newer version of Faultlines, which this copy cannot read. Nothing was lost. '
        + 'Connect to the internet and reload the page to update (choose Reload if Faultlines offers an update), and everything will be there.';
    case 'updated-elsewhere':
      return 'Faultlines was updated in another tab, so this tab can no longer read or save your progress. Nothing was lost. Reload this tab to go on.';
    case 'failed': {
      const { notDone, retry } = attempt ?? DEFAULT_ATTEMPT.failed;
      return `The browser's storage reported an error, so ${notDone}. Everything saved before it is safe. `
        + `${capitalised(retry)}; if it keeps failing, reload the page and check that the device has free space.`;
    }
  }
}

/** A failure of the database, with its plain message; `detail` is the engine's own text. */
export class StorageProblem extends Error {
  override readonly name = 'StorageProblem';

  constructor(readonly kind: StorageProblemKind, readonly detail: string, options?: { cause?: unknown }) {
    super(words(kind), options);
  }

  /** The message told about one attempt: "… so this rating could not be saved … then rate the card again." */
  describe(attempt?: Attempt): string {
    return words(this.kind, attempt);
  }
}

/** The names IndexedDB's DOMExceptions carry (fake-indexeddb's too, which need not be DOMException instances). */
const ENGINE_ERRORS = new Set([
  'AbortError', 'ConstraintError', 'DataCloneError', 'DataError', 'InvalidAccessError', 'InvalidStateError', 'NotFoundError',
  'NotReadableError', 'QuotaExceededError', 'ReadOnlyError', 'SecurityError', 'TimeoutError', 'TransactionInactiveError',
  'UnknownError', 'VersionError',
]);

// Chromium reports a full disk as UnknownError ("Encountered full disk while opening backing store",
// "Internal error: disk full"), and some engines abort with a message naming the quota.
const FULL = /quota|full disk|disk full|disk is full|no space|out of space|insufficient space/i;

const nameOf = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');
const describeError = (error: unknown) =>
  error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message || '(no message)'}` : String(error);

/** Whether `error` came from the storage engine (rather than from our own code inside a transaction). */
export function isEngineError(error: unknown): boolean {
  return error instanceof DOMException || ENGINE_ERRORS.has(nameOf(error));
}

/**
 * Sorts a failure into a StorageProblem. While opening, anything that goes wrong means storage is
 * out of reach (a missing `indexedDB` throws a TypeError or a ReferenceError, a private window an
 * InvalidStateError, blocked storage a SecurityError or "UnknownError: The user denied permission",
 * an open the browser aborts an AbortError), except a newer database and a full disk, which have
 * their own advice.
 */
export function toStorageProblem(error: unknown, phase: StoragePhase): StorageProblem {
  if (error instanceof StorageProblem) return error;
  const name = nameOf(error);
  const message = error instanceof Error || error instanceof DOMException ? error.message : '';
  const detail = describeError(error);
  let kind: StorageProblemKind;
  if (name === 'QuotaExceededError' || FULL.test(message)) kind = 'quota';
  else if (name === 'VersionError') kind = 'newer-version';
  else kind = phase === 'open' ? 'unavailable' : 'failed';
  return new StorageProblem(kind, detail, { cause: error });
}
