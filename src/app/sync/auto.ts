/**
 * Automatic sync while the app is open: once on start, when the device comes back online, after a
 * study session or a quiz finishes, and gently every few minutes while the app is visible and
 * online. Settings changed here are stamped every half minute, so their time is close to true
 * even when the next sync is far off.
 */
import { sessionsFinished } from '../activity';
import type { Services } from '../services';
import { stampSettings, syncNow } from './controller';

export const SYNC_INTERVAL_MS = 5 * 60_000;
const STAMP_INTERVAL_MS = 30_000;
/** A session's last rating and the quiz's last answer are written first; then there is no hurry. */
const AFTER_SESSION_MS = 1_000;

let stop: (() => void) | undefined;

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;
const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';

/** Starts automatic sync (once; a second call does nothing) and syncs now. */
export function startAutoSync(services: Services): void {
  if (stop) return;
  const sync = () => { if (online()) void syncNow(services); };
  const onOnline = () => sync();
  let afterSession: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = sessionsFinished.subscribe(() => {
    clearTimeout(afterSession);
    afterSession = setTimeout(sync, AFTER_SESSION_MS);
  });
  globalThis.addEventListener?.('online', onOnline);
  const every = setInterval(() => { if (visible()) sync(); }, SYNC_INTERVAL_MS);
  const stamping = setInterval(() => void stampSettings(services).catch(() => undefined), STAMP_INTERVAL_MS);
  stop = () => {
    unsubscribe();
    clearTimeout(afterSession);
    clearInterval(every);
    clearInterval(stamping);
    globalThis.removeEventListener?.('online', onOnline);
    stop = undefined;
  };
  sync();
}

export function stopAutoSync(): void {
  stop?.();
}
