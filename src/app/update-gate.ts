/**
 * Decides when "Update available" may be shown: only when a new service worker is waiting and no
 * study session is running, so an update never interrupts a learner mid-session.
 */
import { createListeners } from './listeners';

export interface UpdateState {
  /** A new version is installed and waiting, whether or not it may be shown now. */
  updateWaiting: boolean;
  /** A new version is installed and waiting, and may be shown now. */
  showUpdate: boolean;
  offlineReady: boolean;
}

export interface UpdateGate {
  state(): UpdateState;
  subscribe(listener: () => void): () => void;
  updateWaiting(apply: () => Promise<void>): void;
  offlineReady(): void;
  dismissOfflineReady(): void;
  sessionRunning(running: boolean): void;
  /** Activates the waiting version and reloads the page. */
  apply(): Promise<void>;
}

export function createUpdateGate(): UpdateGate {
  let apply: (() => Promise<void>) | undefined;
  let session = false;
  let offline = false;
  const { subscribe, emit } = createListeners();
  return {
    state: () => ({ updateWaiting: apply !== undefined, showUpdate: apply !== undefined && !session, offlineReady: offline }),
    subscribe,
    updateWaiting(fn) { apply = fn; emit(); },
    offlineReady() { offline = true; emit(); },
    dismissOfflineReady() { offline = false; emit(); },
    sessionRunning(running) { session = running; emit(); },
    apply: () => apply?.() ?? Promise.resolve(),
  };
}
